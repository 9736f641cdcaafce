import { writeSchemaFiles } from './compose.js';

for (const path of await writeSchemaFiles()) console.log(`Wrote ${path}`);
// Importing the subgraphs loads Prisma clients that keep no handles; exit explicitly anyway.
process.exit(0);
