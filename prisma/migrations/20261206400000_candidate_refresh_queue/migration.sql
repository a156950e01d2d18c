-- People whose merge candidates an import batch changed, refreshed after the batch commits
-- (apps/api/src/identity/refresh-queue.ts).
-- CreateTable
CREATE TABLE "CandidateRefresh" (
    "id" BIGSERIAL NOT NULL,
    "personId" INTEGER NOT NULL,

    CONSTRAINT "CandidateRefresh_pkey" PRIMARY KEY ("id")
);

