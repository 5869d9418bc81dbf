-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "previewGeneration" INTEGER NOT NULL DEFAULT 0;
