-- AlterTable
-- Existing rows get a placeholder (U+0001 and the id: unique, and never a normalised name, which
-- has no control characters). The application computes the real value right after migrating
-- (src/db/organisation-names.ts): PostgreSQL's lower() follows the database's locale, the
-- application's normalisation must not.
ALTER TABLE "Organisation" ADD COLUMN     "normalisedName" TEXT;
UPDATE "Organisation" SET "normalisedName" = chr(1) || "id";
ALTER TABLE "Organisation" ALTER COLUMN "normalisedName" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_normalisedName_key" ON "Organisation"("normalisedName");
