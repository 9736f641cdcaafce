import { builder } from '../builder.js';
import { ForestryUnitKindEnum } from './enums.js';

export const ForestryUnitRef = builder.prismaObject('ForestryUnit', {
  description: '林业经营单位: a forestry bureau, forest farm or reserve administration.',
  fields: (t) => ({
    code: t.exposeID('code'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    kind: t.expose('kind', { type: ForestryUnitKindEnum }),
    division: t.relation('division', { description: 'The county where the unit is seated.' }),
    compartments: t.relation('compartments', { query: { orderBy: { number: 'asc' } } }),
  }),
});

export const CompartmentRef = builder.prismaObject('Compartment', {
  description: '林班: a permanent management block of a forestry unit.',
  fields: (t) => ({
    code: t.exposeID('code'),
    number: t.exposeInt('number'),
    forestryUnit: t.relation('forestryUnit'),
    subCompartments: t.relatedConnection('subCompartments', {
      cursor: 'id',
      totalCount: true,
      query: { orderBy: { number: 'asc' } },
    }),
  }),
});

builder.queryFields((t) => ({
  forestryUnit: t.prismaField({
    type: 'ForestryUnit',
    nullable: true,
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.forestryUnit.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
  forestryUnits: t.prismaField({
    type: ['ForestryUnit'],
    description: 'Forestry units seated in a division or anywhere under it, by code.',
    args: {
      divisionCode: t.arg.id({ description: 'Province, prefecture or county code.' }),
      kind: t.arg({ type: ForestryUnitKindEnum }),
    },
    resolve: async (query, _root, args, context) => {
      const counties = args.divisionCode
        ? (await context.loaders.divisionTree()).countiesUnder(String(args.divisionCode))
        : undefined;
      return context.db.forestryUnit.findMany({
        ...query,
        where: { ...(counties ? { divisionCode: { in: counties } } : {}), ...(args.kind ? { kind: args.kind } : {}) },
        orderBy: { code: 'asc' },
      });
    },
  }),
  compartment: t.prismaField({
    type: 'Compartment',
    nullable: true,
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.compartment.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
}));
