-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "normalisedName" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- Existing rows get a placeholder (U+0001 and the id: unique, and never a normalised name, which
-- has no control characters). The application computes the real value right after migrating
-- (src/db/organisation-names.ts), because SQLite's lower() folds only ASCII (not Ä, Ö, Å).
INSERT INTO "new_Organisation" ("createdAt", "description", "id", "municipality", "name", "normalisedName") SELECT "createdAt", "description", "id", "municipality", "name", char(1) || "id" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");
CREATE UNIQUE INDEX "Organisation_normalisedName_key" ON "Organisation"("normalisedName");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
