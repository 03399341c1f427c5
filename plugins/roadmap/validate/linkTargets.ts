import path from 'node:path';
import {closest} from '../schema/closest';
import type {CollectionName} from '../schema/collections';
import {show} from '../schema/messages';
import {NOTE_FILE} from '../site/siteLayout';
import {addressProblem} from '../source/linkSyntax';

/** A page a link may point at, as check and the build both know it. */
export interface LinkTarget {
  file: string;
  /** Its address below the base URL, e.g. `/papers/resnet`: what a Markdown link writes. */
  route: string;
  /** Its address with the base URL: what the rendered link points at. */
  permalink: string;
  title: string;
  kind: CollectionName;
  /** The placement's slug: a paper's, a course's … file or folder name; a note's path under docs/. */
  slug: string;
  citekey?: string;
  aliases: readonly string[];
  /** Drafts are not published; unlisted pages are, but no list shows them. */
  state: 'listed' | 'unlisted' | 'draft';
  /** Its headings' anchors, for `[[target#heading]]` and `/route#anchor`, when known up front (else `headingsOf`). */
  headings?: readonly Heading[];
}

export interface Heading {
  id: string;
  text: string;
}

/** Where a link lands, or why it lands nowhere. `warning` is set for a target readers can reach but no list shows. */
export type Resolution =
  {target: LinkTarget; anchor?: string; warning?: string} | {problem: string; target?: undefined};

/** Pages the content plugins make, that no file has (tags, archive, blog pagination). */
const PLUGIN_PAGES = /^\/(?:docs|papers|blog)\/(?:tags|archive|authors|page)(?:\/|$)/;
/** The addresses content files take: a link to any other (generated pages, static files) is the build's to check. */
const CONTENT_ROUTE = /^\/(?:docs|papers|blog)(?:\/|$)/;

const keyOf = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
const withoutSlash = (route: string) => (route.length > 1 ? route.replace(/\/+$/, '') : route);

/** `%20` read as a space; a malformed escape left as written (the build reports that address itself). */
function decoded(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

/**
 * The index every link is resolved against, built once per check or build:
 * identifiers (a slug, a citekey, a path under docs/) first, then titles and
 * `aliases:`, all matched case-insensitively. An identifier wins over a title,
 * so a note titled "ResNet" does not make `[[resnet]]` ambiguous.
 */
export class LinkTargets {
  private readonly byIdentifier = new Map<string, LinkTarget[]>();
  private readonly byName = new Map<string, LinkTarget[]>();
  private readonly byRoute = new Map<string, LinkTarget>();
  private readonly byFile = new Map<string, LinkTarget>();
  private readonly bySlug = new Map<string, LinkTarget>();
  /** What a typo is compared with: each identifier and name as its author wrote it. */
  private readonly spellings = new Set<string>();

  /** The headings links asked for, by file: all the build's remark plugin will need. */
  private readonly asked = new Map<string, readonly Heading[]>();

  /** `headingsOf` reads a target's headings when a link first names one (most never are). */
  constructor(
    readonly targets: readonly LinkTarget[],
    private readonly headingsOf: (file: string) => readonly Heading[] = () => [],
  ) {
    const add = (map: Map<string, LinkTarget[]>, text: string, target: LinkTarget) => {
      const key = keyOf(text);
      if (key === '') return;
      const list = map.get(key) ?? map.set(key, []).get(key)!;
      if (!list.includes(target)) list.push(target);
      this.spellings.add(text.trim());
    };
    for (const target of targets) {
      const docsPath = target.file.startsWith('docs/') ? target.file.slice(5).replace(NOTE_FILE, '') : undefined;
      if (target.kind !== 'note') add(this.byIdentifier, target.slug, target);
      if (docsPath !== undefined) add(this.byIdentifier, docsPath, target);
      if (docsPath?.endsWith('/index')) add(this.byIdentifier, docsPath.slice(0, -'/index'.length), target);
      if (target.citekey !== undefined) add(this.byIdentifier, target.citekey, target);
      add(this.byName, target.title, target);
      for (const alias of target.aliases) add(this.byName, alias, target);
      this.byRoute.set(withoutSlash(target.route), target);
      this.byFile.set(target.file, target);
      this.bySlug.set(`${target.kind}:${target.slug}`, target);
    }
  }

  /** The entry a front-matter reference names by its collection and slug (a benchmark's `project`). */
  entry(kind: string, slug: string): LinkTarget | undefined {
    return this.bySlug.get(`${kind}:${slug}`);
  }

  /** A target's headings, read once. */
  headings(target: LinkTarget): readonly Heading[] {
    const known = target.headings ?? this.asked.get(target.file);
    if (known) return known;
    const read = this.headingsOf(target.file);
    this.asked.set(target.file, read);
    return read;
  }

  /** Every target, with the headings of those a link named by heading. */
  withAskedHeadings(): LinkTarget[] {
    return this.targets.map((target) => {
      const headings = target.headings ?? this.asked.get(target.file);
      return headings === undefined ? target : {...target, headings};
    });
  }

  /** `[[target]]` or `[[target#heading]]`, and the entries of `related:`. */
  resolveName(name: string, heading?: string): Resolution {
    const address = addressProblem(name);
    if (address !== undefined) return {problem: address};
    const key = keyOf(name);
    const found = this.byIdentifier.get(key) ?? this.byName.get(key);
    if (found === undefined || found.length === 0) {
      const near = closest(name, this.spellings);
      return {
        problem: `unknown note (expected the slug, citekey, docs/ path, title or alias of a page, got ${show(name)})${near === undefined ? '' : ` — did you mean "${near}"?`}`,
      };
    }
    if (found.length > 1) {
      return {
        problem: `ambiguous (${show(name)} names ${found.length} pages: ${found.map((t) => `${t.file} (${t.kind})`).join(', ')}; expected a name of one page: use its slug or docs/ path)`,
      };
    }
    return this.withAnchor(found[0]!, heading);
  }

  /** A citation's key: a paper's citekey or slug, nothing else. */
  resolveCitation(key: string): Resolution {
    const found = (this.byIdentifier.get(keyOf(key)) ?? []).filter((t) => t.kind === 'paper');
    if (found.length === 1) return this.withAnchor(found[0]!, undefined);
    const keys = this.targets.flatMap((t) => (t.kind === 'paper' ? [t.citekey ?? t.slug] : []));
    const near = closest(key, keys);
    return {
      problem: `unknown citation (expected the citekey of a paper in papers/, got ${show(`@${key}`)})${near === undefined ? '' : ` — did you mean "@${near}"?`}`,
    };
  }

  /**
   * A Markdown link's address, from the file that writes it: a route below
   * the base URL, or a relative path to another Markdown file. Undefined for
   * an address that is no content page (another site, a generated page, a
   * file in static/, a tag list): the build checks those itself.
   */
  resolveUrl(url: string, from: string): Resolution | undefined {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
    const [address = '', hash] = url.split('#', 2) as [string, string | undefined];
    const pathPart = address.split('?', 1)[0]!;
    if (pathPart === '') return hash === undefined ? undefined : this.anchorIn(from, hash);
    if (pathPart.startsWith('/')) {
      const route = withoutSlash(decoded(pathPart));
      if (!CONTENT_ROUTE.test(route) || PLUGIN_PAGES.test(route) || ['/docs', '/papers', '/blog'].includes(route))
        return undefined;
      const target = this.byRoute.get(route);
      if (target) return this.withAnchor(target, hash, 'id');
      const near = closest(route, this.byRoute.keys());
      return {
        problem: `no page at ${route} (expected the address of a note, paper or post)${near === undefined ? '' : ` — did you mean "${near}"?`}`,
      };
    }
    if (!/\.mdx?$/.test(pathPart)) return undefined;
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(from), decoded(pathPart)));
    const target = this.byFile.get(file);
    if (!target) {
      const near = closest(file, this.byFile.keys());
      return {
        problem: `no such note (expected a Markdown file of the site, got ${show(pathPart)}, which is ${file})${near === undefined ? '' : ` — did you mean "${near}"?`}`,
      };
    }
    // Docusaurus resolves a file link inside one content folder only (docs/, papers/, blog/ are three plugins).
    if (file.split('/')[0] !== from.split('/')[0]) {
      return {
        problem: `links a file in another folder (Docusaurus resolves .md links within ${from.split('/')[0]}/ only; expected [[${target.slug}]] or ${target.route}, got ${show(pathPart)})`,
      };
    }
    return this.withAnchor(target, hash, 'id');
  }

  private anchorIn(file: string, hash: string): Resolution | undefined {
    const target = this.byFile.get(file);
    return target ? this.withAnchor(target, hash, 'id') : undefined;
  }

  /**
   * A target with its heading's anchor: a wikilink names a heading by its text
   * or anchor, a URL by its anchor. Drafts are refused (the build leaves them
   * out, so the link would break); unlisted pages come with a warning.
   */
  private withAnchor(target: LinkTarget, heading: string | undefined, by: 'text' | 'id' = 'text'): Resolution {
    if (target.state === 'draft')
      return {
        problem: `links a draft (${target.file} has draft: true, so it is not published; expected a published page)`,
      };
    const warning =
      target.state === 'unlisted'
        ? `links an unlisted page (${target.file} is unlisted: readers can open it, but no list, feed or search shows it)`
        : undefined;
    const extra = warning === undefined ? {} : {warning};
    if (heading === undefined || heading === '') return {target, ...extra};
    const headings = this.headings(target);
    const wanted = keyOf(heading);
    const found = headings.find(
      (h) => h.id === heading || (by === 'text' && (keyOf(h.text) === wanted || h.id === wanted)),
    );
    if (found) return {target, anchor: found.id, ...extra};
    const near = closest(
      heading,
      headings.map((h) => (by === 'text' ? h.text : h.id)),
    );
    return {
      problem: `no heading ${show(heading)} in ${target.file} (expected one of its headings${headings.length === 0 ? ', and it has none' : ''})${near === undefined ? '' : ` — did you mean "${near}"?`}`,
    };
  }
}
