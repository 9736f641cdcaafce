import { FEDERATION } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import './enums.js';
import './federation.js';
import './pests.js';
import './occurrences.js';
import './occurrence-mutations.js';
import './treatments.js';
import './treatment-mutations.js';
import './infestation.js';
import './sub-compartments.js';
import './quarantine.js';
import './quarantine-mutations.js';

export const schema = builder.toSubGraphSchema(FEDERATION);
