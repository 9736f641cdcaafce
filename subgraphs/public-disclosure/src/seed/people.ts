import type { Random } from '@forestry/subgraph-runtime';
import { creditCodeCheckCharacter, residentIdCheckCharacter } from '../domain/identity-numbers.js';
import type { DisclosureDepartment } from '../generated/prisma/enums.js';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '于', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '田', '董', '潘', '袁', '蔡', '蒋', '姜', '崔', '金', '朴'];
const GIVEN_NAMES = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '国庆', '玉兰', '志刚', '海燕', '春雷', '晓东', '丽娟', '建国', '淑珍', '宏伟', '永胜', '凤霞', '德福', '长林', '树森', '松涛', '雪梅', '东升', '振华', '立新', '玉梅', '成林'];

export function personName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
}

export function mobileNumber(random: Random): string {
  return `1${random.pick(['3', '5', '7', '8', '9'])}${random.int(0, 9)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** A valid identity card number of someone born in the county between 1955 and 2002. */
export function residentIdNumber(random: Random, countyCode: string): string {
  const birth = `${random.int(1955, 2002)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${countyCode}${birth}${String(random.int(0, 999)).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const CODE_CHARACTERS = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];

export type OrganisationRegistration = 'ENTERPRISE' | 'PUBLIC_INSTITUTION' | 'COOPERATIVE' | 'SOCIAL_ORGANISATION';

/** The first two characters of a credit code: registering authority and kind of organisation. */
const REGISTRATION_PREFIX: Record<OrganisationRegistration, string> = {
  ENTERPRISE: '91',
  PUBLIC_INSTITUTION: '12',
  COOPERATIVE: '93',
  SOCIAL_ORGANISATION: '52',
};

/** A valid unified social credit code registered in the county. */
export function creditCode(random: Random, countyCode: string, registration: OrganisationRegistration): string {
  const body = Array.from({ length: 9 }, () => random.pick(CODE_CHARACTERS)).join('');
  const first17 = `${REGISTRATION_PREFIX[registration]}${countyCode}${body}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** The officers (经办人) of each department who take the steps in the demo data. */
export const OFFICERS: Record<DisclosureDepartment, readonly string[]> = {
  OFFICE: ['孙丽华', '赵文博', '刘晓梅'],
  POLICY_AND_LEGAL: ['周立群', '王振宇'],
  FOREST_RESOURCES: ['李国栋', '张海峰', '陈玉琴', '高德胜'],
  AFFORESTATION: ['马春艳', '杨树林'],
  WILDLIFE: ['韩雪松', '金东哲', '郑秀云'],
  PEST_CONTROL: ['吴建军', '许明远', '崔美兰'],
  FIRE_PREVENTION: ['冯国强', '曹永刚', '何丽萍'],
  PLANNING_AND_FINANCE: ['徐海涛', '宋佳'],
  SEEDS_AND_SEEDLINGS: ['唐玉林', '蒋红梅'],
  SCIENCE_AND_TECHNOLOGY: ['梁志远'],
  PERSONNEL: ['田晓光', '董丽'],
};

export function officerOf(random: Random, department: DisclosureDepartment): string {
  return random.pick(OFFICERS[department]);
}
