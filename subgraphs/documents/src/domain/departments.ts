/**
 * The two provincial forestry departments (林业厅) whose offices use the platform, keyed by the
 * GB/T 2260 code of their province.
 */
export const FORESTRY_DEPARTMENTS = {
  '230000': {
    name: '黑龙江省林业厅',
    province: '黑龙江省',
    /** 简称, as in other bodies' 文号 (黑政办发). */
    abbreviation: '黑',
    unitCodePrefix: 'HLJ',
    documentNumberPrefix: '黑林',
    fondsCode: 'J105',
  },
  '220000': {
    name: '吉林省林业厅',
    province: '吉林省',
    abbreviation: '吉',
    unitCodePrefix: 'JL',
    documentNumberPrefix: '吉林',
    fondsCode: 'J067',
  },
} as const;

export type ProvinceCode = keyof typeof FORESTRY_DEPARTMENTS;

export const PROVINCE_CODES = Object.keys(FORESTRY_DEPARTMENTS) as ProvinceCode[];

export function forestryDepartmentOf(provinceCode: string) {
  return FORESTRY_DEPARTMENTS[provinceCode as ProvinceCode];
}
