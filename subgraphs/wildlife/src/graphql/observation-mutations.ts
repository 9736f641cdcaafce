import { conflictError, notFoundError, parseInput, type FieldProblem } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { newObservation, speciesProblems, verificationDecision } from '../domain/observation-rules.js';
import { WildlifeObservationMethodEnum, WildlifeVerificationStatusEnum } from './enums.js';
import { invalidInput } from './invalid-input.js';
import { checkJurisdiction } from './jurisdiction.js';

const RecordWildlifeObservationInput = builder.inputType('RecordWildlifeObservationInput', {
  description: 'A monitoring observation as recorded in the field.',
  fields: (t) => ({
    speciesCode: t.id({ required: true }),
    reserveCode: t.id({ description: 'The reserve, when observed inside one; it must cover the county.' }),
    divisionCode: t.id({ required: true, description: 'County-level GB/T 2260 code.' }),
    subCompartmentId: t.id({ description: 'The sub-compartment (小班) id, when the place lies in a surveyed stand.' }),
    observedAt: t.field({ type: 'DateTime', required: true }),
    observer: t.string({ required: true }),
    method: t.field({ type: WildlifeObservationMethodEnum, required: true }),
    individualCount: t.int({ required: true }),
    evidenceRef: t.string({ description: 'Required for camera and acoustic records and for class-I species.' }),
    longitude: t.float({ required: true }),
    latitude: t.float({ required: true }),
    note: t.string(),
  }),
});

const VerifyWildlifeObservationInput = builder.inputType('VerifyWildlifeObservationInput', {
  fields: (t) => ({
    status: t.field({ type: WildlifeVerificationStatusEnum, required: true, description: 'VERIFIED or REJECTED.' }),
    verifiedBy: t.string({ required: true }),
    rejectionReason: t.string({ description: 'Required to reject.' }),
  }),
});

builder.mutationFields((t) => ({
  recordWildlifeObservation: t.prismaField({
    type: 'WildlifeObservation',
    description: '录入监测记录: records an observation, unverified until a reviewer decides on it.',
    args: { input: t.arg({ type: RecordWildlifeObservationInput, required: true }) },
    resolve: (query, _root, { input }, context) => {
      const observation = parseInput(newObservation(new Date()), {
        ...input,
        speciesCode: String(input.speciesCode),
        divisionCode: String(input.divisionCode),
        reserveCode: input.reserveCode == null ? null : String(input.reserveCode),
        subCompartmentId: input.subCompartmentId == null ? null : String(input.subCompartmentId),
        evidenceRef: input.evidenceRef ?? null,
        note: input.note ?? null,
      });
      checkJurisdiction(context.viewer, observation.divisionCode);
      return context.db.$transaction(async (tx) => {
        const [species, reserve] = await Promise.all([
          tx.wildlifeSpecies.findUnique({ where: { code: observation.speciesCode } }),
          observation.reserveCode
            ? tx.natureReserve.findUnique({ where: { code: observation.reserveCode }, include: { counties: true } })
            : null,
        ]);
        const problems: FieldProblem[] = species
          ? speciesProblems(observation, species)
          : [{ field: 'input.speciesCode', message: `unknown species ${observation.speciesCode}` }];
        if (observation.reserveCode && !reserve) {
          problems.push({ field: 'input.reserveCode', message: `unknown reserve ${observation.reserveCode}` });
        } else if (reserve && !reserve.counties.some((county) => county.divisionCode === observation.divisionCode)) {
          problems.push({ field: 'input.divisionCode', message: `${reserve.name} does not cover ${observation.divisionCode}` });
        }
        if (problems.length > 0) throw invalidInput(problems);
        return tx.wildlifeObservation.create({ ...query, data: observation });
      });
    },
  }),
  verifyWildlifeObservation: t.prismaField({
    type: 'WildlifeObservation',
    description: '核实监测记录: a reviewer verifies or rejects an unverified observation. The decision is final.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: VerifyWildlifeObservationInput, required: true }),
    },
    resolve: (query, _root, { id, input }, context) => {
      const decision = parseInput(verificationDecision, { ...input, rejectionReason: input.rejectionReason ?? null });
      return context.db.$transaction(async (tx) => {
        const current = await tx.wildlifeObservation.findUnique({ where: { id: String(id) } });
        if (!current) throw notFoundError('WildlifeObservation', String(id));
        checkJurisdiction(context.viewer, current.divisionCode);
        if (current.verificationStatus !== 'UNVERIFIED') {
          throw conflictError(`Observation ${current.id} is already ${current.verificationStatus}; a decision is final`, {
            verificationStatus: current.verificationStatus,
          });
        }
        // The status guard makes two concurrent decisions serialise: the second one finds nothing to update.
        const { count } = await tx.wildlifeObservation.updateMany({
          where: { id: current.id, verificationStatus: 'UNVERIFIED' },
          data: {
            verificationStatus: decision.status,
            verifiedBy: decision.verifiedBy,
            rejectionReason: decision.rejectionReason,
            verifiedAt: new Date(),
          },
        });
        if (count === 0) throw conflictError(`Observation ${current.id} was decided concurrently; read it again`);
        return tx.wildlifeObservation.findUniqueOrThrow({ ...query, where: { id: current.id } });
      });
    },
  }),
}));
