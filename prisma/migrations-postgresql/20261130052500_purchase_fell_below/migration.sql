-- AlterTable
ALTER TABLE "Purchase" ADD COLUMN "fellBelowAt" TIMESTAMP(3);
