-- AlterEnum
ALTER TYPE "CaseOrigin" ADD VALUE 'alert';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "alertId" INTEGER;

-- CreateIndex
CREATE INDEX "Case_alertId_idx" ON "Case"("alertId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE SET NULL ON UPDATE CASCADE;
