-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DivisionLevel" AS ENUM ('PROVINCE', 'PREFECTURE', 'COUNTY');

-- CreateEnum
CREATE TYPE "ForestryUnitKind" AS ENUM ('STATE_FOREST_BUREAU', 'FORESTRY_BUREAU', 'FOREST_FARM', 'NATURE_RESERVE_BUREAU');

-- CreateEnum
CREATE TYPE "ForestOrigin" AS ENUM ('NATURAL', 'PLANTED');

-- CreateEnum
CREATE TYPE "AgeClass" AS ENUM ('YOUNG', 'MIDDLE_AGED', 'NEAR_MATURE', 'MATURE', 'OVER_MATURE');

-- CreateEnum
CREATE TYPE "LandOwnership" AS ENUM ('STATE', 'COLLECTIVE');

-- CreateEnum
CREATE TYPE "ForestCategory" AS ENUM ('PUBLIC_WELFARE', 'COMMERCIAL');

-- CreateEnum
CREATE TYPE "PublicWelfareGrade" AS ENUM ('NATIONAL_KEY', 'NATIONAL_GENERAL', 'PROVINCIAL');

-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('NATURAL_FOREST_PROTECTION', 'THREE_NORTH_SHELTERBELT', 'GRAIN_FOR_GREEN', 'WILDLIFE_AND_NATURE_RESERVES', 'KEY_SHELTERBELT', 'FAST_GROWING_PLANTATION');

-- CreateTable
CREATE TABLE "Division" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "level" "DivisionLevel" NOT NULL,
    "parentCode" TEXT,
    "longitude" DOUBLE PRECISION NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Division_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ForestryUnit" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "ForestryUnitKind" NOT NULL,
    "divisionCode" TEXT NOT NULL,

    CONSTRAINT "ForestryUnit_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Compartment" (
    "code" TEXT NOT NULL,
    "forestryUnitCode" TEXT NOT NULL,
    "number" INTEGER NOT NULL,

    CONSTRAINT "Compartment_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "TreeSpecies" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "scientificName" TEXT NOT NULL,
    "naturalAgeLimits" INTEGER[],
    "plantedAgeLimits" INTEGER[],

    CONSTRAINT "TreeSpecies_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "SubCompartment" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "compartmentCode" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "area" DECIMAL(10,2) NOT NULL,
    "dominantSpeciesCode" TEXT NOT NULL,
    "origin" "ForestOrigin" NOT NULL,
    "averageAge" INTEGER NOT NULL,
    "ageClass" "AgeClass" NOT NULL,
    "stockVolume" DECIMAL(12,1) NOT NULL,
    "canopyDensity" DECIMAL(3,2) NOT NULL,
    "ownership" "LandOwnership" NOT NULL,
    "forestCategory" "ForestCategory" NOT NULL,
    "publicWelfareGrade" "PublicWelfareGrade",
    "longitude" DOUBLE PRECISION NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "surveyYear" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubCompartment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForestryProject" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "ProjectKind" NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER,
    "budget" DECIMAL(14,2) NOT NULL,
    "plannedArea" DECIMAL(12,2) NOT NULL,
    "completedArea" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "ForestryProject_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "_DivisionToForestryProject" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DivisionToForestryProject_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Division_parentCode_idx" ON "Division"("parentCode");

-- CreateIndex
CREATE INDEX "ForestryUnit_divisionCode_idx" ON "ForestryUnit"("divisionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Compartment_forestryUnitCode_number_key" ON "Compartment"("forestryUnitCode", "number");

-- CreateIndex
CREATE UNIQUE INDEX "SubCompartment_code_key" ON "SubCompartment"("code");

-- CreateIndex
CREATE INDEX "SubCompartment_divisionCode_idx" ON "SubCompartment"("divisionCode");

-- CreateIndex
CREATE INDEX "SubCompartment_dominantSpeciesCode_idx" ON "SubCompartment"("dominantSpeciesCode");

-- CreateIndex
CREATE UNIQUE INDEX "SubCompartment_compartmentCode_number_key" ON "SubCompartment"("compartmentCode", "number");

-- CreateIndex
CREATE INDEX "_DivisionToForestryProject_B_index" ON "_DivisionToForestryProject"("B");

-- AddForeignKey
ALTER TABLE "Division" ADD CONSTRAINT "Division_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Division"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForestryUnit" ADD CONSTRAINT "ForestryUnit_divisionCode_fkey" FOREIGN KEY ("divisionCode") REFERENCES "Division"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Compartment" ADD CONSTRAINT "Compartment_forestryUnitCode_fkey" FOREIGN KEY ("forestryUnitCode") REFERENCES "ForestryUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubCompartment" ADD CONSTRAINT "SubCompartment_compartmentCode_fkey" FOREIGN KEY ("compartmentCode") REFERENCES "Compartment"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubCompartment" ADD CONSTRAINT "SubCompartment_divisionCode_fkey" FOREIGN KEY ("divisionCode") REFERENCES "Division"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubCompartment" ADD CONSTRAINT "SubCompartment_dominantSpeciesCode_fkey" FOREIGN KEY ("dominantSpeciesCode") REFERENCES "TreeSpecies"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DivisionToForestryProject" ADD CONSTRAINT "_DivisionToForestryProject_A_fkey" FOREIGN KEY ("A") REFERENCES "Division"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DivisionToForestryProject" ADD CONSTRAINT "_DivisionToForestryProject_B_fkey" FOREIGN KEY ("B") REFERENCES "ForestryProject"("code") ON DELETE CASCADE ON UPDATE CASCADE;

