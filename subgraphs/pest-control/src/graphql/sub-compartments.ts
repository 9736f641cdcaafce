import { builder } from '../builder.js';
import { SubCompartmentRef } from './federation.js';
import { PestOccurrenceRef } from './occurrences.js';

builder.objectFields(SubCompartmentRef, (t) => ({
  pestOccurrences: t.field({
    type: [PestOccurrenceRef],
    description: '林业有害生物发生记录: every occurrence surveyed in this sub-compartment, newest first.',
    resolve: (subCompartment, _args, context) => context.loaders.occurrencesBySubCompartment.load(subCompartment.id),
  }),
}));
