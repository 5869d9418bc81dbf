-- CreateEnum
CREATE TYPE "SensitiveLevel" AS ENUM ('BLOCK', 'WARN');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "takedownAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SensitivePhrase" (
    "id" SERIAL NOT NULL,
    "phrase" TEXT NOT NULL,
    "level" "SensitiveLevel" NOT NULL DEFAULT 'WARN',
    "replacement" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SensitivePhrase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Article_status_takedownAt_idx" ON "Article"("status", "takedownAt");

-- CreateIndex
CREATE UNIQUE INDEX "SensitivePhrase_phrase_key" ON "SensitivePhrase"("phrase");
