-- The last change of each incident or its record, for callers that pull what changed since a moment.
ALTER TABLE "FireIncident" ADD COLUMN "updatedAt" TIMESTAMP(3);

UPDATE "FireIncident" AS incident
SET "updatedAt" = GREATEST(
  incident."statusChangedAt",
  (SELECT MAX("revisedAt") FROM "FireAreaRevision" WHERE "incidentId" = incident."id"),
  (SELECT MAX("orderedAt") FROM "FireResponseAction" WHERE "incidentId" = incident."id")
);

ALTER TABLE "FireIncident" ALTER COLUMN "updatedAt" SET NOT NULL;

CREATE INDEX "FireIncident_updatedAt_idx" ON "FireIncident"("updatedAt");
