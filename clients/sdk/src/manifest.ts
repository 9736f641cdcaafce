/**
 * The trusted-documents manifest the build writes next to this module: `{ "<sha256>": "<operation>" }`
 * for every operation of this package. The gateway must load it to run them. Its content is
 * also exported as `@forestry/sdk/trusted-documents.json`.
 */
export const trustedDocumentsUrl = new URL('./trusted-documents.json', import.meta.url);

/** The manifest's shape: operation text by the sha256 (hex) of exactly that text. */
export type TrustedDocuments = Record<string, string>;
