import { PUBLIC } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { DivisionRef } from './divisions.js';
import { TreeSpeciesRef } from './tree-species.js';
import type { ForestStatistics, ForestTotals } from '../loaders/forest-statistics.js';
import { AgeClassEnum, ForestCategoryEnum, ForestOriginEnum } from './enums.js';

const ForestTotalsRef = builder.interfaceRef<ForestTotals>('ForestTotals').implement({
  description: 'The measures every forest statistics row shares.',
  fields: (t) => ({
    area: t.float({ tag: 'public', description: 'Forest area, hectares.', resolve: (row) => row.area }),
    stockVolume: t.float({ tag: 'public', description: 'Standing stock volume, cubic metres.', resolve: (row) => row.stockVolume }),
    subCompartmentCount: t.int({ tag: 'public', resolve: (row) => row.subCompartmentCount }),
    stockVolumePerHectare: t.float({ tag: 'public',
      description: 'Average standing stock per hectare (m³/ha).',
      resolve: (row) => (row.area === 0 ? 0 : Math.round((row.stockVolume / row.area) * 10) / 10),
    }),
  }),
});

const SpeciesStatisticsRef = builder.objectRef<ForestTotals & { speciesCode: string }>('SpeciesStatistics');
SpeciesStatisticsRef.implement({
  interfaces: [ForestTotalsRef],
  description: 'Area and stock of the stands dominated by one species.',
  fields: (t) => ({
        species: t.field({ tag: 'public',
      type: TreeSpeciesRef,
      resolve: async (row, _args, context) => (await context.loaders.treeSpecies.load(row.speciesCode))!,
    }),
  }),
});

const OriginStatisticsRef = builder.objectRef<ForestTotals & { origin: ForestStatistics['byOrigin'][number]['origin'] }>('OriginStatistics');
OriginStatisticsRef.implement({
  interfaces: [ForestTotalsRef],
  fields: (t) => ({ origin: t.field({ tag: 'public', type: ForestOriginEnum, resolve: (row) => row.origin }) }),
});

const AgeClassStatisticsRef = builder.objectRef<ForestTotals & { ageClass: ForestStatistics['byAgeClass'][number]['ageClass'] }>('AgeClassStatistics');
AgeClassStatisticsRef.implement({
  interfaces: [ForestTotalsRef],
  fields: (t) => ({ ageClass: t.field({ tag: 'public', type: AgeClassEnum, resolve: (row) => row.ageClass }) }),
});

const ForestCategoryStatisticsRef = builder.objectRef<ForestTotals & { forestCategory: ForestStatistics['byForestCategory'][number]['forestCategory'] }>('ForestCategoryStatistics');
ForestCategoryStatisticsRef.implement({
    interfaces: [ForestTotalsRef],
    fields: (t) => ({
            forestCategory: t.field({ tag: 'public', type: ForestCategoryEnum, resolve: (row) => row.forestCategory }),
    }),
  });

const DivisionStatisticsRef = builder.objectRef<ForestTotals & { divisionCode: string }>('DivisionStatistics');
DivisionStatisticsRef.implement({
  interfaces: [ForestTotalsRef],
  description: 'Totals of one child division.',
  fields: (t) => ({
        division: t.field({ tag: 'public',
      type: DivisionRef,
      resolve: async (row, _args, context) => (await context.loaders.division.load(row.divisionCode))!,
    }),
  }),
});

export const ForestStatisticsRef = builder.objectRef<ForestStatistics>('ForestStatistics');
ForestStatisticsRef.implement({
  interfaces: [ForestTotalsRef],
  description: '森林资源统计: forest area and stock volume of a division, broken down as a leader reads them.',
  fields: (t) => ({
        bySpecies: t.field({ tag: 'public', type: [SpeciesStatisticsRef], description: 'By dominant species, largest area first.', resolve: (s) => s.bySpecies }),
    byOrigin: t.field({ tag: 'public', type: [OriginStatisticsRef], resolve: (s) => s.byOrigin }),
    byAgeClass: t.field({ tag: 'public', type: [AgeClassStatisticsRef], resolve: (s) => s.byAgeClass }),
    byForestCategory: t.field({ tag: 'public', type: [ForestCategoryStatisticsRef], resolve: (s) => s.byForestCategory }),
    byDivision: t.field({ tag: 'public', type: [DivisionStatisticsRef], description: 'By direct child division, largest area first.', resolve: (s) => s.byDivision }),
  }),
});

builder.queryFields((t) => ({
  forestStatistics: t.field({
    ...PUBLIC,
    type: ForestStatisticsRef,
    nullable: true,
    description: 'Forest statistics of a division (null when the code is unknown).',
    args: { divisionCode: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => context.loaders.forestStatistics.load(String(args.divisionCode)),
  }),
}));
