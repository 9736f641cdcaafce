import { PUBLIC } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';

export const TreeSpeciesRef = builder.prismaObject('TreeSpecies', {
  description: '树种: a tree species, with the age limits that define its age classes.',
  fields: (t) => ({
    code: t.exposeID('code', { tag: 'public' }),
    name: t.exposeString('name', { tag: 'public' }),
    nameEn: t.exposeString('nameEn', { tag: 'public' }),
    scientificName: t.exposeString('scientificName', { tag: 'public' }),
    naturalAgeLimits: t.exposeIntList('naturalAgeLimits', { tag: 'public',
      description: 'Upper ages (years) of the young, middle-aged, near-mature and mature classes in natural stands.',
    }),
    plantedAgeLimits: t.exposeIntList('plantedAgeLimits', { tag: 'public',
      description: 'The same limits for planted stands.',
    }),
  }),
});

builder.queryFields((t) => ({
  treeSpecies: t.prismaField({
    ...PUBLIC,
    type: ['TreeSpecies'],
    resolve: (query, _root, _args, context) => context.db.treeSpecies.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
}));
