-- CreateTable
CREATE TABLE "DeletedIdentity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "keyHash" TEXT NOT NULL,
    "deletedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "DeletedIdentity_keyHash_key" ON "DeletedIdentity"("keyHash");

-- CreateIndex
CREATE INDEX "DeletedIdentity_deletedAt_idx" ON "DeletedIdentity"("deletedAt");
