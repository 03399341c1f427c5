import {citekeyOf} from '../citation/citekey';
import type {LineOf} from '../site/fieldPath';
import {sortProblems, type Problem} from '../site/problem';
import {collectionNamed, type CollectionName} from '../schema/collections';
import type {NoteBody, NoteLinkInText} from '../source/noteLinks';
import {LinkTargets, type LinkTarget, type Resolution} from './linkTargets';
import {cardLinks} from '../source/noteCards';

/**
 * How one page came to point at another: a `[[wikilink]]`, a `[@citation]`, a
 * plain Markdown link, a front-matter reference the schema already has (a
 * benchmark's `project`), or the `related:` field.
 */
export const LINK_KINDS = ['wikilink', 'citation', 'markdown', 'reference', 'related'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** One content file as link resolution sees it, from check's reading or the build's loaded pages. */
export interface LinkedFile {
  file: string;
  kind: CollectionName;
  slug: string;
  frontMatter: Record<string, unknown>;
  title: string;
  route: string;
  permalink: string;
  state: LinkTarget['state'];
  body: NoteBody;
}

/** A resolved link between two files. */
export interface FileLink {
  from: string;
  to: string;
  kind: LinkKind;
}

export interface SiteLinks {
  links: FileLink[];
  problems: Problem[];
  warnings: Problem[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** A paper's citekey from front matter that may not be valid yet (check reports that elsewhere). */
function citekeyIn(frontMatter: Record<string, unknown>): string | undefined {
  const {citekey, authors, year, title} = frontMatter;
  if (typeof citekey === 'string') return citekey;
  if (typeof title !== 'string' || typeof year !== 'number' || strings(authors).length === 0) return undefined;
  return citekeyOf({authors: strings(authors), year, title});
}

/** The index of every page a link may name, built once. */
export function linkTargetsOf(files: readonly LinkedFile[]): LinkTargets {
  const bodies = new Map(files.map((f) => [f.file, f.body]));
  return new LinkTargets(
    files.map((f) => {
      const citekey = f.kind === 'paper' ? citekeyIn(f.frontMatter) : undefined;
      return {
        file: f.file,
        route: f.route,
        permalink: f.permalink,
        title: f.title,
        kind: f.kind,
        slug: f.slug,
        ...(citekey === undefined ? {} : {citekey}),
        aliases: strings(f.frontMatter.aliases),
        state: f.state,
      };
    }),
    (file) => bodies.get(file)?.headings ?? [],
  );
}

/** The words a problem names a body link by: what the author typed, or the address. */
function linkField(link: NoteLinkInText): string {
  return link.kind === 'markdown' ? `link ${link.url}` : link.source;
}

/**
 * Resolves every link of every file against the index: the links found, in
 * file order, and a problem (file, line, the link, the nearest match) for each
 * one that lands nowhere, a warning for each that lands on an unlisted page.
 */
export function resolveSiteLinks(
  files: readonly LinkedFile[],
  targets: LinkTargets,
  lineOf: (file: string) => LineOf | undefined = () => undefined,
): SiteLinks {
  const links: FileLink[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const from of files) {
    // A line may cost a read of the file (the build locates front-matter lines lazily): asked only when reported.
    type Line = number | undefined | (() => number | undefined);
    const note = (resolution: Resolution | undefined, kind: LinkKind, field: string, at: Line) => {
      if (resolution === undefined) return;
      const line = () => (typeof at === 'function' ? at() : at);
      if (resolution.target === undefined) {
        problems.push({file: from.file, line: line(), field, message: resolution.problem});
        return;
      }
      if (resolution.warning !== undefined)
        warnings.push({file: from.file, line: line(), field, message: resolution.warning});
      if (resolution.target.file !== from.file) links.push({from: from.file, to: resolution.target.file, kind});
    };
    for (const link of [...from.body.links, ...cardLinks(from.file, from.body)]) {
      if (link.kind === 'invalid') note({problem: link.problem}, 'wikilink', link.source, link.line);
      else if (link.kind === 'wikilink')
        note(targets.resolveName(link.target, link.heading), 'wikilink', linkField(link), link.line);
      else if (link.kind === 'citation')
        for (const key of link.keys) note(targets.resolveCitation(key), 'citation', linkField(link), link.line);
      else note(targets.resolveUrl(link.url, from.file), 'markdown', linkField(link), link.line);
    }
    let lines: LineOf | undefined;
    strings(from.frontMatter.related).forEach((name, i) =>
      note(targets.resolveName(name), 'related', `related[${i}]`, () =>
        (lines ??= lineOf(from.file))?.(['related', i]),
      ),
    );
    // Other references were checked by the schema (unknownReference); a dangling one is already a problem.
    for (const reference of collectionNamed(from.kind).linksTo?.(from.frontMatter) ?? []) {
      const target = targets.entry(reference.collection, reference.slug);
      if (target && target.state !== 'draft') links.push({from: from.file, to: target.file, kind: 'reference'});
    }
  }
  return {links: dedupe(links), problems: sortProblems(problems), warnings: sortProblems(warnings)};
}

/** One link per pair and kind: a note that cites a paper five times links it once. */
function dedupe(links: readonly FileLink[]): FileLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.from}\n${link.to}\n${link.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
