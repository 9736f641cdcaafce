import { builder } from '../builder.js';
import { ProjectKindEnum } from './enums.js';

export const ForestryProjectRef = builder.prismaObject('ForestryProject', {
  description: '林业重点工程: a key forestry project and its progress.',
  fields: (t) => ({
    code: t.exposeID('code'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    kind: t.expose('kind', { type: ProjectKindEnum }),
    startYear: t.exposeInt('startYear'),
    endYear: t.exposeInt('endYear', { nullable: true }),
    budget: t.float({ description: 'Budget in 万元 (10,000 yuan).', resolve: (project) => Number(project.budget) }),
    plannedArea: t.float({ description: 'Hectares.', resolve: (project) => Number(project.plannedArea) }),
    completedArea: t.float({ description: 'Hectares.', resolve: (project) => Number(project.completedArea) }),
    completion: t.float({
      description: 'Completed share of the planned area, 0 to 1.',
      resolve: (project) => (Number(project.plannedArea) === 0 ? 0 : Number(project.completedArea) / Number(project.plannedArea)),
    }),
    divisions: t.relation('divisions', { query: { orderBy: { code: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  forestryProjects: t.prismaField({
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
