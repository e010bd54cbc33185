-- AlterTable
ALTER TABLE "Identity" ADD COLUMN "privateChatOpen" BOOLEAN;

-- AlterTable
ALTER TABLE "PostRef" ADD COLUMN "messageChatId" TEXT;

-- CreateTable
CREATE TABLE "StartLink" (
    "token" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ChatMigration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "fromChatId" TEXT NOT NULL,
    "toChatId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "staffToldAt" DATETIME
);

-- CreateIndex
CREATE INDEX "StartLink_expiresAt_idx" ON "StartLink"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChatMigration_platform_fromChatId_key" ON "ChatMigration"("platform", "fromChatId");
