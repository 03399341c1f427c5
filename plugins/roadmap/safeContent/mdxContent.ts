import type {LineOf} from '../site/fieldPath';
import {isTrusted, OR_TRUSTED} from '../source/trustedContent';
import type {Problem} from '../site/problem';
import {quoteSource} from '../site/quoteSource';
import {textOutsideCode} from './textOutsideCode';

/**
 * Contributions are untrusted input. A `.md` file is CommonMark: it becomes
 * HTML, which the allowlist sanitizer cleans in the build and `npm run check`
 * reports (plugins/roadmap/safeContent). An `.mdx` file is a program: its imports,
 * exports, expressions and components run at build time and in the reader's
 * browser, and no sanitizer can tell them from the site's own. This is the
 * MDX part: every untrusted file compiled as MDX, and its import and export
 * lines, unless the site's allow-list (trustedContent.ts) names the file.
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

/** The MDX problems of one file; none when the file is trusted or is CommonMark. */
export function contentSecurityProblems(input: ContentSecurityInput, trusted: readonly string[]): Problem[] {
  const mdxFile = mdxFileProblem(input, trusted);
  return mdxFile ? [mdxFile, ...mdxStatementProblems(input.file, input.text)] : [];
}

/** Every import and export line of a file compiled as MDX, outside code: each runs code. */
export function mdxStatementProblems(file: string, text: string): Problem[] {
  const live = textOutsideCode(text, {mdx: true});
  const lineAt = lineCounter(live);
  return [...live.matchAll(/^[ \t]*(import|export)(?=[\s{*])[^\n]*/gm)].map((match) => {
    const keyword = match[1]!;
    return {
      file,
      line: lineAt(match.index),
      field: keyword,
      message: `an MDX ${keyword} statement runs code (expected none in content, ${OR_TRUSTED}, got ${quoteSource(match[0])})`,
    };
  });
}

/**
 * The format a file's front matter asks for: Docusaurus reads `mdx.format`
 * (mdx-loader's processor.ts); a top-level `format` is read too, as a
 * likely attempt.
 */
function formatKey(frontMatter: Record<string, unknown>): {key: 'mdx' | 'format'; value: unknown} | undefined {
  const {mdx} = frontMatter;
  if (typeof mdx === 'object' && mdx !== null && 'format' in mdx)
    return {key: 'mdx', value: (mdx as Record<string, unknown>).format};
  return 'format' in frontMatter ? {key: 'format', value: frontMatter.format} : undefined;
}

/** Whether Docusaurus compiles the file as MDX: `.mdx`, unless front matter says `md`, or `mdx` (or `detect`) in front matter. */
function compiledAsMdx(file: string, frontMatter: Record<string, unknown> = {}): boolean {
  const format = formatKey(frontMatter)?.value;
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
  const {key, value} = formatKey(frontMatter ?? {}) ?? {key: 'format', value: undefined};
  const path = key === 'mdx' ? ['mdx', 'format'] : ['format'];
  return {
    file,
    line: input.lineOf?.(path) ?? 1,
    field: path.join('.'),
    message: `MDX can run code (expected no ${path.join('.')} key: .md is CommonMark, ${OR_TRUSTED}, got ${JSON.stringify(value)})`,
  };
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
