import type { Random } from '@forestry/subgraph-runtime';
import { PROVINCE_CODES, type ProvinceCode } from '../domain/departments.js';
import { officeUnits } from './units-data.js';

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎'];
const GIVEN_NAMES = [
  '建国', '立新', '海涛', '志强', '秀兰', '丽娟', '国栋', '晓东', '红梅', '玉洁', '振华', '德胜', '春雨', '文博', '雪松',
  '长林', '金凤', '卫东', '明辉', '淑英', '俊杰', '桂芝', '永刚', '晓燕', '树森', '鹏飞', '雅琴', '宏伟', '冬梅', '林峰',
];

export interface Person {
  name: string;
  /** 职务. */
  position: string;
}

/** How a person signs a workflow step: name and position, e.g. 王建国（副厅长）. */
export function signature(person: Person): string {
  return `${person.name}（${person.position}）`;
}

/** The people of one forestry department who sign, handle and report. */
export interface DepartmentStaff {
  director: Person;
  deputyDirectors: readonly Person[];
  partySecretary: Person;
  officeDirector: Person;
  clerks: readonly Person[];
  /** Per unit code: its head, a staff member and its information officer (信息员). */
  units: ReadonlyMap<string, { head: Person; staff: Person; informationOfficer: Person }>;
}

/** 处长, 主任, 院长 or 站长, as the unit's name calls for. */
function headPosition(unitName: string): string {
  const name = unitName.replace(/（.*）/, '');
  if (name.endsWith('办公室') || name.endsWith('中心')) return `${name}主任`;
  if (name.endsWith('院')) return `${name}院长`;
  if (name.endsWith('站')) return `${name}站长`;
  return `${name}处长`;
}

/** Deterministic, distinct names for the staff of both departments. */
export function generatePeople(random: Random): Record<ProvinceCode, DepartmentStaff> {
  const used = new Set<string>();
  const person = (position: string): Person => {
    for (;;) {
      const name = `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`;
      if (!used.has(name)) {
        used.add(name);
        return { name, position };
      }
    }
  };
  const staffOf = (provinceCode: ProvinceCode): DepartmentStaff => {
    const officeDirector = person('办公室主任');
    return {
      director: person('厅长'),
      deputyDirectors: [person('副厅长'), person('副厅长'), person('副厅长'), person('副厅长')],
      partySecretary: person('党组秘书'),
      officeDirector,
      clerks: [person('文书'), person('文书')],
      units: new Map(
        officeUnits
          .filter((unit) => unit.provinceCode === provinceCode)
          .map((unit) => {
            const name = unit.name.replace(/（.*）/, '');
            return [
              unit.code,
              {
                head: unit.orgCode === 'BGS' ? officeDirector : person(headPosition(unit.name)),
                staff: person(`${name}科员`),
                informationOfficer: person(`${name}信息员`),
              },
            ];
          }),
      ),
    };
  };
  return { '230000': staffOf('230000'), '220000': staffOf('220000') };
}
