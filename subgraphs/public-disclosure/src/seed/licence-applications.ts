import { createRandom, type Random } from '@forestry/subgraph-runtime';
import {
  divisions,
  forestryUnits,
  generateInventory,
  treeSpecies,
  type SubCompartmentSeed,
} from '@forestry/forest-resources/reference-data';
import {
  clockOnAcceptance,
  clockOnResumption,
  clockStoppedAfter,
  handlingWorkingDays,
} from '../domain/licence-workflow.js';
import { addWorkingDays, chinaDateOf, chinaInstant, fromDateValue, toDateValue } from '@forestry/subgraph-runtime/calendar';
import { formatNumber } from '../domain/numbering.js';
import type {
  LicenceApplicantKind,
  LicenceApplicationStatus,
  LicenceDecision,
  LicenceFeedbackChannel,
  LicenceSupplementStage,
  LicensingTopic,
} from '../generated/prisma/enums.js';
import { licensingItems, type LicensingItemSeed } from './licensing-items-data.js';
import { creditCode, mobileNumber, officerOf, personName, residentIdNumber, type OrganisationRegistration } from './people.js';
import { historyDay, officeMoment, officeStepAfter, onlineInstant, SEED_CUTOFF } from './timeline.js';

export interface ApplicationSeed {
  id: string;
  receiptNumber: string;
  itemCode: string;
  status: LicenceApplicationStatus;
  applicantKind: LicenceApplicantKind;
  applicantName: string;
  applicantIdNumber: string;
  contactName: string;
  contactPhone: string;
  summary: string;
  subCompartmentId: string | null;
  speciesCode: string | null;
  divisionCode: string | null;
  submittedAt: Date;
  acceptedAt: Date | null;
  statutoryLimitDays: number | null;
  promisedLimitDays: number | null;
  pausedWorkingDays: number;
  dueDate: Date | null;
  clockStoppedAfter: Date | null;
  reviewStartedAt: Date | null;
  decision: LicenceDecision | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  handlingWorkingDays: number | null;
  intakeRejectionReason: string | null;
  completedAt: Date | null;
  feedbackChannel: LicenceFeedbackChannel | null;
}

export interface SupplementSeed {
  id: string;
  applicationId: string;
  stage: LicenceSupplementStage;
  missingMaterials: string[];
  requestedAt: Date;
  receivedAt: Date | null;
  pausedWorkingDays: number | null;
}

export interface EventSeed {
  id: string;
  applicationId: string;
  status: LicenceApplicationStatus;
  at: Date;
  officer: string | null;
  note: string | null;
}

const APPLICATION_COUNT = 2400;
const STALLS_FROM = chinaInstant('2026-05-01');

/** How often each item is applied for. Fire items are only applied for in the fire seasons. */
const ITEM_WEIGHTS: Record<string, number> = {
  SP01: 22, SP02: 13, SP03: 5, SP04: 5, SP05: 4, SP06: 12, SP07: 4, SP08: 3, SP09: 1, SP10: 7, SP11: 3, SP12: 2,
  XK01: 1, XK02: 2, XK03: 1, XK04: 1, XK05: 0.5, XK06: 1.5, XK07: 0.5, XK08: 0.5, XK09: 2, XK10: 1, XK11: 1.5,
  XK12: 2, XK13: 1, XK14: 1.5, XK15: 1, XK16: 1.5, XK17: 2, XK18: 0.5,
};

/** Spring (15 March to 15 June) and autumn (15 September to 15 November) fire seasons of the north-east. */
function inFireSeason(day: string): boolean {
  const monthDay = day.slice(5);
  return (monthDay >= '03-15' && monthDay <= '06-15') || (monthDay >= '09-15' && monthDay <= '11-15');
}

/** Species the wildlife items are applied for, by item; codes are kebab-case scientific names. */
const SPECIES_BY_ITEM: Record<string, readonly (readonly [string, string])[]> = {
  SP05: [['cervus-nippon', '梅花鹿'], ['moschus-moschiferus', '原麝'], ['martes-zibellina', '紫貂'], ['cervus-canadensis', '马鹿'], ['aix-galericulata', '鸳鸯'], ['tetrastes-bonasia', '花尾榛鸡']],
  SP08: [['cervus-nippon', '梅花鹿'], ['moschus-moschiferus', '原麝'], ['martes-zibellina', '紫貂'], ['cervus-canadensis', '马鹿']],
  SP09: [['cervus-canadensis', '马鹿'], ['lynx-lynx', '猞猁'], ['tetrastes-bonasia', '花尾榛鸡']],
  SP12: [
    ['pinus-koraiensis', '红松'], ['phellodendron-amurense', '黄檗'], ['fraxinus-mandshurica', '水曲柳'], ['tilia-amurensis', '紫椴'],
    ['panax-ginseng', '人参'],
  ],
  XK06: [['pinus-koraiensis', '红松'], ['phellodendron-amurense', '黄檗'], ['fraxinus-mandshurica', '水曲柳'], ['tilia-amurensis', '紫椴']],
  XK07: [['panthera-tigris-altaica', '东北虎'], ['panthera-pardus-orientalis', '东北豹'], ['grus-japonensis', '丹顶鹤'], ['ciconia-boyciana', '东方白鹳']],
  XK08: [['ondatra-zibethicus', '麝鼠'], ['myocastor-coypus', '海狸鼠'], ['neovison-vison', '美洲水貂']],
  XK09: [['sus-scrofa', '野猪'], ['lepus-mandshuricus', '东北兔'], ['phasianus-colchicus', '雉鸡'], ['capreolus-pygargus', '狍']],
};

const ORGANISATION_SHARE: Record<LicensingTopic, number> = {
  TIMBER_HARVEST: 0.7,
  TIMBER_TRANSPORT: 0.6,
  FOREST_LAND: 0.95,
  SEEDS_AND_SEEDLINGS: 0.9,
  WILDLIFE: 0.75,
  PLANT_QUARANTINE: 0.8,
  FIRE_PREVENTION: 0.55,
  NATURE_RESERVES: 0.9,
  FOREST_MANAGEMENT: 1,
};

const ORGANISATION_KINDS: Record<LicensingTopic, readonly (readonly [string, OrganisationRegistration])[]> = {
  TIMBER_HARVEST: [['林场', 'PUBLIC_INSTITUTION'], ['林业专业合作社', 'COOPERATIVE'], ['林产品有限公司', 'ENTERPRISE']],
  TIMBER_TRANSPORT: [['木材经销有限公司', 'ENTERPRISE'], ['木业有限公司', 'ENTERPRISE'], ['林场', 'PUBLIC_INSTITUTION']],
  FOREST_LAND: [['交通建设投资有限公司', 'ENTERPRISE'], ['风力发电有限公司', 'ENTERPRISE'], ['供电公司', 'ENTERPRISE'], ['矿业有限公司', 'ENTERPRISE']],
  SEEDS_AND_SEEDLINGS: [['种苗专业合作社', 'COOPERATIVE'], ['林木种苗有限公司', 'ENTERPRISE'], ['国有苗圃', 'PUBLIC_INSTITUTION']],
  WILDLIFE: [['特种养殖有限公司', 'ENTERPRISE'], ['鹿业专业合作社', 'COOPERATIVE'], ['生物科技有限公司', 'ENTERPRISE'], ['野生动物研究所', 'PUBLIC_INSTITUTION']],
  PLANT_QUARANTINE: [['木业有限公司', 'ENTERPRISE'], ['种苗专业合作社', 'COOPERATIVE'], ['木材加工厂', 'ENTERPRISE']],
  FIRE_PREVENTION: [['林场', 'PUBLIC_INSTITUTION'], ['地质勘查院', 'PUBLIC_INSTITUTION'], ['户外运动协会', 'SOCIAL_ORGANISATION']],
  NATURE_RESERVES: [['林业大学', 'PUBLIC_INSTITUTION'], ['生态研究所', 'PUBLIC_INSTITUTION'], ['文化旅游有限公司', 'ENTERPRISE']],
  FOREST_MANAGEMENT: [['林场', 'PUBLIC_INSTITUTION'], ['生态建设有限公司', 'ENTERPRISE']],
};

const TRADE_NAMES = ['兴林', '绿源', '青山', '森茂', '鑫达', '宏林', '北方', '长青', '松涛', '瑞丰', '金穗', '祥和', '华森', '龙江', '白山', '兴安'];

const INTAKE_REJECTIONS = [
  '申请事项不属于本机关职权范围，已告知向县级林业主管部门提出申请',
  '申请人不具备申请资格',
  '申请事项依法不需要取得行政许可，已告知申请人',
];

const DENIALS: Record<LicensingTopic, readonly string[]> = {
  TIMBER_HARVEST: ['申请采伐蓄积超出年度采伐限额', '采伐小班属禁伐区，不符合采伐条件'],
  TIMBER_TRANSPORT: ['不能提供木材合法来源证明', '运输木材与采伐许可证记载的树种、材积不符'],
  FOREST_LAND: ['项目选址涉及国家一级公益林，不符合使用林地条件', '未提供林地权利人补偿协议'],
  SEEDS_AND_SEEDLINGS: ['生产经营场所和检验设施不符合条件', '无专业种子检验技术人员'],
  WILDLIFE: ['种源来源证明不合法', '繁育场所不具备防逃逸条件', '申请数量超出种群调控需要'],
  PLANT_QUARANTINE: ['检疫检验发现检疫性有害生物，未经除害处理', '除害处理设施不符合要求'],
  FIRE_PREVENTION: ['用火期间预报为高火险天气，不予批准', '防火措施和扑火力量不足'],
  NATURE_RESERVES: ['活动方案对保护对象影响较大', '自然保护区管理机构不同意'],
  FOREST_MANAGEMENT: ['经营方案与森林资源调查成果不符', '专家论证未通过'],
};

const FEEDBACK_CHANNELS: readonly (readonly [LicenceFeedbackChannel, number])[] = [
  ['ONLINE', 50],
  ['SMS', 20],
  ['POST', 15],
  ['IN_PERSON', 15],
];

const counties = divisions.filter((division) => division.level === 'COUNTY');
const divisionByCode = new Map(divisions.map((division) => [division.code, division]));
const speciesNames = new Map(treeSpecies.map((species) => [species.code, species.name]));
const prefectureNames = divisions.filter((division) => division.level === 'PREFECTURE').map((division) => division.name);

/** 尚志市 → 尚志, as a place name reads at the head of a company name. */
function shortName(countyName: string): string {
  return countyName.length > 2 ? countyName.replace(/(市|县|区)$/, '') : countyName;
}

function provinceAbbreviation(countyCode: string): string {
  return countyCode.startsWith('23') ? '黑' : '吉';
}

interface Subject {
  countyCode: string;
  subCompartment: SubCompartmentSeed | null;
  species: readonly [string, string] | null;
}

interface Stands {
  all: SubCompartmentSeed[];
  /** Mature commercial stands: where timber is cut and transported from. */
  harvestable: SubCompartmentSeed[];
}

function pickSubject(random: Random, item: LicensingItemSeed, stands: Stands): Subject {
  if (item.subject === 'SUB_COMPARTMENT') {
    const pool = item.topic === 'TIMBER_HARVEST' || item.topic === 'TIMBER_TRANSPORT' ? stands.harvestable : stands.all;
    const subCompartment = random.pick(pool);
    return { countyCode: subCompartment.divisionCode, subCompartment, species: null };
  }
  const forested = random.pick(stands.all).divisionCode;
  if (item.subject === 'SPECIES') return { countyCode: forested, subCompartment: null, species: random.pick(SPECIES_BY_ITEM[item.code]!) };
  return { countyCode: item.subject === 'COUNTY' ? forested : random.pick(counties).code, subCompartment: null, species: null };
}

function summaryOf(random: Random, item: LicensingItemSeed, subject: Subject): string {
  const county = divisionByCode.get(subject.countyCode)!.name;
  const stand = subject.subCompartment;
  const tree = stand ? speciesNames.get(stand.dominantSpeciesCode)! : random.pick([...speciesNames.values()]);
  const species = subject.species?.[1] ?? '';
  const volume = stand ? Math.max(5, Math.round(stand.stockVolume * random.real(0.05, 0.3))) : random.int(10, 200);
  const plate = `${provinceAbbreviation(subject.countyCode)}${random.pick(['A', 'B', 'C', 'E', 'F', 'H', 'K'])}${random.int(10000, 99999)}`;
  switch (item.code) {
    case 'SP01': return `运输${tree}原木${random.int(12, 45)}立方米，起运地${county}（小班${stand!.code}），到达地${random.pick(prefectureNames)}，承运车辆${plate}`;
    case 'SP02': return `${random.pick(['抚育采伐', '更新采伐', '主伐（择伐）', '低产林改造'])}，小班${stand!.code}，树种${tree}，面积${stand!.area}公顷，采伐蓄积${volume}立方米`;
    case 'SP03': return `在${county}从事${tree}、${random.pick(['樟子松', '红松', '落叶松', '杨树'])}等林木种苗生产经营，育苗面积${random.int(2, 40)}公顷`;
    case 'SP04': return `${random.pick(['县乡公路改扩建工程', '风电场集电线路工程', '66千伏输变电工程', '森林防火应急通道工程', '矿产资源勘查'])}使用林地，涉及小班${stand!.code}，面积${random.real(0.2, 6, 2)}公顷`;
    case 'SP05': return `人工繁育${species}，现有种源${random.int(6, 120)}只，繁育场所位于${county}`;
    case 'SP06': return `调运${tree}${random.next() < 0.7 ? `原木${random.int(12, 45)}立方米` : `苗木${random.int(1, 50)}万株`}，产地${county}（小班${stand!.code}），调入地${random.pick(prefectureNames)}`;
    case 'SP07': return `${random.pick(['施工便道', '临时堆料场', '地质勘查钻孔场地', '输电线路塔基施工场地'])}临时使用林地${random.real(0.1, 3, 2)}公顷，期限${random.int(1, 2)}年，小班${stand!.code}`;
    case 'SP08': return `${random.pick(['出售', '利用'])}人工繁育${species}${random.pick(['活体', '鹿茸', '毛皮', '产品'])}，数量${random.int(2, 60)}${species.includes('鹿') ? '只（副）' : '只（件）'}`;
    case 'SP09': return `因${random.pick(['种群调控', '科学研究', '疫源疫病监测'])}需要，在${county}猎捕${species}${random.int(1, 6)}只`;
    case 'SP10': return `在${county}${random.pick(['营林区', '农林交错区', '防火隔离带'])}进行${random.pick(['计划烧除', '清理林下可燃物', '烧除防火隔离带'])}，用火面积约${random.int(2, 80)}公顷`;
    case 'SP11': return `${random.int(3, 30)}人进入${county}森林高火险区开展${random.pick(['森林资源调查', '地质勘查', '通信线路巡检', '科学考察'])}，为期${random.int(1, 15)}天`;
    case 'SP12': case 'XK06': return `${item.code === 'SP12' ? '采集' : random.pick(['收购', '出售'])}野生${species}${random.pick(['种子', '枝叶', '根'])}${random.int(1, 50)}千克，用于${random.pick(['科学研究', '种质资源保存', '良种繁育'])}`;
    case 'XK01': return `在${county}沙化土地开展营利性治沙，治理面积${random.int(20, 500)}公顷，营造${random.pick(['樟子松', '杨树', '沙棘'])}防风固沙林`;
    case 'XK02': return `修筑${random.pick(['森林防火瞭望塔', '管护站房', '集材道', '苗圃灌溉设施'])}，使用林地${random.real(0.05, 1.5, 2)}公顷，小班${stand!.code}`;
    case 'XK03': return `${random.pick(['进口', '出口'])}${tree}种子${random.int(20, 800)}千克`;
    case 'XK04': return `采集${tree}种子${random.int(10, 300)}千克用于良种繁育，小班${stand!.code}`;
    case 'XK05': return `与${random.pick(['俄罗斯', '韩国', '日本', '芬兰'])}科研机构合作研究利用${tree}种质资源`;
    case 'XK07': return `${random.pick(['英国', '俄罗斯', '日本', '德国'])}摄制组在${county}拍摄${species}野外纪录片，为期${random.int(10, 60)}天`;
    case 'XK08': return `引进${species}${random.int(50, 500)}只用于人工养殖，养殖场位于${county}`;
    case 'XK09': return `在${county}狩猎场猎捕${species}${random.int(1, 10)}只`;
    case 'XK10': case 'XK11': case 'XK12': return `在${county}境内自然保护区${{ XK10: '核心区', XK11: '缓冲区', XK12: '实验区' }[item.code]}开展${item.code === 'XK12' ? random.pick(['生态旅游', '自然教育研学']) : random.pick(['野生动物监测', '植物标本采集', '教学实习'])}活动，${random.int(5, 60)}人`;
    case 'XK13': return `在${county}森林防火区进行${random.pick(['道路施工爆破', '采石爆破', '民兵实弹演习'])}，为期${random.int(1, 10)}天`;
    case 'XK14': return `申请在${county}设立松材线虫病疫木定点加工点，年加工能力${random.int(500, 5000)}立方米`;
    case 'XK15': return `从${random.pick(['俄罗斯', '加拿大', '芬兰', '日本'])}引进${tree}${random.pick(['种子', '苗木'])}，用于隔离试种`;
    case 'XK16': {
      const units = forestryUnits.filter((unit) => unit.divisionCode === subject.countyCode);
      const unit = units.length > 0 ? random.pick(units).name : `${shortName(county)}国有林场`;
      return `${unit}森林经营方案（2026—2035年），经营面积${random.int(3000, 90000)}公顷`;
    }
    case 'XK17': return `${shortName(county)}苗圃产地检疫，育苗面积${random.int(2, 60)}公顷，主要树种${tree}`;
    default: return `申请林木种子质量检验机构资质认定，检测场所位于${county}`;
  }
}

function applicant(random: Random, item: LicensingItemSeed, subject: Subject) {
  const county = divisionByCode.get(subject.countyCode)!;
  const contactName = personName(random);
  const contactPhone = mobileNumber(random);
  if (random.next() >= ORGANISATION_SHARE[item.topic]) {
    return {
      applicantKind: 'PERSON' as const,
      applicantName: contactName,
      applicantIdNumber: residentIdNumber(random, county.code),
      contactName,
      contactPhone,
    };
  }
  // A state forest's own stands are applied for by the unit that manages them.
  const stand = subject.subCompartment;
  const unit = stand && forestryUnits.find((candidate) => stand.compartmentCode.startsWith(candidate.code));
  if (unit && random.next() < 0.5) {
    return {
      applicantKind: 'ORGANISATION' as const,
      applicantName: unit.name,
      applicantIdNumber: creditCode(random, county.code, 'PUBLIC_INSTITUTION'),
      contactName,
      contactPhone,
    };
  }
  const [suffix, registration] = random.pick(ORGANISATION_KINDS[item.topic]);
  return {
    applicantKind: 'ORGANISATION' as const,
    applicantName: `${shortName(county.name)}${random.pick(TRADE_NAMES)}${suffix}`,
    applicantIdNumber: creditCode(random, county.code, registration),
    contactName,
    contactPhone,
  };
}

/** Working days from acceptance to decision: mostly within the promise, some after it, a few late. */
function handlingTarget(random: Random, item: LicensingItemSeed): number {
  const { promisedLimitDays: promised, statutoryLimitDays: statutory } = item;
  const roll = random.next();
  if (roll >= 0.93) return random.int(statutory + 1, statutory + 8);
  if (roll >= 0.72 && promised < statutory) return random.int(promised + 1, statutory);
  return random.int(promised <= 1 ? 0 : 1, promised);
}

/**
 * Plays an application's workflow forward from its submission with the same rules as the
 * mutations, and stops at the reference date: whatever was under way then is under way in the data.
 */
function playWorkflow(random: Random, application: ApplicationSeed, item: LicensingItemSeed) {
  const events: EventSeed[] = [];
  const supplements: SupplementSeed[] = [];
  const record = (status: LicenceApplicationStatus, at: Date, note: string | null = null, applicantStep = false) => {
    application.status = status;
    const officer = applicantStep ? null : officerOf(random, item.department);
    events.push({ id: random.uuid(), applicationId: application.id, status, at, officer, note });
  };
  const supplementRequest = (stage: LicenceSupplementStage, requestedAt: Date): SupplementSeed => ({
    id: random.uuid(),
    applicationId: application.id,
    stage,
    missingMaterials: [random.pick(item.requiredMaterials), ...(random.next() < 0.4 ? ['补充说明材料'] : [])],
    requestedAt,
    receivedAt: null,
    pausedWorkingDays: null,
  });
  const happened = (at: Date) => at < SEED_CUTOFF;
  record('SUBMITTED', application.submittedAt, null, true);

  let last = application.submittedAt;
  if (random.next() < 0.08) {
    const requestedAt = officeStepAfter(random, last, random.int(1, 3));
    if (!happened(requestedAt)) return { events, supplements };
    const supplement = supplementRequest('INTAKE', requestedAt);
    supplements.push(supplement);
    record('SUPPLEMENT_REQUESTED', requestedAt, supplement.missingMaterials.join('；'));
    const receivedAt = officeStepAfter(random, requestedAt, random.int(1, 8));
    if (!happened(receivedAt)) return { events, supplements };
    supplement.receivedAt = receivedAt;
    record('SUBMITTED', receivedAt);
    last = receivedAt;
  }

  if (random.next() < 0.06) {
    const rejectedAt = officeStepAfter(random, last, random.int(0, 2));
    if (!happened(rejectedAt)) return { events, supplements };
    application.intakeRejectionReason = random.pick(INTAKE_REJECTIONS);
    record('REJECTED_AT_INTAKE', rejectedAt, application.intakeRejectionReason);
    return { events, supplements };
  }

  const acceptedAt = officeStepAfter(random, last, random.int(0, 2));
  if (!happened(acceptedAt)) return { events, supplements };
  const clock = clockOnAcceptance(item, acceptedAt);
  Object.assign(application, { ...clock, acceptedAt, dueDate: toDateValue(clock.dueDate) });
  record('ACCEPTED', acceptedAt);

  const reviewStartedAt = officeStepAfter(random, acceptedAt, random.int(0, 1));
  if (!happened(reviewStartedAt)) return { events, supplements };
  application.reviewStartedAt = reviewStartedAt;
  record('UNDER_REVIEW', reviewStartedAt);
  last = reviewStartedAt;

  const target = handlingTarget(random, item);
  if (random.next() < 0.16) {
    const requestedAt = officeStepAfter(random, last, random.int(1, Math.max(1, target - 1)));
    if (!happened(requestedAt)) return { events, supplements };
    const supplement = supplementRequest('REVIEW', requestedAt);
    supplements.push(supplement);
    application.clockStoppedAfter = toDateValue(clockStoppedAfter(requestedAt));
    record('SUPPLEMENT_REQUESTED', requestedAt, supplement.missingMaterials.join('；'));
    const receivedAt = officeStepAfter(random, requestedAt, random.int(2, 12));
    if (!happened(receivedAt)) return { events, supplements };
    const resumed = clockOnResumption(
      {
        acceptedAt,
        statutoryLimitDays: item.statutoryLimitDays,
        pausedWorkingDays: 0,
        clockStoppedAfter: fromDateValue(application.clockStoppedAfter),
      },
      receivedAt,
    );
    Object.assign(supplement, { receivedAt, pausedWorkingDays: resumed.pausedDays });
    Object.assign(application, {
      clockStoppedAfter: null,
      pausedWorkingDays: resumed.pausedWorkingDays,
      dueDate: toDateValue(resumed.dueDate),
    });
    record('UNDER_REVIEW', receivedAt);
    last = receivedAt;
  }

  // Some recent cases stall in review: they are what supervision (网上监督) is for.
  if (application.submittedAt >= STALLS_FROM && random.next() < 0.04) return { events, supplements };

  const decisionDay = addWorkingDays(chinaDateOf(acceptedAt), target + application.pausedWorkingDays);
  const decidedAt = officeMoment(random, decisionDay, last);
  if (!happened(decidedAt)) return { events, supplements };
  const decision: LicenceDecision = random.next() < 0.88 ? 'APPROVED' : 'DENIED';
  Object.assign(application, {
    decision,
    decisionReason: decision === 'DENIED' ? random.pick(DENIALS[item.topic]) : null,
    decidedAt,
    handlingWorkingDays: handlingWorkingDays({ acceptedAt, pausedWorkingDays: application.pausedWorkingDays }, decidedAt),
  });
  record(decision, decidedAt, application.decisionReason);

  const completedAt = officeStepAfter(random, decidedAt, random.int(0, 3));
  if (!happened(completedAt)) return { events, supplements };
  Object.assign(application, { completedAt, feedbackChannel: random.weighted(FEEDBACK_CHANNELS) });
  record('COMPLETED', completedAt);
  return { events, supplements };
}

/**
 * The deterministic online applications of the demo: about 2,400 over 2025 and 2026 for the 30
 * items, pointing at real counties and sub-compartments of the forest inventory, each with the
 * history, supplements and deadlines the workflow rules give it.
 */
export function generateLicenceApplications(seed = 4106) {
  const random = createRandom(seed);
  const all = generateInventory().subCompartments;
  const stands: Stands = {
    all,
    harvestable: all.filter(
      (stand) => stand.forestCategory === 'COMMERCIAL' && (stand.ageClass === 'MATURE' || stand.ageClass === 'OVER_MATURE'),
    ),
  };
  const itemByCode = new Map(licensingItems.map((item) => [item.code, item]));
  const submissions = Array.from({ length: APPLICATION_COUNT }, () => {
    const day = historyDay(random);
    const choices = licensingItems
      .filter((item) => item.topic !== 'FIRE_PREVENTION' || inFireSeason(day))
      .map((item) => [item, ITEM_WEIGHTS[item.code]!] as const);
    return { submittedAt: onlineInstant(random, day), item: random.weighted(choices) };
  });
  // Receipt numbers follow the order of submission within each year.
  submissions.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());

  const sequences = new Map<number, number>();
  const applications: ApplicationSeed[] = [];
  const events: EventSeed[] = [];
  const supplements: SupplementSeed[] = [];
  for (const { submittedAt, item } of submissions) {
    const year = Number(chinaDateOf(submittedAt).slice(0, 4));
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    const subject = pickSubject(random, item, stands);
    const application: ApplicationSeed = {
      id: random.uuid(),
      receiptNumber: formatNumber('licenceApplication', year, sequence),
      itemCode: item.code,
      status: 'SUBMITTED',
      ...applicant(random, item, subject),
      summary: summaryOf(random, item, subject),
      subCompartmentId: subject.subCompartment?.id ?? null,
      speciesCode: subject.species?.[0] ?? null,
      divisionCode: item.subject === 'COUNTY' ? subject.countyCode : null,
      submittedAt,
      acceptedAt: null,
      statutoryLimitDays: null,
      promisedLimitDays: null,
      pausedWorkingDays: 0,
      dueDate: null,
      clockStoppedAfter: null,
      reviewStartedAt: null,
      decision: null,
      decisionReason: null,
      decidedAt: null,
      handlingWorkingDays: null,
      intakeRejectionReason: null,
      completedAt: null,
      feedbackChannel: null,
    };
    const played = playWorkflow(random, application, itemByCode.get(item.code)!);
    applications.push(application);
    events.push(...played.events);
    supplements.push(...played.supplements);
  }
  return { applications, events, supplements };
}
