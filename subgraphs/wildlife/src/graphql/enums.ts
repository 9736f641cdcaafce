import { builder, labelledEnum } from '../builder.js';
import type { EffectivePermitStatus } from '../domain/permit-rules.js';
import type { WildlifeKingdom } from '../domain/species.js';
import type {
  IucnRedListCategory,
  NatureReserveCategory,
  NatureReserveLevel,
  WildlifeApprovalAuthority,
  WildlifeGroup,
  WildlifeObservationMethod,
  WildlifePermitKind,
  WildlifeProtectionClass,
  WildlifeVerificationStatus,
} from '../generated/prisma/enums.js';

export const WildlifeKingdomEnum = labelledEnum<WildlifeKingdom>('WildlifeKingdom', '界: animal or plant', {
  ANIMAL: '动物',
  PLANT: '植物',
});

export const WildlifeGroupEnum = labelledEnum<WildlifeGroup>('WildlifeGroup', '类群: taxonomic group', {
  MAMMAL: '兽类（哺乳纲）',
  BIRD: '鸟类（鸟纲）',
  REPTILE: '爬行类（爬行纲）',
  AMPHIBIAN: '两栖类（两栖纲）',
  FISH: '鱼类',
  INSECT: '昆虫类（昆虫纲）',
  FERN: '蕨类植物',
  GYMNOSPERM: '裸子植物',
  ANGIOSPERM: '被子植物',
});

export const WildlifeProtectionClassEnum = labelledEnum<WildlifeProtectionClass>(
  'WildlifeProtectionClass',
  '保护级别: class in the 2021 national lists of key protected wild animals and plants, or a provincial list',
  {
    NATIONAL_CLASS_I: '国家一级重点保护',
    NATIONAL_CLASS_II: '国家二级重点保护',
    PROVINCIAL: '省级重点保护',
    NONE: '非重点保护',
  },
);

export const IucnRedListCategoryEnum = labelledEnum<IucnRedListCategory>('IucnRedListCategory', 'IUCN 红色名录等级: IUCN Red List category', {
  EX: '灭绝 Extinct',
  EW: '野外灭绝 Extinct in the Wild',
  CR: '极危 Critically Endangered',
  EN: '濒危 Endangered',
  VU: '易危 Vulnerable',
  NT: '近危 Near Threatened',
  LC: '无危 Least Concern',
  DD: '数据缺乏 Data Deficient',
  NE: '未评估 Not Evaluated',
});

export const NatureReserveLevelEnum = labelledEnum<NatureReserveLevel>('NatureReserveLevel', '自然保护区级别', {
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
});

export const NatureReserveCategoryEnum = labelledEnum<NatureReserveCategory>('NatureReserveCategory', '自然保护区类型', {
  FOREST_ECOSYSTEM: '森林生态系统类型',
  WETLAND_ECOSYSTEM: '内陆湿地和水域生态系统类型',
  WILD_ANIMAL: '野生动物类型',
  WILD_PLANT: '野生植物类型',
  GEOLOGICAL_HERITAGE: '地质遗迹类型',
});

export const WildlifeObservationMethodEnum = labelledEnum<WildlifeObservationMethod>('WildlifeObservationMethod', '监测方法', {
  INFRARED_CAMERA: '红外相机',
  TRANSECT: '样线调查',
  SIGHTING: '目击',
  TRACKS_AND_SIGNS: '足迹与痕迹',
  ACOUSTIC: '声音监测',
});

export const WildlifeVerificationStatusEnum = labelledEnum<WildlifeVerificationStatus>('WildlifeVerificationStatus', '核实状态', {
  UNVERIFIED: '待核实',
  VERIFIED: '已核实',
  REJECTED: '已否决',
});

export const WildlifePermitKindEnum = labelledEnum<WildlifePermitKind>('WildlifePermitKind', '野生动植物行政许可类别', {
  UTILISATION: '利用（出售、购买、利用）',
  TRANSPORT: '运输',
  DOMESTICATION_BREEDING: '驯养繁殖（人工繁育）',
});

export const WildlifePermitStatusEnum = labelledEnum<EffectivePermitStatus>(
  'WildlifePermitStatus',
  '许可状态. EXPIRED is derived: an approved, issued or suspended permit whose validity has ended.',
  {
    APPLIED: '已申请，待审批',
    APPROVED: '准予许可，待发证',
    REJECTED: '不予许可',
    ISSUED: '已发证，有效',
    SUSPENDED: '暂停',
    EXPIRED: '已过期',
    REVOKED: '已撤销',
  },
);

export const WildlifeApprovalAuthorityEnum = labelledEnum<WildlifeApprovalAuthority>('WildlifeApprovalAuthority', '审批机关', {
  NATIONAL_FORESTRY_AND_GRASSLAND_ADMINISTRATION: '国家林业和草原局',
  PROVINCIAL_FORESTRY_DEPARTMENT: '省林业和草原局',
});

export const WildlifePermitDecisionEnum = labelledEnum<'APPROVE' | 'REJECT'>('WildlifePermitDecision', '审批决定', {
  APPROVE: '准予许可',
  REJECT: '不予许可',
});
