import { createRandom, type Random } from '@forestry/subgraph-runtime';
import { divisions, generateInventory, treeSpecies } from '@forestry/forest-resources/reference-data';
import { addDays, daysBetween } from '../domain/dates.js';
import { certificateNumber } from '../domain/quarantine-rules.js';
import type { QuarantineConsignmentKind, QuarantineInspectionResult } from '../generated/prisma/enums.js';
import { personName, quarantineStation } from './people.js';
import { outbreakProfiles, pests } from './pests-data.js';
import { REFERENCE_DATE } from './reference-date.js';

export interface InspectionSeed {
  id: string;
  consignmentKind: QuarantineConsignmentKind;
  consignment: string;
  quantity: number;
  consignor: string;
  originDivisionCode: string;
  destinationDivisionCode: string;
  inspectedOn: Date;
  inspector: string;
  result: QuarantineInspectionResult;
  pestCodesFound: string[];
}

export interface CertificateSeed {
  id: string;
  number: string;
  inspectionId: string;
  issuingAuthority: string;
  issuedAt: Date;
  validFrom: Date;
  validUntil: Date;
  revokedAt: Date | null;
  revocationReason: string | null;
}

const FIRST_MONTH = new Date(Date.UTC(2025, 0, 1));
const INSPECTIONS_PER_MONTH = 50;
/** Timber moves in the winter logging season, seedlings at spring and autumn planting. */
const MONTH_FACTOR = [1.3, 1.2, 1.2, 1.3, 1.2, 0.7, 0.6, 0.6, 0.8, 1.1, 1.2, 1.3];
const NURSERY_SPECIES = ['PISY', 'LAOL', 'LAGM', 'PIKO', 'PIKR', 'POPU', 'ULPU'];
const PACKAGING = ['木质托盘', '木质包装箱', '木质电缆盘'];
const COMPANY_NAMES = ['兴林', '森源', '绿洲', '长青', '北林', '松江', '林海', '鑫达', '宏运', '金森', '白山', '龙江'];
const REVOCATION_REASONS = ['货物品种、数量与证书不符', '复检发现检疫性有害生物', '调运单位申请作废（重复开具）', '承运车辆变更，重新办理'];

const speciesName = new Map(treeSpecies.map((species) => [species.code, species.name]));
const prefectureOf = new Map(divisions.map((division) => [division.code, division.parentCode]));
const countiesOf = (province: string) => divisions.filter((division) => division.level === 'COUNTY' && division.code.startsWith(province)).map((division) => division.code);
const COUNTIES = { '23': countiesOf('23'), '22': countiesOf('22') };

function kindFor(random: Random, month: number): QuarantineConsignmentKind {
  const planting = month === 4 || month === 5 || month === 10;
  const logging = month <= 3 || month >= 11;
  return random.weighted<QuarantineConsignmentKind>([['TIMBER', logging ? 6 : 3], ['SEEDLINGS', planting ? 5 : 1], ['WOOD_PACKAGING', 2]]);
}

function consignmentOf(random: Random, kind: QuarantineConsignmentKind, originSpecies: string) {
  if (kind === 'TIMBER') {
    return { species: originSpecies, consignment: `${speciesName.get(originSpecies)}${random.pick(['原木', '锯材'])}`, quantity: random.real(8, 180, 1) };
  }
  if (kind === 'SEEDLINGS') {
    const species = NURSERY_SPECIES.includes(originSpecies) ? originSpecies : random.pick(NURSERY_SPECIES);
    return { species, consignment: `${speciesName.get(species)}苗木`, quantity: random.int(20, 2000) * 100 };
  }
  return { species: random.pick(['PISY', 'LAOL']), consignment: random.pick(PACKAGING), quantity: random.int(50, 2000) };
}

/** Pests a consignment of this species from this county could carry, present where it comes from. */
function pestsCarried(species: string, originCounty: string, quarantine: boolean) {
  return pests.filter((pest) => {
    const prefectures = outbreakProfiles[pest.code]!.prefectures;
    return (
      (pest.kind === 'INSECT' || pest.kind === 'DISEASE') &&
      (pest.quarantineCategory !== 'NONE') === quarantine &&
      pest.hostSpeciesCodes.includes(species) &&
      (prefectures.length === 0 || prefectures.includes(prefectureOf.get(originCounty) ?? ''))
    );
  });
}

function inspectionResult(random: Random, species: string, originCounty: string) {
  const quarantinePests = pestsCarried(species, originCounty, true);
  if (quarantinePests.length > 0 && random.next() < 0.1) {
    return { result: 'FAILED' as const, pestCodesFound: [random.pick(quarantinePests).code] };
  }
  const otherPests = pestsCarried(species, originCounty, false);
  // Non-quarantine pests are noted on the record but do not stop the consignment.
  const noted = otherPests.length > 0 && random.next() < 0.03 ? [random.pick(otherPests).code] : [];
  return { result: 'PASSED' as const, pestCodesFound: noted };
}

function certificateFor(random: Random, inspection: InspectionSeed): Omit<CertificateSeed, 'number'> {
  const issuedOn = addDays(inspection.inspectedOn, random.int(0, 2));
  const issueDay = issuedOn < REFERENCE_DATE ? issuedOn : inspection.inspectedOn;
  // Office hours in China (UTC+8): 09:00-16:59.
  const issuedAt = new Date(issueDay.getTime() + random.int(1, 8) * 3_600_000 + random.int(0, 59) * 60_000);
  const revokedAt = random.next() < 0.015 ? new Date(issuedAt.getTime() + random.int(1, 4) * 86_400_000) : null;
  const revoked = revokedAt !== null && revokedAt < REFERENCE_DATE;
  return {
    id: random.uuid(),
    inspectionId: inspection.id,
    issuingAuthority: quarantineStation(inspection.originDivisionCode),
    issuedAt,
    validFrom: issueDay,
    validUntil: addDays(issueDay, random.int(6, 19)),
    revokedAt: revoked ? revokedAt : null,
    revocationReason: revoked ? random.pick(REVOCATION_REASONS) : null,
  };
}

/**
 * The deterministic transport quarantine of January 2025 to the reference date: consignments
 * leave forest counties (in proportion to their forest) for counties of either province, a
 * few fail with a quarantine pest their species hosts, and most passed ones get a certificate,
 * numbered per issuing county and year in order of issue.
 */
export function generateQuarantine(seed = 4105): { inspections: InspectionSeed[]; certificates: CertificateSeed[] } {
  const random = createRandom(seed);
  const inventory = generateInventory().subCompartments;
  const inspections: InspectionSeed[] = [];
  const unnumbered: Omit<CertificateSeed, 'number'>[] = [];

  for (let month = FIRST_MONTH; month < REFERENCE_DATE; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))) {
    const monthNumber = month.getUTCMonth() + 1;
    const daysInMonth = daysBetween(month, new Date(Date.UTC(month.getUTCFullYear(), monthNumber, 1)));
    const count = Math.round(INSPECTIONS_PER_MONTH * MONTH_FACTOR[monthNumber - 1]! * random.real(0.85, 1.15));
    const inMonth: InspectionSeed[] = [];
    for (let i = 0; i < count; i += 1) {
      // A random stand of the inventory makes forest-rich counties ship more.
      const stand = random.pick(inventory);
      const origin = stand.divisionCode;
      const originProvince = origin.startsWith('23') ? '23' : '22';
      const otherProvince = originProvince === '23' ? '22' : '23';
      const province = random.next() < 0.65 ? originProvince : otherProvince;
      const destination = random.pick(COUNTIES[province].filter((code) => code !== origin));
      const kind = kindFor(random, monthNumber);
      const { species, ...consignment } = consignmentOf(random, kind, stand.dominantSpeciesCode);
      inMonth.push({
        id: random.uuid(),
        consignmentKind: kind,
        ...consignment,
        consignor: `${random.pick(COMPANY_NAMES)}${kind === 'SEEDLINGS' ? '苗木专业合作社' : kind === 'TIMBER' ? '木业有限公司' : '包装制品有限公司'}`,
        originDivisionCode: origin,
        destinationDivisionCode: destination,
        inspectedOn: addDays(month, random.int(0, daysInMonth - 1)),
        inspector: personName(random),
        ...inspectionResult(random, species, origin),
      });
    }
    inMonth.sort((a, b) => a.inspectedOn.getTime() - b.inspectedOn.getTime());
    for (const inspection of inMonth) {
      if (inspection.result === 'PASSED' && random.next() < 0.94) unnumbered.push(certificateFor(random, inspection));
    }
    inspections.push(...inMonth);
  }

  const originOf = new Map(inspections.map((inspection) => [inspection.id, inspection.originDivisionCode]));
  const serials = new Map<string, number>();
  const certificates = unnumbered
    .sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime())
    .map((certificate) => {
      const county = originOf.get(certificate.inspectionId)!;
      const year = certificate.issuedAt.getUTCFullYear();
      const serial = (serials.get(`${county}${year}`) ?? 0) + 1;
      serials.set(`${county}${year}`, serial);
      return { ...certificate, number: certificateNumber(county, year, serial) };
    });
  return { inspections, certificates };
}
