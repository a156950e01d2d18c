-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "address" JSONB;

