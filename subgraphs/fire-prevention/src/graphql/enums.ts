import { builder, labelledEnum } from '../builder.js';
import { FIRE_DANGER_LABELS } from '../domain/fire-danger.js';
import type { FireSeasonKind } from '../domain/fire-season.js';
import type { FireSeverity } from '../domain/severity.js';
import type {
  FireAlertKind,
  FireAlertLevel,
  FireDetection,
  FireDutyRole,
  FireIncidentCause,
  FireIncidentStatus,
  FireLookoutTowerStatus,
  FireResourceKind,
  FireResponseActionKind,
} from '../generated/prisma/enums.js';

export const FireDangerLevelEnum = builder.enumType('FireDangerLevel', {
  description: '森林火险等级: the five national fire-danger levels, from LOW (一级) to EXTREME (五级).',
  values: {
    LOW: { value: 1, description: FIRE_DANGER_LABELS[1] },
    MODERATELY_LOW: { value: 2, description: FIRE_DANGER_LABELS[2] },
    MODERATELY_HIGH: { value: 3, description: FIRE_DANGER_LABELS[3] },
    HIGH: { value: 4, description: FIRE_DANGER_LABELS[4] },
    EXTREME: { value: 5, description: FIRE_DANGER_LABELS[5] },
  } as const,
});

export const FireLookoutTowerStatusEnum = labelledEnum<FireLookoutTowerStatus>('FireLookoutTowerStatus', '瞭望塔状态', {
  IN_SERVICE: '在用',
  UNDER_MAINTENANCE: '维修中',
  DECOMMISSIONED: '停用',
});

export const FireResourceKindEnum = labelledEnum<FireResourceKind>('FireResourceKind', '扑火力量类型', {
  PROFESSIONAL_TEAM: '专业森林消防（扑火）队',
  SEMI_PROFESSIONAL_TEAM: '半专业森林消防（扑火）队',
  EQUIPMENT_CACHE: '森林防火物资储备库',
  AVIATION_STATION: '航空护林站',
});

export const FireIncidentStatusEnum = labelledEnum<FireIncidentStatus>('FireIncidentStatus', '火情处置状态', {
  REPORTED: '接报',
  VERIFIED: '已核实',
  RESPONDING: '扑救中',
  CONTAINED: '已控制',
  EXTINGUISHED: '已扑灭',
  FALSE_ALARM: '误报',
});

export const FireIncidentCauseEnum = labelledEnum<FireIncidentCause>('FireIncidentCause', '起火原因', {
  LIGHTNING: '雷击火',
  AGRICULTURAL_BURNING: '农事用火（烧荒、烧秸秆）',
  GRAVE_SWEEPING: '祭祀用火（上坟烧纸）',
  SMOKING: '吸烟',
  OUTDOOR_COOKING_OR_HEATING: '野外生活用火（做饭、取暖）',
  ARSON: '故意放火',
  POWER_LINE: '电力线路引发',
  CROSS_BORDER: '境外火入境',
  UNKNOWN: '原因不明',
});

export const FireDetectionEnum = labelledEnum<FireDetection>('FireDetection', '火情发现方式', {
  LOOKOUT_TOWER: '瞭望塔发现',
  PATROL: '地面巡护发现',
  PUBLIC_REPORT: '群众报警',
  SATELLITE: '卫星林火监测',
  AERIAL_PATROL: '航空巡护发现',
});

export const FireSeverityEnum = labelledEnum<FireSeverity>(
  'FireIncidentSeverity',
  '森林火灾等级 (森林防火条例 2008, art. 40), by damaged forest area',
  {
    GENERAL: '一般森林火灾: under 1 ha',
    LARGER: '较大森林火灾: 1 ha to under 100 ha',
    MAJOR: '重大森林火灾: 100 ha to under 1000 ha',
    EXTRAORDINARY: '特别重大森林火灾: 1000 ha or more',
  },
);

export const FireResponseActionKindEnum = labelledEnum<FireResponseActionKind>('FireResponseActionKind', '扑救行动类型', {
  DISPATCH_TEAM: '调派扑火队伍',
  DISPATCH_EQUIPMENT: '调拨扑火物资',
  AERIAL_SUPPORT: '航空灭火',
  FRONT_COMMAND: '设立前线指挥部',
});

export const FireDutyRoleEnum = labelledEnum<FireDutyRole>('FireDutyRole', '值班角色', {
  LEADER: '带班领导',
  STAFF: '值班员',
});

export const FireAlertKindEnum = labelledEnum<FireAlertKind>('FireAlertKind', '预警类型', {
  HIGH_FIRE_DANGER: '高森林火险预警 (level 4 or 5)',
  NEW_INCIDENT: '新发火情',
  INCIDENT_ESCALATED: '火灾等级升级',
  MANUAL: '人工发布预警',
});

export const FireAlertLevelEnum = labelledEnum<FireAlertLevel>('FireAlertLevel', '预警级别, from BLUE (lowest) to RED', {
  BLUE: '蓝色预警',
  YELLOW: '黄色预警',
  ORANGE: '橙色预警',
  RED: '红色预警',
});

export const FireSeasonKindEnum = labelledEnum<FireSeasonKind>('FireSeasonKind', '森林防火期', {
  SPRING: '春季防火期 (3月15日至6月15日)',
  AUTUMN: '秋季防火期 (9月15日至11月15日)',
});
