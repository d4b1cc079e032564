-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "pendingEdit" JSONB;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "removedAt" TIMESTAMP(3),
ADD COLUMN     "replacesId" TEXT;

-- CreateIndex
CREATE INDEX "Claim_mergedIntoId_idx" ON "Claim"("mergedIntoId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_replacesId_key" ON "Source"("replacesId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
