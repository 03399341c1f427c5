import {mdxFileProblem, mdxStatementProblems} from '../../safeContent/mdxContent';
import {siteRule} from './siteRule';

export const mdxStatementsRule = siteRule({
  name: 'mdx-statements',
  description: 'the text of each untrusted file compiled as MDX: every import and export line',
  reads: ['scanned', 'trusted'],
  runsIn: 'check',
  why: 'the build refuses the whole file already (mdx-files); check also points at each line that runs code',
  run: ({scanned, trusted}) => ({
    problems: scanned.flatMap(({file, text, frontMatter}) =>
      mdxFileProblem({file, frontMatter}, trusted) ? mdxStatementProblems(file, text) : [],
    ),
  }),
});
