import { FEDERATION } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import './enums.js';
import './species.js';
import './reserves.js';
import './observations.js';
import './observation-mutations.js';
import './permits.js';
import './permit-mutations.js';
import './forest-resources.js';

export const schema = builder.toSubGraphSchema(FEDERATION);
