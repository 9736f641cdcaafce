import { builder } from '../builder.js';
import { WildlifeProtectionClassEnum } from './enums.js';
import { WildlifeObservationRef, WildlifeSpeciesTotalsRef } from './observations.js';
import { NatureReserveRef } from './reserves.js';

// Everything that links this subgraph to the entities of forest-resources: the references to its
// divisions and sub-compartments, and the wildlife fields added to them. Those fields resolve
// through request-scoped loaders, because the gateway asks for all the divisions or
// sub-compartments of a response in one `_entities` call.

/** 行政区划, owned by forest-resources: referenced by its GB/T 2260 code. */
const DivisionRef = builder.externalRef('Division', builder.selection<{ code: string }>('code'));

/** 小班, owned by forest-resources: referenced by its permanent id. */
const SubCompartmentRef = builder.externalRef('SubCompartment', builder.selection<{ id: string }>('id'));

builder.prismaObjectFields('NatureReserve', (t) => ({
  divisions: t.field({
    tag: 'public',
    type: [DivisionRef],
    description: 'The county-level divisions the reserve covers, wholly or in part.',
    select: { counties: { select: { divisionCode: true }, orderBy: { divisionCode: 'asc' } } },
    resolve: (reserve) => reserve.counties.map((county) => ({ code: county.divisionCode })),
  }),
}));

builder.prismaObjectFields('WildlifeObservation', (t) => ({
  division: t.field({
    type: DivisionRef,
    description: 'The county where the species was observed.',
    resolve: (observation) => ({ code: observation.divisionCode }),
  }),
  subCompartment: t.field({
    type: SubCompartmentRef,
    nullable: true,
    description: 'The sub-compartment (小班), when the place lies in a surveyed stand.',
    resolve: (observation) => (observation.subCompartmentId ? { id: observation.subCompartmentId } : null),
  }),
}));

builder.prismaObjectFields('WildlifePermit', (t) => ({
  holderDivision: t.field({
    type: DivisionRef,
    description: 'The county where the holder is registered.',
    resolve: (permit) => ({ code: permit.holderDivisionCode }),
  }),
}));

DivisionRef.implement({
  fields: (t) => ({
    code: t.exposeID('code', { tag: 'public' }),
    protectedSpecies: t.field({
      type: [WildlifeSpeciesTotalsRef],
      description:
        '辖区内监测到的重点保护物种: protected species recorded in the division and everything under it, ' +
        'most-recorded first (rejected records excluded).',
      args: {
        protectionClasses: t.arg({
          type: [WildlifeProtectionClassEnum],
          defaultValue: ['NATIONAL_CLASS_I', 'NATIONAL_CLASS_II', 'PROVINCIAL'],
        }),
      },
      resolve: (division, args, context) =>
        context.loaders.speciesPresence.load({ divisionCode: division.code, protectionClasses: args.protectionClasses ?? [] }),
    }),
    natureReserves: t.field({
      tag: 'public',
      type: [NatureReserveRef],
      description: '自然保护区: reserves covering any part of the division.',
      resolve: (division, _args, context) => context.loaders.reservesByDivision.load(division.code),
    }),
    wildlifeObservationCount: t.int({
      description: 'Monitoring observations in the division and everything under it (rejected ones excluded).',
      args: { since: t.arg({ type: 'DateTime', description: 'Count only observations from this instant on.' }) },
      resolve: (division, args, context) =>
        context.loaders.observationCount.load({ divisionCode: division.code, since: args.since ?? null }),
    }),
  }),
});

SubCompartmentRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    wildlifeObservations: t.field({
      type: [WildlifeObservationRef],
      description: '小班内的野生动植物监测记录, newest first.',
      resolve: (subCompartment, _args, context) => context.loaders.observationsBySubCompartment.load(subCompartment.id),
    }),
  }),
});
