-- Claim matching reads max(ndoc) on every query: 6.5 ms scanning a 45,000-word vocabulary at a million claims.
CREATE INDEX "SearchTerm_ndoc_idx" ON "SearchTerm"("ndoc");
