-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PestKind" AS ENUM ('INSECT', 'DISEASE', 'RODENT', 'INVASIVE_PLANT');

-- CreateEnum
CREATE TYPE "PestQuarantineCategory" AS ENUM ('NATIONAL', 'PROVINCIAL', 'NONE');

-- CreateEnum
CREATE TYPE "PestSeverity" AS ENUM ('LIGHT', 'MODERATE', 'SEVERE');

-- CreateEnum
CREATE TYPE "PestOccurrenceStatus" AS ENUM ('ACTIVE', 'UNDER_TREATMENT', 'CONTROLLED');

-- CreateEnum
CREATE TYPE "PestTreatmentMethod" AS ENUM ('CHEMICAL', 'BIOLOGICAL', 'PHYSICAL', 'SILVICULTURAL');

-- CreateEnum
CREATE TYPE "PestTreatmentResult" AS ENUM ('INEFFECTIVE', 'EFFECTIVE', 'CONTROLLED');

-- CreateEnum
CREATE TYPE "QuarantineConsignmentKind" AS ENUM ('TIMBER', 'SEEDLINGS', 'WOOD_PACKAGING');

-- CreateEnum
CREATE TYPE "QuarantineInspectionResult" AS ENUM ('PASSED', 'FAILED');

-- CreateTable
CREATE TABLE "Pest" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "scientificName" TEXT NOT NULL,
    "kind" "PestKind" NOT NULL,
    "quarantineCategory" "PestQuarantineCategory" NOT NULL,
    "hostSpeciesCodes" TEXT[],
    "severityIndicator" TEXT NOT NULL,
    "severityThresholds" DOUBLE PRECISION[],

    CONSTRAINT "Pest_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "SubCompartmentSnapshot" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "area" DECIMAL(10,2) NOT NULL,
    "dominantSpeciesCode" TEXT NOT NULL,

    CONSTRAINT "SubCompartmentSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PestOccurrence" (
    "id" TEXT NOT NULL,
    "pestCode" TEXT NOT NULL,
    "subCompartmentId" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "surveyedOn" DATE NOT NULL,
    "surveyor" TEXT NOT NULL,
    "indicatorValue" DOUBLE PRECISION NOT NULL,
    "severity" "PestSeverity" NOT NULL,
    "affectedArea" DECIMAL(10,2) NOT NULL,
    "status" "PestOccurrenceStatus" NOT NULL DEFAULT 'ACTIVE',
    "controlledOn" DATE,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PestOccurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PestTreatment" (
    "id" TEXT NOT NULL,
    "pestCode" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "method" "PestTreatmentMethod" NOT NULL,
    "measure" TEXT NOT NULL,
    "treatedOn" DATE NOT NULL,
    "area" DECIMAL(10,2) NOT NULL,
    "cost" DECIMAL(12,2) NOT NULL,
    "efficacy" DECIMAL(5,2) NOT NULL,
    "result" "PestTreatmentResult" NOT NULL,
    "operator" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PestTreatment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuarantineInspection" (
    "id" TEXT NOT NULL,
    "consignmentKind" "QuarantineConsignmentKind" NOT NULL,
    "consignment" TEXT NOT NULL,
    "quantity" DECIMAL(12,2) NOT NULL,
    "consignor" TEXT NOT NULL,
    "originDivisionCode" TEXT NOT NULL,
    "destinationDivisionCode" TEXT NOT NULL,
    "inspectedOn" DATE NOT NULL,
    "inspector" TEXT NOT NULL,
    "result" "QuarantineInspectionResult" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuarantineInspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuarantineCertificate" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "issuingAuthority" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revocationReason" TEXT,

    CONSTRAINT "QuarantineCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PestToQuarantineInspection" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PestToQuarantineInspection_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PestOccurrenceToPestTreatment" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PestOccurrenceToPestTreatment_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "SubCompartmentSnapshot_code_key" ON "SubCompartmentSnapshot"("code");

-- CreateIndex
CREATE INDEX "PestOccurrence_divisionCode_idx" ON "PestOccurrence"("divisionCode");

-- CreateIndex
CREATE INDEX "PestOccurrence_subCompartmentId_idx" ON "PestOccurrence"("subCompartmentId");

-- CreateIndex
CREATE INDEX "PestOccurrence_pestCode_status_idx" ON "PestOccurrence"("pestCode", "status");

-- CreateIndex
CREATE INDEX "PestOccurrence_surveyedOn_idx" ON "PestOccurrence"("surveyedOn");

-- CreateIndex
CREATE INDEX "PestTreatment_divisionCode_idx" ON "PestTreatment"("divisionCode");

-- CreateIndex
CREATE INDEX "PestTreatment_pestCode_idx" ON "PestTreatment"("pestCode");

-- CreateIndex
CREATE INDEX "PestTreatment_treatedOn_idx" ON "PestTreatment"("treatedOn");

-- CreateIndex
CREATE INDEX "QuarantineInspection_originDivisionCode_idx" ON "QuarantineInspection"("originDivisionCode");

-- CreateIndex
CREATE INDEX "QuarantineInspection_destinationDivisionCode_idx" ON "QuarantineInspection"("destinationDivisionCode");

-- CreateIndex
CREATE INDEX "QuarantineInspection_inspectedOn_idx" ON "QuarantineInspection"("inspectedOn");

-- CreateIndex
CREATE UNIQUE INDEX "QuarantineCertificate_number_key" ON "QuarantineCertificate"("number");

-- CreateIndex
CREATE UNIQUE INDEX "QuarantineCertificate_inspectionId_key" ON "QuarantineCertificate"("inspectionId");

-- CreateIndex
CREATE INDEX "QuarantineCertificate_validUntil_idx" ON "QuarantineCertificate"("validUntil");

-- CreateIndex
CREATE INDEX "_PestToQuarantineInspection_B_index" ON "_PestToQuarantineInspection"("B");

-- CreateIndex
CREATE INDEX "_PestOccurrenceToPestTreatment_B_index" ON "_PestOccurrenceToPestTreatment"("B");

-- AddForeignKey
ALTER TABLE "PestOccurrence" ADD CONSTRAINT "PestOccurrence_pestCode_fkey" FOREIGN KEY ("pestCode") REFERENCES "Pest"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PestOccurrence" ADD CONSTRAINT "PestOccurrence_subCompartmentId_fkey" FOREIGN KEY ("subCompartmentId") REFERENCES "SubCompartmentSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PestTreatment" ADD CONSTRAINT "PestTreatment_pestCode_fkey" FOREIGN KEY ("pestCode") REFERENCES "Pest"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuarantineCertificate" ADD CONSTRAINT "QuarantineCertificate_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "QuarantineInspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PestToQuarantineInspection" ADD CONSTRAINT "_PestToQuarantineInspection_A_fkey" FOREIGN KEY ("A") REFERENCES "Pest"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PestToQuarantineInspection" ADD CONSTRAINT "_PestToQuarantineInspection_B_fkey" FOREIGN KEY ("B") REFERENCES "QuarantineInspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PestOccurrenceToPestTreatment" ADD CONSTRAINT "_PestOccurrenceToPestTreatment_A_fkey" FOREIGN KEY ("A") REFERENCES "PestOccurrence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PestOccurrenceToPestTreatment" ADD CONSTRAINT "_PestOccurrenceToPestTreatment_B_fkey" FOREIGN KEY ("B") REFERENCES "PestTreatment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One open occurrence per pest and sub-compartment: a repeat survey of an open infestation
-- is not a new occurrence. Prisma's schema language cannot express a partial index.
CREATE UNIQUE INDEX "PestOccurrence_open_pestCode_subCompartmentId_key" ON "PestOccurrence"("pestCode", "subCompartmentId") WHERE "status" <> 'CONTROLLED';
