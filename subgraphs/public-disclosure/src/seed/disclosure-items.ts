import { createRandom, type Random } from '@forestry/subgraph-runtime';
import { divisions, treeSpecies } from '@forestry/forest-resources/reference-data';
import { chinaDateOf } from '@forestry/subgraph-runtime/calendar';
import { formatNumber } from '../domain/numbering.js';
import type { DisclosureDepartment } from '../generated/prisma/enums.js';
import { leafTemplates } from './catalogue-data.js';
import { OFFICERS, personName } from './people.js';
import { historyDay, officeInstant } from './timeline.js';

export interface DisclosureItemSeed {
  id: string;
  indexNumber: string;
  title: string;
  body: string;
  categoryCode: string;
  department: DisclosureDepartment;
  publishedAt: Date;
  drafter: string;
  reviewer: string;
}

const PROVINCES = [
  { code: '230000', name: '黑龙江省', phone: '0451' },
  { code: '220000', name: '吉林省', phone: '0431' },
] as const;

const CLOSINGS = ['特此公告。', '请各地结合实际认真贯彻落实。', '如有疑问，请在工作日内与承办处室联系。', '欢迎社会各界监督。'];
const FIRE_LEVELS = ['三级（较高）', '四级（高）', '五级（极高）'];

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

function placeValues(random: Random, publishedAt: Date, previousYear: boolean) {
  const province = random.pick(PROVINCES);
  const prefix = province.code.slice(0, 2);
  const prefecture = random.pick(divisions.filter((division) => division.level === 'PREFECTURE' && division.code.startsWith(prefix)));
  const county = random.pick(divisions.filter((division) => division.level === 'COUNTY' && division.parentCode === prefecture.code));
  const year = Number(chinaDateOf(publishedAt).slice(0, 4)) - (previousYear ? 1 : 0);
  return {
    phone: province.phone,
    values: {
      province: province.name,
      prefecture: prefecture.name,
      county: county.name,
      place: random.pick([prefecture.name, county.name, `${county.name}林业和草原局`]),
      year: String(year),
      month: String(Number(chinaDateOf(publishedAt).slice(5, 7))),
      n: String(random.int(1, 28)),
      batch: String(random.int(1, 12)),
      tree: random.pick(treeSpecies).name,
      level: random.pick(FIRE_LEVELS),
      name: personName(random),
    },
  };
}

/** The deterministic published items of the demo, filed under every leaf heading of the catalogue. */
export function generateDisclosureItems(seed = 2019): DisclosureItemSeed[] {
  const random = createRandom(seed);
  const items = [...leafTemplates].flatMap(([categoryCode, template]) =>
    Array.from({ length: template.count }, () => {
      const publishedAt = officeInstant(random, historyDay(random));
      const { values, phone } = placeValues(random, publishedAt, template.previousYear ?? false);
      const [drafter, reviewer] = [random.pick(OFFICERS[template.department]), random.pick(OFFICERS.OFFICE)];
      return {
        id: random.uuid(),
        title: fill(random.pick(template.titles), values),
        body: [
          fill(random.pick(template.openings), values),
          `联系电话：${phone}-${random.int(82_000_000, 89_999_999)}。`,
          random.pick(CLOSINGS),
        ].join('\n'),
        categoryCode,
        department: template.department,
        publishedAt,
        drafter,
        // The office reviews everything for classified content; nobody reviews their own draft.
        reviewer: reviewer === drafter ? OFFICERS.OFFICE.find((officer) => officer !== drafter)! : reviewer,
      };
    }),
  );
  items.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  const sequences = new Map<number, number>();
  return items.map((item) => {
    const year = Number(chinaDateOf(item.publishedAt).slice(0, 4));
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    return { ...item, indexNumber: formatNumber('disclosureItem', year, sequence) };
  });
}
