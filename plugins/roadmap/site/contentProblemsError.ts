import {formatProblem, type Problem} from './problem';

/** Fails the build with every problem, in the same words `npm run check` prints. */
export class ContentProblemsError extends Error {
  // Not an own enumerable field: Node would print every problem a second time.
  readonly #problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(
      `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'} ` +
        `(run \`npm run check\` to see them without building):\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'ContentProblemsError';
    this.#problems = problems;
  }

  get problems(): readonly Problem[] {
    return this.#problems;
  }
}
