-- CreateEnum
CREATE TYPE "SubmissionKind" AS ENUM ('SUGGEST_CLAIM', 'REPORT_ERROR');

-- CreateTable
CREATE TABLE "ReaderSubmission" (
    "id" TEXT NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "message" TEXT NOT NULL,
    "url" TEXT,
    "email" TEXT,
    "claimSlug" TEXT,
    "senderKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReaderSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReaderSubmission_senderKey_createdAt_idx" ON "ReaderSubmission"("senderKey", "createdAt");

-- CreateIndex
CREATE INDEX "ReaderSubmission_createdAt_idx" ON "ReaderSubmission"("createdAt");


