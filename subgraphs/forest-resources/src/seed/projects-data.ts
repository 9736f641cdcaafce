import type { ProjectKind } from '../generated/prisma/enums.js';

export interface ForestryProjectSeed {
  code: string;
  name: string;
  nameEn: string;
  kind: ProjectKind;
  startYear: number;
  endYear: number | null;
  /** 万元 */
  budget: number;
  plannedArea: number;
  completedArea: number;
  /** Prefecture-level divisions the project covers. */
  divisionCodes: string[];
}

export const forestryProjects: readonly ForestryProjectSeed[] = [
  { code: 'NFP-HLJ-2', name: '黑龙江天然林资源保护工程二期', nameEn: 'Natural Forest Protection Programme, phase II (Heilongjiang)', kind: 'NATURAL_FOREST_PROTECTION', startYear: 2011, endYear: 2020, budget: 3862500, plannedArea: 12600000, completedArea: 12480000, divisionCodes: ['230700', '232700', '231100', '231000', '230400', '230800'] },
  { code: 'NFP-JL-2', name: '吉林天然林资源保护工程二期', nameEn: 'Natural Forest Protection Programme, phase II (Jilin)', kind: 'NATURAL_FOREST_PROTECTION', startYear: 2011, endYear: 2020, budget: 1574300, plannedArea: 5480000, completedArea: 5410000, divisionCodes: ['222400', '220600', '220500', '220200'] },
  { code: 'NFP-NE-2021', name: '东北国有林区天然林全面保护', nameEn: 'Comprehensive natural forest protection in the north-east state forests', kind: 'NATURAL_FOREST_PROTECTION', startYear: 2021, endYear: null, budget: 2150000, plannedArea: 17800000, completedArea: 9200000, divisionCodes: ['230700', '232700', '231100', '222400', '220600'] },
  { code: 'TNS-5', name: '三北防护林体系建设五期工程', nameEn: 'Three-North Shelterbelt Programme, phase V', kind: 'THREE_NORTH_SHELTERBELT', startYear: 2011, endYear: 2020, budget: 486000, plannedArea: 1350000, completedArea: 1286000, divisionCodes: ['230200', '230600', '231200', '220800', '220700', '220300', '220100'] },
  { code: 'TNS-6', name: '三北防护林体系建设六期工程', nameEn: 'Three-North Shelterbelt Programme, phase VI', kind: 'THREE_NORTH_SHELTERBELT', startYear: 2021, endYear: 2030, budget: 612000, plannedArea: 1520000, completedArea: 640000, divisionCodes: ['230200', '230600', '231200', '220800', '220700'] },
  { code: 'GFG-2014', name: '新一轮退耕还林还草', nameEn: 'New round of Grain for Green', kind: 'GRAIN_FOR_GREEN', startYear: 2014, endYear: null, budget: 198000, plannedArea: 286000, completedArea: 241500, divisionCodes: ['230100', '231200', '230900', '220200', '220400'] },
  { code: 'WNR-NE', name: '野生动植物保护及自然保护区建设工程', nameEn: 'Wildlife Conservation and Nature Reserve Programme', kind: 'WILDLIFE_AND_NATURE_RESERVES', startYear: 2001, endYear: null, budget: 265000, plannedArea: 4120000, completedArea: 3870000, divisionCodes: ['230200', '230700', '231000', '222400', '220600'] },
  { code: 'NTLP', name: '东北虎豹国家公园建设', nameEn: 'Northeast China Tiger and Leopard National Park', kind: 'WILDLIFE_AND_NATURE_RESERVES', startYear: 2017, endYear: null, budget: 340000, plannedArea: 1461200, completedArea: 1461200, divisionCodes: ['222400', '231000'] },
  { code: 'FGP-HLJ', name: '重点地区速生丰产用材林基地建设', nameEn: 'Fast-growing and high-yield timber plantations', kind: 'FAST_GROWING_PLANTATION', startYear: 2002, endYear: 2015, budget: 158000, plannedArea: 420000, completedArea: 398000, divisionCodes: ['230100', '230800', '231000', '220200'] },
  { code: 'KSB-SONGLIAO', name: '松辽平原农田防护林建设', nameEn: 'Songliao plain farmland shelterbelts', kind: 'KEY_SHELTERBELT', startYear: 2016, endYear: 2025, budget: 96000, plannedArea: 185000, completedArea: 172000, divisionCodes: ['230600', '231200', '220100', '220300', '220700'] },
];
