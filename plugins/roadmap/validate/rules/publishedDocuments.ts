import {activeFileProblem} from '../../safeContent/activeStaticFiles';
import {siteRule} from './siteRule';

export const publishedDocumentsRule = siteRule({
  name: 'published-documents',
  description:
    'the names of the files published as they are, and the trusted list: an SVG, XML or HTML file not listed',
  reads: ['published', 'trusted'],
  runsIn: 'both',
  run: ({published, trusted}) => ({problems: published.flatMap((file) => activeFileProblem(file, trusted) ?? [])}),
});
