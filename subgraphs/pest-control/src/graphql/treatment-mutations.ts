import { conflictError, parseInput } from '@forestry/subgraph-runtime';
import { builder, type Context } from '../builder.js';
import { OPEN_STATUSES, statusAfterTreatment } from '../domain/occurrence-rules.js';
import { MAX_OCCURRENCES_PER_TREATMENT, treatmentInput, treatmentProblems, treatmentResultOf } from '../domain/treatment-rules.js';
import { PestTreatmentMethodEnum } from './enums.js';
import { invalidInput } from './problems.js';

const RecordPestTreatmentInput = builder.inputType('RecordPestTreatmentInput', {
  description: 'A control operation and its measured efficacy. The result, pest and county are derived.',
  fields: (t) => ({
    occurrenceIds: t.idList({
      required: true,
      description: `The open occurrences treated (1 to ${MAX_OCCURRENCES_PER_TREATMENT}): one pest, one county.`,
    }),
    method: t.field({ type: PestTreatmentMethodEnum, required: true }),
    measure: t.string({ required: true, description: '具体措施, e.g. 清理病死木.' }),
    treatedOn: t.field({ type: 'Date', required: true, description: 'Not before the survey of any occurrence treated.' }),
    area: t.float({ required: true, description: "Hectares, at most the treated sub-compartments' area." }),
    cost: t.float({ required: true, description: 'Yuan.' }),
    efficacy: t.float({ required: true, description: '防治效果, percent.' }),
    operator: t.string({ required: true, description: '作业单位.' }),
  }),
});

builder.mutationFields((t) => ({
  recordPestTreatment: t.prismaField({
    type: 'PestTreatment',
    description:
      'Records a treatment of open occurrences. They move to UNDER_TREATMENT, or to CONTROLLED when the efficacy ' +
      'makes the result CONTROLLED. Treating a CONTROLLED occurrence is refused with CONFLICT.',
    args: { input: t.arg({ type: RecordPestTreatmentInput, required: true }) },
    resolve: async (query, _root, { input }, context: Context) => {
      const treatment = parseInput(treatmentInput, { ...input, occurrenceIds: input.occurrenceIds.map(String) });
      return context.db.$transaction(async (tx) => {
        const occurrences = await tx.pestOccurrence.findMany({
          where: { id: { in: treatment.occurrenceIds } },
          include: { snapshot: { select: { area: true } } },
        });
        const found = new Set(occurrences.map((occurrence) => occurrence.id));
        const missing = treatment.occurrenceIds.filter((id) => !found.has(id));
        if (missing.length > 0) throw invalidInput([{ field: 'input.occurrenceIds', message: `unknown occurrences ${missing.join(', ')}` }]);
        const problems = treatmentProblems(
          treatment,
          occurrences.map((occurrence) => ({ ...occurrence, subCompartmentArea: Number(occurrence.snapshot.area) })),
        );
        if (problems.length > 0) throw invalidInput(problems);

        const result = treatmentResultOf(treatment.efficacy);
        const closed = occurrences.filter((occurrence) => !statusAfterTreatment(occurrence.status, result));
        if (closed.length > 0) {
          throw conflictError(
            `Occurrences ${closed.map((occurrence) => occurrence.id).join(', ')} are already CONTROLLED; a new outbreak needs a new survey`,
            { occurrenceIds: closed.map((occurrence) => occurrence.id) },
          );
        }
        const controlled = result === 'CONTROLLED';
        // Only open occurrences move: a concurrent treatment that closed one makes the counts differ.
        const { count } = await tx.pestOccurrence.updateMany({
          where: { id: { in: treatment.occurrenceIds }, status: { in: [...OPEN_STATUSES] } },
          data: { status: controlled ? 'CONTROLLED' : 'UNDER_TREATMENT', controlledOn: controlled ? treatment.treatedOn : null },
        });
        if (count !== occurrences.length) throw conflictError('An occurrence was controlled concurrently; read it again');
        const [first] = occurrences;
        return tx.pestTreatment.create({
          ...query,
          data: {
            pestCode: first!.pestCode,
            divisionCode: first!.divisionCode,
            method: treatment.method,
            measure: treatment.measure,
            treatedOn: treatment.treatedOn,
            area: treatment.area,
            cost: treatment.cost,
            efficacy: treatment.efficacy,
            result,
            operator: treatment.operator,
            occurrences: { connect: treatment.occurrenceIds.map((id) => ({ id })) },
          },
        });
      });
    },
  }),
}));
