import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {makeSiteWithPapers} from '../../scripts/corpus/paperNotes';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';
import {builtFiles} from '../support/builtFiles';

const ALGOLIA = {
  ALGOLIA_APP_ID: 'TESTAPP42',
  ALGOLIA_SEARCH_KEY: 'search-only-0f9e8d7c',
  ALGOLIA_INDEX: 'roadmap-test',
  // Set during the build as an owner's CI would have it: it must not leak into the output.
  ALGOLIA_ADMIN_KEY: 'admin-secret-1a2b3c4d',
};

async function filesContaining(outDir: string, text: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await builtFiles(outDir, ['.html', '.js', '.json', '.xml', '.css', '.txt', '.bib', '.svg'])) {
    if ((await readFile(path.join(outDir, file), 'utf8')).includes(text)) found.push(file);
  }
  return found;
}

describe('the search a build ships', () => {
  it('is the local Pagefind search by default: an index, /search and the navbar button, no DocSearch', async () => {
    const outDir = inject('realSiteOutDir');
    expect(existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind/pagefind-ui.js'))).toBe(false);
    const home = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('aria-keyshortcuts="/ Control+K Meta+K"');
    expect(home).not.toMatch(/DocSearch/);
    const searchPage = await readFile(path.join(outDir, 'search/index.html'), 'utf8');
    expect(searchPage).toContain('Search notes, papers and posts');
    // No page names Algolia; the lite client exists only as a chunk /papers would load if configured.
    expect((await filesContaining(outDir, 'algolia')).filter((file) => file.endsWith('.html'))).toEqual([]);
  });

  it(
    'is Algolia’s with the three variables: DocSearch and the search-only key, no Pagefind index, never the admin key',
    {timeout: 300_000},
    async () => {
      const site = await makeSiteWithPapers(REPO_DIR, 3);
      const build = await buildSite(site, ALGOLIA);
      if (build.code !== 0) throw new Error(build.output);
      expect(existsSync(path.join(build.outDir, 'pagefind'))).toBe(false);
      const home = await readFile(path.join(build.outDir, 'index.html'), 'utf8');
      expect(home).toContain('DocSearch');
      // Filtered to page records: the paper-log records share the index (tests/unit/algolia-records.test.ts).
      expect(await readFile(path.join(site, '.docusaurus/docusaurus.config.mjs'), 'utf8')).toContain(
        '"contextualSearch": true',
      );
      expect(home).not.toContain('aria-keyshortcuts="/ Control+K Meta+K"');
      expect(existsSync(path.join(build.outDir, 'search/index.html'))).toBe(true);
      // The search key ships (DocSearch and /papers use it); the admin key is nowhere.
      expect((await filesContaining(build.outDir, ALGOLIA.ALGOLIA_SEARCH_KEY)).length).toBeGreaterThan(0);
      expect(await filesContaining(build.outDir, ALGOLIA.ALGOLIA_ADMIN_KEY)).toEqual([]);
      // /papers sends its searches to the same index.
      const paperLogData = await filesContaining(build.outDir, '"indexName":"roadmap-test"');
      expect(paperLogData.length).toBeGreaterThan(0);
    },
  );

  it('stops with the missing variable’s name when Algolia is half configured', {timeout: 300_000}, async () => {
    const site = await makeSiteWithPapers(REPO_DIR, 1);
    const build = await buildSite(site, {ALGOLIA_APP_ID: 'TESTAPP42', ALGOLIA_INDEX: 'roadmap-test'});
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      'search: ALGOLIA_APP_ID and ALGOLIA_INDEX are set but ALGOLIA_SEARCH_KEY is not (expected all of ALGOLIA_APP_ID, ALGOLIA_SEARCH_KEY, ALGOLIA_INDEX for Algolia, or none for the local search)',
    );
  });
});
