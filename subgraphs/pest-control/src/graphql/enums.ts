import { builder, labelledEnum } from '../builder.js';
import type { CertificateValidity } from '../domain/certificate-validity.js';
import { CONTROLLED_EFFICACY, EFFECTIVE_EFFICACY } from '../domain/treatment-rules.js';
import type {
  PestKind,
  PestOccurrenceStatus,
  PestQuarantineCategory,
  PestSeverity,
  PestTreatmentMethod,
  PestTreatmentResult,
  QuarantineConsignmentKind,
  QuarantineInspectionResult,
} from '../generated/prisma/enums.js';

export const PestKindEnum = labelledEnum<PestKind>('PestKind', '林业有害生物类别', {
  INSECT: '虫害',
  DISEASE: '病害',
  RODENT: '鼠害',
  INVASIVE_PLANT: '有害植物',
});

export const PestQuarantineCategoryEnum = labelledEnum<PestQuarantineCategory>('PestQuarantineCategory', '检疫类别', {
  NATIONAL: '全国林业检疫性有害生物',
  PROVINCIAL: '省补充林业检疫性有害生物',
  NONE: '非检疫性有害生物',
});

export const PestSeverityEnum = labelledEnum<PestSeverity>('PestSeverity', '发生程度（LY/T 1681）', {
  LIGHT: '轻度',
  MODERATE: '中度',
  SEVERE: '重度',
});

export const PestOccurrenceStatusEnum = labelledEnum<PestOccurrenceStatus>('PestOccurrenceStatus', '发生状态', {
  ACTIVE: '发生中，尚未防治',
  UNDER_TREATMENT: '防治中',
  CONTROLLED: '已控制',
});

export const PestTreatmentMethodEnum = labelledEnum<PestTreatmentMethod>('PestTreatmentMethod', '防治方式', {
  CHEMICAL: '化学防治',
  BIOLOGICAL: '生物防治',
  PHYSICAL: '物理防治（含人工防治）',
  SILVICULTURAL: '营林措施（如清理病死木）',
});

export const PestTreatmentResultEnum = labelledEnum<PestTreatmentResult>('PestTreatmentResult', '防治效果', {
  INEFFECTIVE: `效果差: efficacy below ${EFFECTIVE_EFFICACY}%`,
  EFFECTIVE: `有效: efficacy from ${EFFECTIVE_EFFICACY}% to below ${CONTROLLED_EFFICACY}%`,
  CONTROLLED: `已控制: efficacy of ${CONTROLLED_EFFICACY}% or more; closes the occurrences treated`,
});

export const QuarantineConsignmentKindEnum = labelledEnum<QuarantineConsignmentKind>('QuarantineConsignmentKind', '调运检疫物品类别', {
  TIMBER: '木材（m³）',
  SEEDLINGS: '苗木（株）',
  WOOD_PACKAGING: '木质包装材料（件）',
});

export const QuarantineInspectionResultEnum = labelledEnum<QuarantineInspectionResult>('QuarantineInspectionResult', '检疫结果', {
  PASSED: '合格',
  FAILED: '不合格',
});

export const QuarantineCertificateValidityEnum = labelledEnum<CertificateValidity | 'UNKNOWN'>(
  'QuarantineCertificateValidity',
  '植物检疫证书状态',
  {
    VALID: '有效',
    NOT_YET_VALID: '尚未生效',
    EXPIRED: '已过期',
    REVOKED: '已撤销',
    UNKNOWN: '查无此证',
  },
);
