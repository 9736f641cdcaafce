import { builder, labelledEnum } from '../builder.js';
import type {
  DisclosureDeliveryMethod,
  DisclosureDepartment,
  DisclosureReplyType,
  DisclosureRequesterKind,
  DisclosureRequestStatus,
  LicenceApplicantKind,
  LicenceApplicationStatus,
  LicenceDecision,
  LicenceFeedbackChannel,
  LicenceSupplementStage,
  LicensingItemKind,
  LicensingSubject,
  LicensingTopic,
  MailboxLetterCategory,
  MailboxLetterStatus,
  PublicNoticeKind,
} from '../generated/prisma/enums.js';
import type { PeriodPhase } from '../domain/publication-rules.js';

export const DisclosureDepartmentEnum = labelledEnum<DisclosureDepartment>(
  'DisclosureDepartment',
  '厅机关处室: the department that publishes, handles or replies',
  {
    OFFICE: '办公室',
    POLICY_AND_LEGAL: '政策法规处',
    FOREST_RESOURCES: '森林资源管理处（林政）',
    AFFORESTATION: '造林绿化处',
    WILDLIFE: '野生动植物保护处',
    PEST_CONTROL: '森林病虫害防治检疫站',
    FIRE_PREVENTION: '森林防火办公室',
    PLANNING_AND_FINANCE: '计划财务处',
    SEEDS_AND_SEEDLINGS: '林木种苗站',
    SCIENCE_AND_TECHNOLOGY: '科技处',
    PERSONNEL: '人事处',
  },
);

export const LicensingItemKindEnum = labelledEnum<LicensingItemKind>('LicensingItemKind', '事项类别', {
  ADMINISTRATIVE_LICENCE: '行政许可',
  ADMINISTRATIVE_APPROVAL: '面向社会的审批、审核',
});

export const LicensingTopicEnum = labelledEnum<LicensingTopic>('LicensingTopic', '事项所属业务', {
  TIMBER_HARVEST: '林木采伐',
  TIMBER_TRANSPORT: '木材运输',
  FOREST_LAND: '林地使用',
  SEEDS_AND_SEEDLINGS: '林木种苗',
  WILDLIFE: '野生动植物',
  PLANT_QUARANTINE: '森林植物检疫',
  FIRE_PREVENTION: '森林防火',
  NATURE_RESERVES: '自然保护区',
  FOREST_MANAGEMENT: '森林经营',
});

export const LicensingSubjectEnum = labelledEnum<LicensingSubject>('LicensingSubject', '申请须指明的对象: what an application must name', {
  NONE: '无',
  SUB_COMPARTMENT: '小班 (subCompartmentId)',
  SPECIES: '物种 (speciesCode)',
  COUNTY: '县级行政区 (divisionCode)',
});

export const LicenceApplicationStatusEnum = labelledEnum<LicenceApplicationStatus>('LicenceApplicationStatus', '办件状态', {
  SUBMITTED: '已提交，待受理',
  ACCEPTED: '已受理',
  REJECTED_AT_INTAKE: '不予受理',
  UNDER_REVIEW: '审查中',
  SUPPLEMENT_REQUESTED: '待补正',
  APPROVED: '准予许可，待反馈',
  DENIED: '不予许可，待反馈',
  COMPLETED: '已办结，结果已反馈',
});

export const LicenceDecisionEnum = labelledEnum<LicenceDecision>('LicenceDecision', '审批决定', {
  APPROVED: '准予许可',
  DENIED: '不予许可',
});

export const LicenceApplicantKindEnum = labelledEnum<LicenceApplicantKind>('LicenceApplicantKind', '申请人类型', {
  PERSON: '自然人',
  ORGANISATION: '法人或其他组织',
});

export const LicenceSupplementStageEnum = labelledEnum<LicenceSupplementStage>('LicenceSupplementStage', '补正阶段', {
  INTAKE: '受理前补正（不计时）',
  REVIEW: '审查中补正（暂停计时）',
});

export const LicenceFeedbackChannelEnum = labelledEnum<LicenceFeedbackChannel>('LicenceFeedbackChannel', '结果反馈方式', {
  ONLINE: '网上反馈',
  SMS: '短信',
  POST: '邮寄',
  IN_PERSON: '窗口领取',
});

export const DisclosureRequesterKindEnum = labelledEnum<DisclosureRequesterKind>('DisclosureRequesterKind', '申请人类型', {
  CITIZEN: '公民',
  LEGAL_PERSON: '法人',
  OTHER_ORGANISATION: '其他组织',
});

export const DisclosureDeliveryMethodEnum = labelledEnum<DisclosureDeliveryMethod>('DisclosureDeliveryMethod', '获取信息的方式', {
  PAPER: '纸质',
  EMAIL: '电子邮件',
  ONLINE: '网上获取',
  ON_SITE: '当场查阅',
});

export const DisclosureRequestStatusEnum = labelledEnum<DisclosureRequestStatus>('DisclosureRequestStatus', '办理状态', {
  PENDING: '办理中',
  REPLIED: '已答复',
});

export const DisclosureReplyTypeEnum = labelledEnum<DisclosureReplyType>('DisclosureReplyType', '答复类型（政府信息公开条例第三十六条）', {
  ALREADY_PUBLISHED: '已主动公开，告知获取途径',
  DISCLOSED: '予以公开',
  PARTIALLY_DISCLOSED: '部分公开',
  NOT_DISCLOSED: '不予公开',
  NOT_EXIST: '信息不存在',
  NOT_THIS_AUTHORITY: '非本机关负责公开',
  REPEATED_REQUEST: '重复申请，不予重复处理',
});

export const MailboxLetterCategoryEnum = labelledEnum<MailboxLetterCategory>('MailboxLetterCategory', '来信类别', {
  CONSULTATION: '咨询',
  SUGGESTION: '建议',
  COMPLAINT: '投诉',
  REPORT: '举报',
  PRAISE: '表扬',
});

export const MailboxLetterStatusEnum = labelledEnum<MailboxLetterStatus>('MailboxLetterStatus', '办理状态', {
  PENDING: '待回复',
  REPLIED: '已回复',
});

export const PublicNoticeKindEnum = labelledEnum<PublicNoticeKind>('PublicNoticeKind', '公示类别', {
  LICENSING_RESULT: '行政许可结果公示',
  PROJECT_FUNDING: '项目资金公示',
  PERSONNEL: '干部任前公示',
  AWARD: '评选表彰公示',
  PLANNING: '规划公示',
});

export const PeriodPhaseEnum = labelledEnum<PeriodPhase>('DisclosurePeriodPhase', '公示、征集期所处阶段', {
  UPCOMING: '未开始',
  OPEN: '进行中',
  CLOSED: '已结束',
});
