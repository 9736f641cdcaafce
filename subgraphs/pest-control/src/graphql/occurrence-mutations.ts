import { conflictError, parseInput } from '@forestry/subgraph-runtime';
import { builder, type Context } from '../builder.js';
import {
  matchesSnapshotArea,
  occurrenceInput,
  occurrenceProblems,
  OPEN_STATUSES,
  SNAPSHOT_AREA_TOLERANCE,
} from '../domain/occurrence-rules.js';
import { severityOf } from '../domain/severity.js';
import { invalidInput } from './problems.js';

const RecordPestOccurrenceInput = builder.inputType('RecordPestOccurrenceInput', {
  description: 'A survey finding in one sub-compartment. The severity and the county are derived, not entered.',
  fields: (t) => ({
    pestCode: t.id({ required: true }),
    subCompartmentId: t.id({ required: true }),
    subCompartmentArea: t.float({
      required: true,
      description:
        "Hectares of the sub-compartment as the surveyor's inventory shows them (SubCompartment.area). It must match " +
        `this subgraph's inventory snapshot within ${SNAPSHOT_AREA_TOLERANCE} ha; otherwise the sub-compartment was re-surveyed since and ` +
        'the record is refused with CONFLICT.',
    }),
    surveyedOn: t.field({ type: 'Date', required: true }),
    surveyor: t.string({ required: true }),
    indicatorValue: t.float({ required: true, description: "The measured value of the pest's severity indicator." }),
    affectedArea: t.float({ required: true, description: 'Hectares, 2 decimals, at most the sub-compartment area.' }),
    notes: t.string(),
  }),
});

builder.mutationFields((t) => ({
  recordPestOccurrence: t.prismaField({
    type: 'PestOccurrence',
    description:
      'Records a survey finding as an ACTIVE occurrence. Refused with CONFLICT while the pest already has an open ' +
      'occurrence in the sub-compartment: a repeat survey of an open infestation is not a new occurrence.',
    args: { input: t.arg({ type: RecordPestOccurrenceInput, required: true }) },
    resolve: async (query, _root, { input }, context: Context) => {
      const finding = parseInput(occurrenceInput, { ...input, notes: input.notes ?? null });
      return context.db.$transaction(async (tx) => {
        const [pest, snapshot] = await Promise.all([
          tx.pest.findUnique({ where: { code: finding.pestCode } }),
          tx.subCompartmentSnapshot.findUnique({ where: { id: finding.subCompartmentId } }),
        ]);
        if (!pest || !snapshot) {
          throw invalidInput([
            ...(pest ? [] : [{ field: 'input.pestCode', message: `unknown pest ${finding.pestCode}` }]),
            ...(snapshot ? [] : [{ field: 'input.subCompartmentId', message: `unknown sub-compartment ${finding.subCompartmentId}` }]),
          ]);
        }
        const area = Number(snapshot.area);
        if (!matchesSnapshotArea(finding.subCompartmentArea, area)) {
          throw conflictError(
            `Sub-compartment ${snapshot.code} has ${area} ha in the inventory snapshot, not ${finding.subCompartmentArea} ha`,
            { field: 'input.subCompartmentArea', snapshotArea: area },
          );
        }
        const problems = occurrenceProblems(finding, pest, { dominantSpeciesCode: snapshot.dominantSpeciesCode, area });
        const severity = severityOf(finding.indicatorValue, pest.severityThresholds);
        if (!severity || problems.length > 0) throw invalidInput(problems);
        const open = await tx.pestOccurrence.findFirst({
          where: { pestCode: pest.code, subCompartmentId: snapshot.id, status: { in: [...OPEN_STATUSES] } },
          select: { id: true },
        });
        if (open) {
          throw conflictError(`${pest.name} already has an open occurrence in sub-compartment ${snapshot.code}`, { occurrenceId: open.id });
        }
        return tx.pestOccurrence.create({
          ...query,
          data: {
            pestCode: pest.code,
            subCompartmentId: snapshot.id,
            divisionCode: snapshot.divisionCode,
            surveyedOn: finding.surveyedOn,
            surveyor: finding.surveyor,
            indicatorValue: finding.indicatorValue,
            severity,
            affectedArea: finding.affectedArea,
            notes: finding.notes,
          },
        });
      });
    },
  }),
}));
