import {blogAuthorLinksRule} from './blogAuthorLinks';
import {cardsRule} from './cards';
import {citekeyClashesRule} from './citekeyClashes';
import {cutByCommentRule} from './cutByComment';
import {headingTitleRule} from './headingTitle';
import {linkedDocumentsRule} from './linkedDocuments';
import {mdxFilesRule} from './mdxFiles';
import {mdxStatementsRule} from './mdxStatements';
import {ownerNameRule} from './ownerName';
import {pageAddressesRule} from './pageAddresses';
import {paperIdClashesRule} from './paperIdClashes';
import {placeholdersRule} from './placeholders';
import {postFileDateRule} from './postFileDate';
import {publishedDocumentsRule} from './publishedDocuments';
import {roadmapFileRule} from './roadmapFile';
import {sanitizerRemovalsRule} from './sanitizerRemovals';
import type {SiteRule} from './siteRule';
import {skillsFileRule} from './skillsFile';
import {svgOutputsRule} from './svgOutputs';
import {trustedListRule} from './trustedList';
import {unresolvedLinksRule} from './unresolvedLinks';
import {uniqueSlugsRule} from './uniqueSlugs';
import {viewsRule} from './views';

/**
 * Every site-level rule, once: `npm run check` and the build iterate this
 * list, each running the rules marked for it (`runsIn`) at the moment it has
 * what they read (siteRule.ts, `MOMENTS`). A collection's field rules are not
 * here: they belong to its definition (schema/collections/, `rules`).
 * A new rule is one module of this folder, one line here and one case in
 * tests/unit/check-bad-input.test.ts.
 */
export const SITE_RULES: readonly SiteRule[] = [
  // The parsed front matter and data files (validateSite).
  uniqueSlugsRule,
  placeholdersRule,
  postFileDateRule,
  pageAddressesRule,
  citekeyClashesRule,
  paperIdClashesRule,
  roadmapFileRule,
  skillsFileRule,
  cutByCommentRule,
  // The texts, the rendered Markdown and the links.
  headingTitleRule,
  unresolvedLinksRule,
  blogAuthorLinksRule,
  ownerNameRule,
  viewsRule,
  cardsRule,
  // Content that can run code: the site folder and the trusted list.
  trustedListRule,
  publishedDocumentsRule,
  mdxFilesRule,
  mdxStatementsRule,
  sanitizerRemovalsRule,
  svgOutputsRule,
  linkedDocumentsRule,
];
