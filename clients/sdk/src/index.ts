// The partner client: operations on the full graph, for callers with a token.
export * from './client.js';
export * from './generated/partner/graphql.js';
export { trustedDocumentsUrl, type TrustedDocuments } from './manifest.js';
