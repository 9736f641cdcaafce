import { FEDERATION } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import './enums.js';
import './deadline.js';
import './catalogue.js';
import './licensing-items.js';
import './licence-applications.js';
import './licence-application-mutations.js';
import './licence-application-events.js';
import './licensing-statistics.js';
import './disclosure-requests.js';
import './mailbox.js';
import './notices.js';

export const schema = builder.toSubGraphSchema(FEDERATION);
