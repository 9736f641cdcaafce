// The public client: operations on the public contract, which anyone may run without a token.
export * from './client.js';
export * from './generated/public/graphql.js';
