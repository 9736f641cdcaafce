import { FORESTRY_DEPARTMENTS, PROVINCE_CODES, type ProvinceCode } from '../domain/departments.js';
import type { OfficeUnitKind } from '../generated/prisma/enums.js';

export interface OfficeUnitSeed {
  code: string;
  name: string;
  fullName: string;
  orgCode: string;
  kind: OfficeUnitKind;
  provinceCode: ProvinceCode;
}

/** The departments (处室) and directly affiliated units (直属单位) each forestry department has. */
const UNITS: readonly { orgCode: string; name: string; kind: OfficeUnitKind }[] = [
  { orgCode: 'BGS', name: '办公室', kind: 'DEPARTMENT' },
  { orgCode: 'ZCFGC', name: '政策法规处', kind: 'DEPARTMENT' },
  { orgCode: 'ZYC', name: '森林资源管理处', kind: 'DEPARTMENT' },
  { orgCode: 'LZC', name: '林政处', kind: 'DEPARTMENT' },
  { orgCode: 'ZLC', name: '造林绿化处', kind: 'DEPARTMENT' },
  { orgCode: 'YBC', name: '野生动植物保护处', kind: 'DEPARTMENT' },
  { orgCode: 'BFC', name: '病虫害防治处（森防站）', kind: 'DEPARTMENT' },
  { orgCode: 'FHB', name: '森林防火办公室', kind: 'DEPARTMENT' },
  { orgCode: 'JCC', name: '计划财务处', kind: 'DEPARTMENT' },
  { orgCode: 'KJC', name: '科技处', kind: 'DEPARTMENT' },
  { orgCode: 'RSC', name: '人事处', kind: 'DEPARTMENT' },
  { orgCode: 'DCY', name: '林业调查规划院', kind: 'AFFILIATED_UNIT' },
  { orgCode: 'KXY', name: '林业科学研究院', kind: 'AFFILIATED_UNIT' },
  { orgCode: 'ZMZ', name: '林木种苗管理站', kind: 'AFFILIATED_UNIT' },
  { orgCode: 'XXZX', name: '林业信息中心', kind: 'AFFILIATED_UNIT' },
  { orgCode: 'GZZ', name: '林业工作总站', kind: 'AFFILIATED_UNIT' },
  { orgCode: 'JHZX', name: '野生动物救护繁育中心', kind: 'AFFILIATED_UNIT' },
];

export function unitCode(provinceCode: ProvinceCode, orgCode: string): string {
  return `${FORESTRY_DEPARTMENTS[provinceCode].unitCodePrefix}-${orgCode}`;
}

export const officeUnits: readonly OfficeUnitSeed[] = PROVINCE_CODES.flatMap((provinceCode) => {
  const department = FORESTRY_DEPARTMENTS[provinceCode];
  return UNITS.map((unit) => ({
    ...unit,
    code: unitCode(provinceCode, unit.orgCode),
    fullName: `${unit.kind === 'DEPARTMENT' ? department.name : department.province}${unit.name}`,
    provinceCode,
  }));
});
