import {readFile} from 'node:fs/promises';
import {filesBelow} from '../source/filesBelow';
import path from 'node:path';
import type {Problem} from '../site/problem';

/**
 * Files Docusaurus publishes as they are: everything in static/, and the
 * assets beside the notes (an image or file a note links to is copied too).
 * The sanitizer never sees them, yet opened from the site's own address an
 * SVG or HTML file runs its scripts on the site's origin. So check refuses
 * HTML files there, and SVG files that can run code or load from another
 * host. Pictures are read as text, not parsed: any of these patterns is
 * reported, also where a parser would see a comment or CDATA, which costs a
 * rare false alarm on a file a maintainer then reads.
 */
export const PUBLISHED_AS_IS = ['static', 'docs', 'papers', 'blog'] as const;

const HTML_FILE = /\.(html?|xht(ml)?|shtml|mht(ml)?)$/i;
const SVG_FILE = /\.svgz?$/i;

interface Pattern {
  found: RegExp;
  field: string;
  why: string;
}

const SVG_PATTERNS: readonly Pattern[] = [
  // Any namespace prefix: `<html:script xmlns:html="http://www.w3.org/1999/xhtml">` runs too.
  {found: /<([\w.-]+:)?script\b[^>]*>?/gi, field: '<script>', why: 'a script runs on the site when the file is opened'},
  {found: /\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|\S+)/gi, field: 'on…', why: 'an event handler runs code'},
  {
    found: /<([\w.-]+:)?foreignObject\b[^>]*>?/gi,
    field: '<foreignObject>',
    why: 'it embeds HTML, which can hold scripts and frames',
  },
  {found: /(java|vb)script\s*:/gi, field: 'link', why: 'a script URL runs code when followed or animated into a link'},
  {
    found: /\s((xlink:)?href|src)\s*=\s*["']?\s*(https?:|\/\/|\\\\)[^"'\s>]*/gi,
    field: 'href',
    why: 'it loads or links to another host',
  },
  {found: /url\(\s*["']?\s*(https?:|\/\/)[^)]*\)/gi, field: 'url()', why: 'a style loads from another host'},
  {found: /@import\b[^;]*/gi, field: '@import', why: 'a style loads another style sheet'},
  {
    found: /<!ENTITY\b[^>]*>?/gi,
    field: '<!ENTITY>',
    why: 'an entity can expand into any of the above, unseen here',
  },
];

export async function activeStaticProblems(siteDir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const folder of PUBLISHED_AS_IS) {
    for (const file of await filesBelow(siteDir, folder)) {
      if (HTML_FILE.test(file))
        problems.push({
          file,
          line: 1,
          field: 'file',
          message: `an HTML file published as is runs its scripts on the site's origin (expected no HTML file in ${folder}/: write a Markdown page, got ${path.posix.basename(file)})`,
        });
      else if (SVG_FILE.test(file))
        problems.push(...activeSvgProblems(file, await readFile(path.join(siteDir, file), 'utf8')));
    }
  }
  return problems;
}

/** What in one SVG file could run code or load from another host. */
export function activeSvgProblems(file: string, text: string): Problem[] {
  // Character references are decoded first: `&#106;avascript:` is javascript: to the browser.
  const decoded = decodeReferences(text);
  const problems: Problem[] = [];
  for (const {found, field, why} of SVG_PATTERNS) {
    for (const match of decoded.matchAll(found)) {
      const source = match[0].trim();
      problems.push({
        file,
        line: decoded.slice(0, match.index).split('\n').length,
        field,
        message: `${why} (expected a picture without scripts, handlers, foreignObject or references to other hosts, got ${JSON.stringify(source.length > 60 ? `${source.slice(0, 57)}...` : source)})`,
      });
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Numeric character references decoded, keeping every line break where it was. */
function decodeReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => safeCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => safeCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':');
}

function safeCodePoint(code: number): string {
  return code > 0x10ffff || code === 0x0a ? '\uFFFD' : String.fromCodePoint(code);
}
