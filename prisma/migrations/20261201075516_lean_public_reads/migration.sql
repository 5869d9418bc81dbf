-- CreateIndex
CREATE INDEX "Article_visible_publishedAt_idx" ON "Article"("publishedAt" DESC, "id" DESC) WHERE (status = 'PUBLISHED' AND "deletedAt" IS NULL AND "retractedAt" IS NULL);

-- CreateIndex
CREATE INDEX "Article_visible_section_idx" ON "Article"("sectionId", "publishedAt" DESC, "id" DESC) WHERE (status = 'PUBLISHED' AND "deletedAt" IS NULL AND "retractedAt" IS NULL);
