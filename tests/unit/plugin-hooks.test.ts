import {existsSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {expect, it} from 'vitest';
import roadmapPlugin from '../../plugins/roadmap';
import {generatedPages} from '../../plugins/roadmap/model/generatedPages';
import {writeSite} from '../../scripts/corpus/exampleSite';
import {exampleModel} from '../support/exampleModel';

it('docusaurus start watches the data files, so editing them reloads the model', async () => {
  const siteDir = await writeSite();
  const plugin = roadmapPlugin({siteDir, baseUrl: '/'} as LoadContext);
  const watched = plugin.getPathsToWatch?.() ?? [];
  expect(watched).toEqual([path.join(siteDir, 'data/**/*.{yml,yaml}')]);
});

it('every generated page names a component that the theme folder has', async () => {
  const plugin = roadmapPlugin({siteDir: '/site', baseUrl: '/'} as LoadContext);
  const themeDir = plugin.getThemePath?.() ?? '';
  const model = await exampleModel();
  const components = generatedPages(model, '2026-11-25').map((page) => page.component.replace('@theme/', ''));
  expect(components).toContain('PaperLogPage');
  for (const component of components)
    expect(existsSync(path.join(themeDir, component, 'index.tsx')), component).toBe(true);
});
