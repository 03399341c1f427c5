import {existsSync} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {REPO_DIR} from '../../scripts/harness/buildSite';
import {builtFiles} from '../support/builtFiles';
import {externalLoadsInCss, externalLoadsInHtml} from '../support/externalLoads';

const outDir = inject('realSiteOutDir');
const built = (...parts: string[]) => path.join(outDir, ...parts);

describe('the real site', () => {
  it('has a page for every course of the curriculum', async () => {
    const courses = (await readdir(path.join(REPO_DIR, 'docs/courses'), {withFileTypes: true}))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(courses).toHaveLength(11);
    for (const slug of courses) expect(existsSync(built('docs/courses', slug, 'index.html')), slug).toBe(true);
  });

  it('has the two paper pages at /papers/<slug>', async () => {
    const html = await readFile(built('papers/attention-is-all-you-need/index.html'), 'utf8');
    expect(html).toContain('Attention Is All You Need');
    expect(existsSync(built('papers/bert/index.html'))).toBe(true);
  });

  it('renders math with KaTeX, not raw dollars', async () => {
    const html = await readFile(built('docs/courses/ng-ml-spec/regression-and-classification/index.html'), 'utf8');
    expect(html.match(/class="?katex-display/g)?.length ?? 0).toBeGreaterThan(3);
    expect(html).toContain('class=katex-mathml');
    expect(html).not.toMatch(/\$\$/);
  });

  it('serves the KaTeX stylesheet and its fonts itself', async () => {
    const cssFiles = await builtFiles(outDir, ['.css']);
    const css = (await Promise.all(cssFiles.map((file) => readFile(built(file), 'utf8')))).join('\n');
    expect(css).toContain('.katex-display');
    const fonts = [...css.matchAll(/url\(([^)]*KaTeX_Main-Regular[^)]*\.woff2)\)/g)].map(([, url]) => url!);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(existsSync(built(font.replace(/^\//, ''))), font).toBe(true);
  });

  it('keeps fonts out of the CSS every page loads: each is a file, fetched where math needs it', async () => {
    const cssFiles = await builtFiles(outDir, ['.css']);
    const css = (await Promise.all(cssFiles.map((file) => readFile(built(file), 'utf8')))).join('\n');
    expect(css.match(/url\(["']?data:font\/[a-z0-9]+/g) ?? []).toEqual([]);
    // KaTeX names 20 fonts in 3 formats; Docusaurus alone would inline the 14 under 10 KB.
    const fontUrls = new Set(css.match(/\/assets\/fonts\/KaTeX_[^)"']+/g));
    expect(fontUrls.size).toBe(60);
    // The shared stylesheet was 234 KB with the fonts inlined.
    expect(css.length).toBeLessThan(150_000);
  });

  it('loads no stylesheet, script or font from another host', async () => {
    const files = await builtFiles(outDir, ['.html', '.css']);
    const external: string[] = [];
    for (const file of files) {
      const text = await readFile(built(file), 'utf8');
      const loads = file.endsWith('.css') ? externalLoadsInCss(text) : externalLoadsInHtml(text);
      external.push(...loads.map((url) => `${file}: ${url}`));
    }
    expect(files.length).toBeGreaterThan(30);
    expect(external).toEqual([]);
  });

  it('publishes the model as /roadmap.json', async () => {
    const model = JSON.parse(await readFile(built('roadmap.json'), 'utf8'));
    expect(model.version).toBe(1);
    expect(model.courses).toHaveLength(11);
    expect(model.now.focus).toEqual({slug: 'ng-ml-spec', title: expect.any(String), permalink: '/docs/courses/ng-ml-spec/'});
    expect(model.papers.map((p: {citekey: string}) => p.citekey)).toEqual(['vaswani2017attention', 'devlin2019bert']);
  });

  it('shows the TL;DR on the home page, linked to the current course', async () => {
    const html = await readFile(built('index.html'), 'utf8');
    expect(html).toContain('TL;DR');
    expect(html).toMatch(/href="?\/docs\/courses\/ng-ml-spec\/"?/);
  });
});
