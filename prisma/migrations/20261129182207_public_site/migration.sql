-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "featuredAt" TIMESTAMP(3),
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractionNote" TEXT,
ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Article_featuredAt_idx" ON "Article"("featuredAt" DESC);

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
