import { divisionPrefix, keyedLoader } from '@forestry/subgraph-runtime';
import { childDivisionOf, isKnownDivision } from '@forestry/forest-resources/reference-data';
import { currentFireSeason, seasonWindow, type FireSeason } from '../domain/fire-season.js';
import { severityOf, type FireSeverity } from '../domain/severity.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { FireIncidentCause } from '../generated/prisma/enums.js';

export interface FireTotals {
  incidentCount: number;
  /** Hectares. */
  burnedArea: number;
  /** Hectares. */
  affectedForestArea: number;
}

export interface FireSeasonStatistics extends FireTotals {
  divisionCode: string;
  season: FireSeason;
  /** The instants counted: from the season's start up to `asOf` or the season's end. */
  from: Date;
  to: Date;
  bySeverity: (FireTotals & { severity: FireSeverity })[];
  byCause: (FireTotals & { cause: FireIncidentCause })[];
  /** One entry per direct child division that had fires, largest burned area first. */
  byDivision: (FireTotals & { divisionCode: string })[];
}

interface IncidentRow {
  divisionCode: string;
  cause: FireIncidentCause;
  burnedArea: number;
  affectedForestArea: number;
}

/** Sums per group key; hectares are rounded once, at the end, to the 2 decimals they are kept in. */
function totalsBy<Key extends string, Name extends string>(rows: readonly IncidentRow[], name: Name, keyOf: (row: IncidentRow) => Key | undefined) {
  const groups = new Map<Key, IncidentRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups]
    .map(([key, members]) => ({ ...totalsOf(members), [name]: key }) as FireTotals & Record<Name, Key>)
    .sort((a, b) => b.burnedArea - a.burnedArea);
}

function totalsOf(rows: readonly IncidentRow[]): FireTotals {
  const sum = (pick: (row: IncidentRow) => number) => Math.round(rows.reduce((total, row) => total + pick(row), 0) * 100) / 100;
  return { incidentCount: rows.length, burnedArea: sum((row) => row.burnedArea), affectedForestArea: sum((row) => row.affectedForestArea) };
}

/**
 * Fires of the current season up to `asOf` for any divisions, rolled up by code prefix
 * (province 2 digits, prefecture 4): one SQL statement for all the divisions of a request.
 * False alarms are not fires and are left out.
 */
export function seasonStatisticsLoader(db: PrismaClient, asOf: Date) {
  const season = currentFireSeason(asOf);
  const { from, to } = seasonWindow(season, asOf);
  return keyedLoader(
    async (codes: readonly string[]): Promise<FireSeasonStatistics[]> => {
      const known = codes.filter(isKnownDivision);
      if (known.length === 0) return [];
      const found = await db.fireIncident.findMany({
        where: {
          reportedAt: { gte: from, lt: to },
          status: { not: 'FALSE_ALARM' },
          OR: known.map((code) => ({ divisionCode: { startsWith: divisionPrefix(code) } })),
        },
        select: { divisionCode: true, cause: true, burnedArea: true, affectedForestArea: true },
      });
      const rows = found.map((row) => ({ ...row, burnedArea: Number(row.burnedArea), affectedForestArea: Number(row.affectedForestArea) }));
      return known.map((code) => {
        const under = rows.filter((row) => row.divisionCode.startsWith(divisionPrefix(code)));
        return {
          divisionCode: code,
          season,
          from,
          to,
          ...totalsOf(under),
          bySeverity: totalsBy(under, 'severity', (row) => severityOf(row.affectedForestArea)),
          byCause: totalsBy(under, 'cause', (row) => row.cause),
          byDivision: totalsBy(under, 'divisionCode', (row) => childDivisionOf(code, row.divisionCode)),
        };
      });
    },
    (statistics) => statistics.divisionCode,
  );
}
