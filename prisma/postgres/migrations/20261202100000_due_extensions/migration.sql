-- CreateTable
CREATE TABLE "DueExtension" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DueExtension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DueExtension_userId_idx" ON "DueExtension"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DueExtension_assignmentId_userId_key" ON "DueExtension"("assignmentId", "userId");

-- AddForeignKey
ALTER TABLE "DueExtension" ADD CONSTRAINT "DueExtension_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DueExtension" ADD CONSTRAINT "DueExtension_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

