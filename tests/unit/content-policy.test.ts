import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  withPolicy,
} from '../../plugins/content-policy/contentSecurityPolicy';

const COLOUR_MODE = '!function(){document.documentElement.setAttribute("data-theme","dark")}()';
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** A page as Docusaurus writes it: head scripts, the colour-mode script before the app's root, then content. */
function page(content: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.10.2">',
    '<script data-rh="true" type="application/ld+json">{"@type":"BreadcrumbList"}</script>',
    '<script src="/assets/js/main.js" defer></script></head><body>',
    `<script>${COLOUR_MODE}</script>`,
    `<div id="__docusaurus"><article>${content}</article></div></body></html>`,
  ].join('');
}

describe('the Content-Security-Policy of a built page', () => {
  it('allows the site own scripts, Pagefind WebAssembly and the given hashes, and nothing else', () => {
    expect(contentSecurityPolicy(['sha256-abc='], {connect: []})).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'",
    );
    expect(contentSecurityPolicy([], {connect: ['https://*.algolia.net']})).toContain(
      "connect-src 'self' https://*.algolia.net;",
    );
  });

  it("hashes Docusaurus's inline scripts before the app's root, never a data block or a script in the content", () => {
    const html = page('<script>alert(1)</script><p>text</p>');
    expect(inlineScriptHashes(html)).toEqual([sha256(COLOUR_MODE)]);
    expect(inlineScriptHashes(page(''))).toEqual([sha256(COLOUR_MODE)]);
  });

  it('reads a page as the minifier writes it, without quotes', () => {
    const minified =
      '<html><head><meta charset=UTF-8><script>a()</script></head><body><div id=__docusaurus><script>b()</script></div>';
    expect(inlineScriptHashes(minified)).toEqual([sha256('a()')]);
    expect(withPolicy(minified, {connect: []})).toMatch(
      /^<html><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="default-src/,
    );
  });

  it('goes right after <meta charset>, once, and only into pages of the app', () => {
    const html = withPolicy(page('<p>x</p>'), {connect: []});
    expect(html).toMatch(
      new RegExp(
        `^<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${sha256(COLOUR_MODE).replace(/[+/]/g, '\\$&')}';`,
      ),
    );
    expect(withPolicy(html!, {connect: []})).toBeUndefined();
    expect(
      withPolicy('<html><head><meta charset="utf-8"></head><body>Feed</body></html>', {connect: []}),
    ).toBeUndefined();
  });
});
