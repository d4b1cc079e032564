-- Not checkable is a claim status (an editor decides not to check), no longer also a rating.
-- Claims whose published or newest verdict said Not checkable move to that status with the
-- conclusion of that verdict as the reason. The old verdict rows keep their text and read Unsupported.
WITH newest AS (
  SELECT DISTINCT ON ("claimId") "claimId", "id", "rating", "conclusion"
  FROM "Verdict" ORDER BY "claimId", "createdAt" DESC
),
affected AS (
  SELECT c."id", c."status", COALESCE(p."conclusion", n."conclusion") AS "reason"
  FROM "Claim" c
  LEFT JOIN "Verdict" p ON p."id" = c."publishedVerdictId" AND p."rating" = 'NOT_CHECKABLE'
  LEFT JOIN newest n ON n."claimId" = c."id" AND n."rating" = 'NOT_CHECKABLE' AND c."status" IN ('NEW', 'RESEARCHING', 'IN_REVIEW')
  WHERE p."id" IS NOT NULL OR n."id" IS NOT NULL
),
audit AS (
  INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "before", "after")
  SELECT 'migrate-nc-' || a."id", NULL, 'claim.migrate', 'Claim', a."id",
         jsonb_build_object('status', a."status"::text, 'rating', 'NOT_CHECKABLE'),
         jsonb_build_object('status', 'NOT_CHECKABLE', 'reason', a."reason")
  FROM affected a
  RETURNING "entityId"
)
UPDATE "Claim" c
SET "status" = 'NOT_CHECKABLE', "statusReason" = a."reason", "publishedVerdictId" = NULL, "publishedAt" = NULL, "version" = c."version" + 1
FROM affected a
WHERE c."id" = a."id";

UPDATE "Verdict" SET "rating" = 'UNSUPPORTED' WHERE "rating" = 'NOT_CHECKABLE';

-- AlterEnum
CREATE TYPE "Rating_new" AS ENUM ('FALSE', 'MOSTLY_FALSE', 'HALF_TRUE', 'MOSTLY_TRUE', 'TRUE', 'MISLEADING', 'UNSUPPORTED');
ALTER TABLE "Verdict" ALTER COLUMN "rating" TYPE "Rating_new" USING ("rating"::text::"Rating_new");
ALTER TYPE "Rating" RENAME TO "Rating_old";
ALTER TYPE "Rating_new" RENAME TO "Rating";
DROP TYPE "Rating_old";

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('NEW', 'CLAIMED', 'ANSWERED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ASSIGNED', 'REVIEW_REQUESTED', 'REJECTED', 'PUBLISHED');

-- AlterTable
ALTER TABLE "ReaderSubmission" ADD COLUMN "claimId" TEXT,
ADD COLUMN "status" "SubmissionStatus" NOT NULL DEFAULT 'NEW';

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "claimId" TEXT NOT NULL,
    "actorId" TEXT,
    "comment" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "ReaderSubmission_status_createdAt_idx" ON "ReaderSubmission"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "ReaderSubmission" ADD CONSTRAINT "ReaderSubmission_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
