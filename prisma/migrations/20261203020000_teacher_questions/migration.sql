-- CreateTable
CREATE TABLE "TeacherFact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourcePublisher" TEXT NOT NULL,
    "sourceDate" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TeacherFact_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeacherQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "contentFactId" TEXT,
    "teacherFactId" TEXT,
    "type" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "clientKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TeacherQuestion_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeacherQuestion_teacherFactId_fkey" FOREIGN KEY ("teacherFactId") REFERENCES "TeacherFact" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TeacherFact_classId_idx" ON "TeacherFact"("classId");

-- CreateIndex
CREATE INDEX "TeacherQuestion_classId_retiredAt_idx" ON "TeacherQuestion"("classId", "retiredAt");

-- CreateIndex
CREATE INDEX "TeacherQuestion_teacherFactId_idx" ON "TeacherQuestion"("teacherFactId");

-- CreateIndex
CREATE UNIQUE INDEX "TeacherQuestion_classId_clientKey_key" ON "TeacherQuestion"("classId", "clientKey");

