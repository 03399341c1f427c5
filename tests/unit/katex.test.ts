import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {expect, it} from 'vitest';

const requireFromSite = createRequire(path.resolve(__dirname, '../../package.json'));

function packageJsonOf(resolvedEntry: string): {version: string} {
  let dir = path.dirname(resolvedEntry);
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

// The site bundles katex/dist/katex.min.css; rehype-katex renders the HTML.
// Their versions must match (0.19 renamed CSS classes).
it('the KaTeX stylesheet the site serves is that of the katex rehype-katex renders with', () => {
  const rehypeKatexDir = path.dirname(requireFromSite.resolve('rehype-katex'));
  const rendering = createRequire(path.join(rehypeKatexDir, 'index.js')).resolve('katex');
  const styling = requireFromSite.resolve('katex/dist/katex.min.css');
  expect(path.dirname(styling)).toBe(path.dirname(rendering));
  expect(packageJsonOf(rendering).version).toMatch(/^0\.16\./);
});
