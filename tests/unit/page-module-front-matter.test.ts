import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {readMarkdown} from '../../plugins/roadmap/source/frontMatter';

/**
 * mdx-loader writes each page's front matter and first heading into the
 * page's JavaScript module as `export const frontMatter = ${stringifyObject(…)}`.
 * These tests load the very copy of stringify-object that mdx-loader
 * resolves (package.json's `overrides` pins it), so they fail if the
 * override is dropped and 3.3.0 comes back: that version escapes a quote
 * but not the backslash before it, and `\\'` closes the string.
 */
const fromMdxLoader = createRequire(require.resolve('@docusaurus/mdx-loader'));
const {default: stringifyObject} = fromMdxLoader('stringify-object') as {default: (value: unknown) => string};

/** What the page module's line evaluates to, in a context with no globals to reach. */
function evaluated(value: unknown): {value: unknown; sideEffects: string[]} {
  const sideEffects: string[] = [];
  const sandbox = {
    globalThis: {
      alert: (message: string) => sideEffects.push(`alert ${message}`),
      process: {getBuiltinModule: () => ({writeFileSync: (file: string) => sideEffects.push(`wrote ${file}`)})},
    },
    document: {domain: 'site'},
  };
  return {value: runInNewContext(`(${stringifyObject(value)})`, sandbox), sideEffects};
}

/** Front matter as an author types it, each value one way out of a string literal or one that breaks it. */
const HOSTILE_FRONT_MATTER = [
  `---`,
  `title: 'C:\\new and \\d+ and \\u00e9'`,
  `description: "a quote ' and a backslash \\\\ and \\\\' together"`,
  `demo: "https:\\\\evil.example\\\\url10"`,
  `literal: 'a \\n stays two characters, \\u2028 too'`,
  `separators: "line\\u2028paragraph\\u2029end"`,
  `script: "</script><script>alert(1)</script><!--"`,
  `keywords: ['\\', '\\''', "'\\\\'"]`,
  `"odd key\\\\'": 1`,
  `nul: "a\\0 then 1"`,
  `zz: '\\''+globalThis.alert?.("x-"+document.domain)//'`,
  `node: '\\''+globalThis.process?.getBuiltinModule?.("fs").writeFileSync("ran.txt", "pid")//'`,
  `---`,
  ``,
  `Text.`,
].join('\n');

describe("a page module's front matter", () => {
  it('is the copy of stringify-object that escapes backslashes (the package.json override)', () => {
    const main = fromMdxLoader.resolve('stringify-object');
    expect(JSON.parse(readFileSync(path.join(path.dirname(main), 'package.json'), 'utf8'))).toMatchObject({
      version: '5.0.0',
    });
    expect(stringifyObject({a: "\\'"})).toBe("{\n\ta: '\\\\\\''\n}");
  });

  it('evaluates to exactly the values the front matter holds, and nothing in it runs', () => {
    const {frontMatter} = readMarkdown(HOSTILE_FRONT_MATTER);
    expect(frontMatter.title).toBe('C:\\new and \\d+ and \\u00e9');
    expect(frontMatter.zz).toBe(`\\'+globalThis.alert?.("x-"+document.domain)//`);
    const {value, sideEffects} = evaluated(frontMatter);
    expect(sideEffects).toEqual([]);
    expect(value).toEqual(frontMatter);
  });

  it('keeps U+2028, U+2029, NUL, quotes and backslashes in any string, key or list', () => {
    const values = [
      '\\',
      "'",
      "\\'",
      "\\\\'",
      '\\u',
      '\\u{',
      '\\x',
      '\\0',
      '\u0000' + '1',
      '\u2028',
      '\u2029',
      '\r\n',
      '`${x}`',
    ];
    const {value, sideEffects} = evaluated({list: values, nested: {[values.join('')]: values.join('')}});
    expect(sideEffects).toEqual([]);
    expect(value).toEqual({list: values, nested: {[values.join('')]: values.join('')}});
  });

  it('keeps a first heading that would close its string (contentTitle)', () => {
    const heading = `\\\\'+globalThis.alert?.("x")//`;
    const {value, sideEffects} = evaluated(heading);
    expect(sideEffects).toEqual([]);
    expect(value).toBe(heading);
  });
});
