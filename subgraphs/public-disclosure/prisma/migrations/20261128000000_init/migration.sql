-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DisclosureDepartment" AS ENUM ('OFFICE', 'POLICY_AND_LEGAL', 'FOREST_RESOURCES', 'AFFORESTATION', 'WILDLIFE', 'PEST_CONTROL', 'FIRE_PREVENTION', 'PLANNING_AND_FINANCE', 'SEEDS_AND_SEEDLINGS', 'SCIENCE_AND_TECHNOLOGY', 'PERSONNEL');

-- CreateEnum
CREATE TYPE "LicensingItemKind" AS ENUM ('ADMINISTRATIVE_LICENCE', 'ADMINISTRATIVE_APPROVAL');

-- CreateEnum
CREATE TYPE "LicensingTopic" AS ENUM ('TIMBER_HARVEST', 'TIMBER_TRANSPORT', 'FOREST_LAND', 'SEEDS_AND_SEEDLINGS', 'WILDLIFE', 'PLANT_QUARANTINE', 'FIRE_PREVENTION', 'NATURE_RESERVES', 'FOREST_MANAGEMENT');

-- CreateEnum
CREATE TYPE "LicensingSubject" AS ENUM ('NONE', 'SUB_COMPARTMENT', 'SPECIES', 'COUNTY');

-- CreateEnum
CREATE TYPE "LicenceApplicationStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'REJECTED_AT_INTAKE', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'DENIED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "LicenceDecision" AS ENUM ('APPROVED', 'DENIED');

-- CreateEnum
CREATE TYPE "LicenceApplicantKind" AS ENUM ('PERSON', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "LicenceFeedbackChannel" AS ENUM ('ONLINE', 'SMS', 'POST', 'IN_PERSON');

-- CreateEnum
CREATE TYPE "LicenceSupplementStage" AS ENUM ('INTAKE', 'REVIEW');

-- CreateEnum
CREATE TYPE "DisclosureRequesterKind" AS ENUM ('CITIZEN', 'LEGAL_PERSON', 'OTHER_ORGANISATION');

-- CreateEnum
CREATE TYPE "DisclosureDeliveryMethod" AS ENUM ('PAPER', 'EMAIL', 'ONLINE', 'ON_SITE');

-- CreateEnum
CREATE TYPE "DisclosureRequestStatus" AS ENUM ('PENDING', 'REPLIED');

-- CreateEnum
CREATE TYPE "DisclosureReplyType" AS ENUM ('ALREADY_PUBLISHED', 'DISCLOSED', 'PARTIALLY_DISCLOSED', 'NOT_DISCLOSED', 'NOT_EXIST', 'NOT_THIS_AUTHORITY', 'REPEATED_REQUEST');

-- CreateEnum
CREATE TYPE "MailboxLetterCategory" AS ENUM ('CONSULTATION', 'SUGGESTION', 'COMPLAINT', 'REPORT', 'PRAISE');

-- CreateEnum
CREATE TYPE "MailboxLetterStatus" AS ENUM ('PENDING', 'REPLIED');

-- CreateEnum
CREATE TYPE "PublicNoticeKind" AS ENUM ('LICENSING_RESULT', 'PROJECT_FUNDING', 'PERSONNEL', 'AWARD', 'PLANNING');

-- CreateTable
CREATE TABLE "DisclosureCategory" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT,
    "parentCode" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "DisclosureCategory_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "DisclosureItem" (
    "id" TEXT NOT NULL,
    "indexNumber" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "department" "DisclosureDepartment" NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "drafter" TEXT NOT NULL,
    "reviewer" TEXT NOT NULL,

    CONSTRAINT "DisclosureItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicensingItem" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "LicensingItemKind" NOT NULL,
    "topic" "LicensingTopic" NOT NULL,
    "subject" "LicensingSubject" NOT NULL,
    "department" "DisclosureDepartment" NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "requiredMaterials" TEXT[],
    "procedureSteps" TEXT[],
    "statutoryLimitDays" INTEGER NOT NULL,
    "promisedLimitDays" INTEGER NOT NULL,
    "fee" DECIMAL(10,2) NOT NULL,
    "feeNote" TEXT,

    CONSTRAINT "LicensingItem_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "LicenceApplication" (
    "id" TEXT NOT NULL,
    "receiptNumber" TEXT NOT NULL,
    "itemCode" TEXT NOT NULL,
    "status" "LicenceApplicationStatus" NOT NULL,
    "applicantKind" "LicenceApplicantKind" NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantIdNumber" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "subCompartmentId" TEXT,
    "speciesCode" TEXT,
    "divisionCode" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "statutoryLimitDays" INTEGER,
    "promisedLimitDays" INTEGER,
    "pausedWorkingDays" INTEGER NOT NULL DEFAULT 0,
    "dueDate" DATE,
    "clockStoppedAfter" DATE,
    "reviewStartedAt" TIMESTAMP(3),
    "decision" "LicenceDecision",
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "handlingWorkingDays" INTEGER,
    "intakeRejectionReason" TEXT,
    "completedAt" TIMESTAMP(3),
    "feedbackChannel" "LicenceFeedbackChannel",

    CONSTRAINT "LicenceApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceSupplementRequest" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "stage" "LicenceSupplementStage" NOT NULL,
    "missingMaterials" TEXT[],
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3),
    "pausedWorkingDays" INTEGER,

    CONSTRAINT "LicenceSupplementRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceApplicationEvent" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "status" "LicenceApplicationStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "officer" TEXT,
    "note" TEXT,

    CONSTRAINT "LicenceApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosureRequest" (
    "id" TEXT NOT NULL,
    "requestNumber" TEXT NOT NULL,
    "requesterKind" "DisclosureRequesterKind" NOT NULL,
    "requesterName" TEXT NOT NULL,
    "requesterIdNumber" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "contactEmail" TEXT,
    "description" TEXT NOT NULL,
    "deliveryMethod" "DisclosureDeliveryMethod" NOT NULL,
    "status" "DisclosureRequestStatus" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "originalDueDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "extendedAt" TIMESTAMP(3),
    "extensionWorkingDays" INTEGER,
    "extensionReason" TEXT,
    "repliedAt" TIMESTAMP(3),
    "replyType" "DisclosureReplyType",
    "replyBody" TEXT,
    "replyReason" TEXT,
    "officer" TEXT,

    CONSTRAINT "DisclosureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailboxLetter" (
    "id" TEXT NOT NULL,
    "letterNumber" TEXT NOT NULL,
    "category" "MailboxLetterCategory" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "writerName" TEXT NOT NULL,
    "writerPhone" TEXT NOT NULL,
    "writerEmail" TEXT,
    "publicationConsent" BOOLEAN NOT NULL,
    "status" "MailboxLetterStatus" NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "dueDate" DATE NOT NULL,
    "replyBody" TEXT,
    "replyDepartment" "DisclosureDepartment",
    "officer" TEXT,
    "repliedAt" TIMESTAMP(3),
    "replyWorkingDays" INTEGER,
    "published" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MailboxLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicNotice" (
    "id" TEXT NOT NULL,
    "kind" "PublicNoticeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "department" "DisclosureDepartment" NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "objectionContact" TEXT NOT NULL,

    CONSTRAINT "PublicNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpinionSolicitation" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "department" "DisclosureDepartment" NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,

    CONSTRAINT "OpinionSolicitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SolicitationOpinion" (
    "id" TEXT NOT NULL,
    "solicitationId" TEXT NOT NULL,
    "authorName" TEXT,
    "content" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SolicitationOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NumberSequence" (
    "prefix" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "NumberSequence_pkey" PRIMARY KEY ("prefix","year")
);

-- CreateIndex
CREATE INDEX "DisclosureCategory_parentCode_idx" ON "DisclosureCategory"("parentCode");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureItem_indexNumber_key" ON "DisclosureItem"("indexNumber");

-- CreateIndex
CREATE INDEX "DisclosureItem_categoryCode_publishedAt_idx" ON "DisclosureItem"("categoryCode", "publishedAt");

-- CreateIndex
CREATE INDEX "DisclosureItem_publishedAt_idx" ON "DisclosureItem"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LicenceApplication_receiptNumber_key" ON "LicenceApplication"("receiptNumber");

-- CreateIndex
CREATE INDEX "LicenceApplication_itemCode_submittedAt_idx" ON "LicenceApplication"("itemCode", "submittedAt");

-- CreateIndex
CREATE INDEX "LicenceApplication_status_dueDate_idx" ON "LicenceApplication"("status", "dueDate");

-- CreateIndex
CREATE INDEX "LicenceApplication_submittedAt_idx" ON "LicenceApplication"("submittedAt");

-- CreateIndex
CREATE INDEX "LicenceApplication_divisionCode_idx" ON "LicenceApplication"("divisionCode");

-- CreateIndex
CREATE INDEX "LicenceApplication_subCompartmentId_idx" ON "LicenceApplication"("subCompartmentId");

-- CreateIndex
CREATE INDEX "LicenceSupplementRequest_applicationId_idx" ON "LicenceSupplementRequest"("applicationId");

-- CreateIndex
CREATE INDEX "LicenceApplicationEvent_applicationId_at_idx" ON "LicenceApplicationEvent"("applicationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureRequest_requestNumber_key" ON "DisclosureRequest"("requestNumber");

-- CreateIndex
CREATE INDEX "DisclosureRequest_status_dueDate_idx" ON "DisclosureRequest"("status", "dueDate");

-- CreateIndex
CREATE INDEX "DisclosureRequest_receivedAt_idx" ON "DisclosureRequest"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MailboxLetter_letterNumber_key" ON "MailboxLetter"("letterNumber");

-- CreateIndex
CREATE INDEX "MailboxLetter_status_dueDate_idx" ON "MailboxLetter"("status", "dueDate");

-- CreateIndex
CREATE INDEX "MailboxLetter_submittedAt_idx" ON "MailboxLetter"("submittedAt");

-- CreateIndex
CREATE INDEX "MailboxLetter_published_repliedAt_idx" ON "MailboxLetter"("published", "repliedAt");

-- CreateIndex
CREATE INDEX "PublicNotice_periodEnd_idx" ON "PublicNotice"("periodEnd");

-- CreateIndex
CREATE INDEX "PublicNotice_publishedAt_idx" ON "PublicNotice"("publishedAt");

-- CreateIndex
CREATE INDEX "OpinionSolicitation_closesOn_idx" ON "OpinionSolicitation"("closesOn");

-- CreateIndex
CREATE INDEX "SolicitationOpinion_solicitationId_submittedAt_idx" ON "SolicitationOpinion"("solicitationId", "submittedAt");

-- AddForeignKey
ALTER TABLE "DisclosureCategory" ADD CONSTRAINT "DisclosureCategory_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "DisclosureCategory"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureItem" ADD CONSTRAINT "DisclosureItem_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "DisclosureCategory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceApplication" ADD CONSTRAINT "LicenceApplication_itemCode_fkey" FOREIGN KEY ("itemCode") REFERENCES "LicensingItem"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceSupplementRequest" ADD CONSTRAINT "LicenceSupplementRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LicenceApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceApplicationEvent" ADD CONSTRAINT "LicenceApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LicenceApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolicitationOpinion" ADD CONSTRAINT "SolicitationOpinion_solicitationId_fkey" FOREIGN KEY ("solicitationId") REFERENCES "OpinionSolicitation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

