import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import forestResources from '../src/index.js';
import { generateInventory } from '../src/seed/inventory.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(forestResources);
});
afterAll(() => subgraph?.stop());

const inventory = generateInventory();
const compartment = inventory.compartments.find((c) => c.forestryUnitCode === 'FU23075101')!;
const existing = inventory.subCompartments[7]!;

const validInput = {
  compartmentCode: compartment.code,
  divisionCode: '230751',
  area: 12.5,
  dominantSpeciesCode: 'PIKO',
  origin: 'NATURAL',
  averageAge: 85,
  stockVolume: 1850,
  canopyDensity: 0.7,
  ownership: 'STATE',
  forestCategory: 'PUBLIC_WELFARE',
  publicWelfareGrade: 'NATIONAL_KEY',
  longitude: 129.5,
  latitude: 47.5,
  surveyYear: 2024,
};

const create = `mutation($input: CreateSubCompartmentInput!) {
  createSubCompartment(input: $input) { id code number ageClass area stockVolumePerHectare version division { code } }
}`;
const update = `mutation($id: ID!, $input: UpdateSubCompartmentInput!, $expectedVersion: Int) {
  updateSubCompartment(id: $id, input: $input, expectedVersion: $expectedVersion) { id area averageAge ageClass version }
}`;

async function snapshot() {
  const { data } = await subgraph.request(
    `query($id: ID!) { subCompartments { totalCount } subCompartment(id: $id) { area averageAge ageClass stockVolume publicWelfareGrade version } }`,
    { id: existing.id },
  );
  return data;
}

describe('createSubCompartment', () => {
  it('records a valid sub-compartment with the next free number and a derived age class', async () => {
    const before = await snapshot();
    const { data, errors } = await subgraph.request(create, { input: validInput });
    expect(errors).toBeUndefined();
    const created = data!.createSubCompartment;
    const lastNumber = Math.max(...inventory.subCompartments.filter((s) => s.compartmentCode === compartment.code).map((s) => s.number));
    expect(created).toMatchObject({ number: lastNumber + 1, ageClass: 'MIDDLE_AGED', area: 12.5, stockVolumePerHectare: 148, version: 1 });
    expect(created.code).toBe(`${compartment.code}-${String(lastNumber + 1).padStart(2, '0')}`);
    expect((await snapshot())!.subCompartments.totalCount).toBe(before!.subCompartments.totalCount + 1);
  });

  it.each([
    ['a negative area', { area: -3 }, 'input.area'],
    ['an implausible stock volume', { stockVolume: 50_000 }, 'input.stockVolume'],
    ['a canopy density above 1', { canopyDensity: 1.4 }, 'input.canopyDensity'],
    ['a point outside the two provinces', { longitude: 116.4, latitude: 39.9 }, 'input.longitude'],
    ['public-welfare forest without a grade', { publicWelfareGrade: null }, 'input.publicWelfareGrade'],
    ['commercial forest with a grade', { forestCategory: 'COMMERCIAL' }, 'input.publicWelfareGrade'],
    ['an unknown species', { dominantSpeciesCode: 'XXXX' }, 'input.dominantSpeciesCode'],
    ['a prefecture instead of a county', { divisionCode: '230700' }, 'input.divisionCode'],
    ['an unknown compartment', { compartmentCode: 'FU00000000-001' }, 'input.compartmentCode'],
    ['a survey year in the future', { surveyYear: 2999 }, 'input.surveyYear'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const before = await snapshot();
    const { data, errors } = await subgraph.request(create, { input: { ...validInput, ...change } });
    expect(data?.createSubCompartment ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a number already taken with CONFLICT', async () => {
    const before = await snapshot();
    const { errors } = await subgraph.request(create, { input: { ...validInput, number: 1 } });
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
  });

  it('rejects an enum value that does not exist before reaching the resolver', async () => {
    const { errors } = await subgraph.request(create, { input: { ...validInput, origin: 'SEEDED' } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('updateSubCompartment', () => {
  it('updates, re-derives the age class and bumps the version', async () => {
    const { data, errors } = await subgraph.request(update, {
      id: existing.id,
      input: { averageAge: 3, area: 20.25 },
      expectedVersion: 1,
    });
    expect(errors).toBeUndefined();
    expect(data!.updateSubCompartment).toMatchObject({ averageAge: 3, area: 20.25, ageClass: 'YOUNG', version: 2 });
  });

  it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const before = await snapshot();
    const { errors } = await subgraph.request(update, { id: existing.id, input: { averageAge: 50 }, expectedVersion: 1 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: before!.subCompartment.version });
    expect(await snapshot()).toEqual(before);
  });

  it('validates the record as a whole after the change', async () => {
    const before = await snapshot();
    // Shrinking the area alone would push the volume per hectare past the limit.
    const { errors } = await subgraph.request(update, { id: existing.id, input: { area: 0.01 } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const { errors } = await subgraph.request(update, { id: 'no-such-id', input: { averageAge: 10 } });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('decimal inputs', () => {
  it('accepts values with two decimals that binary floating point cannot represent exactly', async () => {
    const { errors, data } = await subgraph.request(update, { id: existing.id, input: { canopyDensity: 0.57, area: 20.15 } });
    expect(errors).toBeUndefined();
    expect(data!.updateSubCompartment.area).toBe(20.15);
  });
});
