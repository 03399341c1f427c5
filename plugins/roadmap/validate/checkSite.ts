import {allCollections, type CollectionName} from '../schema/collections';
import {placementOf} from '../schema/collectionOf';
import {readSite} from '../source/readSite';
import {readTrustedContent} from '../source/trustedContent';
import {contentSecurityProblems} from './contentSecurity';
import {sortProblems, type Problem} from '../site/problem';
import type {ContentFile} from '../site/sources';
import type {ValidSite} from '../schema/validSite';
import {validateSite} from './validateSite';

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
  const counts = Object.fromEntries(allCollections().map((c) => [c.name, 0])) as CollectionCounts;
  for (const file of sources.files) {
    const placement = placementOf(file.file);
    if (placement) counts[placement.collection] += 1;
  }
  const securityProblems: Problem[] = [];
  if (options.scanContent !== false) {
    const {trusted, problems: listProblems} = await readTrustedContent(siteDir, new Set(texts.keys()));
    const parsed = new Map(sources.files.map((f) => [f.file, f]));
    securityProblems.push(...listProblems);
    for (const [file, text] of texts) {
      const {frontMatter, lineOf} = parsed.get(file) ?? {};
      securityProblems.push(...contentSecurityProblems({file, text, frontMatter, lineOf}, trusted));
    }
  }
  const all = sortProblems([...syntaxProblems, ...problems, ...securityProblems]);
  return {problems: all, counts, site: all.length === 0 ? site : undefined, files: [...sources.files], texts};
}
