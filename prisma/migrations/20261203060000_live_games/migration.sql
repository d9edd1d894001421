-- CreateTable
CREATE TABLE "Game" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pin" TEXT,
    "hostId" TEXT NOT NULL,
    "classId" TEXT,
    "title" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "phase" TEXT NOT NULL DEFAULT 'lobby',
    "questionIndex" INTEGER NOT NULL DEFAULT -1,
    "openedAt" DATETIME,
    "closesAt" DATETIME,
    "pausedRemainingMs" INTEGER,
    "questionMs" INTEGER NOT NULL,
    "speedBonus" BOOLEAN NOT NULL DEFAULT false,
    "streaks" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastActivityAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "Game_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Game_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GamePlayer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "nicknameKey" TEXT NOT NULL,
    "userId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "removed" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GamePlayer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GamePlayer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GameAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "questionIndex" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "given" TEXT NOT NULL,
    "isCorrect" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "ms" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GameAnswer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GameAnswer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "GamePlayer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Game_pin_key" ON "Game"("pin");

-- CreateIndex
CREATE INDEX "Game_hostId_createdAt_idx" ON "Game"("hostId", "createdAt");

-- CreateIndex
CREATE INDEX "Game_classId_createdAt_idx" ON "Game"("classId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "GamePlayer_tokenHash_key" ON "GamePlayer"("tokenHash");

-- CreateIndex
CREATE INDEX "GamePlayer_gameId_userId_idx" ON "GamePlayer"("gameId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "GamePlayer_gameId_nicknameKey_key" ON "GamePlayer"("gameId", "nicknameKey");

-- CreateIndex
CREATE INDEX "GameAnswer_gameId_questionIndex_idx" ON "GameAnswer"("gameId", "questionIndex");

-- CreateIndex
CREATE UNIQUE INDEX "GameAnswer_playerId_questionId_key" ON "GameAnswer"("playerId", "questionId");

