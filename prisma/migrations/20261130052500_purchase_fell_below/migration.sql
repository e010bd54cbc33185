-- AlterTable
ALTER TABLE "Purchase" ADD COLUMN "fellBelowAt" DATETIME;
