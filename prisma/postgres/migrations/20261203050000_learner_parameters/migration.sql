-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "parametersId" TEXT;

-- CreateTable
CREATE TABLE "LearnerParameters" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "weights" TEXT,
    "reviewCount" INTEGER NOT NULL,
    "logLoss" DOUBLE PRECISION,
    "fittedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnerParameters_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LearnerParameters_userId_fittedAt_idx" ON "LearnerParameters"("userId", "fittedAt");

-- AddForeignKey
ALTER TABLE "LearnerParameters" ADD CONSTRAINT "LearnerParameters_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

