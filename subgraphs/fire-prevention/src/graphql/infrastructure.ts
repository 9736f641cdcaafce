import { checkPageSize } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { FireLookoutTowerStatus, FireResourceKind } from '../generated/prisma/enums.js';
import { atOrUnder, MAX_PAGE_SIZE } from './arguments.js';
import { FireLookoutTowerStatusEnum, FireResourceKindEnum } from './enums.js';
import { DivisionRef } from './federation.js';

builder.prismaObject('FireLookoutTower', {
  description: '瞭望塔: a lookout tower from which fires are spotted.',
  fields: (t) => ({
    code: t.exposeID('code'),
    name: t.exposeString('name'),
    division: t.field({ type: DivisionRef, description: 'The county.', resolve: (tower) => ({ code: tower.divisionCode }) }),
    longitude: t.expose('longitude', { type: 'Longitude' }),
    latitude: t.expose('latitude', { type: 'Latitude' }),
    height: t.float({ description: 'Metres.', resolve: (tower) => Number(tower.height) }),
    elevation: t.exposeInt('elevation', { description: 'Metres above sea level.' }),
    builtYear: t.exposeInt('builtYear'),
    hasCamera: t.exposeBoolean('hasCamera', { description: 'Whether a video camera watches from the tower (视频监控).' }),
    status: t.expose('status', { type: FireLookoutTowerStatusEnum }),
    fireIncidents: t.relatedConnection('fireIncidents', {
      cursor: 'id',
      maxSize: MAX_PAGE_SIZE,
      totalCount: true,
      description: 'Fires spotted from this tower, newest first.',
      query: { orderBy: [{ reportedAt: 'desc' }, { id: 'asc' }] },
    }),
  }),
});

builder.prismaObject('FirePatrolRoute', {
  description: '巡护路线: a route the rangers patrol in the fire season.',
  fields: (t) => ({
    code: t.exposeID('code'),
    name: t.exposeString('name'),
    division: t.field({ type: DivisionRef, description: 'The county.', resolve: (route) => ({ code: route.divisionCode }) }),
    length: t.float({ description: 'Kilometres.', resolve: (route) => Number(route.length) }),
    patrols: t.relatedConnection('patrols', {
      cursor: 'id',
      maxSize: MAX_PAGE_SIZE,
      totalCount: true,
      description: 'Patrols along the route, newest first.',
      query: { orderBy: [{ startedAt: 'desc' }, { id: 'asc' }] },
    }),
  }),
});

builder.prismaObject('FirePatrol', {
  description: '巡护: one patrol along a route and what it found.',
  fields: (t) => ({
    id: t.exposeID('id'),
    route: t.relation('route'),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    endedAt: t.expose('endedAt', { type: 'DateTime' }),
    patrollers: t.exposeStringList('patrollers', { description: '护林员.' }),
    hazardsFound: t.exposeInt('hazardsFound', { description: '排查火灾隐患: fire hazards found and removed.' }),
    illegalFireUseStopped: t.exposeInt('illegalFireUseStopped', { description: '制止违规野外用火: unauthorised fire use stopped.' }),
    notes: t.exposeString('notes', { nullable: true }),
  }),
});

builder.prismaObject('FireResource', {
  description: '扑火力量: a fire-fighting team, equipment cache or aviation station.',
  fields: (t) => ({
    code: t.exposeID('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: FireResourceKindEnum }),
    division: t.field({ type: DivisionRef, description: 'The county where it is based.', resolve: (resource) => ({ code: resource.divisionCode }) }),
    longitude: t.expose('longitude', { type: 'Longitude' }),
    latitude: t.expose('latitude', { type: 'Latitude' }),
    personnel: t.exposeInt('personnel'),
    vehicles: t.exposeInt('vehicles'),
    fireBlowers: t.exposeInt('fireBlowers', { description: '风力灭火机.' }),
    waterPumps: t.exposeInt('waterPumps'),
    aircraft: t.exposeInt('aircraft'),
    responseActions: t.relatedConnection('responseActions', {
      cursor: 'id',
      maxSize: MAX_PAGE_SIZE,
      totalCount: true,
      description: 'The times it was sent to a fire, newest first.',
      query: { orderBy: [{ orderedAt: 'desc' }, { id: 'asc' }] },
    }),
  }),
});

type DivisionArgument = string | number | null | undefined;

function towersWhere(args: { divisionCode?: DivisionArgument; status?: FireLookoutTowerStatus | null }): Prisma.FireLookoutTowerWhereInput {
  return { ...atOrUnder(args.divisionCode), ...(args.status ? { status: args.status } : {}) };
}

function resourcesWhere(args: { divisionCode?: DivisionArgument; kinds?: FireResourceKind[] | null }): Prisma.FireResourceWhereInput {
  return { ...atOrUnder(args.divisionCode), ...(args.kinds ? { kind: { in: args.kinds } } : {}) };
}

builder.queryFields((t) => ({
  fireLookoutTower: t.prismaField({
    type: 'FireLookoutTower',
    nullable: true,
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.fireLookoutTower.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
  fireLookoutTowers: t.prismaConnection({
    type: 'FireLookoutTower',
    cursor: 'code',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Lookout towers at or under a division, by code.',
    args: {
      divisionCode: t.arg.id(),
      status: t.arg({ type: FireLookoutTowerStatusEnum }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireLookoutTower.count({ where: towersWhere(args) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireLookoutTower.findMany({ ...query, where: towersWhere(args), orderBy: { code: 'asc' } });
    },
  }),
  firePatrolRoutes: t.prismaConnection({
    type: 'FirePatrolRoute',
    cursor: 'code',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Patrol routes at or under a division, by code.',
    args: { divisionCode: t.arg.id() },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.firePatrolRoute.count({ where: atOrUnder(args.divisionCode) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.firePatrolRoute.findMany({ ...query, where: atOrUnder(args.divisionCode), orderBy: { code: 'asc' } });
    },
  }),
  fireResource: t.prismaField({
    type: 'FireResource',
    nullable: true,
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.fireResource.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
  fireResources: t.prismaConnection({
    type: 'FireResource',
    cursor: 'code',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Fire-fighting teams, caches and aviation stations at or under a division, by code.',
    args: {
      divisionCode: t.arg.id(),
      kinds: t.arg({ type: [FireResourceKindEnum] }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireResource.count({ where: resourcesWhere(args) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireResource.findMany({ ...query, where: resourcesWhere(args), orderBy: { code: 'asc' } });
    },
  }),
}));
