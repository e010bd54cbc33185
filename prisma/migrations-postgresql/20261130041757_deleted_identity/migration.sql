-- CreateTable
CREATE TABLE "DeletedIdentity" (
    "id" SERIAL NOT NULL,
    "keyHash" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeletedIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeletedIdentity_keyHash_key" ON "DeletedIdentity"("keyHash");

-- CreateIndex
CREATE INDEX "DeletedIdentity_deletedAt_idx" ON "DeletedIdentity"("deletedAt");
