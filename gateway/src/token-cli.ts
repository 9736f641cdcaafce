import { parseArgs } from 'node:util';
import { CLEARANCES, ROLES, type Clearance, type Role } from '@forestry/subgraph-runtime';
import { signDevelopmentToken } from './identity.js';

const usage = `Prints a development token for the local gateway.

  npm run token -- --role leader
  npm run token -- --role staff --department pest-control --division 230700
  npm run token -- --role partner | public | admin

Options: --role (${ROLES.join('|')}), --department <subgraph>, --division <GB/T 2260 code>,
         --clearance (${CLEARANCES.join('|')}), --subject <id>, --expires <e.g. 12h>`;

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    department: { type: 'string' },
    division: { type: 'string' },
    clearance: { type: 'string' },
    subject: { type: 'string' },
    expires: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help || !values.role || !(ROLES as readonly string[]).includes(values.role)) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
if (values.role === 'public') {
  console.error('The public needs no token: send requests without an Authorization header.');
  process.exit(0);
}
try {
  const token = await signDevelopmentToken({
    subject: values.subject ?? `dev-${values.role}`,
    role: values.role as Role,
    department: values.department,
    division: values.division,
    clearance: values.clearance as Clearance | undefined,
    expiresIn: values.expires,
  });
  console.log(token);
} catch (error) {
  console.error(`Cannot sign: ${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
