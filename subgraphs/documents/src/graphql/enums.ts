import { builder, labelledEnum } from '../builder.js';
import type {
  ArchiveRetentionPeriod,
  OfficeDocumentClassification,
  OfficeDocumentDecision,
  OfficeDocumentDirection,
  OfficeDocumentStep,
  OfficeDocumentUrgency,
  OfficeMeetingKind,
  OfficeUnitKind,
  SupervisionLevel,
} from '../generated/prisma/enums.js';

export const OfficeUnitKindEnum = labelledEnum<OfficeUnitKind>('OfficeUnitKind', '单位类型', {
  DEPARTMENT: '厅机关处室',
  AFFILIATED_UNIT: '直属单位',
});

export const OfficeDocumentDirectionEnum = labelledEnum<OfficeDocumentDirection>('OfficeDocumentDirection', '收发文类型', {
  INCOMING: '收文',
  OUTGOING: '发文',
});

export const OfficeDocumentClassificationEnum = labelledEnum<OfficeDocumentClassification>(
  'OfficeDocumentClassification',
  '密级: 绝密 documents are never held online. SECRET and CONFIDENTIAL documents are only shown to callers with clearance.',
  {
    PUBLIC: '公开',
    INTERNAL: '内部',
    SECRET: '秘密',
    CONFIDENTIAL: '机密',
  },
);

export const OfficeDocumentUrgencyEnum = labelledEnum<OfficeDocumentUrgency>('OfficeDocumentUrgency', '紧急程度', {
  EXTRA_URGENT: '特急',
  URGENT: '加急',
  ROUTINE: '平件',
});

export const OfficeDocumentStepEnum = labelledEnum<OfficeDocumentStep>(
  'OfficeDocumentStep',
  '办理环节: outgoing documents go DRAFT → REVIEW → COUNTERSIGN → SIGN_OFF → ISSUE, incoming ones REGISTER → PROPOSE → ASSIGN → HANDLE → CLOSE.',
  {
    DRAFT: '拟稿',
    REVIEW: '核稿',
    COUNTERSIGN: '会签',
    SIGN_OFF: '签发',
    ISSUE: '印发',
    REGISTER: '登记',
    PROPOSE: '拟办',
    ASSIGN: '批办',
    HANDLE: '承办',
    CLOSE: '办结',
  },
);

export const OfficeDocumentDecisionEnum = labelledEnum<OfficeDocumentDecision>('OfficeDocumentDecision', '办理意见', {
  COMPLETED: '同意/办理完毕',
  REJECTED: '退回',
});

export const OfficeDocumentStatusEnum = labelledEnum<'IN_PROGRESS' | 'COMPLETED'>('OfficeDocumentStatus', '办理状态', {
  IN_PROGRESS: '在办',
  COMPLETED: '已办结/已印发',
});

export const OfficeMeetingKindEnum = labelledEnum<OfficeMeetingKind>('OfficeMeetingKind', '会议类型', {
  PARTY_GROUP: '党组会议',
  DIRECTOR_GENERAL_OFFICE: '厅长办公会议',
  THEMATIC: '专题会议',
  VIDEO_CONFERENCE: '视频会议',
});

export const SupervisionLevelEnum = labelledEnum<SupervisionLevel>(
  'SupervisionLevel',
  '督办级别: the four supervision levels, in escalation order.',
  {
    CLERK: '文书督办',
    PARTY_SECRETARY: '党组秘书督办',
    OFFICE_DIRECTOR: '办公室主任督办',
    DEPUTY_DIRECTOR_GENERAL: '分管厅长督办',
  },
);

export const SupervisionTaskStatusEnum = labelledEnum<'OPEN' | 'COMPLETED'>('SupervisionTaskStatus', '办理状态', {
  OPEN: '在办',
  COMPLETED: '已办结',
});

export const ArchiveRetentionPeriodEnum = labelledEnum<ArchiveRetentionPeriod>('ArchiveRetentionPeriod', '保管期限', {
  PERMANENT: '永久',
  THIRTY_YEARS: '定期30年',
  TEN_YEARS: '定期10年',
  LONG_TERM: '长期 (16–50 years, earlier files)',
  SHORT_TERM: '短期 (up to 15 years, earlier files)',
});
