-- AlterTable
ALTER TABLE "GamePlayer" ADD COLUMN "learnerId" TEXT;

-- CreateIndex
CREATE INDEX "GamePlayer_learnerId_idx" ON "GamePlayer"("learnerId");

