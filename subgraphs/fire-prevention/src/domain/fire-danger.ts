import { z } from 'zod';
import { countyCode } from './divisions.js';

export interface FireWeather {
  /** Daily maximum, °C. */
  maxTemperature: number;
  /** Daily minimum relative humidity, %. */
  minHumidity: number;
  /** Beaufort force. */
  windForce: number;
  daysSinceRain: number;
}

export type FireDangerLevel = 1 | 2 | 3 | 4 | 5;

/** Each table lists [upper bound, points]; a value scores the points of the first bound it does not exceed. */
type PointTable = readonly (readonly [number, number])[];

const TEMPERATURE_POINTS: PointTable = [[0, 0], [5, 3], [10, 6], [15, 9], [20, 12], [25, 14], [Infinity, 15]];
// Humidity scores the other way round: the drier the air, the more points.
const DRYNESS_POINTS: PointTable = [[29, 20], [39, 18], [49, 15], [59, 10], [69, 5], [Infinity, 0]];
const DRY_DAYS_POINTS: PointTable = [[0, 0], [1, 8], [2, 14], [3, 20], [4, 25], [5, 29], [6, 32], [9, 36], [Infinity, 40]];
const WIND_POINTS: PointTable = [[1, 0], [2, 4], [3, 8], [4, 12], [5, 16], [6, 20], [Infinity, 25]];

/** Upper index of levels 1 to 4 (一级 to 四级); above the last is level 5 (五级). */
const LEVEL_LIMITS = [25, 50, 72, 90] as const;

/** From this level on an alert is raised for the county (高火险 and 极高火险). */
export const HIGH_FIRE_DANGER_LEVEL = 4;

export const FIRE_DANGER_LABELS: Record<FireDangerLevel, string> = {
  1: '一级（低火险）',
  2: '二级（较低火险）',
  3: '三级（较高火险）',
  4: '四级（高火险）',
  5: '五级（极高火险）',
};

function points(table: PointTable, value: number): number {
  return table.find(([upper]) => value <= upper)![1];
}

/**
 * The fire-weather index (森林火险气象指数), 0 to 100: heat, dry air, dry days and wind each
 * score points, dry days weighing most because they dry out the litter that carries fire.
 */
export function fireWeatherIndex(weather: FireWeather): number {
  return (
    points(TEMPERATURE_POINTS, weather.maxTemperature) +
    points(DRYNESS_POINTS, weather.minHumidity) +
    points(DRY_DAYS_POINTS, weather.daysSinceRain) +
    points(WIND_POINTS, weather.windForce)
  );
}

/** The fire-danger level (森林火险等级) of an index: derived, never entered. */
export function fireDangerLevelOf(index: number): FireDangerLevel {
  const below = LEVEL_LIMITS.findIndex((limit) => index <= limit);
  return (below === -1 ? 5 : below + 1) as FireDangerLevel;
}

/** The worst rating first: highest level, then highest index; the county code breaks ties. */
export function byDanger(
  a: { level: number; weatherIndex: number; divisionCode: string },
  b: { level: number; weatherIndex: number; divisionCode: string },
): number {
  return b.level - a.level || b.weatherIndex - a.weatherIndex || a.divisionCode.localeCompare(b.divisionCode);
}

const oneDecimal = (value: number) => Math.round(value * 10) === value * 10;

/** A day's weather observation for a county, as the meteorological service reports it. */
export const fireDangerRatingInput = z.object({
  divisionCode: countyCode,
  date: z.date(),
  maxTemperature: z.number().min(-50).max(50).refine(oneDecimal, 'has at most 1 decimal'),
  minHumidity: z.int().min(0).max(100),
  windForce: z.int().min(0).max(17),
  daysSinceRain: z.int().min(0).max(365),
});
