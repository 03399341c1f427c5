import {allCollections, type CollectionName} from '../schema/collections';
import {placementOf} from '../schema/collectionOf';
import type {ValidSite} from '../schema/validSite';
import {sortProblems, type Problem} from '../site/problem';
import {BLOG_AUTHORS_FILE, isContentFile} from '../site/siteLayout';
import type {ContentFile} from '../site/sources';
import {parseSite, readSiteTexts} from '../source/readSite';
import {readTrustedContent} from '../source/trustedContent';
import {readMarkdown} from '../source/frontMatter';
import {scannedText, type RenderedMarkdown} from '../source/notebookNote';
import {NoteBody} from '../source/noteLinks';
import {activeFileProblem, publishedFiles} from '../safeContent/activeStaticFiles';
import {readPageTexts} from '../safeContent/pageFiles';
import {isFileIn, linkedDocumentProblems} from '../safeContent/linkedDocuments';
import {sanitizerProblems} from '../safeContent/unsafeContentProblems';
import {svgImageProblems} from '../safeContent/svgImageProblems';
import {contentSecurityProblems} from '../safeContent/mdxContent';
import {checkLinks} from './linkedFiles';
import {headingTitleProblem} from './headingTitle';
import type {FileLink} from './siteLinks';
import {ownerNameWarning} from './ownerName';
import {validateSite} from './validateSite';
import {blogAuthorLinkProblems} from './blogAuthorLinks';

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
  const headingProblems = sources.files.flatMap((file) => {
    const scanned = markdownOf(file.file);
    const problem = headingTitleProblem(file, scanned.text);
    return problem ? [{...problem, line: problem.line && scanned.lineInFile(problem.line)}] : [];
  });
  const {problems, warnings, site} = validateSite(sources, {today: options.today});
  const linked = checkLinks(sources.files, markdownOf);
  const bodies = new Map(linked.files.map((f) => [f.file, f.body]));
  const counts = Object.fromEntries(allCollections().map((c) => [c.name, 0])) as CollectionCounts;
  for (const file of sources.files) {
    const placement = placementOf(file.file);
    if (placement) counts[placement.collection] += 1;
  }
  const authorLinks = blogAuthorLinkProblems(siteTexts.get(BLOG_AUTHORS_FILE));
  const all = sortProblems([...syntaxProblems, ...problems, ...headingProblems, ...linked.problems, ...authorLinks]);
  return {
    problems: all,
    warnings: sortProblems([...warnings, ...linked.warnings, ...ownerNameWarning(siteTexts)]),
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
  const {trusted, problems: securityProblems} = await readTrustedContent(
    siteDir,
    new Set([...notes.map(([file]) => file), ...pages.keys(), ...published]),
  );
  // static/ and the files beside notes are published as they are: no document that can run script.
  securityProblems.push(...published.flatMap((file) => activeFileProblem(file, trusted) ?? []));
  const parsed = new Map(files.map((f) => [f.file, f]));
  const isFile = isFileIn(siteDir);
  for (const [file, text] of [...notes, ...pages]) {
    const {frontMatter, lineOf} = parsed.get(file) ?? {};
    securityProblems.push(...contentSecurityProblems({file, text, frontMatter, lineOf}, trusted));
    // A notebook is checked as the Markdown it renders to, outputs included, with its problems at the cell's line.
    const scanned = texts.has(file) ? checked.markdownOf(file) : scannedText(file, text, readMarkdown);
    const removals = await sanitizerProblems({file, text: scanned.text, frontMatter}, trusted);
    securityProblems.push(
      ...removals.map((p) => (p.line === undefined ? p : {...p, line: scanned.lineInFile(p.line)})),
    );
    securityProblems.push(...svgImageProblems(file, scanned.imageRemovals ?? []));
    const body = checked.bodyOf(file) ?? new NoteBody(scanned.text, scanned.lineInFile);
    securityProblems.push(...linkedDocumentProblems(file, body.fileLinks, trusted, isFile));
  }
  if (securityProblems.length === 0) return checked;
  return {...checked, problems: sortProblems([...checked.problems, ...securityProblems]), site: undefined};
}
