-- AlterTable
ALTER TABLE "Review" ADD COLUMN "parametersId" TEXT;

-- CreateTable
CREATE TABLE "LearnerParameters" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "weights" TEXT,
    "reviewCount" INTEGER NOT NULL,
    "logLoss" REAL,
    "fittedAt" DATETIME NOT NULL,
    CONSTRAINT "LearnerParameters_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LearnerParameters_userId_fittedAt_idx" ON "LearnerParameters"("userId", "fittedAt");

