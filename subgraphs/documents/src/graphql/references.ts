import { userInputError, type FieldProblem } from '@forestry/subgraph-runtime';

/**
 * Refuses input that names records the database does not know, with one BAD_USER_INPUT error
 * listing every such field, as `parseInput` does for malformed fields.
 */
export function checkReferences(problems: readonly FieldProblem[]): void {
  if (problems.length === 0) return;
  throw userInputError(
    `Invalid input: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`,
    [...problems],
  );
}
