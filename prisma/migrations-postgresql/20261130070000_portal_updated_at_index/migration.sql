-- CreateIndex
CREATE INDEX "PortalProfile_updatedAt_idx" ON "PortalProfile"("updatedAt");

-- CreateIndex
CREATE INDEX "OpenPlace_updatedAt_idx" ON "OpenPlace"("updatedAt");
