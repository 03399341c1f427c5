import {sanitizerProblems} from '../../safeContent/unsafeContentProblems';
import type {Problem} from '../../site/problem';
import {siteRule} from './siteRule';

export const sanitizerRemovalsRule = siteRule({
  name: 'sanitizer-removals',
  description: "each untrusted note's and page's rendered Markdown: what the allowlist sanitizer would remove",
  reads: ['scanned', 'trusted'],
  runsIn: 'check',
  why: "the build's render pipeline removes the same things itself (safeContent/rehypeSafeContent.ts); check names them for the author",
  run: async ({scanned, trusted}) => {
    const problems: Problem[] = [];
    // One file after another: rendering is the costly part, and a site has thousands.
    for (const {file, frontMatter, rendered} of scanned) {
      const removals = await sanitizerProblems({file, text: rendered.text, frontMatter}, trusted);
      problems.push(...removals.map((p) => (p.line === undefined ? p : {...p, line: rendered.lineInFile(p.line)})));
    }
    return {problems};
  },
});
