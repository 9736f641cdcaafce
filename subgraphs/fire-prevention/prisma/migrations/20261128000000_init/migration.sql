-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "FireLookoutTowerStatus" AS ENUM ('IN_SERVICE', 'UNDER_MAINTENANCE', 'DECOMMISSIONED');

-- CreateEnum
CREATE TYPE "FireResourceKind" AS ENUM ('PROFESSIONAL_TEAM', 'SEMI_PROFESSIONAL_TEAM', 'EQUIPMENT_CACHE', 'AVIATION_STATION');

-- CreateEnum
CREATE TYPE "FireIncidentStatus" AS ENUM ('REPORTED', 'VERIFIED', 'RESPONDING', 'CONTAINED', 'EXTINGUISHED', 'FALSE_ALARM');

-- CreateEnum
CREATE TYPE "FireIncidentCause" AS ENUM ('LIGHTNING', 'AGRICULTURAL_BURNING', 'GRAVE_SWEEPING', 'SMOKING', 'OUTDOOR_COOKING_OR_HEATING', 'ARSON', 'POWER_LINE', 'CROSS_BORDER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "FireDetection" AS ENUM ('LOOKOUT_TOWER', 'PATROL', 'PUBLIC_REPORT', 'SATELLITE', 'AERIAL_PATROL');

-- CreateEnum
CREATE TYPE "FireResponseActionKind" AS ENUM ('DISPATCH_TEAM', 'DISPATCH_EQUIPMENT', 'AERIAL_SUPPORT', 'FRONT_COMMAND');

-- CreateEnum
CREATE TYPE "FireDutyRole" AS ENUM ('LEADER', 'STAFF');

-- CreateEnum
CREATE TYPE "FireAlertKind" AS ENUM ('HIGH_FIRE_DANGER', 'NEW_INCIDENT', 'INCIDENT_ESCALATED', 'MANUAL');

-- CreateEnum
CREATE TYPE "FireAlertLevel" AS ENUM ('BLUE', 'YELLOW', 'ORANGE', 'RED');

-- CreateTable
CREATE TABLE "FireDangerRating" (
    "id" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "maxTemperature" DECIMAL(4,1) NOT NULL,
    "minHumidity" INTEGER NOT NULL,
    "windForce" INTEGER NOT NULL,
    "daysSinceRain" INTEGER NOT NULL,
    "weatherIndex" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "FireDangerRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FireLookoutTower" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "height" DECIMAL(4,1) NOT NULL,
    "elevation" INTEGER NOT NULL,
    "builtYear" INTEGER NOT NULL,
    "hasCamera" BOOLEAN NOT NULL,
    "status" "FireLookoutTowerStatus" NOT NULL,

    CONSTRAINT "FireLookoutTower_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "FirePatrolRoute" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "length" DECIMAL(5,1) NOT NULL,

    CONSTRAINT "FirePatrolRoute_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "FirePatrol" (
    "id" TEXT NOT NULL,
    "routeCode" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    "patrollers" TEXT[],
    "hazardsFound" INTEGER NOT NULL,
    "illegalFireUseStopped" INTEGER NOT NULL,
    "notes" TEXT,

    CONSTRAINT "FirePatrol_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FireResource" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "FireResourceKind" NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "personnel" INTEGER NOT NULL,
    "vehicles" INTEGER NOT NULL,
    "fireBlowers" INTEGER NOT NULL,
    "waterPumps" INTEGER NOT NULL,
    "aircraft" INTEGER NOT NULL,

    CONSTRAINT "FireResource_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "FireIncident" (
    "id" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL,
    "reportedBy" TEXT NOT NULL,
    "detection" "FireDetection" NOT NULL,
    "towerCode" TEXT,
    "place" TEXT NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "subCompartmentId" TEXT,
    "cause" "FireIncidentCause" NOT NULL,
    "burnedArea" DECIMAL(10,2) NOT NULL,
    "affectedForestArea" DECIMAL(10,2) NOT NULL,
    "status" "FireIncidentStatus" NOT NULL,
    "statusChangedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FireIncident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FireIncidentStatusChange" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "fromStatus" "FireIncidentStatus",
    "toStatus" "FireIncidentStatus" NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "changedBy" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "FireIncidentStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FireResponseAction" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "kind" "FireResponseActionKind" NOT NULL,
    "resourceCode" TEXT,
    "personnel" INTEGER NOT NULL,
    "orderedAt" TIMESTAMP(3) NOT NULL,
    "orderedBy" TEXT NOT NULL,
    "arrivedAt" TIMESTAMP(3),
    "description" TEXT NOT NULL,

    CONSTRAINT "FireResponseAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FireAreaRevision" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "previousBurnedArea" DECIMAL(10,2) NOT NULL,
    "previousAffectedForestArea" DECIMAL(10,2) NOT NULL,
    "burnedArea" DECIMAL(10,2) NOT NULL,
    "affectedForestArea" DECIMAL(10,2) NOT NULL,
    "reason" TEXT,
    "revisedAt" TIMESTAMP(3) NOT NULL,
    "revisedBy" TEXT NOT NULL,

    CONSTRAINT "FireAreaRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FireOffice" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,

    CONSTRAINT "FireOffice_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "FireDutyOfficer" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "role" "FireDutyRole" NOT NULL,
    "officeCode" TEXT NOT NULL,

    CONSTRAINT "FireDutyOfficer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FireDutyShift" (
    "id" TEXT NOT NULL,
    "officeCode" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "leaderId" TEXT NOT NULL,

    CONSTRAINT "FireDutyShift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FireAlert" (
    "id" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "kind" "FireAlertKind" NOT NULL,
    "level" "FireAlertLevel" NOT NULL,
    "message" TEXT NOT NULL,
    "incidentId" TEXT,
    "ratingId" TEXT,
    "raisedAt" TIMESTAMP(3) NOT NULL,
    "raisedBy" TEXT,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedBy" TEXT,

    CONSTRAINT "FireAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_FireDutyShiftStaff" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FireDutyShiftStaff_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "FireDangerRating_date_level_idx" ON "FireDangerRating"("date", "level");

-- CreateIndex
CREATE UNIQUE INDEX "FireDangerRating_divisionCode_date_key" ON "FireDangerRating"("divisionCode", "date");

-- CreateIndex
CREATE INDEX "FireLookoutTower_divisionCode_idx" ON "FireLookoutTower"("divisionCode");

-- CreateIndex
CREATE INDEX "FirePatrolRoute_divisionCode_idx" ON "FirePatrolRoute"("divisionCode");

-- CreateIndex
CREATE INDEX "FirePatrol_routeCode_startedAt_idx" ON "FirePatrol"("routeCode", "startedAt");

-- CreateIndex
CREATE INDEX "FireResource_divisionCode_idx" ON "FireResource"("divisionCode");

-- CreateIndex
CREATE INDEX "FireIncident_reportedAt_idx" ON "FireIncident"("reportedAt");

-- CreateIndex
CREATE INDEX "FireIncident_divisionCode_reportedAt_idx" ON "FireIncident"("divisionCode", "reportedAt");

-- CreateIndex
CREATE INDEX "FireIncident_status_idx" ON "FireIncident"("status");

-- CreateIndex
CREATE INDEX "FireIncident_subCompartmentId_idx" ON "FireIncident"("subCompartmentId");

-- CreateIndex
CREATE INDEX "FireIncidentStatusChange_incidentId_changedAt_idx" ON "FireIncidentStatusChange"("incidentId", "changedAt");

-- CreateIndex
CREATE INDEX "FireResponseAction_incidentId_orderedAt_idx" ON "FireResponseAction"("incidentId", "orderedAt");

-- CreateIndex
CREATE INDEX "FireResponseAction_resourceCode_idx" ON "FireResponseAction"("resourceCode");

-- CreateIndex
CREATE INDEX "FireAreaRevision_incidentId_revisedAt_idx" ON "FireAreaRevision"("incidentId", "revisedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FireOffice_divisionCode_key" ON "FireOffice"("divisionCode");

-- CreateIndex
CREATE INDEX "FireDutyOfficer_officeCode_idx" ON "FireDutyOfficer"("officeCode");

-- CreateIndex
CREATE INDEX "FireDutyShift_officeCode_startsAt_idx" ON "FireDutyShift"("officeCode", "startsAt");

-- CreateIndex
CREATE INDEX "FireDutyShift_startsAt_endsAt_idx" ON "FireDutyShift"("startsAt", "endsAt");

-- CreateIndex
CREATE INDEX "FireDutyShift_leaderId_idx" ON "FireDutyShift"("leaderId");

-- CreateIndex
CREATE INDEX "FireAlert_divisionCode_raisedAt_idx" ON "FireAlert"("divisionCode", "raisedAt");

-- CreateIndex
CREATE INDEX "FireAlert_acknowledgedAt_idx" ON "FireAlert"("acknowledgedAt");

-- CreateIndex
CREATE INDEX "FireAlert_incidentId_idx" ON "FireAlert"("incidentId");

-- CreateIndex
CREATE INDEX "FireAlert_ratingId_idx" ON "FireAlert"("ratingId");

-- CreateIndex
CREATE INDEX "_FireDutyShiftStaff_B_index" ON "_FireDutyShiftStaff"("B");

-- AddForeignKey
ALTER TABLE "FirePatrol" ADD CONSTRAINT "FirePatrol_routeCode_fkey" FOREIGN KEY ("routeCode") REFERENCES "FirePatrolRoute"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FireIncident" ADD CONSTRAINT "FireIncident_towerCode_fkey" FOREIGN KEY ("towerCode") REFERENCES "FireLookoutTower"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FireIncidentStatusChange" ADD CONSTRAINT "FireIncidentStatusChange_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "FireIncident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FireResponseAction" ADD CONSTRAINT "FireResponseAction_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "FireIncident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FireResponseAction" ADD CONSTRAINT "FireResponseAction_resourceCode_fkey" FOREIGN KEY ("resourceCode") REFERENCES "FireResource"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FireAreaRevision" ADD CONSTRAINT "FireAreaRevision_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "FireIncident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FireDutyOfficer" ADD CONSTRAINT "FireDutyOfficer_officeCode_fkey" FOREIGN KEY ("officeCode") REFERENCES "FireOffice"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FireDutyShift" ADD CONSTRAINT "FireDutyShift_officeCode_fkey" FOREIGN KEY ("officeCode") REFERENCES "FireOffice"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FireDutyShift" ADD CONSTRAINT "FireDutyShift_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "FireDutyOfficer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FireAlert" ADD CONSTRAINT "FireAlert_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "FireIncident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FireAlert" ADD CONSTRAINT "FireAlert_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "FireDangerRating"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FireDutyShiftStaff" ADD CONSTRAINT "_FireDutyShiftStaff_A_fkey" FOREIGN KEY ("A") REFERENCES "FireDutyOfficer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FireDutyShiftStaff" ADD CONSTRAINT "_FireDutyShiftStaff_B_fkey" FOREIGN KEY ("B") REFERENCES "FireDutyShift"("id") ON DELETE CASCADE ON UPDATE CASCADE;

