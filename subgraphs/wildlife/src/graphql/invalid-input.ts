import { userInputError, type FieldProblem } from '@forestry/subgraph-runtime';

/** BAD_USER_INPUT listing every problem only the database could reveal, as `parseInput` does for the rest. */
export function invalidInput(problems: FieldProblem[]) {
  return userInputError(`Invalid input: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`, problems);
}
