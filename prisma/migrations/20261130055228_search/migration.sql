-- Search runs inside Postgres: full text (tsvector columns the database keeps itself, GIN indexes)
-- and pg_trgm for typos and name variants. unaccent folds "Zelenskyy"/"Zelenskýy" alike.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- English stemming after accent folding. A named configuration keeps to_tsvector immutable, which
-- generated columns require (calling unaccent() directly is not).
CREATE TEXT SEARCH CONFIGURATION claimdesk (COPY = english);
ALTER TEXT SEARCH CONFIGURATION claimdesk
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- CreateEnum
CREATE TYPE "ClaimLinkKind" AS ENUM ('SAME_CLAIM', 'RELATED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('claimdesk', "title"), 'A') || setweight(to_tsvector('claimdesk', "outlet"), 'B')) STORED;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('claimdesk', "claimReviewed"), 'A') || setweight(to_tsvector('claimdesk', "quote"), 'B')) STORED;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('claimdesk', "body")) STORED;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('claimdesk', "title"), 'A') || setweight(to_tsvector('claimdesk', "publisher"), 'B') || setweight(to_tsvector('claimdesk', coalesce("excerpt", '')), 'C')) STORED;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('claimdesk', "conclusion"), 'A') || setweight(to_tsvector('claimdesk', "rationale"), 'B')) STORED;

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "earlierId" TEXT NOT NULL,
    "kind" "ClaimLinkKind" NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimLink_earlierId_idx" ON "ClaimLink"("earlierId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_claimId_earlierId_key" ON "ClaimLink"("claimId", "earlierId");

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Article_title_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_speakerId_updatedAt_idx" ON "Claim"("speakerId", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_updatedAt_idx" ON "Claim"("updatedAt");

-- CreateIndex
CREATE INDEX "Claim_publishedAt_idx" ON "Claim"("publishedAt");

-- CreateIndex
CREATE INDEX "Note_searchVector_idx" ON "Note" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Speaker_name_idx" ON "Speaker" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Verdict_searchVector_idx" ON "Verdict" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_earlierId_fkey" FOREIGN KEY ("earlierId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The vocabulary for typo correction and word rarity, filled from the claims already here.
-- CreateTable
CREATE TABLE "SearchTerm" (
    "word" TEXT NOT NULL,
    "ndoc" INTEGER NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchTerm_word_idx" ON "SearchTerm" USING GIN ("word" gin_trgm_ops);

INSERT INTO "SearchTerm" ("word", "ndoc") SELECT word, ndoc FROM ts_stat('SELECT "searchVector" FROM "Claim"');
