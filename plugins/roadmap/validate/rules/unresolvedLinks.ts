import {siteRule} from './siteRule';

/**
 * Resolving is shared (validate/siteLinks.ts, the index both phases build the
 * same way), since the build needs the links it finds; this is what of it fails.
 */
export const unresolvedLinksRule = siteRule({
  name: 'unresolved-links',
  description:
    'every resolved link: a wikilink, citation, Markdown link or `related:` entry that lands nowhere (a warning for an unlisted page)',
  reads: ['links'],
  runsIn: 'both',
  run: ({links}) => ({problems: links.problems, warnings: links.warnings}),
});
