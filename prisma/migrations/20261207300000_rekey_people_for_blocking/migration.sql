-- Blocking keys are derived differently from 2026-12-07 (postcode digits sorted in the house and
-- street key, customer-number keys by the earlier of the two name sounds, digits in names read as
-- the letters a scan misread): stored keys of existing people would no longer meet the keys of new
-- records. Every person is queued, so the refresher (identity/refresh-queue.ts) rewrites their keys
-- and suggestions after the next start. No schema change.
INSERT INTO "CandidateRefresh" ("personId") SELECT id FROM "Person" WHERE "mergedIntoId" IS NULL;
