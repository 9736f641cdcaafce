-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('ACCEPTED', 'REJECTED', 'FAILED');

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorSubject" TEXT,
    "actorRole" TEXT NOT NULL,
    "actorDepartment" TEXT,
    "actorDivisionCode" TEXT,
    "operationName" TEXT,
    "fields" TEXT[],
    "variables" JSONB NOT NULL,
    "arguments" JSONB NOT NULL,
    "outcome" "AuditOutcome" NOT NULL,
    "errorCodes" TEXT[],
    "changes" JSONB NOT NULL,
    "complete" BOOLEAN NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_at_id_idx" ON "AuditEntry"("at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_department_at_idx" ON "AuditEntry"("department", "at" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_actorSubject_at_idx" ON "AuditEntry"("actorSubject", "at" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_outcome_at_idx" ON "AuditEntry"("outcome", "at" DESC);

