import type { Random } from '@forestry/subgraph-runtime';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '金', '崔', '朴'];
const GIVEN_NAMES = [
  '建国', '志强', '海峰', '晓明', '丽娟', '春梅', '玉兰', '国庆', '立新', '红霞', '振华', '宏伟',
  '雪松', '秀英', '长青', '金龙', '卫东', '海燕', '桂芝', '永生', '文博', '思远', '雨婷', '浩然',
];

/** A plausible Chinese personal name. */
function personName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
}

/** A fixed team of `size` people, e.g. the monitoring staff of one reserve. */
export function team(random: Random, size: number): string[] {
  return Array.from({ length: size }, () => personName(random));
}
