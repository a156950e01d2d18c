-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "placeCity" TEXT,
ADD COLUMN     "placeCountry" TEXT,
ADD COLUMN     "placeLat" DOUBLE PRECISION,
ADD COLUMN     "placeLng" DOUBLE PRECISION,
ADD COLUMN     "placeName" TEXT;

-- CreateTable
CREATE TABLE "Feed" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "brandIds" INTEGER[],
    "intervalMinutes" INTEGER NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastFetchedAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "entries" INTEGER NOT NULL DEFAULT 0,
    "nextFetchAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leasedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");

-- CreateIndex
CREATE INDEX "Feed_nextFetchAt_idx" ON "Feed"("nextFetchAt");

-- CreateIndex
CREATE INDEX "Message_placeCountry_placeCity_idx" ON "Message"("placeCountry", "placeCity");

