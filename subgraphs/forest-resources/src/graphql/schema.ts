import { FEDERATION } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import './enums.js';
import './divisions.js';
import './forestry-units.js';
import './tree-species.js';
import './sub-compartments.js';
import './sub-compartment-mutations.js';
import './statistics.js';
import './projects.js';

export const schema = builder.toSubGraphSchema(FEDERATION);
