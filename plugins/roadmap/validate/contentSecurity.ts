import type {LineOf} from '../site/fieldPath';
import {isTrusted, TRUSTED_CONTENT_FILE} from '../source/trustedContent';
import type {Problem} from '../site/problem';
import {textOutsideCode} from './textOutsideCode';

/**
 * Contributions are untrusted input. A `.md` file is CommonMark: it becomes
 * HTML and cannot run code. An `.mdx` file is a program: its imports,
 * exports, expressions and components run at build time and in the reader's
 * browser. This scan reports every way a content file could run code, with
 * its line, unless the site's allow-list (trustedContent.ts) names the file.
 */
export interface ContentSecurityInput {
  /** Relative to the site, with `/` separators. */
  file: string;
  /** The whole file as written. */
  text: string;
  /** Parsed front matter, when it parsed: `format: mdx` turns a `.md` file into MDX. */
  frontMatter?: Record<string, unknown>;
  lineOf?: LineOf;
}

const OR_TRUSTED = `or the file listed in ${TRUSTED_CONTENT_FILE}`;

/** Every problem of one file; none when the file is trusted. */
export function contentSecurityProblems(input: ContentSecurityInput, trusted: readonly string[]): Problem[] {
  const {file, text} = input;
  if (isTrusted(file, trusted)) return [];
  const problems: Problem[] = [];
  const report = (line: number, field: string, message: string) => problems.push({file, line, field, message});

  const mdx = compiledAsMdx(file, input.frontMatter);
  const mdxFile = mdxFileProblem(input, trusted);
  if (mdxFile) problems.push(mdxFile);

  if (!mdx && !mightRunCode(text)) return problems;
  const live = textOutsideCode(text, {mdx});
  const lineAt = lineCounter(live);
  if (mdx) {
    for (const match of live.matchAll(/^[ \t]*(import|export)(?=[\s{*])[^\n]*/gm)) {
      const keyword = match[1]!;
      report(
        lineAt(match.index),
        keyword,
        `an MDX ${keyword} statement runs code (expected none in content, ${OR_TRUSTED}, got ${quote(match[0])})`,
      );
    }
  }
  for (const match of live.matchAll(/<script(?=[\s/>]|$)[^\n]*/gi)) {
    report(
      lineAt(match.index),
      '<script>',
      `a script runs in the reader's browser (expected no <script> in content, ${OR_TRUSTED}, got ${quote(match[0])})`,
    );
  }
  for (const tag of tagsIn(live)) {
    for (const attribute of tag.attributes) {
      if (/^on[a-z]/i.test(attribute.name))
        report(
          lineAt(attribute.index),
          attribute.name,
          `an event handler runs code (expected no on… attribute in content, ${OR_TRUSTED}, got ${quote(attribute.source)})`,
        );
      else if (attribute.value !== undefined && isScriptUrl(attribute.value))
        report(lineAt(attribute.index), attribute.name, scriptLinkMessage(attribute.value));
    }
  }
  for (const {index, url} of markdownLinkTargets(live)) {
    if (isScriptUrl(url)) report(lineAt(index), 'link', scriptLinkMessage(url));
  }
  return problems;
}

/** Whether Docusaurus compiles the file as MDX: `.mdx`, unless front matter says `format: md`, or `format: mdx`. */
function compiledAsMdx(file: string, frontMatter: Record<string, unknown> = {}): boolean {
  const format = frontMatter.format;
  return file.endsWith('.mdx') ? format !== 'md' : format === 'mdx' || format === 'detect';
}

/**
 * The file-level problem: an untrusted `.mdx` file, or `format: mdx` in a
 * `.md` file. Needs no body, so a build can check it on the content it loaded.
 */
export function mdxFileProblem(
  input: Pick<ContentSecurityInput, 'file' | 'frontMatter' | 'lineOf'>,
  trusted: readonly string[],
): Problem | undefined {
  const {file, frontMatter} = input;
  if (isTrusted(file, trusted)) return undefined;
  if (file.endsWith('.mdx'))
    return {
      file,
      line: 1,
      field: 'file',
      message: `MDX can run code (expected a .md file, ${OR_TRUSTED}, got ${file.split('/').at(-1)})`,
    };
  if (!compiledAsMdx(file, frontMatter)) return undefined;
  return {
    file,
    line: input.lineOf?.(['format']) ?? 1,
    field: 'format',
    message: `MDX can run code (expected no format key: .md is CommonMark, ${OR_TRUSTED}, got ${JSON.stringify(frontMatter?.format)})`,
  };
}

function scriptLinkMessage(url: string): string {
  return `a javascript: link runs code when clicked (expected an http(s), mailto or relative link, ${OR_TRUSTED}, got ${quote(url)})`;
}

/** `"…"` (or `'…'` around double quotes), cut to a readable length. */
function quote(found: string): string {
  const trimmed = found.trim();
  const text = trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
  return text.includes('"') ? `'${text}'` : `"${text}"`;
}

/** 1-based line of an offset. */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

interface Attribute {
  name: string;
  value: string | undefined;
  /** Offset of the attribute's name in the text. */
  index: number;
  source: string;
}

/**
 * Every HTML or JSX start tag, over several lines if need be, with its
 * attributes. Values may be quoted, unquoted or, in MDX, `{expressions}`.
 */
function* tagsIn(text: string): Generator<{attributes: Attribute[]}> {
  for (const open of text.matchAll(/<[A-Za-z][\w.:-]*/g)) {
    const attributes: Attribute[] = [];
    const attribute = /\s*(?:(\/?>)|([^\s"'<>\/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|\{[^}]*\}|[^\s"'=<>`]+))?|([\s\S]))/y;
    attribute.lastIndex = open.index + open[0].length;
    // An unclosed `<` in prose must not make the rest of a long file one tag.
    const limit = open.index + 2000;
    for (let match = attribute.exec(text); match && match.index < limit; match = attribute.exec(text)) {
      if (match[1] || match[4] === '<') break;
      if (match[4] !== undefined) continue; // a stray character: skip it, as browsers do
      const name = match[2]!;
      const raw = match[3];
      attributes.push({
        name,
        value: raw === undefined ? undefined : unwrap(raw),
        index: match.index + match[0].length - match[0].trimStart().length,
        source: match[0],
      });
    }
    yield {attributes};
  }
}

function unwrap(value: string): string {
  if (/^["']/.test(value)) return value.slice(1, -1);
  // {'javascript:…'} or {"…"} or {`…`} in MDX.
  if (value.startsWith('{'))
    return value
      .slice(1, -1)
      .trim()
      .replace(/^["'`]|["'`]$/g, '');
  return value;
}

/** Destinations of inline links and images, reference definitions and autolinks. */
function* markdownLinkTargets(text: string): Generator<{index: number; url: string}> {
  for (const match of text.matchAll(/\]\(\s*(<[^>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)/g))
    yield {index: match.index, url: match[1]!.replace(/^<|>$/g, '')};
  for (const match of text.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*(<[^>\n]*>|\S+)/gm))
    yield {index: match.index, url: match[1]!.replace(/^<|>$/g, '')};
  for (const match of text.matchAll(/<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g))
    yield {index: match.index, url: match[1]!};
}

/**
 * Whether a browser would run this URL: the scheme after the decoding a
 * browser and a Markdown renderer do (character references, backslash
 * escapes, tabs and newlines removed, any case).
 */
export function isScriptUrl(url: string): boolean {
  const scheme = asBrowserReadsIt(url);
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:');
}

/** Character references and backslash escapes decoded; tabs, newlines and spaces gone; lower case. */
function asBrowserReadsIt(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[\u0000-\u0020]/g, '')
    .toLowerCase();
}

/**
 * Whether a Markdown file holds anything the scan could report: a tag start
 * (`<` and a letter: every script, handler and HTML link begins so, and blanking
 * code never makes one) or a script URL in any encoding. Most notes hold
 * neither, and parsing Markdown costs about a millisecond a file, so they skip
 * the parse.
 */
export function mightRunCode(text: string): boolean {
  if (/<[A-Za-z]/.test(text)) return true;
  const decoded = asBrowserReadsIt(text);
  return decoded.includes('javascript:') || decoded.includes('vbscript:');
}
