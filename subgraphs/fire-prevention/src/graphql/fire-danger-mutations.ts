import { conflictError, parseInput } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { highFireDangerAlert } from '../domain/alert-rules.js';
import { fireDangerLevelOf, fireDangerRatingInput, fireWeatherIndex, HIGH_FIRE_DANGER_LEVEL } from '../domain/fire-danger.js';
import { publishAlert } from './events.js';
import { checkJurisdiction } from './jurisdiction.js';

const RecordFireDangerRatingInput = builder.inputType('RecordFireDangerRatingInput', {
  description: 'The weather of a county on a day. The index and level are derived from it, not entered.',
  fields: (t) => ({
    divisionCode: t.id({ required: true, description: 'The county.' }),
    date: t.field({ type: 'Date', required: true }),
    maxTemperature: t.float({ required: true, description: '日最高气温, °C, 1 decimal.' }),
    minHumidity: t.int({ required: true, description: '日最小相对湿度, %.' }),
    windForce: t.int({ required: true, description: '风力等级 (Beaufort), 0 to 17.' }),
    daysSinceRain: t.int({ required: true, description: '连续无降水日数.' }),
  }),
});

builder.mutationFields((t) => ({
  recordFireDangerRating: t.prismaField({
    type: 'FireDangerRating',
    description:
      'Records a county\'s weather for a day and derives its fire-danger level; from level 4 (高火险) on, raises a ' +
      'HIGH_FIRE_DANGER alert in the same transaction. A county has one rating a day: a second is a CONFLICT.',
    args: { input: t.arg({ type: RecordFireDangerRatingInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const weather = parseInput(fireDangerRatingInput, input);
      checkJurisdiction(context.viewer, weather.divisionCode);
      const weatherIndex = fireWeatherIndex(weather);
      const level = fireDangerLevelOf(weatherIndex);
      const { recorded, alert } = await context.db.$transaction(async (tx) => {
        const existing = await tx.fireDangerRating.findUnique({
          where: { divisionCode_date: { divisionCode: weather.divisionCode, date: weather.date } },
        });
        if (existing) {
          throw conflictError(`${weather.divisionCode} already has a rating for ${weather.date.toISOString().slice(0, 10)}`, { ratingId: existing.id });
        }
        const rating = await tx.fireDangerRating.create({ data: { ...weather, weatherIndex, level } });
        const alert =
          level >= HIGH_FIRE_DANGER_LEVEL
            ? await tx.fireAlert.create({ data: { ...highFireDangerAlert({ ...weather, level }), ratingId: rating.id, raisedAt: new Date() } })
            : null;
        return { recorded: rating.id, alert };
      });
      if (alert) await publishAlert(context, { alertId: alert.id, divisionCode: alert.divisionCode });
      // Read back after the commit: the selected relations load in parallel, which the
      // transaction's single connection could only queue.
      return context.db.fireDangerRating.findUniqueOrThrow({ ...query, where: { id: recorded } });
    },
  }),
}));
