-- CreateTable
CREATE TABLE "PersistedOperation" (
    "hash" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "name" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersistedOperation_pkey" PRIMARY KEY ("hash")
);

