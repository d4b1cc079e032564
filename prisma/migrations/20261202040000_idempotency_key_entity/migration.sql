-- A repeated post of a form that starts a background job is sent to the job the first copy started.
ALTER TABLE "IdempotencyKey" ADD COLUMN "entityId" TEXT;
