import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {expect, it} from 'vitest';
import roadmapPlugin from '../../plugins/roadmap';
import {writeSite} from '../support/exampleSite';

it('docusaurus start watches the data files, so editing them reloads the model', async () => {
  const siteDir = await writeSite();
  const plugin = roadmapPlugin({siteDir, baseUrl: '/'} as LoadContext);
  const watched = plugin.getPathsToWatch?.() ?? [];
  expect(watched).toEqual([path.join(siteDir, 'data/**/*.{yml,yaml}')]);
});

it('the theme folder holds the home page component', async () => {
  const plugin = roadmapPlugin({siteDir: '/site', baseUrl: '/'} as LoadContext);
  expect(plugin.getThemePath?.()).toBe(path.resolve(__dirname, '../../plugins/roadmap/theme'));
});
