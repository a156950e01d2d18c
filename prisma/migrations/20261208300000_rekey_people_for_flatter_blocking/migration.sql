-- Blocking keys are derived differently from 2026-12-08 (customer-number part keys carry both
-- names' sound initials, the postcode and family-name key the given name's initial): stored keys
-- of existing people would no longer meet the keys of new records. Every person is queued, so the
-- refresher (identity/refresh-queue.ts) rewrites their keys and suggestions after the next start.
-- No schema change.
INSERT INTO "CandidateRefresh" ("personId") SELECT id FROM "Person" WHERE "mergedIntoId" IS NULL;
