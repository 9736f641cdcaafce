import { FEDERATION } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import './enums.js';
import './fire-danger.js';
import './fire-danger-mutations.js';
import './infrastructure.js';
import './incidents.js';
import './incident-mutations.js';
import './alerts.js';
import './alert-mutations.js';
import './duty.js';
import './duty-mutations.js';
import './season-statistics.js';
import './subscriptions.js';
import './federation.js';

export const schema = builder.toSubGraphSchema(FEDERATION);
