import { checkPageSize } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { OfficeDocumentRef } from './documents.js';
import { OfficeUnitRef } from './office-units.js';
import { MAX_PAGE_SIZE } from './pagination.js';

// Entities owned by forest-resources: this subgraph refers to them by key and adds to them the
// documents that concern them.

const DivisionRef = builder.externalRef('Division', builder.selection<{ code: string }>('code')).implement({
  fields: (t) => ({ code: t.exposeID('code') }),
});

const SubCompartmentRef = builder.externalRef('SubCompartment', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

const DOCUMENTS_PER_ENTITY = 10;

builder.objectFields(DivisionRef, (t) => ({
  documents: t.field({
    type: [OfficeDocumentRef],
    description: '公文: the documents concerning this division that the caller may see, newest first.',
    args: { first: t.arg.int({ defaultValue: DOCUMENTS_PER_ENTITY, description: `At most ${MAX_PAGE_SIZE}.` }) },
    resolve: async (division, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const entries = await context.loaders.documents(context.viewer.clearance).byDivision.load(division.code);
      return entries.slice(0, args.first ?? DOCUMENTS_PER_ENTITY).map((entry) => entry.document);
    },
  }),
}));

builder.objectFields(SubCompartmentRef, (t) => ({
  documents: t.field({
    type: [OfficeDocumentRef],
    description: '公文: the documents concerning this sub-compartment that the caller may see, newest first.',
    args: { first: t.arg.int({ defaultValue: DOCUMENTS_PER_ENTITY, description: `At most ${MAX_PAGE_SIZE}.` }) },
    resolve: async (subCompartment, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const entries = await context.loaders.documents(context.viewer.clearance).bySubCompartment.load(subCompartment.id);
      return entries.slice(0, args.first ?? DOCUMENTS_PER_ENTITY).map((entry) => entry.document);
    },
  }),
}));

builder.objectFields(OfficeDocumentRef, (t) => ({
  province: t.field({
    type: DivisionRef,
    description: 'The province whose forestry department holds the document.',
    resolve: (document) => ({ code: document.provinceCode }),
  }),
  divisions: t.field({
    type: [DivisionRef],
    description: 'The administrative divisions the document concerns.',
    resolve: (document) => document.divisionCodes.map((code) => ({ code })),
  }),
  subCompartments: t.field({
    type: [SubCompartmentRef],
    description: 'The sub-compartments (小班) the document concerns.',
    resolve: (document) => document.subCompartmentIds.map((id) => ({ id })),
  }),
}));

builder.objectFields(OfficeUnitRef, (t) => ({
  province: t.field({
    type: DivisionRef,
    description: 'The province whose forestry department the unit belongs to.',
    resolve: (unit) => ({ code: unit.provinceCode }),
  }),
}));
