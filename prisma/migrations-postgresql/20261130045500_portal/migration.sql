-- AlterTable
ALTER TABLE "Identity" ADD COLUMN     "privateChatOpen" BOOLEAN;

-- AlterTable
ALTER TABLE "PostRef" ADD COLUMN     "messageChatId" TEXT;

-- CreateTable
CREATE TABLE "StartLink" (
    "token" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StartLink_pkey" PRIMARY KEY ("token")
);

-- CreateTable
CREATE TABLE "ChatMigration" (
    "id" SERIAL NOT NULL,
    "platform" TEXT NOT NULL,
    "fromChatId" TEXT NOT NULL,
    "toChatId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "staffToldAt" TIMESTAMP(3),

    CONSTRAINT "ChatMigration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalProfile" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "about" TEXT NOT NULL DEFAULT '',
    "targetGroups" TEXT NOT NULL DEFAULT '',
    "activities" TEXT NOT NULL DEFAULT '',
    "services" TEXT NOT NULL DEFAULT '',
    "municipalities" TEXT NOT NULL DEFAULT '',
    "premises" TEXT NOT NULL DEFAULT '',
    "contact" TEXT NOT NULL DEFAULT '',
    "languages" TEXT NOT NULL DEFAULT '',
    "accessibility" TEXT NOT NULL DEFAULT '',
    "draft" TEXT,
    "draftRevision" INTEGER NOT NULL DEFAULT 0,
    "draftById" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "staleNotifiedAt" TIMESTAMP(3),
    "staleStaffFlaggedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PortalProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpenPlace" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "createdById" INTEGER,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "tasks" TEXT NOT NULL DEFAULT '',
    "targetGroups" TEXT NOT NULL DEFAULT '',
    "municipality" TEXT NOT NULL,
    "hoursPerWeek" INTEGER,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3) NOT NULL,
    "howToApply" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'open',
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OpenPlace_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StartLink_expiresAt_idx" ON "StartLink"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChatMigration_platform_fromChatId_key" ON "ChatMigration"("platform", "fromChatId");

-- CreateIndex
CREATE UNIQUE INDEX "PortalProfile_organisationId_key" ON "PortalProfile"("organisationId");

-- CreateIndex
CREATE INDEX "PortalProfile_published_confirmedAt_idx" ON "PortalProfile"("published", "confirmedAt");

-- CreateIndex
CREATE INDEX "OpenPlace_status_endsAt_idx" ON "OpenPlace"("status", "endsAt");

-- CreateIndex
CREATE INDEX "OpenPlace_organisationId_status_idx" ON "OpenPlace"("organisationId", "status");

-- CreateIndex
CREATE INDEX "OpenPlace_createdAt_idx" ON "OpenPlace"("createdAt");

-- AddForeignKey
ALTER TABLE "PortalProfile" ADD CONSTRAINT "PortalProfile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenPlace" ADD CONSTRAINT "OpenPlace_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenPlace" ADD CONSTRAINT "OpenPlace_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;
