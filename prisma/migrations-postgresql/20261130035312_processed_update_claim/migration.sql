-- AlterTable
ALTER TABLE "ProcessedUpdate" ADD COLUMN     "claimedUntil" TIMESTAMP(3);
