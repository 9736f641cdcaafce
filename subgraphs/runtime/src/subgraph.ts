import type { GraphQLSchema } from 'graphql';
import type { AuditEntryRecord } from './audit/record.js';
import type { ClientOptions, PrismaClientLike } from './database.js';

/**
 * Everything that makes a department subgraph different from the others. The runtime turns
 * it into a server with a database; a new department is a new folder exporting one of these.
 */
export interface SubgraphDefinition<Client extends PrismaClientLike = PrismaClientLike, Loaders = unknown> {
  /** Kebab-case name: the subgraph's name in the supergraph and the prefix of its settings. */
  name: string;
  /** Port used when `<NAME>_PORT` is not set; also the URL the supergraph records. */
  defaultPort: number;
  schema: GraphQLSchema;
  /** Absolute path of the Prisma migrations folder. */
  migrationsDir: string;
  createClient(options: ClientOptions): Client;
  createLoaders(db: Client): Loaders;
  /** Fills a freshly created database with the deterministic demo data. */
  seed(db: Client): Promise<void>;
  /**
   * Only the audit subgraph: stores the entries a department delivers, each entry id once.
   * Its presence makes the runtime serve the delivery endpoint instead of delivering.
   */
  storeAuditEntries?(db: Client, department: string, entries: AuditEntryRecord[]): Promise<void>;
}

export function defineSubgraph<Client extends PrismaClientLike, Loaders>(
  definition: SubgraphDefinition<Client, Loaders>,
): SubgraphDefinition<Client, Loaders> {
  return definition;
}
