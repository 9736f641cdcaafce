import type { NatureReserveCategory, NatureReserveLevel } from '../generated/prisma/enums.js';
import { speciesCodeOf } from './species-data.js';

export interface NatureReserveSeed {
  code: string;
  name: string;
  nameEn: string;
  level: NatureReserveLevel;
  category: NatureReserveCategory;
  /** Hectares. */
  area: number;
  establishedYear: number;
  managingAuthority: string;
  /** County-level divisions the reserve covers. */
  divisionCodes: readonly string[];
  keySpeciesCodes: readonly string[];
}

const codes = (...scientificNames: string[]) => scientificNames.map(speciesCodeOf);

/** Nature reserves of Heilongjiang and Jilin, with the counties they cover and the species they protect. */
export const natureReserves: readonly NatureReserveSeed[] = [
  // 黑龙江省
  {
    code: 'zhalong', name: '扎龙国家级自然保护区', nameEn: 'Zhalong National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 210000, establishedYear: 1979, managingAuthority: '扎龙国家级自然保护区管理局',
    divisionCodes: ['230204', '230205', '230227', '230623', '230624'],
    keySpeciesCodes: codes('Grus japonensis', 'Grus monacha', 'Grus vipio', 'Leucogeranus leucogeranus', 'Ciconia boyciana', 'Otis tarda'),
  },
  {
    code: 'fenglin', name: '丰林国家级自然保护区', nameEn: 'Fenglin National Nature Reserve', level: 'NATIONAL', category: 'FOREST_ECOSYSTEM',
    area: 18165, establishedYear: 1958, managingAuthority: '丰林国家级自然保护区管理局',
    divisionCodes: ['230724'],
    keySpeciesCodes: codes('Pinus koraiensis', 'Martes zibellina', 'Ursus thibetanus', 'Moschus moschiferus', 'Mergus squamatus'),
  },
  {
    code: 'liangshui', name: '凉水国家级自然保护区', nameEn: 'Liangshui National Nature Reserve', level: 'NATIONAL', category: 'FOREST_ECOSYSTEM',
    area: 12133, establishedYear: 1980, managingAuthority: '凉水国家级自然保护区管理局',
    divisionCodes: ['230725'],
    keySpeciesCodes: codes('Pinus koraiensis', 'Martes zibellina', 'Moschus moschiferus', 'Ursus thibetanus', 'Tetrastes bonasia'),
  },
  {
    code: 'huzhong', name: '呼中国家级自然保护区', nameEn: 'Huzhong National Nature Reserve', level: 'NATIONAL', category: 'FOREST_ECOSYSTEM',
    area: 167213, establishedYear: 1984, managingAuthority: '呼中国家级自然保护区管理局',
    divisionCodes: ['232764'],
    keySpeciesCodes: codes('Alces alces', 'Gulo gulo', 'Martes zibellina', 'Moschus moschiferus', 'Tetrao urogalloides', 'Ursus arctos'),
  },
  {
    code: 'nanwenghe', name: '南瓮河国家级自然保护区', nameEn: 'Nanwenghe National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 229523, establishedYear: 1999, managingAuthority: '南瓮河国家级自然保护区管理局',
    divisionCodes: ['232762'],
    keySpeciesCodes: codes('Grus monacha', 'Alces alces', 'Martes zibellina', 'Salix arbutifolia'),
  },
  {
    code: 'shuanghe', name: '双河国家级自然保护区', nameEn: 'Shuanghe National Nature Reserve', level: 'NATIONAL', category: 'FOREST_ECOSYSTEM',
    area: 88849, establishedYear: 2005, managingAuthority: '双河国家级自然保护区管理局',
    divisionCodes: ['232722'],
    keySpeciesCodes: codes('Alces alces', 'Martes zibellina', 'Tetrao urogalloides', 'Gulo gulo'),
  },
  {
    code: 'shengshan', name: '胜山国家级自然保护区', nameEn: 'Shengshan National Nature Reserve', level: 'NATIONAL', category: 'FOREST_ECOSYSTEM',
    area: 60000, establishedYear: 1999, managingAuthority: '胜山国家级自然保护区管理局',
    divisionCodes: ['231102', '231124'],
    keySpeciesCodes: codes('Alces alces', 'Martes zibellina', 'Lynx lynx', 'Ursus arctos'),
  },
  {
    code: 'wudalianchi', name: '五大连池国家级自然保护区', nameEn: 'Wudalianchi National Nature Reserve', level: 'NATIONAL', category: 'GEOLOGICAL_HERITAGE',
    area: 100800, establishedYear: 1980, managingAuthority: '五大连池风景区自然保护区管理局',
    divisionCodes: ['231182'],
    keySpeciesCodes: codes('Cervus canadensis', 'Lynx lynx', 'Tetrastes bonasia'),
  },
  {
    code: 'taipinggou', name: '太平沟国家级自然保护区', nameEn: 'Taipinggou National Nature Reserve', level: 'NATIONAL', category: 'FOREST_ECOSYSTEM',
    area: 22199, establishedYear: 2004, managingAuthority: '太平沟国家级自然保护区管理局',
    divisionCodes: ['230421'],
    keySpeciesCodes: codes('Moschus moschiferus', 'Martes zibellina', 'Ursus thibetanus', 'Pinus koraiensis'),
  },
  {
    code: 'qixinghe', name: '七星河国家级自然保护区', nameEn: 'Qixinghe National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 20000, establishedYear: 1991, managingAuthority: '七星河国家级自然保护区管理局',
    divisionCodes: ['230523'],
    keySpeciesCodes: codes('Ciconia boyciana', 'Grus japonensis', 'Grus vipio', 'Haliaeetus albicilla'),
  },
  {
    code: 'honghe', name: '洪河国家级自然保护区', nameEn: 'Honghe National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 21836, establishedYear: 1984, managingAuthority: '洪河国家级自然保护区管理局',
    divisionCodes: ['230881'],
    keySpeciesCodes: codes('Ciconia boyciana', 'Grus japonensis', 'Grus vipio', 'Haliaeetus albicilla', 'Glycine soja'),
  },
  {
    code: 'sanjiang', name: '三江国家级自然保护区', nameEn: 'Sanjiang National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 198089, establishedYear: 1994, managingAuthority: '三江国家级自然保护区管理局',
    divisionCodes: ['230883', '230881'],
    keySpeciesCodes: codes('Ciconia boyciana', 'Grus japonensis', 'Haliaeetus albicilla', 'Haliaeetus pelagicus'),
  },
  {
    code: 'xingkaihu', name: '兴凯湖国家级自然保护区', nameEn: 'Xingkai Lake National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 222488, establishedYear: 1986, managingAuthority: '兴凯湖国家级自然保护区管理局',
    divisionCodes: ['230382', '230381'],
    keySpeciesCodes: codes('Grus japonensis', 'Ciconia boyciana', 'Haliaeetus albicilla', 'Haliaeetus pelagicus'),
  },
  {
    code: 'mudanfeng', name: '牡丹峰国家级自然保护区', nameEn: 'Mudanfeng National Nature Reserve', level: 'NATIONAL', category: 'FOREST_ECOSYSTEM',
    area: 19468, establishedYear: 1981, managingAuthority: '牡丹峰国家级自然保护区管理局',
    divisionCodes: ['231002', '231084'],
    keySpeciesCodes: codes('Taxus cuspidata', 'Moschus moschiferus', 'Ursus thibetanus', 'Pinus koraiensis'),
  },
  {
    code: 'laoyeling', name: '老爷岭东北虎国家级自然保护区', nameEn: 'Laoyeling Amur Tiger National Nature Reserve', level: 'NATIONAL', category: 'WILD_ANIMAL',
    area: 71278, establishedYear: 2002, managingAuthority: '老爷岭东北虎国家级自然保护区管理局',
    divisionCodes: ['231086'],
    keySpeciesCodes: codes('Panthera tigris altaica', 'Moschus moschiferus', 'Ursus thibetanus'),
  },
  {
    code: 'muling-taxus', name: '穆棱东北红豆杉国家级自然保护区', nameEn: 'Muling Japanese Yew National Nature Reserve', level: 'NATIONAL', category: 'WILD_PLANT',
    area: 35648, establishedYear: 2004, managingAuthority: '穆棱东北红豆杉国家级自然保护区管理局',
    divisionCodes: ['231085'],
    keySpeciesCodes: codes('Taxus cuspidata', 'Panax ginseng', 'Phellodendron amurense'),
  },
  {
    code: 'xiaobeihu', name: '小北湖省级自然保护区', nameEn: 'Xiaobeihu Provincial Nature Reserve', level: 'PROVINCIAL', category: 'FOREST_ECOSYSTEM',
    area: 20836, establishedYear: 2006, managingAuthority: '小北湖省级自然保护区管理站',
    divisionCodes: ['231084'],
    keySpeciesCodes: codes('Pinus koraiensis', 'Aix galericulata', 'Mergus squamatus'),
  },
  {
    code: 'wuyuerhe', name: '乌裕尔河省级自然保护区', nameEn: 'Wuyur River Provincial Nature Reserve', level: 'PROVINCIAL', category: 'WETLAND_ECOSYSTEM',
    area: 57000, establishedYear: 2000, managingAuthority: '乌裕尔河省级自然保护区管理站',
    divisionCodes: ['230227', '230623'],
    keySpeciesCodes: codes('Grus japonensis', 'Grus vipio', 'Otis tarda'),
  },

  // 吉林省
  {
    code: 'changbaishan', name: '长白山国家级自然保护区', nameEn: 'Changbaishan National Nature Reserve', level: 'NATIONAL', category: 'FOREST_ECOSYSTEM',
    area: 196465, establishedYear: 1960, managingAuthority: '长白山国家级自然保护区管理局',
    divisionCodes: ['222426', '220621', '220623'],
    keySpeciesCodes: codes(
      'Panthera tigris altaica', 'Panthera pardus orientalis', 'Moschus moschiferus', 'Martes zibellina', 'Mergus squamatus',
      'Panax ginseng', 'Taxus cuspidata', 'Pinus sylvestris var. sylvestriformis', 'Pinus koraiensis',
    ),
  },
  {
    code: 'hunchun', name: '珲春东北虎国家级自然保护区', nameEn: 'Hunchun Amur Tiger National Nature Reserve', level: 'NATIONAL', category: 'WILD_ANIMAL',
    area: 108700, establishedYear: 2001, managingAuthority: '珲春东北虎国家级自然保护区管理局',
    divisionCodes: ['222404'],
    keySpeciesCodes: codes('Panthera tigris altaica', 'Panthera pardus orientalis', 'Moschus moschiferus', 'Cervus nippon', 'Ursus thibetanus'),
  },
  {
    code: 'wangqing', name: '汪清国家级自然保护区', nameEn: 'Wangqing National Nature Reserve', level: 'NATIONAL', category: 'WILD_ANIMAL',
    area: 67434, establishedYear: 2002, managingAuthority: '汪清国家级自然保护区管理局',
    divisionCodes: ['222424'],
    keySpeciesCodes: codes('Panthera tigris altaica', 'Panthera pardus orientalis', 'Moschus moschiferus', 'Taxus cuspidata'),
  },
  {
    code: 'huangnihe', name: '黄泥河国家级自然保护区', nameEn: 'Huangnihe National Nature Reserve', level: 'NATIONAL', category: 'FOREST_ECOSYSTEM',
    area: 41583, establishedYear: 2005, managingAuthority: '黄泥河国家级自然保护区管理局',
    divisionCodes: ['222403'],
    keySpeciesCodes: codes('Panthera tigris altaica', 'Moschus moschiferus', 'Martes zibellina', 'Pinus koraiensis'),
  },
  {
    code: 'tianfozhishan', name: '天佛指山国家级自然保护区', nameEn: 'Tianfozhishan National Nature Reserve', level: 'NATIONAL', category: 'FOREST_ECOSYSTEM',
    area: 77317, establishedYear: 2002, managingAuthority: '天佛指山国家级自然保护区管理局',
    divisionCodes: ['222405'],
    keySpeciesCodes: codes('Panthera tigris altaica', 'Cervus nippon', 'Moschus moschiferus'),
  },
  {
    code: 'momoge', name: '莫莫格国家级自然保护区', nameEn: 'Momoge National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 144000, establishedYear: 1981, managingAuthority: '莫莫格国家级自然保护区管理局',
    divisionCodes: ['220821'],
    keySpeciesCodes: codes('Leucogeranus leucogeranus', 'Grus japonensis', 'Grus vipio', 'Grus monacha', 'Ciconia boyciana', 'Otis tarda'),
  },
  {
    code: 'xianghai', name: '向海国家级自然保护区', nameEn: 'Xianghai National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 105467, establishedYear: 1981, managingAuthority: '向海国家级自然保护区管理局',
    divisionCodes: ['220822'],
    keySpeciesCodes: codes('Grus japonensis', 'Grus vipio', 'Ciconia boyciana', 'Otis tarda'),
  },
  {
    code: 'chaganhu', name: '查干湖国家级自然保护区', nameEn: 'Chagan Lake National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 50684, establishedYear: 1986, managingAuthority: '查干湖国家级自然保护区管理局',
    divisionCodes: ['220721', '220723'],
    keySpeciesCodes: codes('Ciconia boyciana', 'Haliaeetus albicilla', 'Leucogeranus leucogeranus'),
  },
  {
    code: 'hani', name: '哈泥国家级自然保护区', nameEn: 'Hani National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 22230, establishedYear: 1991, managingAuthority: '哈泥国家级自然保护区管理局',
    divisionCodes: ['220524'],
    keySpeciesCodes: codes('Mergus squamatus', 'Aix galericulata'),
  },
  {
    code: 'longwan', name: '龙湾国家级自然保护区', nameEn: 'Longwan National Nature Reserve', level: 'NATIONAL', category: 'WETLAND_ECOSYSTEM',
    area: 15061, establishedYear: 1991, managingAuthority: '龙湾国家级自然保护区管理局',
    divisionCodes: ['220523'],
    keySpeciesCodes: codes('Mergus squamatus', 'Aix galericulata', 'Ciconia nigra'),
  },
  {
    code: 'songhuajiang-sanhu', name: '松花江三湖省级自然保护区', nameEn: 'Songhua River Three Lakes Provincial Nature Reserve', level: 'PROVINCIAL', category: 'FOREST_ECOSYSTEM',
    area: 115253, establishedYear: 1982, managingAuthority: '松花江三湖保护区管理局',
    divisionCodes: ['220282', '220211'],
    keySpeciesCodes: codes('Mergus squamatus', 'Aix galericulata', 'Ciconia nigra'),
  },
];
