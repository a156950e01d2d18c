-- CreateEnum
CREATE TYPE "InteractionKind" AS ENUM ('reply', 'mention', 'share');

-- CreateEnum
CREATE TYPE "InfluenceScope" AS ENUM ('community', 'brand');

-- AlterTable
ALTER TABLE "Person" DROP COLUMN "influence",
ADD COLUMN     "engagement" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "influenceScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "networkCommunityId" INTEGER,
ADD COLUMN     "pageRank" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "pageRankPercentile" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "priority" "Priority" NOT NULL DEFAULT 'normal';

-- CreateTable
CREATE TABLE "Interaction" (
    "id" SERIAL NOT NULL,
    "messageId" INTEGER NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "fromPersonId" INTEGER NOT NULL,
    "toPersonId" INTEGER,
    "targetScope" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,

    CONSTRAINT "Interaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkCommunity" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "channels" JSONB NOT NULL DEFAULT '[]',
    "brands" JSONB NOT NULL DEFAULT '[]',
    "runId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkCommunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfluenceRun" (
    "id" SERIAL NOT NULL,
    "trigger" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "people" INTEGER NOT NULL DEFAULT 0,
    "edges" INTEGER NOT NULL DEFAULT 0,
    "communities" INTEGER NOT NULL DEFAULT 0,
    "modularity" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "milliseconds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InfluenceRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScopedInfluence" (
    "scope" "InfluenceScope" NOT NULL,
    "scopeId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "pageRank" DOUBLE PRECISION NOT NULL,
    "pageRankPercentile" DOUBLE PRECISION NOT NULL,
    "engagement" INTEGER NOT NULL,
    "messages" INTEGER NOT NULL,

    CONSTRAINT "ScopedInfluence_pkey" PRIMARY KEY ("scope","scopeId","personId")
);

-- CreateIndex
CREATE INDEX "Interaction_fromPersonId_toPersonId_idx" ON "Interaction"("fromPersonId", "toPersonId");

-- CreateIndex
CREATE INDEX "Interaction_toPersonId_idx" ON "Interaction"("toPersonId");

-- CreateIndex
CREATE INDEX "Interaction_targetScope_targetKey_idx" ON "Interaction"("targetScope", "targetKey");

-- CreateIndex
CREATE UNIQUE INDEX "Interaction_messageId_kind_targetScope_targetKey_key" ON "Interaction"("messageId", "kind", "targetScope", "targetKey");

-- CreateIndex
CREATE INDEX "NetworkCommunity_size_idx" ON "NetworkCommunity"("size");

-- CreateIndex
CREATE INDEX "ScopedInfluence_scope_scopeId_score_idx" ON "ScopedInfluence"("scope", "scopeId", "score");

-- CreateIndex
CREATE INDEX "ScopedInfluence_personId_idx" ON "ScopedInfluence"("personId");

-- CreateIndex
CREATE INDEX "Person_influenceScore_id_idx" ON "Person"("influenceScore", "id");

-- CreateIndex
CREATE INDEX "Person_networkCommunityId_influenceScore_idx" ON "Person"("networkCommunityId", "influenceScore");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_networkCommunityId_fkey" FOREIGN KEY ("networkCommunityId") REFERENCES "NetworkCommunity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

