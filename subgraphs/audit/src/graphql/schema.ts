import { FEDERATION } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import './audit-log.js';

export const schema = builder.toSubGraphSchema(FEDERATION);
