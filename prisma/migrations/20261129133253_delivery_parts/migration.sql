-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "recipientKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "error" TEXT,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "partsSent" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Delivery_runId_fkey" FOREIGN KEY ("runId") REFERENCES "JobRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Delivery" ("claimedBy", "claimedUntil", "createdAt", "error", "id", "recipientKey", "runId", "sentAt", "status") SELECT "claimedBy", "claimedUntil", "createdAt", "error", "id", "recipientKey", "runId", "sentAt", "status" FROM "Delivery";
DROP TABLE "Delivery";
ALTER TABLE "new_Delivery" RENAME TO "Delivery";
CREATE INDEX "Delivery_runId_status_idx" ON "Delivery"("runId", "status");
CREATE UNIQUE INDEX "Delivery_runId_recipientKey_key" ON "Delivery"("runId", "recipientKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
