import {getFileLoaderUtils} from '@docusaurus/utils';
import {expect, it} from 'vitest';
import {fontsAsFiles, type ModuleRules} from '../../plugins/font-files/fontsAsFiles';

it("turns off inlining in Docusaurus's own font rule, and leaves the image rule alone", () => {
  const {rules} = getFileLoaderUtils(false);
  const fonts = rules.fonts();
  const images = rules.images();
  const config: ModuleRules = [images, fonts];
  const limitOf = (rule: typeof fonts) => (rule.use as {options: {limit: unknown}}[]).map((use) => use.options.limit);
  expect(limitOf(fonts)).toEqual([10_000]);

  expect(fontsAsFiles(config)).toBe(1);
  expect(limitOf(fonts)).toEqual([false]);
  expect(limitOf(images)).toEqual([10_000]);
});

it('finds no font rule in a config without one, so the plugin can fail loudly', () => {
  expect(fontsAsFiles([{test: /\.css$/, use: ['css-loader']}, '...', false])).toBe(0);
});
