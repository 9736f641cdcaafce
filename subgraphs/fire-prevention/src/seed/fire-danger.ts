import type { Random } from '@forestry/subgraph-runtime';
import { daysBetween } from '../domain/calendar.js';
import { fireDangerLevelOf, fireWeatherIndex, type FireDangerLevel } from '../domain/fire-danger.js';
import { fireSeasonsOf, type FireSeasonKind } from '../domain/fire-season.js';
import type { ForestedCounty } from './geography.js';
import { roundTo } from './helpers.js';

export interface FireDangerRatingSeed {
  id: string;
  divisionCode: string;
  date: Date;
  maxTemperature: number;
  minHumidity: number;
  windForce: number;
  daysSinceRain: number;
  weatherIndex: number;
  level: FireDangerLevel;
}

interface Normals {
  /** Daily maximum, °C. */
  temperature: number;
  /** Daily minimum humidity, %. */
  humidity: number;
  /** Chance of rain on a day. */
  rain: number;
}

/** Climate normals at 45.5° N on [month, day] through each season, from its first to its last day. */
const NORMALS: Record<FireSeasonKind, readonly (Normals & { on: [number, number] })[]> = {
  SPRING: [
    { on: [3, 15], temperature: 3, humidity: 42, rain: 0.12 },
    { on: [4, 15], temperature: 15, humidity: 28, rain: 0.12 },
    { on: [5, 15], temperature: 22, humidity: 32, rain: 0.22 },
    { on: [6, 15], temperature: 27, humidity: 50, rain: 0.4 },
  ],
  AUTUMN: [
    { on: [9, 15], temperature: 22, humidity: 45, rain: 0.28 },
    { on: [10, 15], temperature: 12, humidity: 34, rain: 0.15 },
    { on: [11, 15], temperature: 1, humidity: 44, rain: 0.12 },
  ],
};

/** The normals of a day of a season, interpolated between the entries around it. */
function normalsOn(kind: FireSeasonKind, day: Date): Normals {
  const anchors = NORMALS[kind];
  const at = ([month, date]: [number, number]) => Date.UTC(day.getUTCFullYear(), month - 1, date);
  const nextIndex = anchors.findIndex((anchor) => at(anchor.on) >= day.getTime());
  const next = anchors[nextIndex]!;
  const previous = anchors[nextIndex - 1];
  if (!previous) return next;
  const share = (day.getTime() - at(previous.on)) / (at(next.on) - at(previous.on));
  const mix = (a: number, b: number) => a + (b - a) * share;
  return {
    temperature: mix(previous.temperature, next.temperature),
    humidity: mix(previous.humidity, next.humidity),
    rain: mix(previous.rain, next.rain),
  };
}

const SPRING_WIND = [[2, 2], [3, 4], [4, 3], [5, 2], [6, 1]] as const;
const AUTUMN_WIND = [[1, 2], [2, 4], [3, 4], [4, 2], [5, 1]] as const;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Daily weather and fire danger of every forested county through the 2026 spring and autumn
 * seasons. Each prefecture shares a weather pattern (rain, wind, warm or cold spells) that its
 * counties follow with local variation; the north is colder, and dry spells raise the danger.
 */
export function generateFireDangerRatings(random: Random, counties: readonly ForestedCounty[]): FireDangerRatingSeed[] {
  const ratings: FireDangerRatingSeed[] = [];
  for (const season of fireSeasonsOf(2026)) {
    const days = daysBetween(season.firstDay, season.lastDay);
    const prefectures = [...new Set(counties.map((county) => county.prefectureCode))];
    const patterns = new Map(
      prefectures.map((code) => {
        let anomaly = 0;
        return [
          code,
          days.map((day) => {
            anomaly = clamp(anomaly * 0.7 + random.real(-2.5, 2.5, 1), -6, 6);
            // Spring is the windy season of the north-east.
            const wind = random.weighted(season.kind === 'SPRING' ? SPRING_WIND : AUTUMN_WIND);
            return { rain: random.next() < normalsOn(season.kind, day).rain, wind, anomaly };
          }),
        ];
      }),
    );
    for (const county of counties) {
      const pattern = patterns.get(county.prefectureCode)!;
      const coldness = (county.latitude - 45.5) * 0.8;
      let daysSinceRain = random.int(0, 3);
      days.forEach((date, index) => {
        const today = pattern[index]!;
        const normals = normalsOn(season.kind, date);
        // Showers are local: a county shares its prefecture's rain on most days, not all.
        const rained = random.next() < 0.85 ? today.rain : !today.rain;
        daysSinceRain = rained ? 0 : daysSinceRain + 1;
        // Rain, and the day after it, keep the air humid.
        const wetness = rained ? 30 : daysSinceRain === 1 ? 12 : 0;
        const weather = {
          maxTemperature: roundTo(normals.temperature - coldness + today.anomaly + random.real(-1.5, 1.5, 1), 1),
          minHumidity: Math.round(clamp(normals.humidity + wetness - today.anomaly + random.int(-8, 8), 8, 98)),
          windForce: clamp(today.wind + random.int(-1, 1), 0, 8),
          daysSinceRain,
        };
        const weatherIndex = fireWeatherIndex(weather);
        ratings.push({ id: random.uuid(), divisionCode: county.code, date, ...weather, weatherIndex, level: fireDangerLevelOf(weatherIndex) });
      });
    }
  }
  return ratings;
}
