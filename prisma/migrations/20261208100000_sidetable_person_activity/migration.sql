-- Prototype (s29/sidetable): the columns the import's per-batch counters move, in a table of
-- their own, so that UPDATE writes a narrow row and its four indexes instead of a Person row and
-- all nine of Person's.
CREATE TABLE "PersonActivity" (
    "personId" INTEGER NOT NULL PRIMARY KEY REFERENCES "Person"("id") ON DELETE CASCADE,
    "messageCount" INTEGER NOT NULL DEFAULT 0,
    "sentimentSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sentimentCount" INTEGER NOT NULL DEFAULT 0,
    "engagement" INTEGER NOT NULL DEFAULT 0,
    "firstSeenAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3),
    "influenceScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "networkCommunityId" INTEGER REFERENCES "NetworkCommunity"("id") ON DELETE SET NULL
);
INSERT INTO "PersonActivity"
SELECT id, "messageCount", "sentimentSum", "sentimentCount", engagement, "firstSeenAt", "lastSeenAt", "influenceScore", "networkCommunityId"
  FROM "Person";
CREATE INDEX "PersonActivity_lastSeenAt_personId_idx" ON "PersonActivity"("lastSeenAt" DESC NULLS LAST, "personId");
CREATE INDEX "PersonActivity_influenceScore_personId_idx" ON "PersonActivity"("influenceScore", "personId");
CREATE INDEX "PersonActivity_networkCommunityId_influenceScore_idx" ON "PersonActivity"("networkCommunityId", "influenceScore");
DROP INDEX "Person_lastSeenAt_id_idx";
DROP INDEX "Person_influenceScore_id_idx";
DROP INDEX "Person_networkCommunityId_influenceScore_idx";
