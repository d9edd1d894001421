-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "timeZone" TEXT,
ADD COLUMN     "dayStartHour" INTEGER;
