import { FEDERATION } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import './enums.js';
import './federation.js';
import './office-units.js';
import './documents.js';
import './document-mutations.js';
import './document-search.js';
import './document-statistics.js';
import './meetings.js';
import './supervision.js';
import './supervision-events.js';
import './information-reports.js';
import './archives.js';

export const schema = builder.toSubGraphSchema(FEDERATION);
