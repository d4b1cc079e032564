-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "lastPublishedVerdictId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Claim_lastPublishedVerdictId_key" ON "Claim"("lastPublishedVerdictId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_lastPublishedVerdictId_fkey" FOREIGN KEY ("lastPublishedVerdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: the published verdict, or for an unpublished claim the verdict its last publish showed.
UPDATE "Claim" c SET "lastPublishedVerdictId" = COALESCE(c."publishedVerdictId", (
  SELECT a."after"->>'verdictId' FROM "AuditEvent" a
  JOIN "Verdict" v ON v."id" = a."after"->>'verdictId'
  WHERE a."entityType" = 'Claim' AND a."entityId" = c."id" AND a."action" IN ('claim.publish', 'claim.correction.publish')
  ORDER BY a."createdAt" DESC LIMIT 1
));
