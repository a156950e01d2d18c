-- The people list orders by "lastSeenAt" DESC NULLS LAST, id (people never seen last). An index in
-- exactly that order lets a page read its 50 entries instead of sorting every person; it serves
-- ranges of "lastSeenAt" as the index it replaces did. Prisma's schema cannot state NULLS LAST, so
-- schema.prisma names this index in a comment and tests/foundation/migrations.test.ts expects it.
DROP INDEX "Person_lastSeenAt_idx";
CREATE INDEX "Person_lastSeenAt_id_idx" ON "Person"("lastSeenAt" DESC NULLS LAST, "id");
