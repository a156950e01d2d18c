-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "LifecycleStage" AS ENUM ('subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer', 'evangelist', 'other');

-- CreateEnum
CREATE TYPE "IdentityKind" AS ENUM ('email', 'phone', 'handle', 'external');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('twitter', 'facebook', 'linkedin', 'instagram', 'forum', 'blog', 'review', 'email', 'phone', 'chat', 'sms', 'support_ticket', 'other');

-- CreateEnum
CREATE TYPE "ConversationStatus" AS ENUM ('open', 'pending', 'resolved');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('low', 'normal', 'high', 'urgent');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('inbound', 'outbound');

-- CreateEnum
CREATE TYPE "Intent" AS ENUM ('question', 'problem', 'idea', 'praise', 'other');

-- CreateEnum
CREATE TYPE "BrandKind" AS ENUM ('own', 'competitor');

-- CreateEnum
CREATE TYPE "CommunityKind" AS ENUM ('forum', 'group', 'subreddit', 'hashtag', 'mailing_list', 'slack', 'discord', 'other');

-- CreateEnum
CREATE TYPE "TouchpointKind" AS ENUM ('email_sent', 'email_open', 'email_click', 'ad_click', 'form_fill', 'webinar', 'event', 'page_visit');

-- CreateEnum
CREATE TYPE "DealStatus" AS ENUM ('open', 'won', 'lost');

-- CreateEnum
CREATE TYPE "Department" AS ENUM ('marketing', 'sales', 'communications');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('touchpoint', 'message', 'deal_change', 'membership');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('message_added', 'conversation_updated', 'person_created', 'person_updated', 'person_merged', 'person_unmerged', 'deal_stage_changed', 'touchpoint_recorded', 'import_finished');

-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('admin', 'analyst', 'viewer', 'integrator');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('pending', 'accepted', 'rejected');

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "industry" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "displayName" TEXT NOT NULL,
    "title" TEXT,
    "location" TEXT,
    "stage" "LifecycleStage",
    "organizationId" INTEGER,
    "firstSeenAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3),
    "reach" INTEGER NOT NULL DEFAULT 0,
    "followers" JSONB NOT NULL DEFAULT '{}',
    "messageCount" INTEGER NOT NULL DEFAULT 0,
    "sentimentSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sentimentCount" INTEGER NOT NULL DEFAULT 0,
    "influence" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "mergedIntoId" INTEGER,
    "mergedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Identity" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "kind" "IdentityKind" NOT NULL,
    "platform" TEXT NOT NULL DEFAULT '',
    "value" TEXT NOT NULL,
    "raw" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Identity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonSource" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "record" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonBlockingKey" (
    "key" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,

    CONSTRAINT "PersonBlockingKey_pkey" PRIMARY KEY ("key","personId")
);

-- CreateTable
CREATE TABLE "MergeSuggestion" (
    "id" SERIAL NOT NULL,
    "personAId" INTEGER NOT NULL,
    "personBId" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "explanation" TEXT NOT NULL,
    "signals" JSONB NOT NULL DEFAULT '[]',
    "status" "SuggestionStatus" NOT NULL DEFAULT 'pending',
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MergeSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonMerge" (
    "id" SERIAL NOT NULL,
    "survivorId" INTEGER NOT NULL,
    "absorbedId" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "moved" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneBy" TEXT,

    CONSTRAINT "PersonMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Community" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "kind" "CommunityKind" NOT NULL DEFAULT 'other',
    "name" TEXT NOT NULL,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "communityId" INTEGER NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "joinedAt" TIMESTAMP(3),
    "lastActiveAt" TIMESTAMP(3),
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "subject" TEXT,
    "status" "ConversationStatus" NOT NULL DEFAULT 'open',
    "priority" "Priority" NOT NULL DEFAULT 'normal',
    "communityId" INTEGER,
    "personId" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "lastMessageAt" TIMESTAMP(3) NOT NULL,
    "messageCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "conversationId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "communityId" INTEGER,
    "channel" "Channel" NOT NULL,
    "direction" "Direction" NOT NULL DEFAULT 'inbound',
    "subject" TEXT,
    "text" TEXT NOT NULL,
    "url" TEXT,
    "postedAt" TIMESTAMP(3) NOT NULL,
    "replyToId" INTEGER,
    "reach" INTEGER NOT NULL DEFAULT 0,
    "likes" INTEGER NOT NULL DEFAULT 0,
    "replyCount" INTEGER NOT NULL DEFAULT 0,
    "shares" INTEGER NOT NULL DEFAULT 0,
    "views" INTEGER NOT NULL DEFAULT 0,
    "sentiment" DOUBLE PRECISION,
    "intent" "Intent",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Brand" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "BrandKind" NOT NULL DEFAULT 'own',
    "terms" TEXT[],
    "source" TEXT,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Brand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandMention" (
    "id" SERIAL NOT NULL,
    "brandId" INTEGER NOT NULL,
    "messageId" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "sentiment" DOUBLE PRECISION,
    "postedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrandMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "channel" TEXT,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Touchpoint" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "campaignId" INTEGER,
    "kind" "TouchpointKind" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "properties" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Touchpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organizationId" INTEGER,
    "contactId" INTEGER,
    "stage" TEXT NOT NULL,
    "amount" DECIMAL(14,2),
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "owner" TEXT,
    "status" "DealStatus" NOT NULL DEFAULT 'open',
    "openedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealStageChange" (
    "id" SERIAL NOT NULL,
    "dealId" INTEGER NOT NULL,
    "fromStage" TEXT,
    "toStage" TEXT NOT NULL,
    "fromStatus" "DealStatus",
    "toStatus" "DealStatus" NOT NULL,
    "amount" DECIMAL(14,2),
    "changedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DealStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "department" "Department" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "summary" TEXT NOT NULL,
    "touchpointId" INTEGER,
    "messageId" INTEGER,
    "dealStageChangeId" INTEGER,
    "dealId" INTEGER,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" BIGSERIAL NOT NULL,
    "txid" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint,
    "type" "EventType" NOT NULL,
    "personId" INTEGER,
    "conversationId" INTEGER,
    "messageId" INTEGER,
    "dealId" INTEGER,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ingestion" (
    "id" SERIAL NOT NULL,
    "idempotencyKey" TEXT,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT,
    "status" TEXT NOT NULL DEFAULT 'running',
    "recordsDone" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB NOT NULL DEFAULT '{}',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "actor" TEXT,

    CONSTRAINT "Ingestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_domain_key" ON "Organization"("domain");

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE INDEX "Person_organizationId_idx" ON "Person"("organizationId");

-- CreateIndex
CREATE INDEX "Person_lastSeenAt_idx" ON "Person"("lastSeenAt");

-- CreateIndex
CREATE INDEX "Person_reach_idx" ON "Person"("reach");

-- CreateIndex
CREATE INDEX "Person_mergedIntoId_idx" ON "Person"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Person_displayName_idx" ON "Person"("displayName");

-- CreateIndex
CREATE INDEX "Person_stage_idx" ON "Person"("stage");

-- CreateIndex
CREATE INDEX "Identity_personId_idx" ON "Identity"("personId");

-- CreateIndex
CREATE INDEX "Identity_value_idx" ON "Identity"("value");

-- CreateIndex
CREATE UNIQUE INDEX "Identity_kind_platform_value_key" ON "Identity"("kind", "platform", "value");

-- CreateIndex
CREATE INDEX "PersonSource_personId_idx" ON "PersonSource"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonSource_source_sourceId_key" ON "PersonSource"("source", "sourceId");

-- CreateIndex
CREATE INDEX "PersonBlockingKey_personId_idx" ON "PersonBlockingKey"("personId");

-- CreateIndex
CREATE INDEX "MergeSuggestion_status_score_idx" ON "MergeSuggestion"("status", "score");

-- CreateIndex
CREATE UNIQUE INDEX "MergeSuggestion_personAId_personBId_key" ON "MergeSuggestion"("personAId", "personBId");

-- CreateIndex
CREATE INDEX "PersonMerge_survivorId_idx" ON "PersonMerge"("survivorId");

-- CreateIndex
CREATE INDEX "PersonMerge_absorbedId_idx" ON "PersonMerge"("absorbedId");

-- CreateIndex
CREATE INDEX "Community_platform_idx" ON "Community"("platform");

-- CreateIndex
CREATE UNIQUE INDEX "Community_source_sourceId_key" ON "Community"("source", "sourceId");

-- CreateIndex
CREATE INDEX "Membership_communityId_lastActiveAt_idx" ON "Membership"("communityId", "lastActiveAt");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_source_sourceId_key" ON "Membership"("source", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_personId_communityId_key" ON "Membership"("personId", "communityId");

-- CreateIndex
CREATE INDEX "Conversation_lastMessageAt_idx" ON "Conversation"("lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_channel_lastMessageAt_idx" ON "Conversation"("channel", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_status_priority_idx" ON "Conversation"("status", "priority");

-- CreateIndex
CREATE INDEX "Conversation_communityId_idx" ON "Conversation"("communityId");

-- CreateIndex
CREATE INDEX "Conversation_personId_idx" ON "Conversation"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_source_sourceId_key" ON "Conversation"("source", "sourceId");

-- CreateIndex
CREATE INDEX "Message_conversationId_postedAt_idx" ON "Message"("conversationId", "postedAt");

-- CreateIndex
CREATE INDEX "Message_authorId_postedAt_idx" ON "Message"("authorId", "postedAt");

-- CreateIndex
CREATE INDEX "Message_postedAt_idx" ON "Message"("postedAt");

-- CreateIndex
CREATE INDEX "Message_channel_postedAt_idx" ON "Message"("channel", "postedAt");

-- CreateIndex
CREATE INDEX "Message_communityId_idx" ON "Message"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "Message_source_sourceId_key" ON "Message"("source", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Brand_name_key" ON "Brand"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Brand_source_sourceId_key" ON "Brand"("source", "sourceId");

-- CreateIndex
CREATE INDEX "BrandMention_brandId_postedAt_idx" ON "BrandMention"("brandId", "postedAt");

-- CreateIndex
CREATE INDEX "BrandMention_messageId_idx" ON "BrandMention"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "BrandMention_brandId_messageId_key" ON "BrandMention"("brandId", "messageId");

-- CreateIndex
CREATE INDEX "Campaign_name_idx" ON "Campaign"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_source_sourceId_key" ON "Campaign"("source", "sourceId");

-- CreateIndex
CREATE INDEX "Touchpoint_personId_occurredAt_idx" ON "Touchpoint"("personId", "occurredAt");

-- CreateIndex
CREATE INDEX "Touchpoint_campaignId_kind_idx" ON "Touchpoint"("campaignId", "kind");

-- CreateIndex
CREATE INDEX "Touchpoint_occurredAt_idx" ON "Touchpoint"("occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Touchpoint_source_sourceId_key" ON "Touchpoint"("source", "sourceId");

-- CreateIndex
CREATE INDEX "Deal_status_stage_idx" ON "Deal"("status", "stage");

-- CreateIndex
CREATE INDEX "Deal_organizationId_idx" ON "Deal"("organizationId");

-- CreateIndex
CREATE INDEX "Deal_contactId_idx" ON "Deal"("contactId");

-- CreateIndex
CREATE INDEX "Deal_openedAt_idx" ON "Deal"("openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Deal_source_sourceId_key" ON "Deal"("source", "sourceId");

-- CreateIndex
CREATE INDEX "DealStageChange_dealId_changedAt_idx" ON "DealStageChange"("dealId", "changedAt");

-- CreateIndex
CREATE INDEX "DealStageChange_changedAt_idx" ON "DealStageChange"("changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_touchpointId_key" ON "Activity"("touchpointId");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_messageId_key" ON "Activity"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_dealStageChangeId_key" ON "Activity"("dealStageChangeId");

-- CreateIndex
CREATE INDEX "Activity_personId_occurredAt_id_idx" ON "Activity"("personId", "occurredAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Activity_kind_occurredAt_idx" ON "Activity"("kind", "occurredAt");

-- CreateIndex
CREATE INDEX "Activity_department_occurredAt_idx" ON "Activity"("department", "occurredAt");

-- CreateIndex
CREATE INDEX "Event_txid_id_idx" ON "Event"("txid", "id");

-- CreateIndex
CREATE INDEX "Event_type_txid_id_idx" ON "Event"("type", "txid", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Ingestion_idempotencyKey_key" ON "Ingestion"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Identity" ADD CONSTRAINT "Identity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonSource" ADD CONSTRAINT "PersonSource_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonBlockingKey" ADD CONSTRAINT "PersonBlockingKey_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeSuggestion" ADD CONSTRAINT "MergeSuggestion_personAId_fkey" FOREIGN KEY ("personAId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeSuggestion" ADD CONSTRAINT "MergeSuggestion_personBId_fkey" FOREIGN KEY ("personBId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonMerge" ADD CONSTRAINT "PersonMerge_survivorId_fkey" FOREIGN KEY ("survivorId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonMerge" ADD CONSTRAINT "PersonMerge_absorbedId_fkey" FOREIGN KEY ("absorbedId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_replyToId_fkey" FOREIGN KEY ("replyToId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandMention" ADD CONSTRAINT "BrandMention_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandMention" ADD CONSTRAINT "BrandMention_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealStageChange" ADD CONSTRAINT "DealStageChange_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_touchpointId_fkey" FOREIGN KEY ("touchpointId") REFERENCES "Touchpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_dealStageChangeId_fkey" FOREIGN KEY ("dealStageChangeId") REFERENCES "DealStageChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

