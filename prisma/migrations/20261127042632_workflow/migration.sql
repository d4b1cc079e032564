-- CreateEnum
CREATE TYPE "VoteDecision" AS ENUM ('APPROVE', 'REJECT');

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "correctionNote" TEXT,
ADD COLUMN     "rejectedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "publishedVerdictId" TEXT,
ADD COLUMN     "statusReason" TEXT;

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "verdictId" TEXT NOT NULL,
    "voterId" TEXT NOT NULL,
    "decision" "VoteDecision" NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "reviewVotes" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Vote_verdictId_voterId_key" ON "Vote"("verdictId", "voterId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_publishedVerdictId_key" ON "Claim"("publishedVerdictId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_publishedVerdictId_fkey" FOREIGN KEY ("publishedVerdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: the single approver recorded so far becomes an APPROVE vote, and each published claim
-- points at the verdict readers were shown (its newest approved one).
INSERT INTO "Vote" ("id", "verdictId", "voterId", "decision", "comment", "createdAt")
SELECT 'mig-' || "id", "id", "approvedById", 'APPROVE', '', COALESCE("approvedAt", "createdAt") FROM "Verdict" WHERE "approvedById" IS NOT NULL;

UPDATE "Claim" c SET "publishedVerdictId" = (
  SELECT v."id" FROM "Verdict" v WHERE v."claimId" = c."id" AND v."approvedAt" IS NOT NULL ORDER BY v."createdAt" DESC LIMIT 1
) WHERE c."status" = 'PUBLISHED';

INSERT INTO "Setting" ("id", "reviewVotes") VALUES (1, 1);

-- DropForeignKey
ALTER TABLE "Verdict" DROP CONSTRAINT "Verdict_approvedById_fkey";
ALTER TABLE "Verdict" DROP COLUMN "approvedById";
