-- AlterTable
ALTER TABLE "ProcessedUpdate" ADD COLUMN "claimedUntil" DATETIME;
