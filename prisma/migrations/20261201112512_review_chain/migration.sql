-- CreateTable
CREATE TABLE "ReviewStage" (
    "id" SERIAL NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "roles" "UserRole"[] DEFAULT ARRAY[]::"UserRole"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewStageSigner" (
    "stageId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "ReviewStageSigner_pkey" PRIMARY KEY ("stageId","userId")
);

-- CreateTable
CREATE TABLE "ReviewSignOff" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "stageId" INTEGER,
    "stageName" TEXT NOT NULL,
    "override" BOOLEAN NOT NULL DEFAULT false,
    "userId" INTEGER,
    "revisionId" INTEGER,
    "contentHash" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "invalidatedAt" TIMESTAMP(3),
    "invalidatedReason" TEXT,

    CONSTRAINT "ReviewSignOff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewStage_position_idx" ON "ReviewStage"("position");

-- CreateIndex
CREATE INDEX "ReviewStageSigner_userId_idx" ON "ReviewStageSigner"("userId");

-- CreateIndex
CREATE INDEX "ReviewSignOff_articleId_createdAt_idx" ON "ReviewSignOff"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewSignOff_stageId_idx" ON "ReviewSignOff"("stageId");

-- AddForeignKey
ALTER TABLE "ReviewStageSigner" ADD CONSTRAINT "ReviewStageSigner_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "ReviewStage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewStageSigner" ADD CONSTRAINT "ReviewStageSigner_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSignOff" ADD CONSTRAINT "ReviewSignOff_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSignOff" ADD CONSTRAINT "ReviewSignOff_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "ReviewStage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSignOff" ADD CONSTRAINT "ReviewSignOff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSignOff" ADD CONSTRAINT "ReviewSignOff_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The chain a newsroom starts with (三审): editors and admins may sign each stage until an admin says otherwise.
INSERT INTO "ReviewStage" ("position", "name", "roles") VALUES
    (1, '初审', ARRAY['EDITOR', 'ADMIN']::"UserRole"[]),
    (2, '复审', ARRAY['EDITOR', 'ADMIN']::"UserRole"[]),
    (3, '终审', ARRAY['EDITOR', 'ADMIN']::"UserRole"[]);
