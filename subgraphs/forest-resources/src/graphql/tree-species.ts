import { builder } from '../builder.js';

export const TreeSpeciesRef = builder.prismaObject('TreeSpecies', {
  description: '树种: a tree species, with the age limits that define its age classes.',
  fields: (t) => ({
    code: t.exposeID('code'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    scientificName: t.exposeString('scientificName'),
    naturalAgeLimits: t.exposeIntList('naturalAgeLimits', {
      description: 'Upper ages (years) of the young, middle-aged, near-mature and mature classes in natural stands.',
    }),
    plantedAgeLimits: t.exposeIntList('plantedAgeLimits', {
      description: 'The same limits for planted stands.',
    }),
  }),
});

builder.queryFields((t) => ({
  treeSpecies: t.prismaField({
    type: ['TreeSpecies'],
    resolve: (query, _root, _args, context) => context.db.treeSpecies.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
}));
