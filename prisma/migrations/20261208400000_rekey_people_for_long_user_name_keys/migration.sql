-- From 2026-12-08 long user-name and name stems also get a key of their 15-letter prefix (ul:):
-- existing people hold no such key, so a new record's would find none of them. Every person is
-- queued, so the refresher (identity/refresh-queue.ts) writes their keys and suggestions after the
-- next start. No schema change.
INSERT INTO "CandidateRefresh" ("personId") SELECT id FROM "Person" WHERE "mergedIntoId" IS NULL;
