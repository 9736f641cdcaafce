-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "WildlifeGroup" AS ENUM ('MAMMAL', 'BIRD', 'REPTILE', 'AMPHIBIAN', 'FISH', 'INSECT', 'FERN', 'GYMNOSPERM', 'ANGIOSPERM');

-- CreateEnum
CREATE TYPE "WildlifeProtectionClass" AS ENUM ('NATIONAL_CLASS_I', 'NATIONAL_CLASS_II', 'PROVINCIAL', 'NONE');

-- CreateEnum
CREATE TYPE "IucnRedListCategory" AS ENUM ('EX', 'EW', 'CR', 'EN', 'VU', 'NT', 'LC', 'DD', 'NE');

-- CreateEnum
CREATE TYPE "NatureReserveLevel" AS ENUM ('NATIONAL', 'PROVINCIAL');

-- CreateEnum
CREATE TYPE "NatureReserveCategory" AS ENUM ('FOREST_ECOSYSTEM', 'WETLAND_ECOSYSTEM', 'WILD_ANIMAL', 'WILD_PLANT', 'GEOLOGICAL_HERITAGE');

-- CreateEnum
CREATE TYPE "WildlifeObservationMethod" AS ENUM ('INFRARED_CAMERA', 'TRANSECT', 'SIGHTING', 'TRACKS_AND_SIGNS', 'ACOUSTIC');

-- CreateEnum
CREATE TYPE "WildlifeVerificationStatus" AS ENUM ('UNVERIFIED', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "WildlifePermitKind" AS ENUM ('UTILISATION', 'TRANSPORT', 'DOMESTICATION_BREEDING');

-- CreateEnum
CREATE TYPE "WildlifePermitStatus" AS ENUM ('APPLIED', 'APPROVED', 'REJECTED', 'ISSUED', 'SUSPENDED', 'REVOKED');

-- CreateEnum
CREATE TYPE "WildlifeApprovalAuthority" AS ENUM ('NATIONAL_FORESTRY_AND_GRASSLAND_ADMINISTRATION', 'PROVINCIAL_FORESTRY_DEPARTMENT');

-- CreateTable
CREATE TABLE "WildlifeSpecies" (
    "code" TEXT NOT NULL,
    "scientificName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "group" "WildlifeGroup" NOT NULL,
    "family" TEXT NOT NULL,
    "protectionClass" "WildlifeProtectionClass" NOT NULL,
    "iucnCategory" "IucnRedListCategory" NOT NULL,
    "wildPopulationsOnly" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "WildlifeSpecies_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "NatureReserve" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "level" "NatureReserveLevel" NOT NULL,
    "category" "NatureReserveCategory" NOT NULL,
    "area" DECIMAL(12,2) NOT NULL,
    "establishedYear" INTEGER NOT NULL,
    "managingAuthority" TEXT NOT NULL,

    CONSTRAINT "NatureReserve_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "NatureReserveCounty" (
    "reserveCode" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,

    CONSTRAINT "NatureReserveCounty_pkey" PRIMARY KEY ("reserveCode","divisionCode")
);

-- CreateTable
CREATE TABLE "WildlifeObservation" (
    "id" TEXT NOT NULL,
    "speciesCode" TEXT NOT NULL,
    "reserveCode" TEXT,
    "divisionCode" TEXT NOT NULL,
    "subCompartmentId" TEXT,
    "observedAt" TIMESTAMP(3) NOT NULL,
    "observer" TEXT NOT NULL,
    "method" "WildlifeObservationMethod" NOT NULL,
    "individualCount" INTEGER NOT NULL,
    "evidenceRef" TEXT,
    "longitude" DOUBLE PRECISION NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "verificationStatus" "WildlifeVerificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "verifiedBy" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WildlifeObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WildlifePermit" (
    "id" TEXT NOT NULL,
    "permitNumber" TEXT,
    "kind" "WildlifePermitKind" NOT NULL,
    "status" "WildlifePermitStatus" NOT NULL DEFAULT 'APPLIED',
    "holderName" TEXT NOT NULL,
    "holderCreditCode" TEXT NOT NULL,
    "holderDivisionCode" TEXT NOT NULL,
    "speciesCode" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "remainingQuantity" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "requiredAuthority" "WildlifeApprovalAuthority" NOT NULL,
    "decidingAuthority" "WildlifeApprovalAuthority",
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "issuedAt" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WildlifePermit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WildlifePermitEvent" (
    "id" TEXT NOT NULL,
    "permitId" TEXT NOT NULL,
    "fromStatus" "WildlifePermitStatus",
    "toStatus" "WildlifePermitStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "WildlifePermitEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WildlifePermitUse" (
    "id" TEXT NOT NULL,
    "permitId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "usedAt" TIMESTAMP(3) NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WildlifePermitUse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ReserveKeySpecies" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ReserveKeySpecies_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "WildlifeSpecies_scientificName_key" ON "WildlifeSpecies"("scientificName");

-- CreateIndex
CREATE INDEX "WildlifeSpecies_protectionClass_idx" ON "WildlifeSpecies"("protectionClass");

-- CreateIndex
CREATE INDEX "NatureReserveCounty_divisionCode_idx" ON "NatureReserveCounty"("divisionCode");

-- CreateIndex
CREATE INDEX "WildlifeObservation_speciesCode_observedAt_idx" ON "WildlifeObservation"("speciesCode", "observedAt");

-- CreateIndex
CREATE INDEX "WildlifeObservation_reserveCode_observedAt_idx" ON "WildlifeObservation"("reserveCode", "observedAt");

-- CreateIndex
CREATE INDEX "WildlifeObservation_divisionCode_observedAt_idx" ON "WildlifeObservation"("divisionCode", "observedAt");

-- CreateIndex
CREATE INDEX "WildlifeObservation_subCompartmentId_idx" ON "WildlifeObservation"("subCompartmentId");

-- CreateIndex
CREATE INDEX "WildlifeObservation_observedAt_idx" ON "WildlifeObservation"("observedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WildlifePermit_permitNumber_key" ON "WildlifePermit"("permitNumber");

-- CreateIndex
CREATE INDEX "WildlifePermit_status_validUntil_idx" ON "WildlifePermit"("status", "validUntil");

-- CreateIndex
CREATE INDEX "WildlifePermit_speciesCode_idx" ON "WildlifePermit"("speciesCode");

-- CreateIndex
CREATE INDEX "WildlifePermit_holderDivisionCode_idx" ON "WildlifePermit"("holderDivisionCode");

-- CreateIndex
CREATE INDEX "WildlifePermitEvent_permitId_at_idx" ON "WildlifePermitEvent"("permitId", "at");

-- CreateIndex
CREATE INDEX "WildlifePermitUse_permitId_usedAt_idx" ON "WildlifePermitUse"("permitId", "usedAt");

-- CreateIndex
CREATE INDEX "_ReserveKeySpecies_B_index" ON "_ReserveKeySpecies"("B");

-- AddForeignKey
ALTER TABLE "NatureReserveCounty" ADD CONSTRAINT "NatureReserveCounty_reserveCode_fkey" FOREIGN KEY ("reserveCode") REFERENCES "NatureReserve"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WildlifeObservation" ADD CONSTRAINT "WildlifeObservation_speciesCode_fkey" FOREIGN KEY ("speciesCode") REFERENCES "WildlifeSpecies"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WildlifeObservation" ADD CONSTRAINT "WildlifeObservation_reserveCode_fkey" FOREIGN KEY ("reserveCode") REFERENCES "NatureReserve"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WildlifePermit" ADD CONSTRAINT "WildlifePermit_speciesCode_fkey" FOREIGN KEY ("speciesCode") REFERENCES "WildlifeSpecies"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WildlifePermitEvent" ADD CONSTRAINT "WildlifePermitEvent_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "WildlifePermit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WildlifePermitUse" ADD CONSTRAINT "WildlifePermitUse_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "WildlifePermit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ReserveKeySpecies" ADD CONSTRAINT "_ReserveKeySpecies_A_fkey" FOREIGN KEY ("A") REFERENCES "NatureReserve"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ReserveKeySpecies" ADD CONSTRAINT "_ReserveKeySpecies_B_fkey" FOREIGN KEY ("B") REFERENCES "WildlifeSpecies"("code") ON DELETE CASCADE ON UPDATE CASCADE;

