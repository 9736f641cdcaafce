import { generateInventory, treeSpecies } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validityOf } from '../src/domain/certificate-validity.js';
import { daysBetween } from '../src/domain/dates.js';
import { severityOf } from '../src/domain/severity.js';
import { treatmentResultOf } from '../src/domain/treatment-rules.js';
import pestControl from '../src/index.js';
import { generateOutbreaks } from '../src/seed/outbreaks.js';
import { pests } from '../src/seed/pests-data.js';
import { generateQuarantine } from '../src/seed/quarantine.js';
import { REFERENCE_DATE } from '../src/seed/reference-date.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(pestControl);
});
afterAll(() => subgraph?.stop());

const { occurrences, treatments } = generateOutbreaks();
const { inspections, certificates } = generateQuarantine();
const subCompartments = new Map(generateInventory().subCompartments.map((sub) => [sub.id, sub]));
const pestByCode = new Map(pests.map((pest) => [pest.code, pest]));
const open = occurrences.filter((occurrence) => occurrence.status !== 'CONTROLLED');
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('demo data', () => {
  it('is deterministic and large enough to be realistic', () => {
    expect(generateOutbreaks()).toEqual({ occurrences, treatments });
    expect(generateQuarantine()).toEqual({ inspections, certificates });
    expect(occurrences.length).toBeGreaterThan(1500);
    expect(treatments.length).toBeGreaterThan(1000);
    expect(inspections.length).toBeGreaterThan(1000);
    expect(certificates.length).toBeGreaterThan(900);
    const counties = new Set(occurrences.map((occurrence) => occurrence.divisionCode));
    expect(counties.size).toBeGreaterThan(60);
    expect([...counties].some((code) => code.startsWith('23')) && [...counties].some((code) => code.startsWith('22'))).toBe(true);
  });

  it('keeps the rules the mutations enforce', () => {
    for (const occurrence of occurrences) {
      const sub = subCompartments.get(occurrence.subCompartmentId)!;
      const pest = pestByCode.get(occurrence.pestCode)!;
      expect(occurrence.divisionCode).toBe(sub.divisionCode);
      expect(occurrence.affectedArea).toBeLessThanOrEqual(sub.area);
      expect(pest.hostSpeciesCodes.length === 0 || pest.hostSpeciesCodes.includes(sub.dominantSpeciesCode)).toBe(true);
      expect(severityOf(occurrence.indicatorValue, pest.severityThresholds)).toBe(occurrence.severity);
      expect(occurrence.surveyedOn < REFERENCE_DATE).toBe(true);
    }
    const openKeys = open.map((occurrence) => `${occurrence.pestCode}:${occurrence.subCompartmentId}`);
    expect(new Set(openKeys).size).toBe(openKeys.length);

    const byId = new Map(occurrences.map((occurrence) => [occurrence.id, occurrence]));
    for (const treatment of treatments) {
      const covered = treatment.occurrenceIds.map((id) => byId.get(id)!);
      expect(covered.every((occurrence) => occurrence.pestCode === treatment.pestCode && occurrence.divisionCode === treatment.divisionCode)).toBe(true);
      expect(covered.every((occurrence) => occurrence.surveyedOn <= treatment.treatedOn)).toBe(true);
      expect(treatment.area).toBeLessThanOrEqual(sum([...new Set(covered.map((o) => o.subCompartmentId))].map((id) => subCompartments.get(id)!.area)) + 1e-9);
      expect(treatment.result).toBe(treatmentResultOf(treatment.efficacy));
      expect(treatment.treatedOn < REFERENCE_DATE).toBe(true);
    }
    for (const occurrence of occurrences) {
      const own = treatments.filter((treatment) => treatment.occurrenceIds.includes(occurrence.id));
      const controlling = own.find((treatment) => treatment.result === 'CONTROLLED');
      const expected = controlling ? 'CONTROLLED' : own.length > 0 ? 'UNDER_TREATMENT' : 'ACTIVE';
      expect(occurrence.status).toBe(expected);
      expect(occurrence.controlledOn).toEqual(controlling?.treatedOn ?? null);
      // Nothing is treated once controlled.
      expect(own.every((treatment) => !controlling || treatment.treatedOn <= controlling.treatedOn)).toBe(true);
    }
  });

  it('issues certificates only for passed inspections, once, uniquely numbered and briefly valid', () => {
    const inspectionById = new Map(inspections.map((inspection) => [inspection.id, inspection]));
    expect(new Set(certificates.map((certificate) => certificate.number)).size).toBe(certificates.length);
    expect(new Set(certificates.map((certificate) => certificate.inspectionId)).size).toBe(certificates.length);
    for (const certificate of certificates) {
      const inspection = inspectionById.get(certificate.inspectionId)!;
      expect(inspection.result).toBe('PASSED');
      expect(certificate.number.startsWith(`${inspection.originDivisionCode}${certificate.issuedAt.getUTCFullYear()}`)).toBe(true);
      expect(daysBetween(inspection.inspectedOn, certificate.validFrom)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(certificate.validFrom, certificate.validUntil)).toBeLessThan(30);
    }
    for (const inspection of inspections) {
      const quarantinePests = inspection.pestCodesFound.filter((code) => pestByCode.get(code)!.quarantineCategory !== 'NONE');
      expect(inspection.result === 'FAILED').toBe(quarantinePests.length > 0);
      expect(inspection.originDivisionCode).not.toBe(inspection.destinationDivisionCode);
    }
  });

  it('has current items on the reference date', () => {
    expect(open.filter((occurrence) => occurrence.surveyedOn.getUTCFullYear() === 2026).length).toBeGreaterThan(50);
    expect(certificates.filter((certificate) => validityOf(certificate, REFERENCE_DATE) === 'VALID').length).toBeGreaterThan(10);
  });
});

describe('pests', () => {
  it('lists the pests of the north-east, quarantine pests first, with hosts from the forest inventory', async () => {
    const { data, errors } = await subgraph.request(`{ pests { code name kind quarantineCategory isQuarantinePest hostSpeciesCodes } }`);
    expect(errors).toBeUndefined();
    const list = data!.pests as { code: string; name: string; kind: string; quarantineCategory: string; hostSpeciesCodes: string[] }[];
    expect(list).toHaveLength(pests.length);
    const national = list.filter((pest) => pest.quarantineCategory === 'NATIONAL').map((pest) => pest.name);
    expect(national).toEqual(expect.arrayContaining(['松材线虫', '美国白蛾', '杨干象', '红脂大小蠹']));
    expect(list.findIndex((pest) => pest.quarantineCategory === 'NONE')).toBe(list.filter((pest) => pest.quarantineCategory !== 'NONE').length);
    expect(new Set(list.map((pest) => pest.kind))).toEqual(new Set(['INSECT', 'DISEASE', 'RODENT', 'INVASIVE_PLANT']));
    const speciesCodes = new Set(treeSpecies.map((species) => species.code));
    expect(list.flatMap((pest) => pest.hostSpeciesCodes).every((code) => speciesCodes.has(code))).toBe(true);
  });

  it('finds a pest by code with its grading, and filters by kind', async () => {
    const { data } = await subgraph.request(`{
      pest(code: "DENDSU") { name scientificName severityIndicator severityThresholds { light moderate severe } }
      rodents: pests(kind: RODENT) { code }
      missing: pest(code: "NOSUCH") { code }
    }`);
    expect(data!.pest).toEqual({
      name: '落叶松毛虫',
      scientificName: 'Dendrolimus superans',
      severityIndicator: '虫口密度（头/株）',
      severityThresholds: { light: 5, moderate: 11, severe: 21 },
    });
    expect(data!.rodents.map((pest: { code: string }) => pest.code).sort()).toEqual(['MYODRU', 'MYOSPS']);
    expect(data!.missing).toBeNull();
  });
});

describe('occurrence list', () => {
  const page = `query($after: String, $filter: PestOccurrenceFilter, $orderBy: PestOccurrenceOrder) {
    pestOccurrences(first: 50, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id affectedArea status division { code } pest { kind } } }
    }
  }`;

  it('filters by prefecture subtree, kind and status, and pages through every match exactly once', async () => {
    const filter = { divisionCode: '222400', kinds: ['INSECT'], statuses: ['CONTROLLED'] };
    const seen: string[] = [];
    let after: string | undefined;
    let totalCount = 0;
    for (;;) {
      const { data, errors } = await subgraph.request(page, { after, filter, orderBy: { field: 'AFFECTED_AREA', direction: 'DESC' } });
      expect(errors).toBeUndefined();
      const connection = data!.pestOccurrences;
      totalCount = connection.totalCount;
      for (const { node } of connection.edges) {
        expect(node.division.code.startsWith('2224')).toBe(true);
        expect(node).toMatchObject({ status: 'CONTROLLED', pest: { kind: 'INSECT' } });
        seen.push(node.id);
      }
      const areas = connection.edges.map((edge: { node: { affectedArea: number } }) => edge.node.affectedArea);
      expect(areas).toEqual([...areas].sort((a, b) => b - a));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const expected = occurrences.filter(
      (occurrence) =>
        occurrence.divisionCode.startsWith('2224') && occurrence.status === 'CONTROLLED' && pestByCode.get(occurrence.pestCode)!.kind === 'INSECT',
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(totalCount).toBe(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected.map((occurrence) => occurrence.id)));
    expect(seen).toHaveLength(expected.length);
  });

  it('lists the newest surveys first by default and filters quarantine pests, severities and a survey period', async () => {
    const { data, errors } = await subgraph.request(`{
      latest: pestOccurrences(first: 5) { edges { node { surveyedOn } } }
      filtered: pestOccurrences(filter: { quarantinePestsOnly: true, severities: [MODERATE, SEVERE], surveyedFrom: "2025-01-01", surveyedTo: "2025-12-31" }) {
        totalCount
      }
    }`);
    expect(errors).toBeUndefined();
    const newest = new Date(Math.max(...occurrences.map((occurrence) => occurrence.surveyedOn.getTime())));
    expect(data!.latest.edges[0].node.surveyedOn).toBe(newest.toISOString().slice(0, 10));
    const expected = occurrences.filter(
      (occurrence) =>
        pestByCode.get(occurrence.pestCode)!.quarantineCategory !== 'NONE' &&
        occurrence.severity !== 'LIGHT' &&
        occurrence.surveyedOn.getUTCFullYear() === 2025,
    );
    expect(data!.filtered.totalCount).toBe(expected.length);
  });

  it('refuses pages larger than the maximum', async () => {
    const { errors } = await subgraph.request(`{ pestOccurrences(first: 1000) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/200/);
  });
});

describe('infestation', () => {
  const infestation = `query($code: ID!) {
    pestInfestation(divisionCode: $code) {
      area occurrenceCount
      bySeverity { severity area occurrenceCount }
      byPest { pest { code } area occurrenceCount bySeverity { severity area } }
      byDivision { division { code } area occurrenceCount }
    }
  }`;

  it('adds up: the province equals its prefectures, its pests, its severities and the open occurrences of the seed', async () => {
    const { data, errors } = await subgraph.request(infestation, { code: '230000' });
    expect(errors).toBeUndefined();
    const stats = data!.pestInfestation;
    const expected = open.filter((occurrence) => occurrence.divisionCode.startsWith('23'));
    expect(stats.occurrenceCount).toBe(expected.length);
    expect(stats.area).toBeCloseTo(sum(expected.map((occurrence) => occurrence.affectedArea)), 2);
    const areaOf = (rows: { area: number }[]) => sum(rows.map((row) => row.area));
    for (const breakdown of [stats.bySeverity, stats.byPest, stats.byDivision]) {
      expect(areaOf(breakdown)).toBeCloseTo(stats.area, 1);
    }
    expect(stats.byDivision.every((row: { division: { code: string } }) => /^23\d\d00$/.test(row.division.code))).toBe(true);
    for (const row of stats.byPest) expect(areaOf(row.bySeverity)).toBeCloseTo(row.area, 1);
    const dendsu = stats.byPest.find((row: { pest: { code: string } }) => row.pest.code === 'DENDSU');
    expect(dendsu.occurrenceCount).toBe(expected.filter((occurrence) => occurrence.pestCode === 'DENDSU').length);
  });

  it('breaks a prefecture down by county', async () => {
    const { data } = await subgraph.request(infestation, { code: '222400' });
    const expected = open.filter((occurrence) => occurrence.divisionCode.startsWith('2224'));
    const counties = new Set(expected.map((occurrence) => occurrence.divisionCode));
    expect(data!.pestInfestation.occurrenceCount).toBe(expected.length);
    expect(new Set(data!.pestInfestation.byDivision.map((row: { division: { code: string } }) => row.division.code))).toEqual(counties);
  });

  it('returns null for an unknown division', async () => {
    const { data } = await subgraph.request(infestation, { code: '999999' });
    expect(data!.pestInfestation).toBeNull();
  });

  it('extends Division entities with the same figures', async () => {
    const county = open.find((occurrence) => occurrence.status === 'ACTIVE')!.divisionCode;
    const { data, errors } = await subgraph.request(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Division { code activePestOccurrenceCount pestInfestation { occurrenceCount area } quarantinePestsPresent { pest { code } } }
      } }`,
      { representations: [{ __typename: 'Division', code: county }, { __typename: 'Division', code: '220000' }] },
    );
    expect(errors).toBeUndefined();
    const [countyRow, jilin] = data!._entities;
    const countyOpen = open.filter((occurrence) => occurrence.divisionCode === county);
    expect(countyRow.activePestOccurrenceCount).toBe(countyOpen.filter((occurrence) => occurrence.status === 'ACTIVE').length);
    expect(countyRow.pestInfestation.occurrenceCount).toBe(countyOpen.length);
    expect(jilin.activePestOccurrenceCount).toBe(open.filter((o) => o.status === 'ACTIVE' && o.divisionCode.startsWith('22')).length);
  });

  it('lists the quarantine pests present and the counties they infest', async () => {
    const { data, errors } = await subgraph.request(`{ quarantinePestsPresent(divisionCode: "220000") { pest { code isQuarantinePest } counties { code } occurrenceCount area } }`);
    expect(errors).toBeUndefined();
    const expected = open.filter(
      (occurrence) => occurrence.divisionCode.startsWith('22') && pestByCode.get(occurrence.pestCode)!.quarantineCategory !== 'NONE',
    );
    const rows = data!.quarantinePestsPresent as { pest: { code: string; isQuarantinePest: boolean }; counties: { code: string }[]; occurrenceCount: number }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.pest.code))).toEqual(new Set(expected.map((occurrence) => occurrence.pestCode)));
    for (const row of rows) {
      const own = expected.filter((occurrence) => occurrence.pestCode === row.pest.code);
      expect(row.pest.isQuarantinePest).toBe(true);
      expect(row.occurrenceCount).toBe(own.length);
      expect(row.counties.map((county) => county.code)).toEqual([...new Set(own.map((occurrence) => occurrence.divisionCode))].sort());
    }
  });
});

describe('sub-compartment occurrences', () => {
  it('extends SubCompartment entities with their occurrences, newest first', async () => {
    const counts = new Map<string, number>();
    for (const occurrence of occurrences) counts.set(occurrence.subCompartmentId, (counts.get(occurrence.subCompartmentId) ?? 0) + 1);
    const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const untouched = [...subCompartments.keys()].find((id) => !counts.has(id))!;
    const { data, errors } = await subgraph.request(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on SubCompartment { id pestOccurrences { id surveyedOn pest { code } } }
      } }`,
      { representations: [busiest, untouched].map((id) => ({ __typename: 'SubCompartment', id })) },
    );
    expect(errors).toBeUndefined();
    const [withOccurrences, without] = data!._entities;
    const expected = occurrences
      .filter((occurrence) => occurrence.subCompartmentId === busiest)
      .sort((a, b) => b.surveyedOn.getTime() - a.surveyedOn.getTime() || a.id.localeCompare(b.id));
    expect(expected.length).toBeGreaterThan(1);
    expect(withOccurrences.pestOccurrences.map((occurrence: { id: string }) => occurrence.id)).toEqual(expected.map((occurrence) => occurrence.id));
    expect(without).toEqual({ id: untouched, pestOccurrences: [] });
  });
});

describe('treatments', () => {
  it('adds up by result and method for a province and period', async () => {
    const { data, errors } = await subgraph.request(`{
      pestTreatmentStatistics(divisionCode: "230000", treatedFrom: "2025-01-01", treatedTo: "2025-12-31") {
        treatmentCount area cost averageEfficacy
        byResult { result treatmentCount area cost }
        byMethod { method treatmentCount area }
      }
      unknown: pestTreatmentStatistics(divisionCode: "999999") { treatmentCount }
    }`);
    expect(errors).toBeUndefined();
    const stats = data!.pestTreatmentStatistics;
    const expected = treatments.filter((treatment) => treatment.divisionCode.startsWith('23') && treatment.treatedOn.getUTCFullYear() === 2025);
    expect(stats.treatmentCount).toBe(expected.length);
    expect(stats.area).toBeCloseTo(sum(expected.map((treatment) => treatment.area)), 1);
    expect(stats.cost).toBeCloseTo(sum(expected.map((treatment) => treatment.cost)), 1);
    expect(stats.averageEfficacy).toBeCloseTo(sum(expected.map((treatment) => treatment.efficacy)) / expected.length, 1);
    expect(stats.byResult.map((row: { result: string }) => row.result)).toEqual(['INEFFECTIVE', 'EFFECTIVE', 'CONTROLLED']);
    for (const row of stats.byResult) {
      expect(row.treatmentCount).toBe(expected.filter((treatment) => treatment.result === row.result).length);
    }
    expect(sum(stats.byMethod.map((row: { treatmentCount: number }) => row.treatmentCount))).toBe(expected.length);
    expect(data!.unknown).toBeNull();
  });

  it('lists treatments by filter with the occurrences they covered', async () => {
    const { data, errors } = await subgraph.request(`{
      pestTreatments(first: 10, filter: { pestCodes: ["BURSXY"], methods: [SILVICULTURAL] }, orderBy: { field: TREATED_ON, direction: ASC }) {
        totalCount edges { node { measure treatedOn pest { name } occurrences { pest { code } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const expected = treatments.filter((treatment) => treatment.pestCode === 'BURSXY' && treatment.method === 'SILVICULTURAL');
    expect(data!.pestTreatments.totalCount).toBe(expected.length);
    const nodes = data!.pestTreatments.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes[0]).toMatchObject({ pest: { name: '松材线虫' }, measure: '清理病死木（伐除并就地粉碎）' });
    expect(nodes.flatMap((node: { occurrences: { pest: { code: string } }[] }) => node.occurrences).every((o: { pest: { code: string } }) => o.pest.code === 'BURSXY')).toBe(true);
  });
});

describe('quarantine', () => {
  it('lists failed inspections from a province with the pests found', async () => {
    const { data, errors } = await subgraph.request(`{
      quarantineInspections(first: 100, filter: { originDivisionCode: "220000", result: FAILED }) {
        totalCount edges { node { result quantityUnit consignmentKind pestsFound { isQuarantinePest } certificate { number } origin { code } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const expected = inspections.filter((inspection) => inspection.originDivisionCode.startsWith('22') && inspection.result === 'FAILED');
    expect(data!.quarantineInspections.totalCount).toBe(expected.length);
    for (const { node } of data!.quarantineInspections.edges) {
      expect(node.certificate).toBeNull();
      expect(node.pestsFound.some((pest: { isQuarantinePest: boolean }) => pest.isQuarantinePest)).toBe(true);
      expect(node.quantityUnit).toBe({ TIMBER: 'm³', SEEDLINGS: '株', WOOD_PACKAGING: '件' }[node.consignmentKind as string]);
    }
  });

  it('lists the certificates valid, expired or revoked at an instant', async () => {
    const asOf = '2026-10-20T12:00:00+08:00';
    const { data, errors } = await subgraph.request(
      `query($asOf: DateTime) {
        valid: quarantineCertificates(asOf: $asOf, filter: { validity: VALID }) { totalCount edges { node { validity(asOf: $asOf) } } }
        revoked: quarantineCertificates(asOf: $asOf, filter: { validity: REVOKED }) { totalCount }
        unknown: quarantineCertificates(filter: { validity: UNKNOWN }) { totalCount }
        all: quarantineCertificates { totalCount }
      }`,
      { asOf },
    );
    expect(errors).toBeUndefined();
    const at = new Date(asOf);
    expect(data!.valid.totalCount).toBe(certificates.filter((certificate) => validityOf(certificate, at) === 'VALID').length);
    expect(data!.valid.totalCount).toBeGreaterThan(0);
    expect(data!.valid.edges.every((edge: { node: { validity: string } }) => edge.node.validity === 'VALID')).toBe(true);
    expect(data!.revoked.totalCount).toBe(certificates.filter((certificate) => validityOf(certificate, at) === 'REVOKED').length);
    expect(data!.unknown.totalCount).toBe(0);
    expect(data!.all.totalCount).toBe(certificates.length);
  });

  it('verifies certificate numbers at an instant in China time', async () => {
    const certificate = certificates.find((c) => !c.revokedAt && daysBetween(c.validFrom, c.validUntil) >= 6)!;
    const revoked = certificates.find((c) => c.revokedAt)!;
    const verify = `query($number: String!, $asOf: DateTime) { verifyQuarantineCertificate(number: $number, asOf: $asOf) { number validity } }`;
    const validityAt = async (number: string, asOf?: string) =>
      (await subgraph.request(verify, { number, asOf })).data!.verifyQuarantineCertificate.validity;
    const iso = (date: Date) => date.toISOString().slice(0, 10);
    expect(await validityAt(certificate.number, `${iso(certificate.validFrom)}T00:30:00+08:00`)).toBe('VALID');
    expect(await validityAt(certificate.number, `${iso(certificate.validUntil)}T23:30:00+08:00`)).toBe('VALID');
    // 23:30 on the last day in UTC is already the next day in China.
    expect(await validityAt(certificate.number, `${iso(certificate.validUntil)}T23:30:00Z`)).toBe('EXPIRED');
    expect(await validityAt(certificate.number, `${iso(certificate.validFrom)}T00:30:00+09:00`)).toBe('NOT_YET_VALID');
    expect(await validityAt(revoked.number, revoked.revokedAt!.toISOString())).toBe('REVOKED');
    expect(await validityAt(revoked.number, new Date(revoked.revokedAt!.getTime() - 1000).toISOString())).not.toBe('REVOKED');
    expect(await validityAt('230000209900001')).toBe('UNKNOWN');
    expect(await validityAt(` ${certificate.number} `, day('2099-01-01').toISOString())).toBe('EXPIRED');
  });

  it('reveals nothing but the number, validity and time of the check', async () => {
    const { data } = await subgraph.request(`{ __type(name: "QuarantineCertificateVerification") { fields { name } } }`);
    expect(data!.__type.fields.map((field: { name: string }) => field.name).sort()).toEqual(['checkedAt', 'number', 'validity']);
  });
});
