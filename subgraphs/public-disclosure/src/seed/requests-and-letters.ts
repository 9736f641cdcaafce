import { createRandom, type Random } from '@forestry/subgraph-runtime';
import { divisions } from '@forestry/forest-resources/reference-data';
import { disclosureDueDate } from '../domain/disclosure-request-rules.js';
import { addWorkingDays, chinaDateOf, chinaInstant, toDateValue } from '@forestry/subgraph-runtime/calendar';
import { mailboxDueDate, publicationProblem, replyWorkingDays } from '../domain/mailbox-rules.js';
import { formatNumber, type NumberKind } from '../domain/numbering.js';
import type {
  DisclosureDeliveryMethod,
  DisclosureDepartment,
  DisclosureReplyType,
  DisclosureRequesterKind,
  MailboxLetterCategory,
} from '../generated/prisma/enums.js';
import { creditCode, mobileNumber, officerOf, personName, residentIdNumber } from './people.js';
import { historyDay, officeStepAfter, onlineInstant, SEED_CUTOFF } from './timeline.js';

export interface DisclosureRequestSeed {
  id: string;
  requestNumber: string;
  requesterKind: DisclosureRequesterKind;
  requesterName: string;
  requesterIdNumber: string;
  contactPhone: string;
  contactEmail: string | null;
  description: string;
  deliveryMethod: DisclosureDeliveryMethod;
  status: 'PENDING' | 'REPLIED';
  receivedAt: Date;
  originalDueDate: Date;
  dueDate: Date;
  extendedAt: Date | null;
  extensionWorkingDays: number | null;
  extensionReason: string | null;
  repliedAt: Date | null;
  replyType: DisclosureReplyType | null;
  replyBody: string | null;
  replyReason: string | null;
  officer: string | null;
}

export interface MailboxLetterSeed {
  id: string;
  letterNumber: string;
  category: MailboxLetterCategory;
  subject: string;
  body: string;
  writerName: string;
  writerPhone: string;
  writerEmail: string | null;
  publicationConsent: boolean;
  status: 'PENDING' | 'REPLIED';
  submittedAt: Date;
  dueDate: Date;
  replyBody: string | null;
  replyDepartment: DisclosureDepartment | null;
  officer: string | null;
  repliedAt: Date | null;
  replyWorkingDays: number | null;
  published: boolean;
}

const counties = divisions.filter((division) => division.level === 'COUNTY');
const prefectures = divisions.filter((division) => division.level === 'PREFECTURE');
/** Recent cases that nobody answered: what the due-soon and overdue lists are for. */
const NEGLECT_FROM = chinaInstant('2026-08-01');

function fill(template: string, random: Random): string {
  const county = random.pick(counties).name;
  return template
    .replaceAll('{county}', county)
    .replaceAll('{prefecture}', random.pick(prefectures).name)
    .replaceAll('{year}', String(random.int(2022, 2025)));
}

/** Numbers follow the order of receipt within each year. */
function numbered<T extends { at: Date }>(rows: T[], kind: NumberKind): (T & { number: string })[] {
  const sequences = new Map<number, number>();
  return [...rows]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((row) => {
      const year = Number(chinaDateOf(row.at).slice(0, 4));
      const sequence = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, sequence);
      return { ...row, number: formatNumber(kind, year, sequence) };
    });
}

const REQUEST_DESCRIPTIONS = [
  '申请公开{county}{year}年度林木采伐限额分配及执行情况',
  '申请公开{county}集体林地被征占用的使用林地审核同意书及补偿标准',
  '申请公开{prefecture}{year}年森林生态效益补偿资金发放明细',
  '申请公开{county}退耕还林补助资金兑现花名册',
  '申请公开本人承包林地所在小班的森林资源调查数据',
  '申请公开{year}年度全省野生动物人工繁育许可证发放名单',
  '申请公开{county}{year}年松材线虫病疫情监测报告',
  '申请公开{county}某木业公司林木采伐许可证及采伐作业设计',
  '申请公开{county}国有林场改革实施方案及职工安置情况',
  '申请公开{prefecture}天然林管护人员名单及补助标准',
  '申请公开森林植被恢复费收取标准及{year}年收支情况',
  '申请公开{county}风电项目使用林地审核的全部审批材料',
];

const REPLY_TYPES: readonly (readonly [DisclosureReplyType, number])[] = [
  ['DISCLOSED', 40], ['ALREADY_PUBLISHED', 15], ['PARTIALLY_DISCLOSED', 10], ['NOT_DISCLOSED', 6],
  ['NOT_EXIST', 14], ['NOT_THIS_AUTHORITY', 12], ['REPEATED_REQUEST', 3],
];

const REPLY_BODIES: Record<DisclosureReplyType, string> = {
  ALREADY_PUBLISHED: '您申请的信息已在本厅门户网站“政务公开”栏目主动公开，可通过该栏目查阅。',
  DISCLOSED: '经检索，现将您申请公开的信息提供给您，详见附件。',
  PARTIALLY_DISCLOSED: '经检索，现将可以公开的部分提供给您，其余部分不予公开。',
  NOT_DISCLOSED: '经审查，您申请的信息不予公开。',
  NOT_EXIST: '经检索，本机关未制作或获取您申请公开的信息，该政府信息不存在。',
  NOT_THIS_AUTHORITY: '您申请公开的信息不属于本机关负责公开的范围。',
  REPEATED_REQUEST: '本机关已就您提出的相同申请作出答复，不予重复处理。',
};

const REPLY_REASONS: Partial<Record<DisclosureReplyType, readonly string[]>> = {
  PARTIALLY_DISCLOSED: ['部分内容涉及个人隐私，已作区分处理（政府信息公开条例第三十七条）'],
  NOT_DISCLOSED: ['该信息涉及商业秘密，第三方不同意公开（政府信息公开条例第十五条）', '该信息属于内部事务信息（政府信息公开条例第十六条）'],
  NOT_THIS_AUTHORITY: ['该信息由{county}林业和草原局制作并保存，请向该机关提出申请', '该信息由{prefecture}人民政府负责公开，请向其提出申请'],
};

const EXTENSION_REASONS = [
  '申请公开的信息涉及第三方权益，需书面征求第三方意见',
  '申请内容涉及多个处室和年度，需检索、汇总大量档案资料',
  '申请公开的信息需与其他行政机关确认',
];

const DELIVERY: readonly (readonly [DisclosureDeliveryMethod, number])[] = [['EMAIL', 35], ['PAPER', 30], ['ONLINE', 25], ['ON_SITE', 10]];

function requester(random: Random) {
  const county = random.pick(counties).code;
  const kind = random.weighted<DisclosureRequesterKind>([['CITIZEN', 75], ['LEGAL_PERSON', 20], ['OTHER_ORGANISATION', 5]]);
  const name = personName(random);
  if (kind === 'CITIZEN') return { requesterKind: kind, requesterName: name, requesterIdNumber: residentIdNumber(random, county) };
  return {
    requesterKind: kind,
    requesterName:
      kind === 'LEGAL_PERSON'
        ? `${random.pick(['兴林', '宏达', '北方', '松江'])}${random.pick(['木业有限公司', '律师事务所', '生态科技有限公司'])}`
        : `${random.pick(['松花江', '长白山', '小兴安岭'])}生态保护志愿者协会`,
    requesterIdNumber: creditCode(random, county, kind === 'LEGAL_PERSON' ? 'ENTERPRISE' : 'SOCIAL_ORGANISATION'),
  };
}

/**
 * The deterministic disclosure requests of the demo: most answered within 20 working days, some
 * extended once, a few late, and the recent ones still pending.
 */
export function generateDisclosureRequests(seed = 33): DisclosureRequestSeed[] {
  const random = createRandom(seed);
  const rows = Array.from({ length: 300 }, () => {
    const receivedAt = onlineInstant(random, historyDay(random));
    const deliveryMethod = random.weighted(DELIVERY);
    const originalDueDate = disclosureDueDate(receivedAt);
    const request: Omit<DisclosureRequestSeed, 'requestNumber'> & { at: Date } = {
      id: random.uuid(),
      at: receivedAt,
      ...requester(random),
      contactPhone: mobileNumber(random),
      contactEmail:
        deliveryMethod === 'EMAIL' || random.next() < 0.3
          ? `user${random.int(1000, 99999)}@${random.pick(['163.com', 'qq.com', '126.com'])}`
          : null,
      description: fill(random.pick(REQUEST_DESCRIPTIONS), random),
      deliveryMethod,
      status: 'PENDING',
      receivedAt,
      originalDueDate: toDateValue(originalDueDate),
      dueDate: toDateValue(originalDueDate),
      extendedAt: null,
      extensionWorkingDays: null,
      extensionReason: null,
      repliedAt: null,
      replyType: null,
      replyBody: null,
      replyReason: null,
      officer: null,
    };
    if (receivedAt >= NEGLECT_FROM && random.next() < 0.06) return request;
    let replyAfter = random.next() < 0.93 ? random.int(4, 20) : random.int(21, 28);
    if (random.next() < 0.1) {
      const extendedAt = officeStepAfter(random, receivedAt, random.int(10, 19));
      if (extendedAt >= SEED_CUTOFF) return request;
      const workingDays = random.pick([10, 15, 20]);
      Object.assign(request, {
        extendedAt,
        extensionWorkingDays: workingDays,
        extensionReason: random.pick(EXTENSION_REASONS),
        officer: officerOf(random, 'OFFICE'),
        dueDate: toDateValue(addWorkingDays(originalDueDate, workingDays)),
      });
      replyAfter = random.int(20, 20 + workingDays + (random.next() < 0.1 ? 4 : 0));
    }
    // Counted from receipt: an extension (10 to 19 working days in) always comes before the reply.
    const repliedAt = officeStepAfter(random, receivedAt, replyAfter);
    if (repliedAt >= SEED_CUTOFF) return request;
    const replyType = random.weighted(REPLY_TYPES);
    const reasons = REPLY_REASONS[replyType];
    Object.assign(request, {
      status: 'REPLIED',
      repliedAt,
      replyType,
      replyBody: REPLY_BODIES[replyType],
      replyReason: reasons ? fill(random.pick(reasons), random) : null,
      officer: officerOf(random, 'OFFICE'),
    });
    return request;
  });
  return numbered(rows, 'disclosureRequest').map(({ at: _at, number, ...request }) => ({ ...request, requestNumber: number }));
}

interface LetterTemplate {
  subject: string;
  department: DisclosureDepartment;
}

const LETTERS: Record<MailboxLetterCategory, readonly LetterTemplate[]> = {
  CONSULTATION: [
    { subject: '咨询林木采伐许可证办理流程', department: 'FOREST_RESOURCES' },
    { subject: '咨询承包林地采伐后更新造林要求', department: 'AFFORESTATION' },
    { subject: '咨询人工繁育梅花鹿需要办理哪些手续', department: 'WILDLIFE' },
    { subject: '咨询木材运输证的办理地点和时限', department: 'FOREST_RESOURCES' },
    { subject: '咨询森林防火期内能否上坟烧纸', department: 'FIRE_PREVENTION' },
    { subject: '咨询退耕还林补助何时发放', department: 'PLANNING_AND_FINANCE' },
    { subject: '咨询林下经济扶持政策', department: 'PLANNING_AND_FINANCE' },
    { subject: '咨询苗木调运检疫需要哪些材料', department: 'PEST_CONTROL' },
  ],
  SUGGESTION: [
    { subject: '建议在林区增设防火宣传标牌', department: 'FIRE_PREVENTION' },
    { subject: '建议简化林木采伐审批手续', department: 'FOREST_RESOURCES' },
    { subject: '关于加强城郊野生鸟类保护的建议', department: 'WILDLIFE' },
    { subject: '建议公开森林生态效益补偿资金发放情况', department: 'PLANNING_AND_FINANCE' },
    { subject: '建议办事大厅增加网上预约服务', department: 'OFFICE' },
  ],
  COMPLAINT: [
    { subject: '反映{county}林木采伐许可证久拖不办', department: 'FOREST_RESOURCES' },
    { subject: '反映{county}林场拖欠护林员工资', department: 'PERSONNEL' },
    { subject: '反映{county}林业站工作人员服务态度差', department: 'OFFICE' },
    { subject: '反映{county}退耕还林补助未足额发放', department: 'PLANNING_AND_FINANCE' },
  ],
  REPORT: [
    { subject: '举报{county}有人非法采伐林木', department: 'FOREST_RESOURCES' },
    { subject: '举报{county}非法收购野生动物', department: 'WILDLIFE' },
    { subject: '举报{county}非法占用林地建房', department: 'FOREST_RESOURCES' },
    { subject: '举报{county}无证运输木材', department: 'FOREST_RESOURCES' },
  ],
  PRAISE: [
    { subject: '感谢{county}林业和草原局帮助办理采伐手续', department: 'FOREST_RESOURCES' },
    { subject: '表扬{county}森林消防队员及时扑灭山火', department: 'FIRE_PREVENTION' },
    { subject: '感谢野生动物救护站救助受伤的东方白鹳', department: 'WILDLIFE' },
  ],
};

const LETTER_CATEGORIES: readonly (readonly [MailboxLetterCategory, number])[] = [
  ['CONSULTATION', 40],
  ['SUGGESTION', 20],
  ['COMPLAINT', 20],
  ['REPORT', 10],
  ['PRAISE', 10],
];

const LETTER_OPENINGS: Record<MailboxLetterCategory, string> = {
  CONSULTATION: '尊敬的领导：您好！我想咨询一个问题：',
  SUGGESTION: '尊敬的领导：您好！我有一条建议：',
  COMPLAINT: '尊敬的领导：我要反映一个问题：',
  REPORT: '尊敬的领导：我实名举报以下情况：',
  PRAISE: '尊敬的领导：我写信是想表达感谢：',
};

const REPLY_OPENINGS: Record<MailboxLetterCategory, string> = {
  CONSULTATION: '您好！您咨询的问题答复如下：',
  SUGGESTION: '您好！感谢您对林业工作的关心和支持，您的建议我们已认真研究：',
  COMPLAINT: '您好！您反映的问题我厅高度重视，经调查核实：',
  REPORT: '您好！您举报的线索已转交属地林业主管部门调查处理，经查：',
  PRAISE: '您好！感谢您的肯定，我们已将您的来信转达相关单位和人员。',
};

const REPLY_DETAILS: Record<MailboxLetterCategory, readonly string[]> = {
  CONSULTATION: ['相关办事指南已在本厅门户网站“办事服务”栏目公开，可在网上提交申请并查询办理进度。', '请携带身份证明和相关材料到所在地县级林业主管部门办理，法定时限内办结。'],
  SUGGESTION: ['您的建议对完善相关工作具有参考价值，我们将在下一步工作中统筹考虑。', '相关处室已将您的建议纳入年度工作改进措施。'],
  COMPLAINT: ['所反映问题基本属实，已责成相关单位限期整改，并将整改结果向您反馈。', '经核实，相关事项已按规定办理完毕，具体情况已电话告知您本人。'],
  REPORT: ['违法行为属实，已依法立案查处。', '经现场核查，未发现所举报的违法行为，我们将继续加强巡查。'],
  PRAISE: ['我们将继续改进工作作风，更好地服务群众。'],
};

/**
 * The deterministic leader-mailbox letters of the demo: most answered within the commitment,
 * published with their reply when the writer agreed, the recent ones pending.
 */
export function generateMailboxLetters(seed = 15): MailboxLetterSeed[] {
  const random = createRandom(seed);
  const rows = Array.from({ length: 900 }, () => {
    const submittedAt = onlineInstant(random, historyDay(random));
    const category = random.weighted(LETTER_CATEGORIES);
    const template = random.pick(LETTERS[category]);
    const subject = fill(template.subject, random);
    const letter: Omit<MailboxLetterSeed, 'letterNumber'> & { at: Date } = {
      id: random.uuid(),
      at: submittedAt,
      category,
      subject,
      body: `${LETTER_OPENINGS[category]}${subject}。希望相关部门予以关注并答复。`,
      writerName: personName(random),
      writerPhone: mobileNumber(random),
      writerEmail: random.next() < 0.4 ? `mail${random.int(1000, 99999)}@${random.pick(['163.com', 'qq.com', 'sina.com'])}` : null,
      publicationConsent: random.next() < 0.6,
      status: 'PENDING',
      submittedAt,
      dueDate: toDateValue(mailboxDueDate(submittedAt)),
      replyBody: null,
      replyDepartment: null,
      officer: null,
      repliedAt: null,
      replyWorkingDays: null,
      published: false,
    };
    if (submittedAt >= NEGLECT_FROM && random.next() < 0.05) return letter;
    const repliedAt = officeStepAfter(random, submittedAt, random.next() < 0.88 ? random.int(2, 15) : random.int(16, 25));
    if (repliedAt >= SEED_CUTOFF) return letter;
    Object.assign(letter, {
      status: 'REPLIED',
      replyBody: `${REPLY_OPENINGS[category]}${random.pick(REPLY_DETAILS[category])}`,
      replyDepartment: template.department,
      officer: officerOf(random, template.department),
      repliedAt,
      replyWorkingDays: replyWorkingDays(submittedAt, repliedAt),
      published: publicationProblem(letter) === null && random.next() < 0.85,
    });
    return letter;
  });
  return numbered(rows, 'mailboxLetter').map(({ at: _at, number, ...letter }) => ({ ...letter, letterNumber: number }));
}
