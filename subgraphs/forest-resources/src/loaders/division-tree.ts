import type { DivisionLevel } from '../generated/prisma/enums.js';
import type { PrismaClient } from '../generated/prisma/client.js';

export interface DivisionNode {
  code: string;
  parentCode: string | null;
  level: DivisionLevel;
}

export interface DivisionTree {
  get(code: string): DivisionNode | undefined;
  /** County-level codes at or under a division (the division itself if it is a county). */
  countiesUnder(code: string): string[];
  /** The ancestor of `code` (or `code` itself) that is a direct child of `parentCode`. */
  childOf(parentCode: string, code: string): string | undefined;
}

export async function loadDivisionTree(db: PrismaClient): Promise<DivisionTree> {
  const rows = await db.division.findMany({ select: { code: true, parentCode: true, level: true } });
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const children = new Map<string, string[]>();
  for (const row of rows) {
    if (row.parentCode) children.set(row.parentCode, [...(children.get(row.parentCode) ?? []), row.code]);
  }
  const countiesUnder = (code: string): string[] => {
    const division = byCode.get(code);
    if (!division) return [];
    if (division.level === 'COUNTY') return [code];
    return (children.get(code) ?? []).flatMap(countiesUnder);
  };
  const childOf = (parentCode: string, code: string): string | undefined => {
    let current = byCode.get(code);
    while (current && current.parentCode !== parentCode) current = current.parentCode ? byCode.get(current.parentCode) : undefined;
    return current?.code;
  };
  return { get: (code) => byCode.get(code), countiesUnder, childOf };
}
