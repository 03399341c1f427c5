/**
 * Pure: the links of a built HTML page and whether each one lands. Only links
 * inside the site are checked: an external host may be down or slow, and a
 * pull request should not fail for someone else's outage.
 */

/** `href` and `src` values of every tag (quoted or not, as the minifier leaves them). */
export function linksIn(html: string): string[] {
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return [...withoutScripts.matchAll(/<[a-z][^>]*?\s(?:href|src)=("[^"]*"|'[^']*'|[^\s>]+)/gi)].map(([, raw]) =>
    decodeEntities(raw!.replace(/^["']|["']$/g, '')),
  );
}

/** Every `id` and `name` a fragment (`#…`) can point at. */
export function anchorsIn(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/\s(?:id|name)=("[^"]*"|'[^']*'|[^\s>]+)/gi)].map(([, raw]) =>
      decodeEntities(raw!.replace(/^["']|["']$/g, '')),
    ),
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** An internal link resolved against its page: a path below the base URL, or one outside it. */
export interface InternalLink {
  /** The path below the base URL, e.g. `/docs/notes/`; undefined when the link leaves the base URL. */
  sitePath: string | undefined;
  /** The absolute path the browser would request. */
  requested: string;
  fragment: string | undefined;
}

/**
 * Where a link on built page `page` (relative to the build folder) lands, or
 * undefined for a link to another scheme or host.
 */
export function internalLink(link: string, page: string, baseUrl: string): InternalLink | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return undefined;
  const [withoutFragment, fragment] = splitOnce(link, '#');
  const pathname = withoutFragment.split('?')[0]!;
  const pageUrl = new URL(`${baseUrl}${page.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid');
  const requested = decodeURI(pathname === '' ? pageUrl.pathname : new URL(pathname, pageUrl).pathname);
  const sitePath = requested.startsWith(baseUrl) ? `/${requested.slice(baseUrl.length)}` : undefined;
  return {sitePath, requested, fragment: fragment || undefined};
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** The built files a site path may be served from, in the order a static host tries them. */
export function candidateFiles(sitePath: string): string[] {
  const clean = sitePath.replace(/^\//, '');
  if (clean === '' || clean.endsWith('/')) return [`${clean}index.html`];
  return [clean, `${clean}.html`, `${clean}/index.html`];
}
