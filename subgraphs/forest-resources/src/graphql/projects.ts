import { PUBLIC } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { ProjectKindEnum } from './enums.js';

export const ForestryProjectRef = builder.prismaObject('ForestryProject', {
  description: '林业重点工程: a key forestry project and its progress.',
  fields: (t) => ({
    code: t.exposeID('code', { tag: 'public' }),
    name: t.exposeString('name', { tag: 'public' }),
    nameEn: t.exposeString('nameEn', { tag: 'public' }),
    kind: t.expose('kind', { tag: 'public', type: ProjectKindEnum }),
    startYear: t.exposeInt('startYear', { tag: 'public' }),
    endYear: t.exposeInt('endYear', { tag: 'public', nullable: true }),
    budget: t.float({ tag: 'public', description: 'Budget in 万元 (10,000 yuan).', resolve: (project) => Number(project.budget) }),
    plannedArea: t.float({ tag: 'public', description: 'Hectares.', resolve: (project) => Number(project.plannedArea) }),
    completedArea: t.float({ tag: 'public', description: 'Hectares.', resolve: (project) => Number(project.completedArea) }),
    completion: t.float({ tag: 'public',
      description: 'Completed share of the planned area, 0 to 1.',
      resolve: (project) => (Number(project.plannedArea) === 0 ? 0 : Number(project.completedArea) / Number(project.plannedArea)),
    }),
    divisions: t.relation('divisions', { tag: 'public', query: { orderBy: { code: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  forestryProjects: t.prismaField({
    ...PUBLIC,
    type: ['ForestryProject'],
    description: 'Key forestry projects, newest first.',
    args: { kind: t.arg({ type: ProjectKindEnum }) },
    resolve: (query, _root, args, context) =>
      context.db.forestryProject.findMany({
        ...query,
        where: args.kind ? { kind: args.kind } : {},
        orderBy: [{ startYear: 'desc' }, { code: 'asc' }],
      }),
  }),
}));
