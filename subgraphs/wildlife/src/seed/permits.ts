import { divisions, forestryUnits } from '@forestry/forest-resources/reference-data';
import { createRandom, type Random } from '@forestry/subgraph-runtime';
import { MAX_VALIDITY_DAYS, permitNumber, permitNumberPrefix } from '../domain/permit-rules.js';
import { requiredApprovalAuthority } from '../domain/species.js';
import type { WildlifeApprovalAuthority, WildlifePermitKind, WildlifePermitStatus } from '../generated/prisma/enums.js';
import { addDays, earlier, instantBetween, REFERENCE_DATE } from './calendar.js';
import { team } from './people.js';
import { REGION_PREFECTURES, speciesCodeOf, wildlifeSpecies, type WildlifeRegion } from './species-data.js';

export interface WildlifePermitEventSeed {
  fromStatus: WildlifePermitStatus | null;
  toStatus: WildlifePermitStatus;
  at: Date;
  actor: string;
  note: string | null;
}

export interface WildlifePermitUseSeed {
  quantity: number;
  usedAt: Date;
  recordedBy: string;
  note: string | null;
}

export interface WildlifePermitSeed {
  id: string;
  permitNumber: string | null;
  kind: WildlifePermitKind;
  status: WildlifePermitStatus;
  holderName: string;
  holderCreditCode: string;
  holderDivisionCode: string;
  speciesCode: string;
  quantity: number;
  remainingQuantity: number;
  unit: string;
  purpose: string;
  validFrom: Date;
  validUntil: Date;
  requiredAuthority: WildlifeApprovalAuthority;
  decidingAuthority: WildlifeApprovalAuthority | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  issuedAt: Date | null;
  appliedAt: Date;
  events: WildlifePermitEventSeed[];
  uses: WildlifePermitUseSeed[];
}

interface Holder {
  name: string;
  divisionCode: string;
}

/** What permits are asked for, species by species, and by whom. */
interface PermitProfile {
  scientificName: string;
  weight: number;
  unit: string;
  quantity: readonly [number, number];
  kinds: readonly (readonly [WildlifePermitKind, number])[];
  /** Trade of the generated holders, e.g. 林蛙养殖专业合作社; or a fixed list of holders. */
  holders: string | readonly Holder[];
  regions: readonly WildlifeRegion[];
}

// Zoos and breeding centres that keep class-I animals.
const ZOOS: readonly Holder[] = [
  { name: '黑龙江东北虎林园', divisionCode: '230109' },
  { name: '哈尔滨北方森林动物园', divisionCode: '230112' },
  { name: '横道河子东北虎繁育中心', divisionCode: '231083' },
  { name: '长春动植物公园', divisionCode: '220104' },
  { name: '吉林市东北虎园', divisionCode: '220211' },
];
const CRANE_KEEPERS: readonly Holder[] = [
  { name: '扎龙国家级自然保护区管理局', divisionCode: '230204' },
  { name: '哈尔滨北方森林动物园', divisionCode: '230112' },
  { name: '长春动植物公园', divisionCode: '220104' },
  { name: '莫莫格国家级自然保护区管理局', divisionCode: '220821' },
];

const MOUNTAINS: readonly WildlifeRegion[] = ['LESSER_KHINGAN', 'EASTERN_MOUNTAINS', 'CHANGBAI'];

const PROFILES: readonly PermitProfile[] = [
  { scientificName: 'Rana dybowskii', weight: 30, unit: '只', quantity: [5000, 200000], kinds: [['DOMESTICATION_BREEDING', 5], ['UTILISATION', 3], ['TRANSPORT', 4]], holders: '林蛙养殖专业合作社', regions: MOUNTAINS },
  { scientificName: 'Ursus thibetanus', weight: 8, unit: '头', quantity: [5, 120], kinds: [['DOMESTICATION_BREEDING', 4], ['UTILISATION', 4], ['TRANSPORT', 1]], holders: '黑熊养殖有限公司', regions: MOUNTAINS },
  { scientificName: 'Martes zibellina', weight: 8, unit: '只', quantity: [20, 600], kinds: [['DOMESTICATION_BREEDING', 5], ['UTILISATION', 2], ['TRANSPORT', 3]], holders: '紫貂养殖场', regions: MOUNTAINS },
  { scientificName: 'Moschus moschiferus', weight: 6, unit: '头', quantity: [10, 200], kinds: [['DOMESTICATION_BREEDING', 5], ['UTILISATION', 2], ['TRANSPORT', 1]], holders: '原麝繁育有限公司', regions: MOUNTAINS },
  { scientificName: 'Panthera tigris altaica', weight: 4, unit: '只', quantity: [1, 6], kinds: [['DOMESTICATION_BREEDING', 3], ['TRANSPORT', 2]], holders: ZOOS, regions: [] },
  { scientificName: 'Grus japonensis', weight: 3, unit: '只', quantity: [1, 10], kinds: [['DOMESTICATION_BREEDING', 2], ['TRANSPORT', 2]], holders: CRANE_KEEPERS, regions: [] },
  { scientificName: 'Aix galericulata', weight: 5, unit: '只', quantity: [10, 300], kinds: [['DOMESTICATION_BREEDING', 4], ['TRANSPORT', 2], ['UTILISATION', 1]], holders: '珍禽养殖场', regions: MOUNTAINS },
  { scientificName: 'Pinus koraiensis', weight: 8, unit: '株', quantity: [200, 20000], kinds: [['UTILISATION', 3], ['TRANSPORT', 2]], holders: '红松苗木繁育有限公司', regions: MOUNTAINS },
  { scientificName: 'Taxus cuspidata', weight: 8, unit: '株', quantity: [100, 10000], kinds: [['UTILISATION', 3], ['TRANSPORT', 3]], holders: '红豆杉苗木繁育有限公司', regions: ['EASTERN_MOUNTAINS', 'CHANGBAI'] },
  { scientificName: 'Phellodendron amurense', weight: 4, unit: '株', quantity: [100, 5000], kinds: [['UTILISATION', 3], ['TRANSPORT', 1]], holders: '中药材种植有限公司', regions: MOUNTAINS },
  { scientificName: 'Panax ginseng', weight: 2, unit: '株', quantity: [1, 30], kinds: [['TRANSPORT', 2], ['UTILISATION', 1]], holders: '参业有限公司', regions: ['CHANGBAI'] },
];

const PURPOSES: Record<WildlifePermitKind, readonly string[]> = {
  DOMESTICATION_BREEDING: ['人工繁育种群扩繁', '人工繁育及科普展示', '种源繁育基地建设'],
  UTILISATION: ['人工繁育个体及其制品出售', '药用原料加工利用', '科研与科普教育利用'],
  TRANSPORT: ['跨省运输人工繁育个体', '省内运输至加工企业', '运输至动物园交换繁育'],
};

const TRADE_NAMES = ['兴林', '绿源', '长青', '宏达', '森宝', '北方', '金山', '福源', '鑫盛', '龙泉', '参王', '白山'];
const REJECTION_NOTES = ['申请材料不齐全，缺少种源合法来源证明', '繁育场所条件不符合要求', '申请数量超出核定繁育能力'];
const SUSPENSION_NOTES = ['监督检查发现台账记录不全，责令整改', '繁育场所防逃设施不达标，暂停许可'];
const REVOCATION_NOTES = ['以欺骗手段取得许可，依法撤销', '整改期满仍不符合条件，依法撤销'];
const USE_NOTES: Record<WildlifePermitKind, string> = {
  DOMESTICATION_BREEDING: '引进种源',
  UTILISATION: '出售人工繁育个体',
  TRANSPORT: '凭运输证发运一批',
};

/** Share of the applications filed in the last 40 days before the reference date. */
const RECENT_SHARE = 0.1;

const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const forestCounties = [...new Set(forestryUnits.map((unit) => unit.divisionCode))].sort();
const divisionByCode = new Map(divisions.map((division) => [division.code, division]));

/** The short form of a county's name used in company names: 敦化市 → 敦化. */
function shortCountyName(code: string): string {
  return divisionByCode.get(code)!.name.replace(/(朝鲜族自治县|满族自治县|蒙古族自治县|县|市|区)$/, '');
}

function creditCode(random: Random, divisionCode: string): string {
  const tail = Array.from({ length: 8 }, () => random.pick([...CREDIT_CODE_CHARACTERS])).join('');
  return `91${divisionCode}MA${tail}`;
}

function holdersFor(random: Random, profile: PermitProfile): Holder[] {
  if (typeof profile.holders !== 'string') return [...profile.holders];
  const trade = profile.holders;
  const counties = forestCounties.filter((code) =>
    profile.regions.some((region) => REGION_PREFECTURES[region].includes(`${code.slice(0, 4)}00`)),
  );
  return Array.from({ length: 8 }, () => {
    const divisionCode = random.pick(counties);
    return { name: `${shortCountyName(divisionCode)}${random.pick(TRADE_NAMES)}${trade}`, divisionCode };
  });
}

function validityDays(random: Random, kind: WildlifePermitKind): number {
  if (kind === 'DOMESTICATION_BREEDING') return random.int(2, 5) * 365;
  if (kind === 'UTILISATION') return random.int(120, MAX_VALIDITY_DAYS.UTILISATION);
  return random.int(20, MAX_VALIDITY_DAYS.TRANSPORT);
}

/**
 * The deterministic permit register of the demo, from mid-2023 to the reference date: each
 * application runs through the lifecycle as far as its dates allow, with its history of
 * transitions and the uses recorded against it; permit numbers follow issuance order.
 */
export function generatePermits(seed = 4103, count = 360): WildlifePermitSeed[] {
  const random = createRandom(seed);
  const provincialStaff = team(random, 6);
  const nationalStaff = team(random, 3);
  const holdersByProfile = new Map(PROFILES.map((profile) => [profile, holdersFor(random, profile)]));
  const start = new Date('2023-06-01T00:00:00+08:00');
  const permits: WildlifePermitSeed[] = [];

  for (let index = 0; index < count; index += 1) {
    const profile = random.weighted(PROFILES.map((candidate) => [candidate, candidate.weight] as const));
    const species = wildlifeSpecies.find((candidate) => candidate.code === speciesCodeOf(profile.scientificName))!;
    const requiredAuthority = requiredApprovalAuthority(species.protectionClass)!;
    const national = requiredAuthority === 'NATIONAL_FORESTRY_AND_GRASSLAND_ADMINISTRATION';
    const holder = random.pick(holdersByProfile.get(profile)!);
    const kind = random.weighted(profile.kinds);
    const quantity = random.int(...profile.quantity);
    // Autumn is the busy season for breeding and transport permits: some are still in review.
    const appliedAt = instantBetween(random, random.next() < RECENT_SHARE ? addDays(REFERENCE_DATE, -40) : start, REFERENCE_DATE);
    const validFrom = addDays(appliedAt, random.int(20, 40));
    const validUntil = addDays(validFrom, validityDays(random, kind));

    const permit: WildlifePermitSeed = {
      id: random.uuid(),
      permitNumber: null,
      kind,
      status: 'APPLIED',
      holderName: holder.name,
      holderCreditCode: creditCode(random, holder.divisionCode),
      holderDivisionCode: holder.divisionCode,
      speciesCode: species.code,
      quantity,
      remainingQuantity: quantity,
      unit: profile.unit,
      purpose: random.pick(PURPOSES[kind]),
      validFrom,
      validUntil,
      requiredAuthority,
      decidingAuthority: null,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      issuedAt: null,
      appliedAt,
      events: [{ fromStatus: null, toStatus: 'APPLIED', at: appliedAt, actor: holder.name, note: null }],
      uses: [],
    };
    permits.push(permit);
    const move = (toStatus: WildlifePermitStatus, at: Date, actor: string, note: string | null = null) => {
      permit.events.push({ fromStatus: permit.status, toStatus, at, actor, note });
      permit.status = toStatus;
    };

    // National review takes longer: the province forwards the file first.
    const decidedAt = addDays(appliedAt, random.int(5, 15) + (national ? 10 : 0));
    if (decidedAt >= REFERENCE_DATE) continue;
    const decidedBy = random.pick(national ? nationalStaff : provincialStaff);
    permit.decidingAuthority = requiredAuthority;
    permit.decidedBy = decidedBy;
    permit.decidedAt = decidedAt;
    if (random.next() < 0.08) {
      permit.decisionNote = random.pick(REJECTION_NOTES);
      move('REJECTED', decidedAt, decidedBy, permit.decisionNote);
      continue;
    }
    move('APPROVED', decidedAt, decidedBy);

    const issuedAt = addDays(decidedAt, random.int(1, 7));
    if (issuedAt >= REFERENCE_DATE) continue;
    const clerk = random.pick(provincialStaff);
    permit.issuedAt = issuedAt;
    move('ISSUED', issuedAt, clerk);

    const activeUntil = earlier(permit.validUntil, REFERENCE_DATE);
    const usableFrom = permit.validFrom > issuedAt ? permit.validFrom : issuedAt;
    for (let uses = random.int(0, 3); uses > 0 && usableFrom < activeUntil && permit.remainingQuantity > 1; uses -= 1) {
      const used = random.int(1, Math.max(1, Math.floor(permit.remainingQuantity * 0.4)));
      permit.uses.push({ quantity: used, usedAt: instantBetween(random, usableFrom, activeUntil), recordedBy: clerk, note: USE_NOTES[kind] });
      permit.remainingQuantity -= used;
    }
    permit.uses.sort((a, b) => a.usedAt.getTime() - b.usedAt.getTime());

    // Supervision after the last use, while the permit is still valid.
    const lastUse = permit.uses.at(-1)?.usedAt ?? issuedAt;
    if (lastUse >= activeUntil) continue;
    const roll = random.next();
    if (roll < 0.06) {
      move('SUSPENDED', instantBetween(random, lastUse, activeUntil), clerk, random.pick(SUSPENSION_NOTES));
      const suspendedAt = permit.events.at(-1)!.at;
      if (random.next() < 0.5) {
        move('ISSUED', instantBetween(random, suspendedAt, activeUntil), clerk, '整改完成，恢复许可');
      }
    } else if (roll < 0.09) {
      move('REVOKED', instantBetween(random, lastUse, activeUntil), clerk, random.pick(REVOCATION_NOTES));
    }
  }

  assignPermitNumbers(permits);
  return permits;
}

function assignPermitNumbers(permits: WildlifePermitSeed[]): void {
  const sequences = new Map<string, number>();
  const issued = permits.filter((permit) => permit.issuedAt !== null).sort((a, b) => a.issuedAt!.getTime() - b.issuedAt!.getTime());
  for (const permit of issued) {
    const prefix = permitNumberPrefix(permit.decidingAuthority!, permit.holderDivisionCode, permit.issuedAt!);
    const sequence = (sequences.get(prefix) ?? 0) + 1;
    sequences.set(prefix, sequence);
    permit.permitNumber = permitNumber(prefix, sequence);
  }
}
