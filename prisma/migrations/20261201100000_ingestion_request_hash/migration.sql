-- An idempotency key remembers the records it was first sent with (SHA-256 of their canonical
-- JSON), so a reuse of the key with other records is refused instead of silently dropping them.
-- AlterTable
ALTER TABLE "Ingestion" ADD COLUMN     "requestHash" TEXT;

