import { builder } from '../builder.js';
import { isKnownDivision } from '@forestry/forest-resources/reference-data';
import type { PestInfestation, SeverityTotals } from '../loaders/pest-infestation.js';
import type { QuarantinePestPresence } from '../loaders/quarantine-presence.js';
import type { InfestationTotals } from '../loaders/totals.js';
import { PestSeverityEnum } from './enums.js';
import { DivisionRef } from './federation.js';
import { PestRef } from './pests.js';

const PestInfestationTotalsRef = builder.interfaceRef<InfestationTotals>('PestInfestationTotals').implement({
  description: 'The measures every infestation row shares.',
  fields: (t) => ({
    area: t.float({ description: 'Affected area, hectares.', resolve: (row) => row.area }),
    occurrenceCount: t.int({ resolve: (row) => row.occurrenceCount }),
  }),
});

const PestSeverityInfestationRef = builder.objectRef<SeverityTotals>('PestSeverityInfestation');
PestSeverityInfestationRef.implement({
  interfaces: [PestInfestationTotalsRef],
  fields: (t) => ({ severity: t.field({ type: PestSeverityEnum, resolve: (row) => row.severity }) }),
});

const PestInfestationByPestRef = builder.objectRef<PestInfestation['byPest'][number]>('PestInfestationByPest');
PestInfestationByPestRef.implement({
  interfaces: [PestInfestationTotalsRef],
  fields: (t) => ({
    pest: t.field({ type: PestRef, resolve: async (row, _args, context) => (await context.loaders.pests()).get(row.pestCode)! }),
    bySeverity: t.field({ type: [PestSeverityInfestationRef], description: 'Light, moderate and severe.', resolve: (row) => row.bySeverity }),
  }),
});

const PestInfestationByDivisionRef = builder.objectRef<PestInfestation['byDivision'][number]>('PestInfestationByDivision');
PestInfestationByDivisionRef.implement({
  interfaces: [PestInfestationTotalsRef],
  fields: (t) => ({ division: t.field({ type: DivisionRef, resolve: (row) => ({ code: row.divisionCode }) }) }),
});

const PestInfestationRef = builder.objectRef<PestInfestation>('PestInfestation');
PestInfestationRef.implement({
  interfaces: [PestInfestationTotalsRef],
  description:
    '有害生物发生面积: the open infestation (occurrences not yet controlled) of a division and everything under it, ' +
    'by pest and severity.',
  fields: (t) => ({
    division: t.field({ type: DivisionRef, resolve: (infestation) => ({ code: infestation.divisionCode }) }),
    bySeverity: t.field({ type: [PestSeverityInfestationRef], description: 'Light, moderate and severe.', resolve: (s) => s.bySeverity }),
    byPest: t.field({ type: [PestInfestationByPestRef], description: 'Largest area first.', resolve: (s) => s.byPest }),
    byDivision: t.field({
      type: [PestInfestationByDivisionRef],
      description: 'By direct child division (prefectures of a province, counties of a prefecture), largest area first.',
      resolve: (s) => s.byDivision,
    }),
  }),
});

const QuarantinePestPresenceRef = builder.objectRef<QuarantinePestPresence>('QuarantinePestPresence');
QuarantinePestPresenceRef.implement({
  interfaces: [PestInfestationTotalsRef],
  description: '检疫性有害生物发生情况: a quarantine pest with open occurrences, and the counties where it is present (疫区).',
  fields: (t) => ({
    pest: t.field({ type: PestRef, resolve: async (row, _args, context) => (await context.loaders.pests()).get(row.pestCode)! }),
    counties: t.field({ type: [DivisionRef], resolve: (row) => row.countyCodes.map((code) => ({ code })) }),
  }),
});

builder.objectFields(DivisionRef, (t) => ({
  pestInfestation: t.field({
    type: PestInfestationRef,
    description: '有害生物发生面积: open occurrences under this division, by pest and severity.',
    resolve: (division, _args, context) => context.loaders.pestInfestation.load(division.code),
  }),
  activePestOccurrenceCount: t.int({
    description: 'Occurrences under this division found and not yet treated (status ACTIVE).',
    resolve: async (division, _args, context) => (await context.loaders.pestInfestation.load(division.code)).activeOccurrenceCount,
  }),
  quarantinePestsPresent: t.field({
    type: [QuarantinePestPresenceRef],
    description: 'Quarantine pests with open occurrences under this division, largest area first.',
    resolve: (division, _args, context) => context.loaders.quarantinePresence.load(division.code),
  }),
}));

builder.queryFields((t) => ({
  pestInfestation: t.field({
    type: PestInfestationRef,
    nullable: true,
    description: 'Open infestation of a province, prefecture or county (null when the code is unknown).',
    args: { divisionCode: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      const code = String(args.divisionCode);
      return isKnownDivision(code) ? context.loaders.pestInfestation.load(code) : null;
    },
  }),
  quarantinePestsPresent: t.field({
    type: [QuarantinePestPresenceRef],
    nullable: true,
    description: 'Quarantine pests present in a province, prefecture or county, with their counties (null when the code is unknown).',
    args: { divisionCode: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      const code = String(args.divisionCode);
      return isKnownDivision(code) ? context.loaders.quarantinePresence.load(code) : null;
    },
  }),
}));
