import {linkedDocumentProblems} from '../../safeContent/linkedDocuments';
import {siteRule} from './siteRule';

export const linkedDocumentsRule = siteRule({
  name: 'linked-documents',
  description:
    "every rendered body's links to local files: one to an SVG, XML or HTML file that mdx-loader would publish",
  reads: ['fileLinks', 'trusted', 'isFile'],
  runsIn: 'both',
  run: ({fileLinks, trusted, isFile}) => ({
    problems: fileLinks.flatMap(({file, links}) => linkedDocumentProblems(file, links, trusted, isFile)),
  }),
});
