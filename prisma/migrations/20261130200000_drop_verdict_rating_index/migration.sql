-- Rating filters read Claim.publishedRating now (search, the public list, reports): nothing reads
-- verdict ids by rating any more, and every verdict write kept the index up to date.
DROP INDEX "Verdict_rating_id_idx";
