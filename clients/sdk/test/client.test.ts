import { createHash } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readFile } from 'node:fs/promises';
import { startTestStack, type TestStack } from '@forestry/gateway/testing';
import { viewers } from '@forestry/subgraph-runtime/testing';
import * as partner from '@forestry/sdk';
import * as open from '@forestry/sdk/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { createForestryClient, ForestryError, trustedDocumentsUrl } = partner;
type TypedDocument = TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

const manifest = JSON.parse(await readFile(trustedDocumentsUrl, 'utf8')) as Record<string, string>;

let stack: TestStack;
let partnerToken: string;
let receiptNumber: string;
beforeAll(async () => {
  stack = await startTestStack({ trustedDocuments: manifest });
  partnerToken = await stack.tokenFor(viewers.partner);
  // Administrators are not bound to trusted documents: look up a receipt number the public can follow.
  const { data } = await stack.request(`{ licenceApplications(first: 1) { edges { node { receiptNumber } } } }`);
  receiptNumber = data!.licenceApplications.edges[0].node.receiptNumber;
});
afterAll(() => stack?.stop());

/** The generated documents of an entry point, by operation name. */
function documentsOf(entry: Record<string, unknown>): Map<string, TypedDocument> {
  return new Map(
    Object.entries(entry)
      .filter(([name]) => name.endsWith('Document'))
      .map(([name, document]) => [name.slice(0, -'Document'.length), document as TypedDocument]),
  );
}

const hashOf = (document: TypedDocument) => (document as { __meta__?: { hash?: string } }).__meta__?.hash;

/** Variables that make each operation return real data from the seeded databases. */
const partnerVariables: Record<string, Record<string, unknown>> = {
  FireIncidentsChanged: { first: 5 },
  ActiveFireIncidents: { first: 5 },
  ActiveFireAlerts: { first: 5 },
  QuarantineCertificatesIssued: { first: 5 },
  FireDangerByCounty: { divisionCode: '230700', date: '2026-10-20' },
};
const publicVariables = (): Record<string, Record<string, unknown>> => ({
  ApplicationStatus: { receiptNumber },
  DisclosureCatalogue: {},
  DisclosureItems: { first: 5 },
  PublicNotices: { first: 5 },
  VerifyQuarantineCertificate: { number: '230718202600013', asOf: '2026-11-01T10:00:00+08:00' },
});

/** Every top-level field answered, every top-level list and connection non-empty. */
function expectRealData(data: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(data)) {
    expect(value, `${field} is null`).not.toBeNull();
    if (Array.isArray(value)) expect(value.length, `${field} is empty`).toBeGreaterThan(0);
    const edges = (value as { edges?: unknown[] }).edges;
    if (edges) expect(edges.length, `${field} has no edges`).toBeGreaterThan(0);
  }
}

describe('the trusted-documents manifest', () => {
  it('holds every operation of both sets under the sha256 of exactly its text', () => {
    const hashes = [...documentsOf(partner).values(), ...documentsOf(open).values()].map(hashOf);
    expect(hashes.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(manifest).sort()).toEqual([...new Set(hashes)].sort());
    for (const [hash, text] of Object.entries(manifest)) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    }
  });
});

describe('partner operations', () => {
  const operations = [...documentsOf(partner)];

  it('have test variables, so that none goes untried', () => {
    expect(operations.map(([name]) => name).sort()).toEqual(Object.keys(partnerVariables).sort());
  });

  it.each(operations)('%s returns data for a partner, sent as a hash only', async (name, document) => {
    const sent: unknown[] = [];
    const client = createForestryClient({
      endpoint: stack.gateway.url,
      token: partnerToken,
      fetch: (input, init) => {
        sent.push(JSON.parse(String(init?.body)));
        return fetch(input, init);
      },
    });
    const data = await client.execute(document, partnerVariables[name]!);
    expectRealData(data as Record<string, unknown>);
    expect(sent).toEqual([
      { operationName: name, variables: partnerVariables[name], extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(document) } } },
    ]);
  });

  it('joins other departments: an incident carries its prefecture and sub-compartment', async () => {
    const client = createForestryClient({ endpoint: stack.gateway.url, token: partnerToken });
    const { fireIncidents } = await client.execute(partner.FireIncidentsChangedDocument, { first: 50 });
    const inInventory = fireIncidents!.edges.map((edge) => edge.node).find((incident) => incident.subCompartment);
    expect(inInventory?.division.parent?.name).toMatch(/市|州|地区/);
    expect(inInventory?.subCompartment?.compartment.forestryUnit.name).toBeTruthy();
  });

  it('pages through a connection until its last page', async () => {
    const client = createForestryClient({ endpoint: stack.gateway.url, token: partnerToken });
    const { activeFireIncidents: firstPage } = await client.execute(partner.ActiveFireIncidentsDocument, { first: 1 });
    const activeFireIncidents = firstPage!;
    const ids: string[] = [];
    let pages = 0;
    const pageSize = Math.max(1, Math.ceil(activeFireIncidents.totalCount / 3));
    for await (const page of client.pages(partner.ActiveFireIncidentsDocument, { first: pageSize }, (data) => data.activeFireIncidents)) {
      pages += 1;
      ids.push(...page.edges.map((edge) => edge.node.id));
    }
    expect(activeFireIncidents.totalCount).toBeGreaterThan(1);
    expect(pages).toBe(Math.ceil(activeFireIncidents.totalCount / pageSize));
    expect(new Set(ids).size).toBe(activeFireIncidents.totalCount);
  });
});

describe('public operations', () => {
  const operations = [...documentsOf(open)];

  it('have test variables, so that none goes untried', () => {
    expect(operations.map(([name]) => name).sort()).toEqual(Object.keys(publicVariables()).sort());
  });

  it.each(operations)('%s returns data without a token', async (name, document) => {
    const client = open.createForestryClient({ endpoint: stack.gateway.url });
    expectRealData((await client.execute(document, publicVariables()[name]!)) as Record<string, unknown>);
  });

  it('run on the public endpoint too', async () => {
    const client = open.createForestryClient({ endpoint: stack.gateway.publicUrl });
    const { applicationStatus } = await client.execute(open.ApplicationStatusDocument, { receiptNumber });
    expect(applicationStatus?.receiptNumber).toBe(receiptNumber);
  });

  it('answer null, not an error, for a receipt number never issued', async () => {
    const client = open.createForestryClient({ endpoint: stack.gateway.url });
    expect(await client.execute(open.ApplicationStatusDocument, { receiptNumber: 'NO-SUCH-RECEIPT' })).toEqual({ applicationStatus: null });
  });
});

describe('errors', () => {
  const partnerClient = () => createForestryClient({ endpoint: stack.gateway.url, token: partnerToken });

  async function refusal(work: Promise<unknown>): Promise<InstanceType<typeof ForestryError>> {
    const error = await work.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ForestryError);
    return error as InstanceType<typeof ForestryError>;
  }

  it('a rule of the subgraph: BAD_USER_INPUT with the problem', async () => {
    const error = await refusal(partnerClient().execute(partner.FireDangerByCountyDocument, { divisionCode: '2307', date: '2026-10-20' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.errors[0]?.extensions?.problems).toEqual([expect.objectContaining({ field: 'divisionCode' })]);
  });

  it('a variable of the wrong type: BAD_USER_INPUT before anything runs', async () => {
    const client = open.createForestryClient({ endpoint: stack.gateway.url });
    const error = await refusal(client.execute(open.ApplicationStatusDocument, { receiptNumber: null as unknown as string }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('receiptNumber');
  });

  it('a page larger than the connection allows', async () => {
    const error = await refusal(partnerClient().execute(partner.FireIncidentsChangedDocument, { first: 500 }));
    expect(error.codes).toContain('BAD_USER_INPUT');
  });

  it('an invalid token: UNAUTHENTICATED with HTTP 401', async () => {
    const client = createForestryClient({ endpoint: stack.gateway.url, token: 'not-a-token' });
    const error = await refusal(client.execute(partner.ActiveFireAlertsDocument, { first: 1 }));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.status).toBe(401);
  });

  it('a document the gateway does not trust: PERSISTED_QUERY_NOT_FOUND', async () => {
    const unknown = { ...partner.ActiveFireAlertsDocument, __meta__: { hash: 'f'.repeat(64) } } as typeof partner.ActiveFireAlertsDocument;
    const error = await refusal(partnerClient().execute(unknown, { first: 1 }));
    expect(error.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('a document not generated for trusted use is refused before sending', async () => {
    const { __meta__: _hash, ...plain } = partner.ActiveFireAlertsDocument as typeof partner.ActiveFireAlertsDocument & { __meta__: unknown };
    await expect(partnerClient().execute(plain as typeof partner.ActiveFireAlertsDocument, { first: 1 })).rejects.toThrow(/trusted document/);
  });
});

describe('partners and query text', () => {
  const postAsPartner = async (body: Record<string, unknown>) => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${partnerToken}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
  };

  it('refuses a free-form query from a partner with TRUSTED_DOCUMENT_REQUIRED', async () => {
    const { body } = await postAsPartner({ query: '{ fireIncidents(first: 1) { totalCount } }' });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('refuses the text of a trusted document too, even with its hash', async () => {
    const [hash, text] = Object.entries(manifest).find(([, query]) => query.includes('ActiveFireAlerts'))!;
    const { body } = await postAsPartner({ query: text, variables: { first: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('still answers staff who send query text', async () => {
    const { data, errors } = await stack.request(`{ fireIncidents(first: 1) { totalCount } }`, undefined, viewers.leader);
    expect(errors).toBeUndefined();
    expect(data!.fireIncidents.totalCount).toBeGreaterThan(0);
  });
});
