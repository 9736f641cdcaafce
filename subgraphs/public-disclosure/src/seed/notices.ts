import { createRandom } from '@forestry/subgraph-runtime';
import { divisions } from '@forestry/forest-resources/reference-data';
import { addDays, daysBetween, toDateValue, type LocalDate, addWorkingDays, isWorkingDay } from '@forestry/subgraph-runtime/calendar';
import type { DisclosureDepartment, PublicNoticeKind } from '../generated/prisma/enums.js';
import { personName } from './people.js';
import { historyDay, officeInstant, onlineInstant, SEED_REFERENCE_DATE } from './timeline.js';

export interface PublicNoticeSeed {
  id: string;
  kind: PublicNoticeKind;
  title: string;
  body: string;
  department: DisclosureDepartment;
  publishedAt: Date;
  periodStart: Date;
  periodEnd: Date;
  objectionContact: string;
}

export interface SolicitationSeed {
  id: string;
  title: string;
  summary: string;
  department: DisclosureDepartment;
  publishedAt: Date;
  opensOn: Date;
  closesOn: Date;
}

export interface OpinionSeed {
  id: string;
  solicitationId: string;
  authorName: string | null;
  content: string;
  submittedAt: Date;
}

const counties = divisions.filter((division) => division.level === 'COUNTY');
const prefectures = divisions.filter((division) => division.level === 'PREFECTURE');

const NOTICES: readonly { kind: PublicNoticeKind; department: DisclosureDepartment; title: string; body: string }[] = [
  { kind: 'LICENSING_RESULT', department: 'FOREST_RESOURCES', title: '{year}年第{batch}批林木采伐许可证拟核发名单公示', body: '根据林木采伐管理有关规定，现将拟核发林木采伐许可证的申请单位、采伐地点、树种和蓄积予以公示。' },
  { kind: 'LICENSING_RESULT', department: 'FOREST_RESOURCES', title: '{county}建设项目使用林地审核结果公示', body: '现将建设项目使用林地的审核结果予以公示，公示期内对结果有异议的，可向我厅实名反映。' },
  { kind: 'LICENSING_RESULT', department: 'WILDLIFE', title: '{year}年第{batch}批野生动物人工繁育许可拟批准名单公示', body: '经专家评审和现场核查，现将拟批准的人工繁育许可申请予以公示。' },
  { kind: 'PROJECT_FUNDING', department: 'PLANNING_AND_FINANCE', title: '{year}年中央财政林业改革发展资金{county}项目公示', body: '现将项目名称、实施单位、建设内容和资金安排予以公示，接受社会监督。' },
  { kind: 'PROJECT_FUNDING', department: 'AFFORESTATION', title: '{year}年森林抚育补贴项目实施单位公示', body: '现将森林抚育补贴项目实施单位和任务量予以公示。' },
  { kind: 'PERSONNEL', department: 'PERSONNEL', title: '干部任前公示（{year}年第{batch}号）', body: '根据《党政领导干部选拔任用工作条例》，经厅党组研究，拟提拔任用{name}同志，现予公示。' },
  { kind: 'AWARD', department: 'FIRE_PREVENTION', title: '{year}年度全省森林防火工作先进集体和先进个人拟表彰名单公示', body: '经各地推荐和评审，现将拟表彰的先进集体和先进个人名单予以公示。' },
  { kind: 'AWARD', department: 'OFFICE', title: '{year}年度全省林业系统政务公开工作先进单位评选结果公示', body: '根据政务公开考核结果，现将拟评选的先进单位予以公示。' },
  { kind: 'PLANNING', department: 'FOREST_RESOURCES', title: '{county}林地保护利用规划（2021—2035年）调整方案公示', body: '现将林地保护利用规划调整方案予以公示，广泛听取社会意见。' },
  { kind: 'PLANNING', department: 'FOREST_RESOURCES', title: '{prefecture}国家储备林建设项目规划公示', body: '现将国家储备林建设项目的建设范围、规模和期限予以公示。' },
];

const DEPARTMENT_PHONES: Record<DisclosureDepartment, string> = {
  OFFICE: '0451-82620001',
  POLICY_AND_LEGAL: '0451-82620015',
  FOREST_RESOURCES: '0451-82620032',
  AFFORESTATION: '0451-82620047',
  WILDLIFE: '0451-82620058',
  PEST_CONTROL: '0451-82620066',
  FIRE_PREVENTION: '0451-82620119',
  PLANNING_AND_FINANCE: '0451-82620073',
  SEEDS_AND_SEEDLINGS: '0451-82620081',
  SCIENCE_AND_TECHNOLOGY: '0451-82620092',
  PERSONNEL: '0451-82620025',
};

function fillNotice(template: string, random: ReturnType<typeof createRandom>, year: number): string {
  return template
    .replaceAll('{county}', random.pick(counties).name)
    .replaceAll('{prefecture}', random.pick(prefectures).name)
    .replaceAll('{year}', String(year))
    .replaceAll('{batch}', String(random.int(1, 8)))
    .replaceAll('{name}', personName(random));
}

/** The deterministic public notices of the demo, each open for 5 to 10 working days. */
export function generatePublicNotices(seed = 5): PublicNoticeSeed[] {
  const random = createRandom(seed);
  return Array.from({ length: 140 }, () => {
    let day = historyDay(random);
    while (!isWorkingDay(day)) day = addDays(day, 1);
    const template = random.pick(NOTICES);
    const year = Number(day.slice(0, 4));
    return {
      id: random.uuid(),
      kind: template.kind,
      title: fillNotice(template.title, random, year),
      body: `${fillNotice(template.body, random, year)}公示期内，如有异议，请以书面形式实名反映。`,
      department: template.department,
      publishedAt: officeInstant(random, day),
      periodStart: toDateValue(day),
      // The period counts its first day: ending 4 to 9 working days later makes 5 to 10.
      periodEnd: toDateValue(addWorkingDays(day, random.int(4, 9))),
      objectionContact: `电话 ${DEPARTMENT_PHONES[template.department]}，工作日 8:30—17:00`,
    };
  });
}

const DRAFTS: readonly { title: string; department: DisclosureDepartment }[] = [
  { title: '《{province}森林防火条例（修订草案征求意见稿）》', department: 'FIRE_PREVENTION' },
  { title: '《{province}野生动物保护条例（征求意见稿）》', department: 'WILDLIFE' },
  { title: '《{province}林木采伐管理办法（征求意见稿）》', department: 'FOREST_RESOURCES' },
  { title: '《{province}国有林场管理办法（征求意见稿）》', department: 'FOREST_RESOURCES' },
  { title: '《{province}林业有害生物防治条例（修订草案）》', department: 'PEST_CONTROL' },
  { title: '《{province}湿地保护条例（征求意见稿）》', department: 'WILDLIFE' },
  { title: '《{province}林长制工作规定（征求意见稿）》', department: 'POLICY_AND_LEGAL' },
  { title: '《{province}“十五五”林业草原保护发展规划（征求意见稿）》', department: 'PLANNING_AND_FINANCE' },
  { title: '《{province}林木种苗管理办法（征求意见稿）》', department: 'SEEDS_AND_SEEDLINGS' },
  { title: '《{province}古树名木保护办法（征求意见稿）》', department: 'AFFORESTATION' },
];

/** 2026-11-03 → 2026年11月3日. */
function chineseDate(day: LocalDate): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

const OPINIONS = [
  '建议第{n}条增加对集体林权利人合法权益保护的规定。',
  '第{n}条中“情节严重”的表述过于原则，建议明确具体标准。',
  '建议在第{n}条中明确县级林业主管部门的办理时限。',
  '建议增加对举报人的奖励和保护条款。',
  '第{n}条规定的罚款幅度偏低，不足以震慑违法行为，建议提高。',
  '建议简化小农户申请程序，允许网上提交全部材料。',
  '建议明确跨县运输的监管责任主体。',
  '支持出台该办法，建议尽快实施并配套实施细则。',
];

/**
 * The deterministic opinion solicitations of the demo, each open for 30 to 45 days, with the
 * opinions submitted while they were open. The latest are still open on the reference date.
 */
export function generateSolicitations(seed = 30): { solicitations: SolicitationSeed[]; opinions: OpinionSeed[] } {
  const random = createRandom(seed);
  const solicitations: SolicitationSeed[] = [];
  const opinions: OpinionSeed[] = [];
  const opensFrom: LocalDate = '2025-01-06';
  for (let index = 0; index < 22; index += 1) {
    // Spread over the history, the last opening a few days before the reference date.
    let opensOn = addDays(opensFrom, Math.round((index * daysBetween(opensFrom, addDays(SEED_REFERENCE_DATE, -12))) / 21));
    while (!isWorkingDay(opensOn)) opensOn = addDays(opensOn, 1);
    const closesOn = addDays(opensOn, random.int(29, 44));
    const draft = DRAFTS[index % DRAFTS.length]!;
    const title = `${draft.title.replace('{province}', random.pick(['黑龙江省', '吉林省']))}公开征求意见`;
    const solicitation: SolicitationSeed = {
      id: random.uuid(),
      title,
      summary: `为提高立法（决策）质量，现将${title.replace('公开征求意见', '')}全文公布，公开征求社会各界意见。请于${chineseDate(closesOn)}前通过本栏目提交意见。`,
      department: draft.department,
      publishedAt: officeInstant(random, opensOn),
      opensOn: toDateValue(opensOn),
      closesOn: toDateValue(closesOn),
    };
    solicitations.push(solicitation);
    const lastDay = closesOn < SEED_REFERENCE_DATE ? closesOn : addDays(SEED_REFERENCE_DATE, -1);
    for (let count = random.int(10, 50); count > 0; count -= 1) {
      const submittedAt = onlineInstant(random, addDays(opensOn, random.int(0, daysBetween(opensOn, lastDay))));
      opinions.push({
        id: random.uuid(),
        solicitationId: solicitation.id,
        authorName: random.next() < 0.6 ? personName(random) : null,
        content: random.pick(OPINIONS).replace('{n}', String(random.int(3, 40))),
        submittedAt,
      });
    }
  }
  return { solicitations, opinions };
}
