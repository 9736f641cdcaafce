import { userInputError, type FieldProblem } from '@forestry/subgraph-runtime';

/** A BAD_USER_INPUT error listing every problem found at once, as `parseInput` does for single fields. */
export function invalidInput(problems: readonly FieldProblem[]) {
  return userInputError(`Invalid input: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`, [...problems]);
}
