-- CreateTable
CREATE TABLE "ArticleViewDay" (
    "articleId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewDay_pkey" PRIMARY KEY ("articleId","day")
);

-- CreateTable
CREATE TABLE "ArticleViewHour" (
    "articleId" INTEGER NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewHour_pkey" PRIMARY KEY ("articleId","hour")
);

-- CreateIndex
CREATE INDEX "ArticleViewDay_day_idx" ON "ArticleViewDay"("day");

-- CreateIndex
CREATE INDEX "ArticleViewHour_hour_idx" ON "ArticleViewHour"("hour");

-- AddForeignKey
ALTER TABLE "ArticleViewDay" ADD CONSTRAINT "ArticleViewDay_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleViewHour" ADD CONSTRAINT "ArticleViewHour_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
