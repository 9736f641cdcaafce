import { describe, expect, it } from 'vitest';
import { chinaDay, chinaTime } from '../src/domain/calendar.js';
import { childDivisionOf } from '@forestry/forest-resources/reference-data';
import { hectares } from '../src/domain/common.js';
import { fireDangerLevelOf, fireWeatherIndex } from '../src/domain/fire-danger.js';
import { currentFireSeason, seasonWindow } from '../src/domain/fire-season.js';
import { unexplainedDecreases } from '../src/domain/incident-rules.js';
import { canMove } from '../src/domain/incident-status.js';
import { severityAreaRange, severityOf } from '../src/domain/severity.js';

describe('severity class (森林防火条例 art. 40)', () => {
  it.each([
    [0, 'GENERAL'],
    [0.99, 'GENERAL'],
    [1, 'LARGER'],
    [99.99, 'LARGER'],
    [100, 'MAJOR'],
    [999.99, 'MAJOR'],
    [1000, 'EXTRAORDINARY'],
    [25_000, 'EXTRAORDINARY'],
  ])('%s ha of damaged forest is %s ("以上" includes the bound)', (area, severity) => {
    expect(severityOf(area)).toBe(severity);
  });

  it('gives the same classes as SQL ranges', () => {
    expect(severityAreaRange('GENERAL')).toEqual({ gte: 0, lt: 1 });
    expect(severityAreaRange('MAJOR')).toEqual({ gte: 100, lt: 1000 });
    expect(severityAreaRange('EXTRAORDINARY')).toEqual({ gte: 1000 });
  });
});

describe('fire-danger level', () => {
  it('rises with heat, dryness, dry days and wind', () => {
    const calm = { maxTemperature: 8, minHumidity: 75, windForce: 1, daysSinceRain: 0 };
    const dry = { maxTemperature: 27, minHumidity: 18, windForce: 7, daysSinceRain: 12 };
    expect(fireWeatherIndex(calm)).toBe(6);
    expect(fireDangerLevelOf(fireWeatherIndex(calm))).toBe(1);
    expect(fireWeatherIndex(dry)).toBe(100);
    expect(fireDangerLevelOf(fireWeatherIndex(dry))).toBe(5);
  });

  it.each([
    [25, 1],
    [26, 2],
    [50, 2],
    [51, 3],
    [72, 3],
    [73, 4],
    [90, 4],
    [91, 5],
  ])('an index of %s is level %s', (index, level) => {
    expect(fireDangerLevelOf(index)).toBe(level);
  });
});

describe('fire seasons', () => {
  it('is the season under way, or the one that ended last', () => {
    expect(currentFireSeason(new Date('2026-04-20T03:00:00Z'))).toMatchObject({ kind: 'SPRING', year: 2026 });
    expect(currentFireSeason(new Date('2026-08-01T03:00:00Z'))).toMatchObject({ kind: 'SPRING', year: 2026 });
    expect(currentFireSeason(new Date('2026-11-28T03:00:00Z'))).toMatchObject({ kind: 'AUTUMN', year: 2026 });
    expect(currentFireSeason(new Date('2027-02-01T03:00:00Z'))).toMatchObject({ kind: 'AUTUMN', year: 2026 });
  });

  it('starts and ends on China days', () => {
    // 2026-09-15 00:00 in China is 2026-09-14 16:00 UTC.
    expect(currentFireSeason(new Date('2026-09-14T16:00:00Z')).kind).toBe('AUTUMN');
    expect(currentFireSeason(new Date('2026-09-14T15:59:59Z')).kind).toBe('SPRING');
    const autumn = currentFireSeason(new Date('2026-12-01T00:00:00Z'));
    expect(seasonWindow(autumn, new Date('2026-12-01T00:00:00Z'))).toEqual({
      from: new Date('2026-09-14T16:00:00Z'),
      to: new Date('2026-11-15T16:00:00Z'),
    });
    expect(seasonWindow(autumn, new Date('2026-10-01T00:00:00Z')).to).toEqual(new Date('2026-10-01T00:00:00Z'));
  });

  it('reads calendar days in China time', () => {
    expect(chinaDay(new Date('2026-10-31T16:30:00Z'))).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(chinaTime(new Date('2026-11-01T00:00:00Z'), 8)).toEqual(new Date('2026-11-01T00:00:00Z'));
  });
});

describe('incident status', () => {
  it('moves forward one step, or to FALSE_ALARM before the response', () => {
    expect(canMove('REPORTED', 'VERIFIED')).toBe(true);
    expect(canMove('CONTAINED', 'EXTINGUISHED')).toBe(true);
    expect(canMove('VERIFIED', 'FALSE_ALARM')).toBe(true);
    expect(canMove('REPORTED', 'RESPONDING')).toBe(false);
    expect(canMove('RESPONDING', 'FALSE_ALARM')).toBe(false);
    expect(canMove('EXTINGUISHED', 'RESPONDING')).toBe(false);
    expect(canMove('FALSE_ALARM', 'VERIFIED')).toBe(false);
  });
});

describe('areas', () => {
  it('may grow freely but shrink only with a reason', () => {
    const current = { burnedArea: 10, affectedForestArea: 5 };
    expect(unexplainedDecreases(current, { burnedArea: 12, affectedForestArea: 5 })).toEqual([]);
    expect(unexplainedDecreases(current, { burnedArea: 9, affectedForestArea: 4 })).toEqual(['burnedArea', 'affectedForestArea']);
    expect(unexplainedDecreases(current, { burnedArea: 9, affectedForestArea: 4, reason: 'GPS实测' })).toEqual([]);
  });
});

describe('division codes', () => {
  it('roll counties up to prefectures and provinces by prefix', () => {
    expect(childDivisionOf('230000', '230724')).toBe('230700');
    expect(childDivisionOf('230700', '230724')).toBe('230724');
    expect(childDivisionOf('232700', '232761')).toBe('232761');
    expect(childDivisionOf('220000', '230724')).toBeUndefined();
    expect(childDivisionOf('230724', '230724')).toBeUndefined();
  });
});

describe('hectares', () => {
  it('accepts every figure with up to two decimals, whatever its binary rounding', () => {
    // 4.1 * 100 is 409.99999999999994 in floating point; a surveyor's 4.1 ha is still valid.
    for (const value of [0, 4.1, 0.57, 1234.29, 16.55]) expect(hectares.safeParse(value).success).toBe(true);
    for (const value of [0.125, 4.105, -1]) expect(hectares.safeParse(value).success).toBe(false);
  });
});
