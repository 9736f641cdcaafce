import type { Random } from '@forestry/subgraph-runtime';
import { divisions } from '@forestry/forest-resources/reference-data';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '宋', '谢', '韩', '唐', '冯', '于', '董', '曲', '姜', '崔', '金', '朴', '付', '隋'];
const GIVEN = ['建国', '海涛', '丽娟', '志强', '春梅', '国庆', '晓东', '雪松', '立新', '红艳', '振华', '桂兰', '宏伟', '秀英', '俊峰', '玉洁', '长林', '淑珍', '德胜', '静', '磊', '鹏', '伟', '敏', '晶', '博', '森', '桦', '凯', '丹'];

/** A plausible Chinese personal name. */
export function personName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN);
}

const divisionByCode = new Map(divisions.map((division) => [division.code, division]));

/** A county's forest pest control and quarantine station (森林病虫害防治检疫站), e.g. 伊春市丰林县…. */
export function quarantineStation(countyCode: string): string {
  const county = divisionByCode.get(countyCode)!;
  const prefecture = divisionByCode.get(county.parentCode!)!;
  return `${prefecture.name}${county.name}森林病虫害防治检疫站`;
}

export function countyName(countyCode: string): string {
  return divisionByCode.get(countyCode)!.name;
}
