import {pageRouteProblems} from '../pageRoutes';
import {siteRule} from './siteRule';

export const pageAddressesRule = siteRule({
  name: 'page-addresses',
  description:
    "every content file's front matter: an address (slug, id, pagination) Docusaurus would refuse or give twice",
  reads: ['parsed'],
  runsIn: 'both',
  run: ({parsed}) => ({
    problems: [...pageRouteProblems(parsed.sources.files)].flatMap(([file, problems]) => parsed.at(file, problems)),
  }),
});
