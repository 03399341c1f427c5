import {formatProblem, type Problem} from './problem';

/** Fails the build with every problem, in the same words `npm run check` prints. */
export class ContentProblemsError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'} ` +
        `(run \`npm run check\` to see them without building):\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'ContentProblemsError';
  }
}
