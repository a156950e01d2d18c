-- An Activity row refers to one message, touchpoint, stage change or lifecycle stage, so three of
-- its four unique columns are NULL, and a full unique index stores an entry for every NULL: each
-- timeline row cost six index inserts, three of them for nothing. The same uniqueness (NULLs are
-- distinct in a unique index anyway) over the non-NULL values only; ON CONFLICT names the predicate.
DROP INDEX "Activity_touchpointId_key";
CREATE UNIQUE INDEX "Activity_touchpointId_key" ON "Activity"("touchpointId") WHERE "touchpointId" IS NOT NULL;
DROP INDEX "Activity_messageId_key";
CREATE UNIQUE INDEX "Activity_messageId_key" ON "Activity"("messageId") WHERE "messageId" IS NOT NULL;
DROP INDEX "Activity_dealStageChangeId_key";
CREATE UNIQUE INDEX "Activity_dealStageChangeId_key" ON "Activity"("dealStageChangeId") WHERE "dealStageChangeId" IS NOT NULL;
DROP INDEX "Activity_stageKey_key";
CREATE UNIQUE INDEX "Activity_stageKey_key" ON "Activity"("stageKey") WHERE "stageKey" IS NOT NULL;
