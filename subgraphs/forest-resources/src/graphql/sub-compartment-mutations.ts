import {
  conflictError,
  forbiddenError,
  notFoundError,
  parseInput,
  userInputError,
  withinJurisdiction,
  type Viewer,
} from '@forestry/subgraph-runtime';
import { builder, type Context } from '../builder.js';
import { ageClassOf } from '../domain/age-class.js';
import { newSubCompartment, standAttributes, type StandAttributes } from '../domain/sub-compartment-rules.js';
import type { Prisma } from '../generated/prisma/client.js';
import {
  ForestCategoryEnum,
  ForestOriginEnum,
  LandOwnershipEnum,
  PublicWelfareGradeEnum,
} from './enums.js';

const CreateSubCompartmentInput = builder.inputType('CreateSubCompartmentInput', {
  description: 'A newly surveyed sub-compartment. The age class is derived, not entered.',
  fields: (t) => ({
    compartmentCode: t.id({ required: true }),
    number: t.int({ description: 'Defaults to the next free number in the compartment.' }),
    divisionCode: t.id({ required: true, description: 'County the sub-compartment lies in.' }),
    area: t.float({ required: true, description: 'Hectares, 2 decimals.' }),
    dominantSpeciesCode: t.id({ required: true }),
    origin: t.field({ type: ForestOriginEnum, required: true }),
    averageAge: t.int({ required: true }),
    stockVolume: t.float({ required: true, description: 'Cubic metres.' }),
    canopyDensity: t.float({ required: true }),
    ownership: t.field({ type: LandOwnershipEnum, required: true }),
    forestCategory: t.field({ type: ForestCategoryEnum, required: true }),
    publicWelfareGrade: t.field({ type: PublicWelfareGradeEnum }),
    longitude: t.float({ required: true }),
    latitude: t.float({ required: true }),
    surveyYear: t.int({ required: true }),
  }),
});

const UpdateSubCompartmentInput = builder.inputType('UpdateSubCompartmentInput', {
  description: 'Fields to change; omitted fields keep their value. The result is validated as a whole.',
  fields: (t) => ({
    divisionCode: t.id(),
    area: t.float(),
    dominantSpeciesCode: t.id(),
    origin: t.field({ type: ForestOriginEnum }),
    averageAge: t.int(),
    stockVolume: t.float(),
    canopyDensity: t.float(),
    ownership: t.field({ type: LandOwnershipEnum }),
    forestCategory: t.field({ type: ForestCategoryEnum }),
    publicWelfareGrade: t.field({ type: PublicWelfareGradeEnum }),
    longitude: t.float(),
    latitude: t.float(),
    surveyYear: t.int(),
  }),
});

type Transaction = Prisma.TransactionClient;

/** Checks what only the database knows (the species and county exist) and derives the age class. */
async function resolveStand(tx: Transaction, stand: StandAttributes) {
  const [species, division] = await Promise.all([
    tx.treeSpecies.findUnique({ where: { code: stand.dominantSpeciesCode } }),
    tx.division.findUnique({ where: { code: stand.divisionCode } }),
  ]);
  const problems = [
    ...(species ? [] : [{ field: 'input.dominantSpeciesCode', message: `unknown species ${stand.dominantSpeciesCode}` }]),
    ...(division?.level === 'COUNTY'
      ? []
      : [{ field: 'input.divisionCode', message: `${stand.divisionCode} is not a county-level division` }]),
  ];
  if (!species || problems.length > 0) throw userInputError(`Invalid input: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
  return { ...stand, ageClass: ageClassOf(stand.averageAge, stand.origin, species) };
}

/** County and prefecture staff may only touch sub-compartments in their own jurisdiction. */
function checkJurisdiction(viewer: Viewer, ...divisionCodes: string[]): void {
  const outside = divisionCodes.find((code) => !withinJurisdiction(viewer, code));
  if (outside) throw forbiddenError(`Division ${outside} is outside your jurisdiction (${viewer.divisionCode})`);
}

function withoutNulls<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== null || key === 'publicWelfareGrade')) as Partial<T>;
}

builder.mutationFields((t) => ({
  createSubCompartment: t.prismaField({
    type: 'SubCompartment',
    description: 'Records a newly surveyed sub-compartment.',
    args: { input: t.arg({ type: CreateSubCompartmentInput, required: true }) },
    resolve: async (query, _root, { input }, context: Context) => {
      const placement = parseInput(newSubCompartment, { compartmentCode: input.compartmentCode, number: input.number ?? undefined });
      const stand = parseInput(standAttributes, { ...input, publicWelfareGrade: input.publicWelfareGrade ?? null });
      checkJurisdiction(context.viewer, stand.divisionCode);
      return context.db.$transaction(async (tx) => {
        const compartment = await tx.compartment.findUnique({
          where: { code: placement.compartmentCode },
          include: { subCompartments: { select: { number: true } } },
        });
        if (!compartment) {
          throw userInputError(`Compartment ${placement.compartmentCode} does not exist`, [
            { field: 'input.compartmentCode', message: 'does not exist' },
          ]);
        }
        const taken = new Set(compartment.subCompartments.map((sub) => sub.number));
        const number = placement.number ?? Math.max(0, ...taken) + 1;
        if (taken.has(number)) {
          throw conflictError(`Sub-compartment ${number} already exists in compartment ${compartment.code}`, {
            field: 'input.number',
          });
        }
        const data = await resolveStand(tx, stand);
        return tx.subCompartment.create({
          ...query,
          data: {
            ...data,
            compartmentCode: compartment.code,
            number,
            code: `${compartment.code}-${String(number).padStart(2, '0')}`,
          },
        });
      });
    },
  }),
  updateSubCompartment: t.prismaField({
    type: 'SubCompartment',
    description:
      'Corrects or re-surveys a sub-compartment. With `expectedVersion`, the update is refused with CONFLICT ' +
      'if someone else changed it since it was read.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateSubCompartmentInput, required: true }),
      expectedVersion: t.arg.int(),
    },
    resolve: async (query, _root, { id, input, expectedVersion }, context: Context) =>
      context.db.$transaction(async (tx) => {
        const current = await tx.subCompartment.findUnique({ where: { id: String(id) } });
        if (!current) throw notFoundError('SubCompartment', String(id));
        if (expectedVersion != null && expectedVersion !== current.version) {
          throw conflictError(`SubCompartment ${current.id} is at version ${current.version}, not ${expectedVersion}`, {
            currentVersion: current.version,
          });
        }
        const merged = {
          divisionCode: current.divisionCode,
          area: Number(current.area),
          dominantSpeciesCode: current.dominantSpeciesCode,
          origin: current.origin,
          averageAge: current.averageAge,
          stockVolume: Number(current.stockVolume),
          canopyDensity: Number(current.canopyDensity),
          ownership: current.ownership,
          forestCategory: current.forestCategory,
          publicWelfareGrade: current.publicWelfareGrade,
          longitude: current.longitude,
          latitude: current.latitude,
          surveyYear: current.surveyYear,
          ...withoutNulls(input),
        };
        const stand = parseInput(standAttributes, merged);
        checkJurisdiction(context.viewer, current.divisionCode, stand.divisionCode);
        const data = await resolveStand(tx, stand);
        // The version guard makes concurrent updates of one record serialise, not overwrite.
        const { count } = await tx.subCompartment.updateMany({
          where: { id: current.id, version: current.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw conflictError(`SubCompartment ${current.id} was changed concurrently; read it again`);
        return tx.subCompartment.findUniqueOrThrow({ ...query, where: { id: current.id } });
      }),
  }),
}));
