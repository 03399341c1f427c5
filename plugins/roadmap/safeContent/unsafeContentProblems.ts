import {isTrusted, OR_TRUSTED} from '../source/trustedContent';
import {mdxFileProblem} from './mdxContent';
import type {Problem} from '../site/problem';
import {quoteSource} from '../site/quoteSource';
import {contentRemovals, type Removal} from './contentRemovals';
import {renderFragment, renderMarkdown} from './renderMarkdown';
import {SAME_SITE_URL} from './schema';

/**
 * Whether a `.md` file could hold anything the sanitizer removes, without
 * parsing it. The sanitizer judges elements and their attributes, and in a
 * `.md` file an author gets those only from
 * - raw HTML: `<` and a letter (a comment, `<!…>` or `<?…>`, is never
 *   reported; a lone end tag makes nothing but an allowed `<p>`/`<br>`).
 *   `<https://`, `<http://` and `<mailto:` in lower case are autolinks, not
 *   tags (a tag name holds no `:`), to a scheme the schema allows;
 * - images, `![`, wherever they load from;
 * - links, inline `](…)` or through a definition `[x]: …` (a reference link
 *   needs one; a footnote's `[^x]:` is none), unless the destination starts
 *   with a scheme the schema allows in lower case, `#`, or a path on this
 *   site (`/`, `./`, `../`, but not `//` or `/\`, which reach another host);
 *   GFM's bare links are http(s), mailto and www only;
 * - a directive's `{attributes}` on an admonition (`:::note{.class}`).
 * Everything else Markdown makes (headings and their ids, lists, task
 * lists, tables, footnotes, code and its meta line, math) is allowed as the
 * schema is written. Most notes hold none of these, and skip the ~2 ms render.
 */
const SAFE_DESTINATION = String.raw`\s*<?(?:https?:\/\/|mailto:|#|\.{0,2}\/(?![\/\\]))`;
const MIGHT_HOLD_UNSAFE = new RegExp(
  [
    String.raw`<(?!(?:https?:\/\/|mailto:))[A-Za-z]`,
    String.raw`!\[`,
    String.raw`\]\((?!${SAFE_DESTINATION})`,
    String.raw`(?<!\[\^[^\]\n]*)\]:(?!${SAFE_DESTINATION})`,
    ':::',
  ].join('|'),
);

export function mightHoldUnsafeContent(text: string): boolean {
  return MIGHT_HOLD_UNSAFE.test(text);
}

/**
 * What the build's sanitizer (rehypeSafeContent.ts) would remove from a
 * content file: nothing for a trusted file, and nothing here for a file
 * compiled as MDX, which check refuses as a whole (contentSecurity.ts).
 */
export async function sanitizerProblems(
  input: {file: string; text: string; frontMatter?: Record<string, unknown>},
  trusted: readonly string[],
): Promise<Problem[]> {
  const {file, text, frontMatter} = input;
  if (isTrusted(file, trusted) || mdxFileProblem({file, frontMatter}, trusted)) return [];
  return unsafeContentProblems(file, text);
}

/** What the sanitizer would remove from one untrusted `.md` file, as check's problems. */
export async function unsafeContentProblems(file: string, text: string): Promise<Problem[]> {
  if (!mightHoldUnsafeContent(text)) return [];
  const rendered = await renderMarkdown(text);
  return contentRemovals(rendered.tree).map((removal) =>
    problemOf(file, rendered.text, {...removal, line: removal.line && rendered.lineInFile(removal.line)}),
  );
}

/** What the sanitizer would remove from a fragment of an untrusted note (a card's text), at once. */
export function unsafeFragmentProblems(file: string, text: string): Problem[] {
  if (!mightHoldUnsafeContent(text)) return [];
  return contentRemovals(renderFragment(text)).map((removal) => problemOf(file, text, removal));
}

function problemOf(file: string, text: string, removal: Removal): Problem {
  const {line, tagName, attribute, value} = removal;
  if (attribute === undefined) {
    const source = removal.offset === undefined ? `<${tagName}>` : text.slice(removal.offset, removal.offset + 80);
    return {
      file,
      line,
      field: `<${tagName}>`,
      message: `removed${removal.withContent ? ' with its content' : removal.hasContent ? ', its text kept' : ''} (${elementReason(tagName)}; expected ${ALLOWED_ELEMENTS}, ${OR_TRUSTED}, got ${quoteSource(firstTag(source))})`,
    };
  }
  const {why, expected} = attributeReason(attribute, value ?? '');
  return {
    file,
    line,
    field: `<${tagName} ${attribute}>`,
    message: `removed (${why}; expected ${expected}, ${OR_TRUSTED}, got ${quoteSource(value ? `${attribute}="${value}"` : attribute)})`,
  };
}

const ALLOWED_ELEMENTS = 'Markdown or the HTML GitHub allows in a README';

/** Why an element is not allowed, in the reader's terms. */
function elementReason(tagName: string): string {
  switch (tagName) {
    case 'script':
      return "a script runs in the reader's browser";
    case 'iframe':
    case 'frame':
    case 'object':
    case 'embed':
    case 'portal':
      return "it embeds another page or plugin, which can run code on the site's origin";
    case 'base':
      return "it moves every relative link and the site's own scripts to another host";
    case 'meta':
      return 'it can redirect the reader or change how the page is read';
    case 'link':
    case 'style':
      return 'it restyles the page and can load from other hosts';
    case 'form':
    case 'input':
    case 'button':
    case 'textarea':
    case 'select':
      return 'a form can send what a reader types to another host';
    case 'svg':
    case 'math':
      return 'inline SVG and MathML can carry scripts and links (use an image, or $…$ math)';
    default:
      return 'not on the allowlist';
  }
}

/** Why an attribute is not allowed, and what would be. */
function attributeReason(attribute: string, value: string): {why: string; expected: string} {
  if (/^on/i.test(attribute)) return {why: 'an event handler runs code', expected: 'no on… attribute in content'};
  if (attribute === 'srcdoc')
    return {why: "srcdoc runs a page on the site's own origin", expected: 'no srcdoc attribute'};
  if (attribute === 'style')
    return {why: 'inline styles can load from other hosts and cover the page', expected: 'no style attribute'};
  const scheme = schemeOf(value);
  if (scheme === 'javascript' || scheme === 'vbscript')
    return {why: `a ${scheme}: link runs code when followed`, expected: 'an http(s), mailto or relative link'};
  if (scheme === 'data')
    return {why: 'a data: URL can hold a page that runs code', expected: 'an http(s), mailto or relative link'};
  if ((attribute === 'src' || attribute === 'srcset') && !SAME_SITE_URL.test(value))
    return {
      why: 'it loads from another host when the page opens, which tells that host who reads what',
      expected: 'an image stored in the site (a relative path or /img/…)',
    };
  if (scheme !== undefined)
    return {why: `${scheme}: is not an allowed scheme`, expected: 'an http(s), mailto or relative link'};
  return {why: 'not on the allowlist for this element', expected: 'the attributes GitHub allows in a README'};
}

/** The scheme as a browser reads it: tabs, line breaks, leading controls and case do not matter. */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** The start of an element's source: its first tag, or its first line. */
function firstTag(source: string): string {
  const end = source.search(/>|\n/);
  const first = end === -1 ? source : source.slice(0, end + 1);
  // A script's whole one-line text says more than its opening tag.
  const close = source.indexOf('</script>');
  return close !== -1 && close < 60 && !source.slice(0, close).includes('\n') ? source.slice(0, close + 9) : first;
}
