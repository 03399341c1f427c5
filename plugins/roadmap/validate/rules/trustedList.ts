import {siteRule} from './siteRule';

export const trustedListRule = siteRule({
  name: 'trusted-list',
  description: 'trustedContent.ts, read from the site folder: not a list of paths, or an entry that names no file',
  reads: ['trustedListProblems'],
  runsIn: 'check',
  why: 'the build is handed the list by docusaurus.config.ts, which imports the module as code; a stale entry there trusts nothing, check names it',
  run: ({trustedListProblems}) => ({problems: trustedListProblems}),
});
