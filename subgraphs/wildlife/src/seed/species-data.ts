import type { IucnRedListCategory, WildlifeGroup, WildlifeProtectionClass } from '../generated/prisma/enums.js';

/** The wildlife regions of the two provinces, by the prefectures they span. */
export type WildlifeRegion = 'GREATER_KHINGAN' | 'LESSER_KHINGAN' | 'EASTERN_MOUNTAINS' | 'CHANGBAI' | 'PLAINS';

export const REGION_PREFECTURES: Record<WildlifeRegion, readonly string[]> = {
  // 大兴安岭, 黑河
  GREATER_KHINGAN: ['232700', '231100'],
  // 伊春, 鹤岗, 绥化
  LESSER_KHINGAN: ['230700', '230400', '231200'],
  // 张广才岭, 老爷岭, 完达山 and the Sanjiang plain: 哈尔滨, 牡丹江, 鸡西, 七台河, 双鸭山, 佳木斯
  EASTERN_MOUNTAINS: ['230100', '231000', '230300', '230900', '230500', '230800'],
  // 长白山: 延边, 白山, 通化, 吉林, 辽源
  CHANGBAI: ['222400', '220600', '220500', '220200', '220400'],
  // 松嫩 and 松辽 plains: 齐齐哈尔, 大庆, 白城, 松原, 四平, 长春
  PLAINS: ['230200', '230600', '220800', '220700', '220300', '220100'],
};

/** When a species can be recorded: all year, the migratory birds' months, or the growing season. */
type DetectionSeason = 'ALL_YEAR' | 'MIGRATORY' | 'GROWING';

export interface WildlifeSpeciesSeed {
  code: string;
  scientificName: string;
  name: string;
  nameEn: string;
  group: WildlifeGroup;
  family: string;
  protectionClass: WildlifeProtectionClass;
  iucnCategory: IucnRedListCategory;
  wildPopulationsOnly: boolean;
}

interface SpeciesProfile extends Omit<WildlifeSpeciesSeed, 'code' | 'wildPopulationsOnly'> {
  wildPopulationsOnly?: boolean;
  regions: readonly WildlifeRegion[];
  season: DetectionSeason;
  /** Individuals in one record: a lone tiger, a flock of cranes, a stand of yews. */
  groupSize: readonly [number, number];
  /** Relative frequency of records where the species occurs. */
  abundance: number;
}

const FOREST: readonly WildlifeRegion[] = ['GREATER_KHINGAN', 'LESSER_KHINGAN', 'EASTERN_MOUNTAINS', 'CHANGBAI'];
const BROADLEAF: readonly WildlifeRegion[] = ['LESSER_KHINGAN', 'EASTERN_MOUNTAINS', 'CHANGBAI'];

/**
 * Species of north-east China with their class in the 2021 national lists of key protected wild
 * animals and plants (or the provinces' own lists) and their IUCN Red List category.
 */
const PROFILES: readonly SpeciesProfile[] = [
  // Mammals
  { scientificName: 'Panthera tigris altaica', name: '东北虎', nameEn: 'Amur tiger', group: 'MAMMAL', family: '猫科 Felidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'EN', regions: ['CHANGBAI', 'EASTERN_MOUNTAINS'], season: 'ALL_YEAR', groupSize: [1, 2], abundance: 3 },
  { scientificName: 'Panthera pardus orientalis', name: '东北豹', nameEn: 'Amur leopard', group: 'MAMMAL', family: '猫科 Felidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'CR', regions: ['CHANGBAI'], season: 'ALL_YEAR', groupSize: [1, 2], abundance: 2 },
  { scientificName: 'Moschus moschiferus', name: '原麝', nameEn: 'Siberian musk deer', group: 'MAMMAL', family: '麝科 Moschidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'VU', regions: FOREST, season: 'ALL_YEAR', groupSize: [1, 2], abundance: 4 },
  { scientificName: 'Martes zibellina', name: '紫貂', nameEn: 'Sable', group: 'MAMMAL', family: '鼬科 Mustelidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'LC', regions: ['GREATER_KHINGAN', 'LESSER_KHINGAN', 'CHANGBAI'], season: 'ALL_YEAR', groupSize: [1, 2], abundance: 5 },
  { scientificName: 'Gulo gulo', name: '貂熊', nameEn: 'Wolverine', group: 'MAMMAL', family: '鼬科 Mustelidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'LC', regions: ['GREATER_KHINGAN'], season: 'ALL_YEAR', groupSize: [1, 1], abundance: 1 },
  { scientificName: 'Alces alces', name: '驼鹿', nameEn: 'Moose', group: 'MAMMAL', family: '鹿科 Cervidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'LC', regions: ['GREATER_KHINGAN', 'LESSER_KHINGAN'], season: 'ALL_YEAR', groupSize: [1, 3], abundance: 4 },
  { scientificName: 'Cervus nippon', name: '梅花鹿', nameEn: 'Sika deer', group: 'MAMMAL', family: '鹿科 Cervidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'LC', wildPopulationsOnly: true, regions: ['CHANGBAI'], season: 'ALL_YEAR', groupSize: [1, 5], abundance: 2 },
  { scientificName: 'Cervus canadensis', name: '马鹿', nameEn: 'Wapiti', group: 'MAMMAL', family: '鹿科 Cervidae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', wildPopulationsOnly: true, regions: FOREST, season: 'ALL_YEAR', groupSize: [1, 8], abundance: 5 },
  { scientificName: 'Lynx lynx', name: '猞猁', nameEn: 'Eurasian lynx', group: 'MAMMAL', family: '猫科 Felidae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: FOREST, season: 'ALL_YEAR', groupSize: [1, 2], abundance: 3 },
  { scientificName: 'Ursus thibetanus', name: '黑熊', nameEn: 'Asiatic black bear', group: 'MAMMAL', family: '熊科 Ursidae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'VU', regions: BROADLEAF, season: 'ALL_YEAR', groupSize: [1, 3], abundance: 4 },
  { scientificName: 'Ursus arctos', name: '棕熊', nameEn: 'Brown bear', group: 'MAMMAL', family: '熊科 Ursidae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: ['GREATER_KHINGAN', 'LESSER_KHINGAN'], season: 'ALL_YEAR', groupSize: [1, 3], abundance: 2 },
  { scientificName: 'Lutra lutra', name: '水獭', nameEn: 'Eurasian otter', group: 'MAMMAL', family: '鼬科 Mustelidae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'NT', regions: FOREST, season: 'ALL_YEAR', groupSize: [1, 3], abundance: 2 },
  { scientificName: 'Lepus timidus', name: '雪兔', nameEn: 'Mountain hare', group: 'MAMMAL', family: '兔科 Leporidae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: ['GREATER_KHINGAN', 'LESSER_KHINGAN'], season: 'ALL_YEAR', groupSize: [1, 4], abundance: 4 },
  { scientificName: 'Capreolus pygargus', name: '狍', nameEn: 'Siberian roe deer', group: 'MAMMAL', family: '鹿科 Cervidae', protectionClass: 'PROVINCIAL', iucnCategory: 'LC', regions: [...FOREST, 'PLAINS'], season: 'ALL_YEAR', groupSize: [1, 6], abundance: 8 },
  { scientificName: 'Sus scrofa', name: '野猪', nameEn: 'Wild boar', group: 'MAMMAL', family: '猪科 Suidae', protectionClass: 'NONE', iucnCategory: 'LC', regions: FOREST, season: 'ALL_YEAR', groupSize: [1, 12], abundance: 7 },

  // Birds
  { scientificName: 'Grus japonensis', name: '丹顶鹤', nameEn: 'Red-crowned crane', group: 'BIRD', family: '鹤科 Gruidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'VU', regions: ['PLAINS', 'EASTERN_MOUNTAINS'], season: 'MIGRATORY', groupSize: [1, 30], abundance: 6 },
  { scientificName: 'Grus monacha', name: '白头鹤', nameEn: 'Hooded crane', group: 'BIRD', family: '鹤科 Gruidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'VU', regions: ['GREATER_KHINGAN', 'PLAINS'], season: 'MIGRATORY', groupSize: [1, 12], abundance: 3 },
  { scientificName: 'Grus vipio', name: '白枕鹤', nameEn: 'White-naped crane', group: 'BIRD', family: '鹤科 Gruidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'VU', regions: ['PLAINS', 'EASTERN_MOUNTAINS'], season: 'MIGRATORY', groupSize: [1, 20], abundance: 4 },
  { scientificName: 'Leucogeranus leucogeranus', name: '白鹤', nameEn: 'Siberian crane', group: 'BIRD', family: '鹤科 Gruidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'CR', regions: ['PLAINS'], season: 'MIGRATORY', groupSize: [2, 60], abundance: 3 },
  { scientificName: 'Ciconia boyciana', name: '东方白鹳', nameEn: 'Oriental stork', group: 'BIRD', family: '鹳科 Ciconiidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'EN', regions: ['PLAINS', 'EASTERN_MOUNTAINS'], season: 'MIGRATORY', groupSize: [1, 40], abundance: 5 },
  { scientificName: 'Ciconia nigra', name: '黑鹳', nameEn: 'Black stork', group: 'BIRD', family: '鹳科 Ciconiidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'LC', regions: ['LESSER_KHINGAN', 'CHANGBAI'], season: 'MIGRATORY', groupSize: [1, 4], abundance: 2 },
  { scientificName: 'Tetrao urogalloides', name: '黑嘴松鸡', nameEn: 'Black-billed capercaillie', group: 'BIRD', family: '雉科 Phasianidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'LC', regions: ['GREATER_KHINGAN'], season: 'ALL_YEAR', groupSize: [1, 5], abundance: 3 },
  { scientificName: 'Tetrastes bonasia', name: '花尾榛鸡', nameEn: 'Hazel grouse', group: 'BIRD', family: '雉科 Phasianidae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: FOREST, season: 'ALL_YEAR', groupSize: [1, 6], abundance: 6 },
  { scientificName: 'Mergus squamatus', name: '中华秋沙鸭', nameEn: 'Scaly-sided merganser', group: 'BIRD', family: '鸭科 Anatidae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'EN', regions: BROADLEAF, season: 'MIGRATORY', groupSize: [1, 10], abundance: 3 },
  { scientificName: 'Aix galericulata', name: '鸳鸯', nameEn: 'Mandarin duck', group: 'BIRD', family: '鸭科 Anatidae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: BROADLEAF, season: 'MIGRATORY', groupSize: [2, 24], abundance: 4 },
  { scientificName: 'Aquila chrysaetos', name: '金雕', nameEn: 'Golden eagle', group: 'BIRD', family: '鹰科 Accipitridae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'LC', regions: ['GREATER_KHINGAN', 'CHANGBAI'], season: 'ALL_YEAR', groupSize: [1, 2], abundance: 2 },
  { scientificName: 'Haliaeetus albicilla', name: '白尾海雕', nameEn: 'White-tailed eagle', group: 'BIRD', family: '鹰科 Accipitridae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'LC', regions: ['PLAINS', 'EASTERN_MOUNTAINS'], season: 'MIGRATORY', groupSize: [1, 3], abundance: 2 },
  { scientificName: 'Haliaeetus pelagicus', name: '虎头海雕', nameEn: "Steller's sea eagle", group: 'BIRD', family: '鹰科 Accipitridae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'VU', regions: ['EASTERN_MOUNTAINS'], season: 'MIGRATORY', groupSize: [1, 2], abundance: 1 },
  { scientificName: 'Otis tarda', name: '大鸨', nameEn: 'Great bustard', group: 'BIRD', family: '鸨科 Otididae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'VU', regions: ['PLAINS'], season: 'MIGRATORY', groupSize: [1, 15], abundance: 2 },

  // Amphibians
  { scientificName: 'Rana dybowskii', name: '东北林蛙', nameEn: "Dybowski's frog", group: 'AMPHIBIAN', family: '蛙科 Ranidae', protectionClass: 'PROVINCIAL', iucnCategory: 'LC', regions: FOREST, season: 'GROWING', groupSize: [5, 200], abundance: 4 },

  // Plants
  { scientificName: 'Taxus cuspidata', name: '东北红豆杉', nameEn: 'Japanese yew', group: 'GYMNOSPERM', family: '红豆杉科 Taxaceae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'LC', regions: ['CHANGBAI', 'EASTERN_MOUNTAINS'], season: 'GROWING', groupSize: [1, 40], abundance: 3 },
  { scientificName: 'Pinus sylvestris var. sylvestriformis', name: '长白松', nameEn: 'Changbai Scots pine', group: 'GYMNOSPERM', family: '松科 Pinaceae', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'NE', regions: ['CHANGBAI'], season: 'GROWING', groupSize: [5, 120], abundance: 1 },
  { scientificName: 'Pinus koraiensis', name: '红松', nameEn: 'Korean pine', group: 'GYMNOSPERM', family: '松科 Pinaceae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: BROADLEAF, season: 'GROWING', groupSize: [10, 300], abundance: 4 },
  { scientificName: 'Panax ginseng', name: '人参', nameEn: 'Wild ginseng', group: 'ANGIOSPERM', family: '五加科 Araliaceae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'NE', wildPopulationsOnly: true, regions: ['CHANGBAI', 'EASTERN_MOUNTAINS'], season: 'GROWING', groupSize: [1, 6], abundance: 1 },
  { scientificName: 'Phellodendron amurense', name: '黄檗', nameEn: 'Amur cork tree', group: 'ANGIOSPERM', family: '芸香科 Rutaceae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: BROADLEAF, season: 'GROWING', groupSize: [1, 30], abundance: 3 },
  { scientificName: 'Fraxinus mandshurica', name: '水曲柳', nameEn: 'Manchurian ash', group: 'ANGIOSPERM', family: '木犀科 Oleaceae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: BROADLEAF, season: 'GROWING', groupSize: [5, 150], abundance: 3 },
  { scientificName: 'Tilia amurensis', name: '紫椴', nameEn: 'Amur linden', group: 'ANGIOSPERM', family: '锦葵科 Malvaceae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: BROADLEAF, season: 'GROWING', groupSize: [5, 120], abundance: 3 },
  { scientificName: 'Salix arbutifolia', name: '钻天柳', nameEn: 'Chosenia', group: 'ANGIOSPERM', family: '杨柳科 Salicaceae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: ['GREATER_KHINGAN', 'LESSER_KHINGAN', 'CHANGBAI'], season: 'GROWING', groupSize: [3, 60], abundance: 2 },
  { scientificName: 'Juglans mandshurica', name: '胡桃楸', nameEn: 'Manchurian walnut', group: 'ANGIOSPERM', family: '胡桃科 Juglandaceae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: BROADLEAF, season: 'GROWING', groupSize: [3, 80], abundance: 3 },
  { scientificName: 'Glycine soja', name: '野大豆', nameEn: 'Wild soybean', group: 'ANGIOSPERM', family: '豆科 Fabaceae', protectionClass: 'NATIONAL_CLASS_II', iucnCategory: 'LC', regions: ['PLAINS', 'EASTERN_MOUNTAINS'], season: 'GROWING', groupSize: [20, 500], abundance: 2 },
];

/** The species code: the scientific name in kebab case, e.g. `panthera-tigris-altaica`. */
export function speciesCodeOf(scientificName: string): string {
  return scientificName
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface SpeciesOccurrence {
  code: string;
  regions: readonly WildlifeRegion[];
  season: DetectionSeason;
  groupSize: readonly [number, number];
  abundance: number;
  group: WildlifeGroup;
  protectionClass: WildlifeProtectionClass;
}

export const wildlifeSpecies: readonly WildlifeSpeciesSeed[] = PROFILES.map((profile) => ({
  code: speciesCodeOf(profile.scientificName),
  scientificName: profile.scientificName,
  name: profile.name,
  nameEn: profile.nameEn,
  group: profile.group,
  family: profile.family,
  protectionClass: profile.protectionClass,
  iucnCategory: profile.iucnCategory,
  wildPopulationsOnly: profile.wildPopulationsOnly ?? false,
}));

/** Where, when and in what numbers each species is recorded, for generating observations. */
export const speciesOccurrences: readonly SpeciesOccurrence[] = PROFILES.map((profile) => ({
  code: speciesCodeOf(profile.scientificName),
  regions: profile.regions,
  season: profile.season,
  groupSize: profile.groupSize,
  abundance: profile.abundance,
  group: profile.group,
  protectionClass: profile.protectionClass,
}));
