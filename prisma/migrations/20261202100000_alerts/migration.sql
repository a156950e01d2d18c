-- CreateEnum
CREATE TYPE "AlertRuleKind" AS ENUM ('influential_unhappy', 'crisis', 'competitor_unhappy');

-- AlterEnum
ALTER TYPE "EventType" ADD VALUE 'alert_raised';

-- CreateTable
CREATE TABLE "AlertRule" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "AlertRuleKind" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "params" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" SERIAL NOT NULL,
    "ruleId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "severity" "Priority" NOT NULL,
    "reason" TEXT NOT NULL,
    "personId" INTEGER,
    "messageId" INTEGER,
    "conversationId" INTEGER,
    "brandId" INTEGER,
    "messageCount" INTEGER NOT NULL DEFAULT 1,
    "details" JSONB NOT NULL DEFAULT '{}',
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedBy" TEXT,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertEvaluation" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "cursorTxid" BIGINT NOT NULL,
    "cursorId" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertRule_name_key" ON "AlertRule"("name");

-- CreateIndex
CREATE INDEX "Alert_severity_updatedAt_idx" ON "Alert"("severity", "updatedAt");

-- CreateIndex
CREATE INDEX "Alert_updatedAt_idx" ON "Alert"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_ruleId_key_key" ON "Alert"("ruleId", "key");

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AlertRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The default rules; their parameters are the defaults in apps/api/src/alerts/rules.ts.
INSERT INTO "AlertRule" ("name", "kind") VALUES
    ('Influential and unhappy', 'influential_unhappy'),
    ('Crisis: negative mentions of an own brand', 'crisis'),
    ('A competitor''s unhappy customer', 'competitor_unhappy');
