-- CreateTable
CREATE TABLE "BulkImport" (
    "id" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "status" "ExportStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "BulkImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkImportItem" (
    "id" TEXT NOT NULL,
    "bulkImportId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "articleId" TEXT,
    "claims" INTEGER,
    "needSpeaker" INTEGER,

    CONSTRAINT "BulkImportItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BulkImport_requestedById_createdAt_idx" ON "BulkImport"("requestedById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "BulkImportItem_articleId_key" ON "BulkImportItem"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "BulkImportItem_bulkImportId_position_key" ON "BulkImportItem"("bulkImportId", "position");

-- AddForeignKey
ALTER TABLE "BulkImport" ADD CONSTRAINT "BulkImport_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkImportItem" ADD CONSTRAINT "BulkImportItem_bulkImportId_fkey" FOREIGN KEY ("bulkImportId") REFERENCES "BulkImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkImportItem" ADD CONSTRAINT "BulkImportItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;
