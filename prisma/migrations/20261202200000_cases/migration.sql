-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('new', 'open', 'pending', 'resolved');

-- CreateEnum
CREATE TYPE "CaseOrigin" AS ENUM ('problem', 'conversation', 'message');

-- AlterEnum
ALTER TYPE "EventType" ADD VALUE 'case_updated';

-- CreateTable
CREATE TABLE "Teammate" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "team" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Teammate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlaPolicy" (
    "priority" "Priority" NOT NULL,
    "firstResponseMinutes" INTEGER NOT NULL,
    "nextResponseMinutes" INTEGER NOT NULL,
    "resolutionMinutes" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlaPolicy_pkey" PRIMARY KEY ("priority")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" SERIAL NOT NULL,
    "conversationId" INTEGER NOT NULL,
    "messageId" INTEGER,
    "channel" "Channel" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'new',
    "priority" "Priority" NOT NULL DEFAULT 'normal',
    "origin" "CaseOrigin" NOT NULL,
    "assigneeId" INTEGER,
    "team" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "resolutionStartedAt" TIMESTAMP(3) NOT NULL,
    "firstResponseAt" TIMESTAMP(3),
    "lastResponseAt" TIMESTAMP(3),
    "awaitingSince" TIMESTAMP(3),
    "nextResponseBreached" BOOLEAN NOT NULL DEFAULT false,
    "resolvedAt" TIMESTAMP(3),
    "reopenedAt" TIMESTAMP(3),
    "firstResponseDueAt" TIMESTAMP(3) NOT NULL,
    "nextResponseDueAt" TIMESTAMP(3),
    "resolutionDueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNoteMention" (
    "noteId" INTEGER NOT NULL,
    "teammateId" INTEGER NOT NULL,

    CONSTRAINT "CaseNoteMention_pkey" PRIMARY KEY ("noteId","teammateId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Teammate_handle_key" ON "Teammate"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Case_conversationId_key" ON "Case"("conversationId");

-- CreateIndex
CREATE INDEX "Case_status_priority_idx" ON "Case"("status", "priority");

-- CreateIndex
CREATE INDEX "Case_assigneeId_idx" ON "Case"("assigneeId");

-- CreateIndex
CREATE INDEX "Case_messageId_idx" ON "Case"("messageId");

-- CreateIndex
CREATE INDEX "Case_openedAt_idx" ON "Case"("openedAt");

-- CreateIndex
CREATE INDEX "CaseNote_caseId_createdAt_idx" ON "CaseNote"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseNoteMention_teammateId_idx" ON "CaseNoteMention"("teammateId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Teammate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNoteMention" ADD CONSTRAINT "CaseNoteMention_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "CaseNote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNoteMention" ADD CONSTRAINT "CaseNoteMention_teammateId_fkey" FOREIGN KEY ("teammateId") REFERENCES "Teammate"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Default targets by priority (minutes): first response, next response, resolution.
INSERT INTO "SlaPolicy" ("priority", "firstResponseMinutes", "nextResponseMinutes", "resolutionMinutes") VALUES
    ('urgent', 15, 60, 240),
    ('high', 60, 240, 1440),
    ('normal', 240, 480, 4320),
    ('low', 1440, 1440, 10080);
