import { subgraphPrismaConfig } from '@forestry/subgraph-runtime/prisma-config';

export default subgraphPrismaConfig();
