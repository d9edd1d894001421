-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "clientKey" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "isCorrect" BOOLEAN,
    "origin" TEXT NOT NULL,
    "stateBefore" INTEGER NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "timeMs" INTEGER,
    "reviewedAt" DATETIME NOT NULL,
    "timeZone" TEXT,
    "dayStartHour" INTEGER,
    "replacesId" TEXT,
    CONSTRAINT "Review_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Review" ("cardId", "clientKey", "dayStartHour", "elapsedDays", "factId", "id", "isCorrect", "origin", "questionId", "rating", "reviewedAt", "stateBefore", "timeMs", "timeZone", "userId") SELECT "cardId", "clientKey", "dayStartHour", "elapsedDays", "factId", "id", "isCorrect", "origin", "questionId", "rating", "reviewedAt", "stateBefore", "timeMs", "timeZone", "userId" FROM "Review";
DROP TABLE "Review";
ALTER TABLE "new_Review" RENAME TO "Review";
CREATE UNIQUE INDEX "Review_replacesId_key" ON "Review"("replacesId");
CREATE INDEX "Review_userId_reviewedAt_idx" ON "Review"("userId", "reviewedAt");
CREATE INDEX "Review_cardId_reviewedAt_idx" ON "Review"("cardId", "reviewedAt");
CREATE UNIQUE INDEX "Review_userId_clientKey_key" ON "Review"("userId", "clientKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

