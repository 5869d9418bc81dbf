-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "simhash" BIGINT,
ADD COLUMN     "simhashBands" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateIndex
CREATE INDEX "Article_simhash_idx" ON "Article"("simhash");

-- CreateIndex
CREATE INDEX "Article_simhashBands_idx" ON "Article" USING GIN ("simhashBands");
