-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "replacesId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Review_replacesId_key" ON "Review"("replacesId");

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

