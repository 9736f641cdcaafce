import { builder, labelledEnum } from '../builder.js';
import type {
  AgeClass,
  DivisionLevel,
  ForestCategory,
  ForestOrigin,
  ForestryUnitKind,
  LandOwnership,
  ProjectKind,
  PublicWelfareGrade,
} from '../generated/prisma/enums.js';

export const DivisionLevelEnum = labelledEnum<DivisionLevel>('DivisionLevel', '行政区划级别', {
  PROVINCE: '省',
  PREFECTURE: '市（州、地区）',
  COUNTY: '县（市、区）',
});

export const ForestryUnitKindEnum = labelledEnum<ForestryUnitKind>('ForestryUnitKind', '林业经营单位类型', {
  STATE_FOREST_BUREAU: '重点国有林区林业局',
  FORESTRY_BUREAU: '县级林业和草原主管部门',
  FOREST_FARM: '国有林场',
  NATURE_RESERVE_BUREAU: '自然保护区管理局',
});

export const ForestOriginEnum = labelledEnum<ForestOrigin>('ForestOrigin', '起源', {
  NATURAL: '天然林',
  PLANTED: '人工林',
});

export const AgeClassEnum = labelledEnum<AgeClass>('AgeClass', '龄组', {
  YOUNG: '幼龄林',
  MIDDLE_AGED: '中龄林',
  NEAR_MATURE: '近熟林',
  MATURE: '成熟林',
  OVER_MATURE: '过熟林',
});

export const LandOwnershipEnum = labelledEnum<LandOwnership>('LandOwnership', '林地所有权', {
  STATE: '国有',
  COLLECTIVE: '集体',
});

export const ForestCategoryEnum = labelledEnum<ForestCategory>('ForestCategory', '森林类别', {
  PUBLIC_WELFARE: '公益林',
  COMMERCIAL: '商品林',
});

export const PublicWelfareGradeEnum = labelledEnum<PublicWelfareGrade>('PublicWelfareGrade', '公益林事权等级与保护等级', {
  NATIONAL_KEY: '国家级公益林（一级保护）',
  NATIONAL_GENERAL: '国家级公益林（二级、三级保护）',
  PROVINCIAL: '地方公益林',
});

export const ProjectKindEnum = labelledEnum<ProjectKind>('ProjectKind', '林业重点工程类别', {
  NATURAL_FOREST_PROTECTION: '天然林资源保护工程',
  THREE_NORTH_SHELTERBELT: '三北防护林体系建设工程',
  GRAIN_FOR_GREEN: '退耕还林工程',
  WILDLIFE_AND_NATURE_RESERVES: '野生动植物保护及自然保护区建设工程',
  KEY_SHELTERBELT: '重点防护林体系建设工程',
  FAST_GROWING_PLANTATION: '速生丰产用材林基地建设工程',
});
