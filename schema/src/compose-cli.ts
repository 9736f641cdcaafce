import { writeSupergraph } from './compose.js';

const path = await writeSupergraph();
console.log(`Wrote ${path}`);
// Importing the subgraphs loads Prisma clients that keep no handles; exit explicitly anyway.
process.exit(0);
