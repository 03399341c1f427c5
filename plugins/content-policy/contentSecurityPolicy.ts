import {createHash} from 'node:crypto';

/**
 * The Content-Security-Policy a built page carries in a `<meta http-equiv>`:
 * GitHub Pages, where this site is usually served, sets no headers.
 *
 * Scripts run only from the site's own files and from the inline scripts
 * Docusaurus writes outside the app's root (the colour-mode script before
 * first paint, the base-URL banner), each allowed by its hash. So a script
 * that reached a page's content (the sanitizer's job to prevent) does not run:
 * an inline `<script>`, an `on…=` handler or a `javascript:` URL are all
 * refused by the browser. Styles stay `'unsafe-inline'`: React, KaTeX and
 * Docusaurus write `style` attributes, and CSS runs no code.
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly, nothing else.
 */
export interface PolicyOptions {
  /** Origins the pages fetch from besides their own (Algolia's hosts when search is Algolia's). */
  connect: readonly string[];
}

/** The policy for a page whose own inline scripts (outside the app's root) have these hashes. */
export function contentSecurityPolicy(scriptHashes: readonly string[], options: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scriptHashes.map((hash) => `'${hash}'`)],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...options.connect],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((words) => words.join(' ')).join('; ');
}

/** Where Docusaurus's app renders: everything from here on is the page's content (the minifier drops quotes). */
const APP_ROOT = /<div id="?__docusaurus"?[\s>]/;

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** Only scripts the browser runs need a hash: JSON-LD and other data blocks are never executed. */
function runs(attributes: string): boolean {
  if (/\ssrc\s*=/i.test(attributes)) return false;
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || /^(text|application)\/(java|ecma)script$/.test(type);
}

/** The `sha256-…` sources of the inline scripts Docusaurus wrote before the app's root. */
export function inlineScriptHashes(html: string): string[] {
  const root = APP_ROOT.exec(html)?.index;
  const head = root === undefined ? '' : html.slice(0, root);
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of head.matchAll(INLINE_SCRIPT))
    if (runs(attributes)) hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  return [...hashes];
}

const CHARSET = /<meta charset="?utf-8"?\s*\/?>/i;

/**
 * The page with its policy as the first element after `<meta charset>`, so
 * that it governs every script after it; undefined for an HTML file that is
 * not one of Docusaurus's pages (no app root, or a policy of its own already).
 */
export function withPolicy(html: string, options: PolicyOptions): string | undefined {
  if (!APP_ROOT.test(html) || /http-equiv="?content-security-policy/i.test(html)) return undefined;
  const charset = CHARSET.exec(html);
  const at = charset ? charset.index + charset[0].length : html.indexOf('<head>') + '<head>'.length;
  if (at < '<head>'.length) return undefined;
  const policy = contentSecurityPolicy(inlineScriptHashes(html), options).replaceAll('"', '&quot;');
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(at)}`;
}
