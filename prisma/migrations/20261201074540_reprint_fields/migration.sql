-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "originalAuthor" TEXT,
ADD COLUMN     "originalTitle" TEXT,
ADD COLUMN     "originalUrl" TEXT;
