-- CreateIndex
CREATE INDEX "HelpRequest_status_createdAt_expiresAt_idx" ON "HelpRequest"("status", "createdAt", "expiresAt");
