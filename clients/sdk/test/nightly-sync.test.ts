import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestStack, type TestStack } from '@forestry/gateway/testing';
import { trustedDocumentsUrl } from '@forestry/sdk';
import { viewers } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNightlySync } from '../examples/nightly-sync.ts';

const example = new URL('../examples/nightly-sync.ts', import.meta.url).pathname;
const COUNTY = '230724';
const fireStaff = viewers.staff('fire-prevention', '230700');

let stack: TestStack;
let token: string;
let folder: string;
const out = () => join(folder, 'out');
const statePath = () => join(folder, 'state.json');

beforeAll(async () => {
  const manifest = JSON.parse(await readFile(trustedDocumentsUrl, 'utf8')) as Record<string, string>;
  stack = await startTestStack({ trustedDocuments: manifest });
  token = await stack.tokenFor(viewers.partner);
  folder = await mkdtemp(join(tmpdir(), 'forestry-nightly-sync-'));
});
afterAll(async () => {
  await stack?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Runs the example as a partner runs it: a process with command-line flags. */
async function runCli(): Promise<{ fireIncidents: string; quarantineCertificates: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    example,
    '--endpoint',
    stack.gateway.url,
    '--token',
    token,
    '--out',
    out(),
    '--state',
    statePath(),
  ]);
  return (JSON.parse(stdout) as { files: { fireIncidents: string; quarantineCertificates: string } }).files;
}

async function records(file: string): Promise<{ id: string; status?: string }[]> {
  const text = await readFile(file, 'utf8');
  return text === '' ? [] : text.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string });
}

async function totals(): Promise<{ incidents: number; certificates: number }> {
  const { data, errors } = await stack.request(`{ fireIncidents { totalCount } quarantineCertificates { totalCount } }`);
  expect(errors).toBeUndefined();
  return { incidents: data!.fireIncidents.totalCount, certificates: data!.quarantineCertificates.totalCount };
}

/** A fire reported now through the gateway by the prefecture's fire-prevention staff. */
async function reportFire(place: string): Promise<string> {
  const { data: found } = await stack.request(
    `query($county: ID!) { subCompartments(first: 1, filter: { divisionCode: $county }) { edges { node { id longitude latitude } } } }`,
    { county: COUNTY },
  );
  const subCompartment = found!.subCompartments.edges[0].node;
  const { data, errors } = await stack.request(
    `mutation($input: ReportFireIncidentInput!) { reportFireIncident(input: $input) { id } }`,
    {
      input: {
        divisionCode: COUNTY,
        subCompartmentId: subCompartment.id,
        place,
        longitude: subCompartment.longitude,
        latitude: subCompartment.latitude,
        detection: 'PATROL',
        reportedBy: '王建华',
        burnedArea: 0.5,
        affectedForestArea: 0.3,
      },
    },
    fireStaff,
  );
  expect(errors).toBeUndefined();
  return data!.reportFireIncident.id;
}

/** Moves a fire already being handled in the prefecture (other than `except`) one step on; returns its id. */
async function advanceActiveFire(except: string): Promise<string> {
  const { data } = await stack.request(
    `{ activeFireIncidents(divisionCode: "230700", first: 20) { edges { node { id allowedNextStatuses } } } }`,
    undefined,
    fireStaff,
  );
  const incident = (data!.activeFireIncidents.edges as { node: { id: string; allowedNextStatuses: string[] } }[])
    .map((edge) => edge.node)
    .find((node) => node.id !== except && node.allowedNextStatuses.some((status) => status !== 'FALSE_ALARM'))!;
  const status = incident.allowedNextStatuses.find((next) => next !== 'FALSE_ALARM');
  const { errors } = await stack.request(
    `mutation($id: ID!, $input: ChangeFireIncidentStatusInput!) { changeFireIncidentStatus(id: $id, input: $input) { id } }`,
    { id: incident.id, input: { status, changedBy: '李振江' } },
    fireStaff,
  );
  expect(errors).toBeUndefined();
  return incident.id;
}

const hundredths = (value: number) => Math.round(value * 100) / 100;

/** Revises the areas of another fire being handled upwards, leaving its status alone; returns its id. */
async function reviseActiveFire(except: string[]): Promise<string> {
  const { data } = await stack.request(
    `{ activeFireIncidents(divisionCode: "230700", first: 20) { edges { node { id burnedArea affectedForestArea } } } }`,
    undefined,
    fireStaff,
  );
  const incident = (data!.activeFireIncidents.edges as { node: { id: string; burnedArea: number; affectedForestArea: number } }[])
    .map((edge) => edge.node)
    .find((node) => !except.includes(node.id))!;
  const { errors } = await stack.request(
    `mutation($id: ID!, $input: UpdateFireBurnedAreaInput!) { updateFireBurnedArea(incidentId: $id, input: $input) { id } }`,
    { id: incident.id, input: { burnedArea: hundredths(incident.burnedArea + 2), affectedForestArea: hundredths(incident.affectedForestArea + 1), revisedBy: '李振江' } },
    fireStaff,
  );
  expect(errors).toBeUndefined();
  return incident.id;
}

describe('the nightly sync example', () => {
  it('first run: writes every incident and certificate, then the state', async () => {
    const files = await runCli();
    const expected = await totals();
    const incidents = await records(files.fireIncidents);
    expect(incidents).toHaveLength(expected.incidents);
    expect(new Set(incidents.map((incident) => incident.id)).size).toBe(expected.incidents);
    expect(await records(files.quarantineCertificates)).toHaveLength(expected.certificates);
    const state = JSON.parse(await readFile(statePath(), 'utf8'));
    expect(state.fireIncidents.mark).toMatch(/^\d{4}-/);
    expect(state.quarantineCertificates.mark).toMatch(/^\d{4}-/);
  });

  it('second run: writes exactly the fires reported, moved on or revised since', async () => {
    const reported = await reportFire('丰林县五营林场东坡');
    const changed = await advanceActiveFire(reported);
    const revised = await reviseActiveFire([reported, changed]);
    const files = await runCli();
    const incidents = await records(files.fireIncidents);
    expect(incidents.map((incident) => incident.id).sort()).toEqual([reported, changed, revised].sort());
    expect(await records(files.quarantineCertificates)).toEqual([]);
  });

  it('a failed run writes nothing and keeps the mark; the next run delivers what it missed', async () => {
    const stateBefore = await readFile(statePath(), 'utf8');
    const filesBefore = (await readdir(out())).sort();
    const missed = await reportFire('丰林县五营林场西坡');
    // The connection drops while the certificates are being read, after the incidents were.
    const failing: typeof fetch = async (input, init) => {
      if (String(init?.body).includes('QuarantineCertificatesIssued')) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    await expect(runNightlySync({ endpoint: stack.gateway.url, token, out: out(), state: statePath(), fetch: failing })).rejects.toThrow(
      'fetch failed',
    );
    expect(await readFile(statePath(), 'utf8')).toBe(stateBefore);
    expect((await readdir(out())).sort()).toEqual(filesBefore);

    const files = await runCli();
    expect((await records(files.fireIncidents)).map((incident) => incident.id)).toEqual([missed]);
    expect(JSON.parse(await readFile(statePath(), 'utf8')).fireIncidents.mark > JSON.parse(stateBefore).fireIncidents.mark).toBe(true);
  });
});
