-- CreateTable
CREATE TABLE "PortalProfile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "submittedAt" DATETIME,
    "publishedAt" DATETIME,
    "confirmedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "staleNotifiedAt" DATETIME,
    "staleStaffFlaggedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PortalProfile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OpenPlace" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organisationId" INTEGER NOT NULL,
    "createdById" INTEGER,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "tasks" TEXT NOT NULL DEFAULT '',
    "targetGroups" TEXT NOT NULL DEFAULT '',
    "municipality" TEXT NOT NULL,
    "hoursPerWeek" INTEGER,
    "startsAt" DATETIME,
    "endsAt" DATETIME NOT NULL,
    "howToApply" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'open',
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OpenPlace_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OpenPlace_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

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
