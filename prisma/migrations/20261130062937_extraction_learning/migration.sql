-- CreateEnum
CREATE TYPE "ExtractionDecision" AS ENUM ('ACCEPTED', 'EDITED', 'SPLIT', 'REJECTED');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "modelVersion" TEXT;

-- CreateTable
CREATE TABLE "ExtractionExample" (
    "id" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "decision" "ExtractionDecision" NOT NULL,
    "suggestedScore" DOUBLE PRECISION NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExtractionExample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExtractionModel" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "weights" JSONB NOT NULL,
    "evaluation" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "trainedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activatedAt" TIMESTAMP(3),

    CONSTRAINT "ExtractionModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExtractionExample_decidedAt_idx" ON "ExtractionExample"("decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExtractionModel_version_key" ON "ExtractionModel"("version");

-- AddForeignKey
ALTER TABLE "ExtractionExample" ADD CONSTRAINT "ExtractionExample_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtractionModel" ADD CONSTRAINT "ExtractionModel_trainedById_fkey" FOREIGN KEY ("trainedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
