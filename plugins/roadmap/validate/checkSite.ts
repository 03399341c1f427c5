import type {CollectionName} from '../schema/collection';
import {placementOf} from '../schema/collectionOf';
import {readSite} from '../source/readSite';
import {readTrustedContent} from '../source/trustedContent';
import {activeStaticProblems} from '../../safe-content/activeStaticFiles';
import {readPageTexts} from '../../safe-content/pageFiles';
import {scriptBreakingFrontMatter} from '../../safe-content/scriptBreakingText';
import {sanitizerProblems} from '../../safe-content/unsafeContentProblems';
import {contentSecurityProblems} from './contentSecurity';
import {sortProblems, type Problem} from './problem';
import {validateSite, type ContentFile, type ValidSite} from './validateSite';

export type CollectionCounts = Record<CollectionName, number>;

export interface CheckOptions {
  today: string;
  /**
   * Also report content that can run code (validate/contentSecurity.ts).
   * Off only for an old state of the site read for comparison (`--since`).
   */
  scanContent?: boolean;
}

/** Reads and validates a whole site folder: what `npm run check` reports. */
export async function checkSite(
  siteDir: string,
  options: CheckOptions,
): Promise<{
  problems: Problem[];
  counts: CollectionCounts;
  site: ValidSite | undefined;
  files: ContentFile[];
  /** Every Markdown file as written: relative path → text. */
  texts: Map<string, string>;
}> {
  const {sources, problems: syntaxProblems, texts} = await readSite(siteDir);
  const {problems, site} = validateSite(sources, {today: options.today});
  const counts: CollectionCounts = {course: 0, paper: 0, project: 0, benchmark: 0, talk: 0, post: 0, note: 0};
  for (const file of sources.files) {
    const placement = placementOf(file.file);
    if (placement) counts[placement.collection] += 1;
  }
  const securityProblems: Problem[] = [];
  if (options.scanContent !== false) {
    // Markdown pages under src/pages are rendered like notes (plugins/safe-content).
    const pages = await readPageTexts(siteDir);
    const {trusted, problems: listProblems} = await readTrustedContent(
      siteDir,
      new Set([...texts.keys(), ...pages.keys()]),
    );
    const parsed = new Map(sources.files.map((f) => [f.file, f]));
    securityProblems.push(...listProblems);
    // static/ and the assets beside notes are published as they are.
    securityProblems.push(...(await activeStaticProblems(siteDir)));
    for (const [file, text] of [...texts, ...pages]) {
      const {frontMatter, lineOf} = parsed.get(file) ?? {};
      securityProblems.push(...contentSecurityProblems({file, text, frontMatter, lineOf}, trusted));
      securityProblems.push(...(await sanitizerProblems({file, text, frontMatter}, trusted)));
      securityProblems.push(...scriptBreakingFrontMatter(file, frontMatter, lineOf));
    }
  }
  const all = sortProblems([...syntaxProblems, ...problems, ...securityProblems]);
  return {problems: all, counts, site: all.length === 0 ? site : undefined, files: [...sources.files], texts};
}
