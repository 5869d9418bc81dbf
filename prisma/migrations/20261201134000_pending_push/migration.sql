-- CreateTable
CREATE TABLE "PendingPush" (
    "id" SERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "claim" TEXT,

    CONSTRAINT "PendingPush_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingPush_channel_id_idx" ON "PendingPush"("channel", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PendingPush_channel_url_key" ON "PendingPush"("channel", "url");
