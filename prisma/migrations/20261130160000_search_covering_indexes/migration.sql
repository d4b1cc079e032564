-- Search ranks each field's newest matches. These indexes hold the text vector and the filter
-- columns, so that walk reads the index alone (a heap visit per row cost seconds at a million claims).
-- Prisma cannot express INCLUDE, and the schema lists the same columns as keys, which is how it reads them.
DROP INDEX "Claim_updatedAt_idx";
DROP INDEX "Claim_publishedAt_idx";
CREATE INDEX "Claim_updatedAt_search_idx" ON "Claim"("updatedAt", "id")
  INCLUDE ("searchVector", "status", "kind", "speakerId", "articleId", "assigneeId", "publishedVerdictId");
CREATE INDEX "Claim_publishedAt_search_idx" ON "Claim"("publishedAt", "id")
  INCLUDE ("searchVector", "status", "kind", "speakerId", "articleId", "assigneeId", "publishedVerdictId");
CREATE INDEX "Verdict_createdAt_search_idx" ON "Verdict"("createdAt", "id") INCLUDE ("searchVector", "claimId");
CREATE INDEX "Source_createdAt_search_idx" ON "Source"("createdAt", "id") INCLUDE ("searchVector", "claimId");
CREATE INDEX "Note_createdAt_search_idx" ON "Note"("createdAt", "id") INCLUDE ("searchVector", "claimId");
-- The queue lists one status by score, and the rating filter reads verdict ids by rating.
CREATE INDEX "Claim_status_score_updatedAt_idx" ON "Claim"("status", "score" DESC, "updatedAt" DESC);
CREATE INDEX "Verdict_rating_id_idx" ON "Verdict"("rating", "id");
