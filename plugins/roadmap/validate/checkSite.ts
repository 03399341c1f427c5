import {allCollections, type CollectionName} from '../schema/collections';
import {placementOf} from '../schema/collectionOf';
import type {ValidSite} from '../schema/validSite';
import {sortProblems, type Problem} from '../site/problem';
import {isContentFile} from '../site/siteLayout';
import type {ContentFile} from '../site/sources';
import {parseSite, readSiteTexts} from '../source/readSite';
import {readTrustedContent} from '../source/trustedContent';
import {readMarkdown} from '../source/frontMatter';
import {scannedText, type RenderedMarkdown} from '../source/notebookNote';
import {cardFileLinks} from '../source/noteCards';
import {noteBodyOf, type NoteBody} from '../source/noteLinks';
import {publishedFiles} from '../safeContent/activeStaticFiles';
import {readPageTexts} from '../safeContent/pageFiles';
import {isFileIn} from '../safeContent/linkedDocuments';
import {checkLinks} from './linkedFiles';
import {SITE_RULES} from './rules';
import {runRules, runRulesNow, type ScannedFile} from './rules/siteRule';
import type {FileLink} from './siteLinks';
import {validateSite} from './validateSite';

export type CollectionCounts = Record<CollectionName, number>;

export interface CheckOptions {
  today: string;
}

export interface CheckedSite {
  problems: Problem[];
  /** Shown, but fail nothing (see validateSite). */
  warnings: Problem[];
  counts: CollectionCounts;
  site: ValidSite | undefined;
  files: ContentFile[];
  /** Every file check read, as written: relative path → text. */
  texts: Map<string, string>;
  /** Every link between files that resolved (wikilinks, citations, Markdown links, references). */
  links: FileLink[];
  /** A file's Markdown as the site renders it (a notebook's cells, a `.md` file as written), made once per file. */
  markdownOf: (file: string) => RenderedMarkdown;
  /** A placed note's body, parsed once for its links. */
  bodyOf: (file: string) => NoteBody | undefined;
}

/**
 * Pure: the content model's check of a site given as its files' texts
 * (relative path → text): front matter, data files and the references between
 * them. `check --since` checks the base revision this way, straight from git.
 */
export function checkTexts(siteTexts: ReadonlyMap<string, string>, options: CheckOptions): CheckedSite {
  const {sources, problems: syntaxProblems, texts} = parseSite(siteTexts);
  // A notebook is judged by the Markdown it renders to (its raw cell, then its cells), at the cell's line;
  // rendering one is the costly part, so the heading rule, the links and the sanitizer share it.
  const rendered = new Map<string, RenderedMarkdown>();
  const markdownOf = (file: string) =>
    rendered.get(file) ?? rendered.set(file, scannedText(file, texts.get(file) ?? '', readMarkdown)).get(file)!;
  const {problems, warnings, site} = validateSite(sources, {today: options.today, phase: 'check'});
  const linked = checkLinks(sources.files, markdownOf);
  const bodies = new Map(linked.files.map((f) => [f.file, f.body]));
  const counts = Object.fromEntries(allCollections().map((c) => [c.name, 0])) as CollectionCounts;
  for (const file of sources.files) {
    const placement = placementOf(file.file);
    if (placement) counts[placement.collection] += 1;
  }
  // The site rules that read the texts, the rendered Markdown and the links (validate/rules/).
  const rules = runRulesNow(SITE_RULES, 'check', 1, {
    texts: siteTexts,
    files: sources.files,
    markdownOf,
    links: linked,
    today: options.today,
  });
  const all = sortProblems([...syntaxProblems, ...problems, ...rules.problems]);
  return {
    problems: all,
    warnings: sortProblems([...warnings, ...rules.warnings]),
    counts,
    site: all.length === 0 ? site : undefined,
    files: [...sources.files],
    texts,
    links: linked.links,
    markdownOf,
    bodyOf: (file) => bodies.get(file),
  };
}

/**
 * Reads and validates a whole site folder: what `npm run check` reports. Also
 * reports content that can run code, which needs the site's allow-list: what
 * the render pipeline's sanitizer removes (plugins/roadmap/safeContent), MDX, and
 * published files that are documents (SVG, XML, HTML).
 */
export async function checkSite(siteDir: string, options: CheckOptions): Promise<CheckedSite> {
  const checked = checkTexts(await readSiteTexts(siteDir), options);
  const {texts, files} = checked;
  // Markdown pages under src/pages are rendered like notes (plugins/roadmap/safeContent).
  const pages = await readPageTexts(siteDir);
  const notes = [...texts].filter(([file]) => isContentFile(file));
  const published = await publishedFiles(siteDir);
  const {trusted, problems: trustedListProblems} = await readTrustedContent(
    siteDir,
    new Set([...notes.map(([file]) => file), ...pages.keys(), ...published]),
  );
  const parsed = new Map(files.map((f) => [f.file, f]));
  const scanned = [...notes, ...pages].map(([file, text]): ScannedFile & {lineOf?: ContentFile['lineOf']} => {
    const {frontMatter, lineOf} = parsed.get(file) ?? {};
    // A notebook is checked as the Markdown it renders to, outputs included, with its problems at the cell's line.
    const rendered = texts.has(file) ? checked.markdownOf(file) : scannedText(file, text, readMarkdown);
    return {file, text, frontMatter, lineOf, rendered};
  });
  // The site rules that need the site folder: content that can run code (validate/rules/).
  const {problems: securityProblems} = await runRules(SITE_RULES, 'check', 2, {
    compiled: scanned,
    published,
    trusted,
    trustedListProblems,
    scanned,
    fileLinks: scanned.map(({file, rendered}) => {
      const body = checked.bodyOf(file) ?? noteBodyOf(rendered);
      // A card's links are published as the body's (emit/remarkCards.ts puts them in the page).
      return {file, links: [...body.fileLinks, ...cardFileLinks(file, body)]};
    }),
    isFile: isFileIn(siteDir),
  });
  if (securityProblems.length === 0) return checked;
  return {...checked, problems: sortProblems([...checked.problems, ...securityProblems]), site: undefined};
}
