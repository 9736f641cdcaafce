import type { PestKind, PestQuarantineCategory, PestTreatmentMethod } from '../generated/prisma/enums.js';

export interface PestSeed {
  code: string;
  name: string;
  nameEn: string;
  scientificName: string;
  kind: PestKind;
  quarantineCategory: PestQuarantineCategory;
  hostSpeciesCodes: string[];
  severityIndicator: string;
  severityThresholds: [light: number, moderate: number, severe: number];
}

/**
 * The forest pests and diseases of Heilongjiang and Jilin. Codes are made of the scientific
 * name (four letters of the genus, two of the species); hosts are forest-resources species
 * codes. Quarantine categories follow the national list of forestry quarantine pests
 * (全国林业检疫性有害生物名单) and the provinces' supplementary lists.
 */
export const pests: readonly PestSeed[] = [
  { code: 'BURSXY', name: '松材线虫', nameEn: 'Pine wood nematode', scientificName: 'Bursaphelenchus xylophilus', kind: 'DISEASE', quarantineCategory: 'NATIONAL', hostSpeciesCodes: ['PIKO', 'PISY', 'LAGM', 'LAOL'], severityIndicator: '病死松树（株/公顷）', severityThresholds: [0.1, 1.5, 4.5] },
  { code: 'HYPHCU', name: '美国白蛾', nameEn: 'Fall webworm', scientificName: 'Hyphantria cunea', kind: 'INSECT', quarantineCategory: 'NATIONAL', hostSpeciesCodes: ['POPU', 'ULPU', 'FRMA', 'ACMO', 'JUMA', 'TIAM', 'PHAM'], severityIndicator: '有虫株率（%）', severityThresholds: [0.1, 2, 5] },
  { code: 'CRYPLA', name: '杨干象', nameEn: 'Poplar and willow borer', scientificName: 'Cryptorrhynchus lapathi', kind: 'INSECT', quarantineCategory: 'NATIONAL', hostSpeciesCodes: ['POPU'], severityIndicator: '有虫株率（%）', severityThresholds: [2, 5, 10] },
  { code: 'DENDVA', name: '红脂大小蠹', nameEn: 'Red turpentine beetle', scientificName: 'Dendroctonus valens', kind: 'INSECT', quarantineCategory: 'NATIONAL', hostSpeciesCodes: ['PISY', 'PIKO'], severityIndicator: '有虫株率（%）', severityThresholds: [1, 5, 10] },
  { code: 'XYLORU', name: '青杨脊虎天牛', nameEn: 'Grey tiger longicorn', scientificName: 'Xylotrechus rusticus', kind: 'INSECT', quarantineCategory: 'NATIONAL', hostSpeciesCodes: ['POPU', 'BEPL'], severityIndicator: '有虫株率（%）', severityThresholds: [2, 5, 10] },
  { code: 'BOTRLA', name: '落叶松枯梢病', nameEn: 'Larch shoot blight', scientificName: 'Botryosphaeria laricina', kind: 'DISEASE', quarantineCategory: 'NATIONAL', hostSpeciesCodes: ['LAGM', 'LAOL'], severityIndicator: '感病株率（%）', severityThresholds: [1, 10, 20] },
  { code: 'CRONRI', name: '红松疱锈病', nameEn: 'White pine blister rust', scientificName: 'Cronartium ribicola', kind: 'DISEASE', quarantineCategory: 'NATIONAL', hostSpeciesCodes: ['PIKO'], severityIndicator: '感病株率（%）', severityThresholds: [1, 10, 20] },
  { code: 'DOTHSE', name: '松针红斑病', nameEn: 'Red band needle blight', scientificName: 'Dothistroma septosporum', kind: 'DISEASE', quarantineCategory: 'PROVINCIAL', hostSpeciesCodes: ['PISY', 'PIKO'], severityIndicator: '感病株率（%）', severityThresholds: [5, 11, 21] },
  { code: 'PARATA', name: '白杨透翅蛾', nameEn: 'Poplar clearwing moth', scientificName: 'Paranthrene tabaniformis', kind: 'INSECT', quarantineCategory: 'PROVINCIAL', hostSpeciesCodes: ['POPU'], severityIndicator: '有虫株率（%）', severityThresholds: [2, 5, 10] },
  { code: 'DENDSU', name: '落叶松毛虫', nameEn: 'Siberian silk moth', scientificName: 'Dendrolimus superans', kind: 'INSECT', quarantineCategory: 'NONE', hostSpeciesCodes: ['LAGM', 'LAOL', 'PISY', 'PIKO', 'PIKR', 'ABNE'], severityIndicator: '虫口密度（头/株）', severityThresholds: [5, 11, 21] },
  { code: 'COLEOB', name: '落叶松鞘蛾', nameEn: 'Larch casebearer', scientificName: 'Coleophora obducta', kind: 'INSECT', quarantineCategory: 'NONE', hostSpeciesCodes: ['LAGM', 'LAOL'], severityIndicator: '有虫株率（%）', severityThresholds: [10, 30, 60] },
  { code: 'LYMADI', name: '舞毒蛾', nameEn: 'Spongy moth', scientificName: 'Lymantria dispar', kind: 'INSECT', quarantineCategory: 'NONE', hostSpeciesCodes: ['QUMO', 'BEPL', 'POPU', 'LAGM', 'LAOL', 'TIAM', 'ACMO', 'ULPU', 'JUMA'], severityIndicator: '卵块密度（块/株）', severityThresholds: [0.2, 0.5, 1] },
  { code: 'IPSSUB', name: '落叶松八齿小蠹', nameEn: 'Larch bark beetle', scientificName: 'Ips subelongatus', kind: 'INSECT', quarantineCategory: 'NONE', hostSpeciesCodes: ['LAGM', 'LAOL'], severityIndicator: '有虫株率（%）', severityThresholds: [2, 5, 10] },
  { code: 'CLOSAN', name: '杨扇舟蛾', nameEn: 'Poplar prominent', scientificName: 'Clostera anachoreta', kind: 'INSECT', quarantineCategory: 'NONE', hostSpeciesCodes: ['POPU'], severityIndicator: '虫口密度（头/株）', severityThresholds: [5, 11, 21] },
  { code: 'CYTOCH', name: '杨树烂皮病', nameEn: 'Poplar Cytospora canker', scientificName: 'Cytospora chrysosperma', kind: 'DISEASE', quarantineCategory: 'NONE', hostSpeciesCodes: ['POPU'], severityIndicator: '感病株率（%）', severityThresholds: [5, 11, 21] },
  { code: 'MYOSPS', name: '东北鼢鼠', nameEn: 'Manchurian zokor', scientificName: 'Myospalax psilurus', kind: 'RODENT', quarantineCategory: 'NONE', hostSpeciesCodes: ['LAOL', 'LAGM', 'PISY', 'PIKO', 'POPU'], severityIndicator: '受害株率（%）', severityThresholds: [3, 10, 20] },
  { code: 'MYODRU', name: '棕背䶄', nameEn: 'Grey red-backed vole', scientificName: 'Myodes rufocanus', kind: 'RODENT', quarantineCategory: 'NONE', hostSpeciesCodes: ['LAOL', 'LAGM', 'PIKO', 'PISY', 'PIKR'], severityIndicator: '受害株率（%）', severityThresholds: [3, 10, 20] },
  { code: 'AMBRTR', name: '三裂叶豚草', nameEn: 'Giant ragweed', scientificName: 'Ambrosia trifida', kind: 'INVASIVE_PLANT', quarantineCategory: 'NONE', hostSpeciesCodes: [], severityIndicator: '盖度（%）', severityThresholds: [5, 20, 50] },
  { code: 'CENCSP', name: '少花蒺藜草', nameEn: 'Longspine sandbur', scientificName: 'Cenchrus spinifex', kind: 'INVASIVE_PLANT', quarantineCategory: 'NONE', hostSpeciesCodes: [], severityIndicator: '盖度（%）', severityThresholds: [5, 20, 50] },
];

export interface OutbreakProfile {
  /** Prefectures where the pest occurs; empty for wherever its hosts grow. */
  prefectures: readonly string[];
  /** Outbreak clusters (several neighbouring sub-compartments found together) per year. */
  clustersPerYear: number;
  maxClusterSize: number;
  /** Months (1-12) of the survey season. */
  season: readonly [from: number, to: number];
  measures: readonly (readonly [PestTreatmentMethod, string, number])[];
}

const LARCH_BELT = ['232700', '231100', '230700', '230400', '231000', '222400', '220600'];
const CHANGBAI = ['222400', '220600', '220500', '220200', '231000', '230700'];
const PLAINS = ['220100', '220200', '220300', '220700', '220800', '230100', '230200', '230600', '231200'];

/** Where and how often each pest breaks out in the demo, and how it is fought. */
export const outbreakProfiles: Record<string, OutbreakProfile> = {
  BURSXY: { prefectures: ['220500', '220200'], clustersPerYear: 2, maxClusterSize: 2, season: [9, 10], measures: [['SILVICULTURAL', '清理病死木（伐除并就地粉碎）', 6], ['CHEMICAL', '打孔注射甲维盐', 2], ['BIOLOGICAL', '释放花绒寄甲防治松褐天牛', 1]] },
  HYPHCU: { prefectures: ['220100', '220200', '220300', '220400', '220500'], clustersPerYear: 12, maxClusterSize: 4, season: [6, 9], measures: [['BIOLOGICAL', '释放白蛾周氏啮小蜂', 4], ['BIOLOGICAL', '喷施美国白蛾核型多角体病毒', 2], ['CHEMICAL', '喷施灭幼脲Ⅲ号', 3], ['PHYSICAL', '剪除网幕', 3]] },
  CRYPLA: { prefectures: PLAINS, clustersPerYear: 9, maxClusterSize: 3, season: [5, 8], measures: [['SILVICULTURAL', '伐除严重受害木', 3], ['CHEMICAL', '虫孔注药', 3], ['PHYSICAL', '人工捕杀成虫', 1]] },
  DENDVA: { prefectures: ['220800', '220700', '230200'], clustersPerYear: 2, maxClusterSize: 2, season: [5, 8], measures: [['SILVICULTURAL', '伐除虫害木', 3], ['PHYSICAL', '信息素诱捕器诱杀', 3], ['CHEMICAL', '虫孔注药熏杀', 1]] },
  XYLORU: { prefectures: [], clustersPerYear: 7, maxClusterSize: 3, season: [6, 8], measures: [['SILVICULTURAL', '伐除虫害木', 3], ['BIOLOGICAL', '释放花绒寄甲', 2], ['PHYSICAL', '设置诱木诱杀', 1]] },
  BOTRLA: { prefectures: CHANGBAI, clustersPerYear: 6, maxClusterSize: 3, season: [7, 9], measures: [['CHEMICAL', '百菌清烟剂防治', 3], ['SILVICULTURAL', '剪除病梢', 2]] },
  CRONRI: { prefectures: CHANGBAI, clustersPerYear: 5, maxClusterSize: 2, season: [7, 9], measures: [['SILVICULTURAL', '伐除病株并清除转主寄主', 3], ['CHEMICAL', '病部涂抹粉锈宁', 2]] },
  DOTHSE: { prefectures: ['232700', '231100', '230200', '230600', '230100'], clustersPerYear: 5, maxClusterSize: 3, season: [7, 9], measures: [['CHEMICAL', '百菌清烟剂防治', 3], ['SILVICULTURAL', '修枝并清除病叶', 2]] },
  PARATA: { prefectures: PLAINS, clustersPerYear: 5, maxClusterSize: 2, season: [6, 8], measures: [['CHEMICAL', '虫孔注药', 3], ['SILVICULTURAL', '剪除虫瘿枝', 2]] },
  DENDSU: { prefectures: LARCH_BELT, clustersPerYear: 24, maxClusterSize: 5, season: [5, 8], measures: [['CHEMICAL', '飞机喷洒灭幼脲', 3], ['BIOLOGICAL', '喷洒苏云金杆菌（Bt）', 3], ['BIOLOGICAL', '释放松毛虫赤眼蜂', 2], ['CHEMICAL', '施放烟剂', 2], ['PHYSICAL', '诱虫灯诱杀', 1]] },
  COLEOB: { prefectures: [], clustersPerYear: 16, maxClusterSize: 4, season: [5, 7], measures: [['CHEMICAL', '喷施阿维菌素', 2], ['BIOLOGICAL', '喷洒苦参碱', 3], ['CHEMICAL', '施放烟剂', 2]] },
  LYMADI: { prefectures: [], clustersPerYear: 16, maxClusterSize: 4, season: [5, 8], measures: [['BIOLOGICAL', '喷施舞毒蛾核型多角体病毒', 3], ['CHEMICAL', '喷施灭幼脲Ⅲ号', 3], ['PHYSICAL', '人工刮除卵块', 2], ['PHYSICAL', '诱虫灯诱杀', 1]] },
  IPSSUB: { prefectures: LARCH_BELT, clustersPerYear: 9, maxClusterSize: 3, season: [6, 8], measures: [['PHYSICAL', '设置饵木诱杀', 3], ['PHYSICAL', '信息素诱捕器诱杀', 2], ['SILVICULTURAL', '清理风倒木和虫害木', 2]] },
  CLOSAN: { prefectures: PLAINS, clustersPerYear: 7, maxClusterSize: 3, season: [6, 8], measures: [['CHEMICAL', '喷施灭幼脲Ⅲ号', 3], ['BIOLOGICAL', '喷洒苏云金杆菌（Bt）', 3], ['PHYSICAL', '诱虫灯诱杀', 1]] },
  CYTOCH: { prefectures: [], clustersPerYear: 12, maxClusterSize: 3, season: [5, 9], measures: [['SILVICULTURAL', '清除病株和病枝', 3], ['CHEMICAL', '病斑涂抹腐必清', 3]] },
  MYOSPS: { prefectures: [], clustersPerYear: 11, maxClusterSize: 3, season: [4, 5], measures: [['PHYSICAL', '弓形夹人工捕杀', 4], ['CHEMICAL', '投放不育剂', 2], ['PHYSICAL', '开挖防鼠沟', 1]] },
  MYODRU: { prefectures: CHANGBAI, clustersPerYear: 7, maxClusterSize: 3, season: [9, 10], measures: [['PHYSICAL', '树干基部套防护套', 3], ['CHEMICAL', '投放不育剂', 2], ['BIOLOGICAL', '招引猛禽天敌', 1]] },
  AMBRTR: { prefectures: ['220100', '220200', '220300', '230100', '231200'], clustersPerYear: 5, maxClusterSize: 2, season: [7, 9], measures: [['PHYSICAL', '人工拔除', 3], ['CHEMICAL', '喷施除草剂', 2], ['BIOLOGICAL', '释放豚草卷蛾', 1]] },
  CENCSP: { prefectures: ['220800', '220700', '230600'], clustersPerYear: 4, maxClusterSize: 2, season: [7, 9], measures: [['PHYSICAL', '人工拔除', 3], ['CHEMICAL', '喷施除草剂', 2]] },
};
