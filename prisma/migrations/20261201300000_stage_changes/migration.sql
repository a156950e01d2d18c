-- AlterEnum
ALTER TYPE "ActivityKind" ADD VALUE 'stage_change';

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "source" TEXT,
ADD COLUMN     "stage" "LifecycleStage",
ADD COLUMN     "stageKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Activity_stageKey_key" ON "Activity"("stageKey");

