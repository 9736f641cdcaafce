-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OfficeUnitKind" AS ENUM ('DEPARTMENT', 'AFFILIATED_UNIT');

-- CreateEnum
CREATE TYPE "OfficeDocumentDirection" AS ENUM ('INCOMING', 'OUTGOING');

-- CreateEnum
CREATE TYPE "OfficeDocumentClassification" AS ENUM ('PUBLIC', 'INTERNAL', 'SECRET', 'CONFIDENTIAL');

-- CreateEnum
CREATE TYPE "OfficeDocumentUrgency" AS ENUM ('EXTRA_URGENT', 'URGENT', 'ROUTINE');

-- CreateEnum
CREATE TYPE "OfficeDocumentStep" AS ENUM ('DRAFT', 'REVIEW', 'COUNTERSIGN', 'SIGN_OFF', 'ISSUE', 'REGISTER', 'PROPOSE', 'ASSIGN', 'HANDLE', 'CLOSE');

-- CreateEnum
CREATE TYPE "OfficeDocumentDecision" AS ENUM ('COMPLETED', 'REJECTED');

-- CreateEnum
CREATE TYPE "OfficeMeetingKind" AS ENUM ('PARTY_GROUP', 'DIRECTOR_GENERAL_OFFICE', 'THEMATIC', 'VIDEO_CONFERENCE');

-- CreateEnum
CREATE TYPE "SupervisionLevel" AS ENUM ('CLERK', 'PARTY_SECRETARY', 'OFFICE_DIRECTOR', 'DEPUTY_DIRECTOR_GENERAL');

-- CreateEnum
CREATE TYPE "ArchiveRetentionPeriod" AS ENUM ('PERMANENT', 'THIRTY_YEARS', 'TEN_YEARS', 'LONG_TERM', 'SHORT_TERM');

-- CreateTable
CREATE TABLE "OfficeUnit" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "orgCode" TEXT NOT NULL,
    "kind" "OfficeUnitKind" NOT NULL,
    "provinceCode" TEXT NOT NULL,

    CONSTRAINT "OfficeUnit_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "OfficeDocument" (
    "id" TEXT NOT NULL,
    "direction" "OfficeDocumentDirection" NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "documentNumber" TEXT,
    "title" TEXT NOT NULL,
    "issuingBody" TEXT NOT NULL,
    "documentDate" DATE,
    "classification" "OfficeDocumentClassification" NOT NULL,
    "urgency" "OfficeDocumentUrgency" NOT NULL,
    "body" TEXT NOT NULL,
    "leadUnitCode" TEXT NOT NULL,
    "currentStep" "OfficeDocumentStep" NOT NULL,
    "completedAt" TIMESTAMP(3),
    "divisionCodes" TEXT[],
    "subCompartmentIds" TEXT[],
    "titleTokens" TEXT NOT NULL,
    "bodyTokens" TEXT NOT NULL,
    -- Full-text search: generated from the word-segmented title (weight A) and body (weight B).
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', "titleTokens"), 'A') || setweight(to_tsvector('simple', "bodyTokens"), 'B')
    ) STORED,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficeDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeDocumentStepRecord" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "step" "OfficeDocumentStep" NOT NULL,
    "decision" "OfficeDocumentDecision" NOT NULL,
    "actor" TEXT NOT NULL,
    "comment" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeDocumentStepRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeMeeting" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "OfficeMeetingKind" NOT NULL,
    "organizerUnitCode" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "minutes" TEXT,
    "minutesRecordedBy" TEXT,
    "minutesRecordedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeMeetingAgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "presenter" TEXT,

    CONSTRAINT "OfficeMeetingAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeMeetingAttendee" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "unitCode" TEXT,

    CONSTRAINT "OfficeMeetingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionTask" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "requirement" TEXT NOT NULL,
    "responsibleUnitCode" TEXT NOT NULL,
    "sourceDocumentId" TEXT,
    "assignedBy" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" DATE NOT NULL,
    "completedAt" TIMESTAMP(3),
    "completionReport" TEXT,
    "escalationLevel" "SupervisionLevel",

    CONSTRAINT "SupervisionTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionEscalation" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "level" "SupervisionLevel" NOT NULL,
    "reachedOn" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionEscalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationReport" (
    "id" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "isZeroReport" BOOLEAN NOT NULL,
    "reporter" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InformationReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationReportItem" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InformationReportItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArchiveRecord" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "archiveNumber" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "retentionPeriod" "ArchiveRetentionPeriod" NOT NULL,
    "archivedBy" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArchiveRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_DocumentRouting" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DocumentRouting_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "OfficeUnit_provinceCode_idx" ON "OfficeUnit"("provinceCode");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeUnit_provinceCode_orgCode_key" ON "OfficeUnit"("provinceCode", "orgCode");

-- CreateIndex
CREATE INDEX "OfficeDocument_provinceCode_direction_registeredAt_idx" ON "OfficeDocument"("provinceCode", "direction", "registeredAt");

-- CreateIndex
CREATE INDEX "OfficeDocument_leadUnitCode_idx" ON "OfficeDocument"("leadUnitCode");

-- CreateIndex
CREATE INDEX "OfficeDocument_completedAt_idx" ON "OfficeDocument"("completedAt");

-- CreateIndex
CREATE INDEX "OfficeDocument_divisionCodes_idx" ON "OfficeDocument" USING GIN ("divisionCodes");

-- CreateIndex
CREATE INDEX "OfficeDocument_subCompartmentIds_idx" ON "OfficeDocument" USING GIN ("subCompartmentIds");

-- CreateIndex
CREATE INDEX "OfficeDocument_searchVector_idx" ON "OfficeDocument" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeDocument_provinceCode_documentNumber_key" ON "OfficeDocument"("provinceCode", "documentNumber");

-- CreateIndex
CREATE INDEX "OfficeDocumentStepRecord_documentId_decidedAt_idx" ON "OfficeDocumentStepRecord"("documentId", "decidedAt");

-- CreateIndex
CREATE INDEX "OfficeMeeting_startsAt_idx" ON "OfficeMeeting"("startsAt");

-- CreateIndex
CREATE INDEX "OfficeMeeting_location_startsAt_idx" ON "OfficeMeeting"("location", "startsAt");

-- CreateIndex
CREATE INDEX "OfficeMeeting_organizerUnitCode_idx" ON "OfficeMeeting"("organizerUnitCode");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeMeetingAgendaItem_meetingId_position_key" ON "OfficeMeetingAgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "OfficeMeetingAttendee_meetingId_idx" ON "OfficeMeetingAttendee"("meetingId");

-- CreateIndex
CREATE INDEX "SupervisionTask_responsibleUnitCode_idx" ON "SupervisionTask"("responsibleUnitCode");

-- CreateIndex
CREATE INDEX "SupervisionTask_deadline_idx" ON "SupervisionTask"("deadline");

-- CreateIndex
CREATE INDEX "SupervisionTask_sourceDocumentId_idx" ON "SupervisionTask"("sourceDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionEscalation_taskId_level_key" ON "SupervisionEscalation"("taskId", "level");

-- CreateIndex
CREATE INDEX "InformationReport_month_idx" ON "InformationReport"("month");

-- CreateIndex
CREATE UNIQUE INDEX "InformationReport_unitCode_month_key" ON "InformationReport"("unitCode", "month");

-- CreateIndex
CREATE INDEX "InformationReportItem_reportId_idx" ON "InformationReportItem"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "ArchiveRecord_documentId_key" ON "ArchiveRecord"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "ArchiveRecord_archiveNumber_key" ON "ArchiveRecord"("archiveNumber");

-- CreateIndex
CREATE INDEX "ArchiveRecord_year_retentionPeriod_idx" ON "ArchiveRecord"("year", "retentionPeriod");

-- CreateIndex
CREATE INDEX "_DocumentRouting_B_index" ON "_DocumentRouting"("B");

-- AddForeignKey
ALTER TABLE "OfficeDocument" ADD CONSTRAINT "OfficeDocument_leadUnitCode_fkey" FOREIGN KEY ("leadUnitCode") REFERENCES "OfficeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeDocumentStepRecord" ADD CONSTRAINT "OfficeDocumentStepRecord_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficeDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeMeeting" ADD CONSTRAINT "OfficeMeeting_organizerUnitCode_fkey" FOREIGN KEY ("organizerUnitCode") REFERENCES "OfficeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeMeetingAgendaItem" ADD CONSTRAINT "OfficeMeetingAgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "OfficeMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeMeetingAttendee" ADD CONSTRAINT "OfficeMeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "OfficeMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeMeetingAttendee" ADD CONSTRAINT "OfficeMeetingAttendee_unitCode_fkey" FOREIGN KEY ("unitCode") REFERENCES "OfficeUnit"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionTask" ADD CONSTRAINT "SupervisionTask_responsibleUnitCode_fkey" FOREIGN KEY ("responsibleUnitCode") REFERENCES "OfficeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionTask" ADD CONSTRAINT "SupervisionTask_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "OfficeDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionEscalation" ADD CONSTRAINT "SupervisionEscalation_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SupervisionTask"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationReport" ADD CONSTRAINT "InformationReport_unitCode_fkey" FOREIGN KEY ("unitCode") REFERENCES "OfficeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationReportItem" ADD CONSTRAINT "InformationReportItem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "InformationReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchiveRecord" ADD CONSTRAINT "ArchiveRecord_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficeDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DocumentRouting" ADD CONSTRAINT "_DocumentRouting_A_fkey" FOREIGN KEY ("A") REFERENCES "OfficeDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DocumentRouting" ADD CONSTRAINT "_DocumentRouting_B_fkey" FOREIGN KEY ("B") REFERENCES "OfficeUnit"("code") ON DELETE CASCADE ON UPDATE CASCADE;

