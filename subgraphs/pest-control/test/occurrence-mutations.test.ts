import { generateInventory, type SubCompartmentSeed } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pestControl from '../src/index.js';
import { generateOutbreaks } from '../src/seed/outbreaks.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(pestControl);
});
afterAll(() => subgraph?.stop());

// Oak stands without any occurrence: hosts of the spongy moth (LYMADI), not of blister rust (CRONRI).
const surveyed = new Set(generateOutbreaks().occurrences.map((occurrence) => occurrence.subCompartmentId));
const oakStands = generateInventory().subCompartments.filter((sub) => sub.dominantSpeciesCode === 'QUMO' && !surveyed.has(sub.id));
const county = oakStands.find((stand) => oakStands.filter((sub) => sub.divisionCode === stand.divisionCode).length >= 3)!.divisionCode;
const [target, neighbour, third] = oakStands.filter((sub) => sub.divisionCode === county) as [SubCompartmentSeed, SubCompartmentSeed, SubCompartmentSeed];
const elsewhere = oakStands.find((sub) => sub.divisionCode !== county)!;
const spare = oakStands.find((sub) => sub.divisionCode !== county && sub !== elsewhere)!;

const surveyOf = (sub: SubCompartmentSeed, change: Record<string, unknown> = {}) => ({
  pestCode: 'LYMADI',
  subCompartmentId: sub.id,
  subCompartmentArea: sub.area,
  surveyedOn: '2026-10-20',
  surveyor: '刘长林',
  indicatorValue: 0.6,
  affectedArea: Math.min(2.5, sub.area),
  ...change,
});

const record = `mutation($input: RecordPestOccurrenceInput!) {
  recordPestOccurrence(input: $input) { id severity status affectedArea surveyedOn division { code } subCompartment { id } pest { code } }
}`;
const treat = `mutation($input: RecordPestTreatmentInput!) {
  recordPestTreatment(input: $input) { id result pest { code } division { code } occurrences { id status controlledOn } }
}`;

/** Everything the mutations under test could change. */
async function snapshot() {
  const { data, errors } = await subgraph.request(
    `query($representations: [_Any!]!) {
      pestOccurrences { totalCount }
      pestTreatments { totalCount }
      _entities(representations: $representations) {
        ... on SubCompartment { pestOccurrences { id status controlledOn treatments { id } } }
      }
    }`,
    { representations: [target, neighbour, third, elsewhere, spare].map((sub) => ({ __typename: 'SubCompartment', id: sub.id })) },
  );
  expect(errors).toBeUndefined();
  return data;
}

async function expectRefused(mutation: string, input: Record<string, unknown>, code: string, field?: string) {
  const before = await snapshot();
  const { data, errors } = await subgraph.request(mutation, { input });
  expect(data).toBeNull();
  expect(errors?.[0]?.extensions?.code).toBe(code);
  if (field) expect(errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  expect(await snapshot()).toEqual(before);
  return errors![0]!;
}

async function recordSurvey(input: Record<string, unknown>) {
  const { data, errors } = await subgraph.request(record, { input });
  expect(errors).toBeUndefined();
  return data!.recordPestOccurrence;
}

const ids: Record<string, string> = {};

describe('recordPestOccurrence', () => {
  it('records a survey as an ACTIVE occurrence, with the severity and county derived', async () => {
    const activeCount = async () =>
      (
        await subgraph.request(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Division { activePestOccurrenceCount } } }`, {
          r: [{ __typename: 'Division', code: target.divisionCode }],
        })
      ).data!._entities[0].activePestOccurrenceCount;
    const before = await activeCount();
    const occurrence = await recordSurvey(surveyOf(target));
    expect(occurrence).toMatchObject({
      severity: 'MODERATE',
      status: 'ACTIVE',
      affectedArea: Math.min(2.5, target.area),
      surveyedOn: '2026-10-20',
      division: { code: target.divisionCode },
      subCompartment: { id: target.id },
      pest: { code: 'LYMADI' },
    });
    expect(await activeCount()).toBe(before + 1);
    ids.target = occurrence.id;
  });

  it('accepts the snapshot area within 0.01 ha, and any stand for a pest without host restriction', async () => {
    const occurrence = await recordSurvey(surveyOf(target, { pestCode: 'AMBRTR', indicatorValue: 25, subCompartmentArea: target.area + 0.01 }));
    expect(occurrence).toMatchObject({ severity: 'MODERATE', pest: { code: 'AMBRTR' } });
    ids.weed = occurrence.id;
  });

  it.each([
    ['a negative affected area', { affectedArea: -1 }, 'input.affectedArea'],
    ['an affected area with 3 decimals', { affectedArea: 1.234 }, 'input.affectedArea'],
    ['an affected area larger than the sub-compartment', { affectedArea: Math.round((spare.area + 1) * 100) / 100 }, 'input.affectedArea'],
    ['a survey in the future', { surveyedOn: '2999-06-01' }, 'input.surveyedOn'],
    ['an unknown pest', { pestCode: 'NOSUCH' }, 'input.pestCode'],
    ['an unknown sub-compartment', { subCompartmentId: 'no-such-id' }, 'input.subCompartmentId'],
    ['a pest that does not attack the dominant species', { pestCode: 'CRONRI', indicatorValue: 12 }, 'input.pestCode'],
    ['an indicator below the occurrence threshold', { indicatorValue: 0.1 }, 'input.indicatorValue'],
    ['a surveyor without a name', { surveyor: ' ' }, 'input.surveyor'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    await expectRefused(record, surveyOf(spare, change), 'BAD_USER_INPUT', field);
  });

  it('refuses a sub-compartment area that differs from the inventory snapshot with CONFLICT', async () => {
    const error = await expectRefused(record, surveyOf(spare, { subCompartmentArea: spare.area + 0.5 }), 'CONFLICT');
    expect(error.extensions).toMatchObject({ field: 'input.subCompartmentArea', snapshotArea: spare.area });
  });

  it('refuses a second open occurrence of the same pest in a sub-compartment with CONFLICT', async () => {
    const error = await expectRefused(record, surveyOf(target, { surveyedOn: '2026-10-21' }), 'CONFLICT');
    expect(error.extensions?.occurrenceId).toBe(ids.target);
  });
});

describe('recordPestTreatment', () => {
  beforeAll(async () => {
    ids.neighbour = (await recordSurvey(surveyOf(neighbour))).id;
    ids.elsewhere = (await recordSurvey(surveyOf(elsewhere))).id;
  });

  const treatment = (change: Record<string, unknown> = {}) => ({
    occurrenceIds: [ids.target, ids.neighbour],
    method: 'BIOLOGICAL',
    measure: '喷施舞毒蛾核型多角体病毒',
    treatedOn: '2026-10-22',
    area: 4,
    cost: 3200,
    efficacy: 72.5,
    operator: '林业有害生物专业防治队',
    ...change,
  });

  it('moves the occurrences it covers to UNDER_TREATMENT when the result is not CONTROLLED', async () => {
    const { data, errors } = await subgraph.request(treat, { input: treatment() });
    expect(errors).toBeUndefined();
    expect(data!.recordPestTreatment).toMatchObject({ result: 'EFFECTIVE', pest: { code: 'LYMADI' }, division: { code: target.divisionCode } });
    expect(data!.recordPestTreatment.occurrences.map((o: { status: string }) => o.status)).toEqual(['UNDER_TREATMENT', 'UNDER_TREATMENT']);
  });

  it.each([
    ['occurrences of different pests', () => treatment({ occurrenceIds: [ids.target, ids.weed] }), 'input.occurrenceIds'],
    ['occurrences in different counties', () => treatment({ occurrenceIds: [ids.target, ids.elsewhere] }), 'input.occurrenceIds'],
    ['an unknown occurrence', () => treatment({ occurrenceIds: [ids.target, 'no-such-id'] }), 'input.occurrenceIds'],
    ['the same occurrence twice', () => treatment({ occurrenceIds: [ids.target, ids.target] }), 'input.occurrenceIds'],
    ['no occurrence', () => treatment({ occurrenceIds: [] }), 'input.occurrenceIds'],
    ['a day before the survey', () => treatment({ treatedOn: '2026-10-19' }), 'input.treatedOn'],
    ['a day in the future', () => treatment({ treatedOn: '2999-06-01' }), 'input.treatedOn'],
    ['more area than the sub-compartments have', () => treatment({ area: Math.round((target.area + neighbour.area + 1) * 100) / 100 }), 'input.area'],
    ['an efficacy above 100%', () => treatment({ efficacy: 120 }), 'input.efficacy'],
    ['a negative cost', () => treatment({ cost: -5 }), 'input.cost'],
  ])('rejects %s with BAD_USER_INPUT and changes nothing', async (_case, input, field) => {
    await expectRefused(treat, input(), 'BAD_USER_INPUT', field);
  });

  it('closes the occurrences when the result is CONTROLLED', async () => {
    const { data, errors } = await subgraph.request(treat, { input: treatment({ treatedOn: '2026-10-25', efficacy: 91 }) });
    expect(errors).toBeUndefined();
    expect(data!.recordPestTreatment.result).toBe('CONTROLLED');
    expect(data!.recordPestTreatment.occurrences).toEqual([
      expect.objectContaining({ status: 'CONTROLLED', controlledOn: '2026-10-25' }),
      expect.objectContaining({ status: 'CONTROLLED', controlledOn: '2026-10-25' }),
    ]);
    const { data: treated } = await subgraph.request(`query($id: ID!) { pestOccurrence(id: $id) { treatments { result } } }`, { id: ids.target });
    expect(treated!.pestOccurrence.treatments).toEqual([{ result: 'EFFECTIVE' }, { result: 'CONTROLLED' }]);
  });

  it('refuses to treat a controlled occurrence with CONFLICT, leaving the open ones untouched', async () => {
    const error = await expectRefused(treat, treatment({ treatedOn: '2026-10-26' }), 'CONFLICT');
    expect(error.extensions?.occurrenceIds).toEqual(expect.arrayContaining([ids.target, ids.neighbour]));
    const open = (await recordSurvey(surveyOf(third))).id;
    const mixed = await expectRefused(treat, treatment({ occurrenceIds: [open, ids.target], treatedOn: '2026-10-26' }), 'CONFLICT');
    expect(mixed.extensions?.occurrenceIds).toEqual([ids.target]);
    const { data } = await subgraph.request(`query($id: ID!) { pestOccurrence(id: $id) { status treatments { id } } }`, { id: open });
    expect(data!.pestOccurrence).toEqual({ status: 'ACTIVE', treatments: [] });
  });

  it('opens a new occurrence when the pest returns after control', async () => {
    const occurrence = await recordSurvey(surveyOf(target, { surveyedOn: '2026-10-28', indicatorValue: 1.5 }));
    expect(occurrence).toMatchObject({ status: 'ACTIVE', severity: 'SEVERE' });
    expect(occurrence.id).not.toBe(ids.target);
  });
});
