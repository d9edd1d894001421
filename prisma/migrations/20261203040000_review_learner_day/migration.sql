-- AlterTable
ALTER TABLE "Review" ADD COLUMN "timeZone" TEXT;
ALTER TABLE "Review" ADD COLUMN "dayStartHour" INTEGER;
