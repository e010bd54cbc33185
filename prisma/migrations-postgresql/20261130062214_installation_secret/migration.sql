-- CreateTable
CREATE TABLE "InstallationSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstallationSecret_pkey" PRIMARY KEY ("name")
);

-- The marks made so far were unkeyed SHA-256 hashes of platform and id: anyone with the table
-- could find a Telegram id by trying them all. They go; new marks are keyed (HMAC).
DELETE FROM "DeletedIdentity";
