import type {Plugin} from '@docusaurus/types';
import {fontsAsFiles} from './fontsAsFiles';

/** Fonts (KaTeX's) are files fetched by the pages that use them, never base64 in the CSS of every page. */
export default function fontFilesPlugin(): Plugin {
  return {
    name: 'font-files',
    configureWebpack(config) {
      if (fontsAsFiles(config.module?.rules ?? []) === 0)
        throw new Error(
          'font-files: no url-loader rule for fonts in the webpack config; Docusaurus changed its rules, ' +
            'update plugins/font-files/fontsAsFiles.ts',
        );
      return {};
    },
  };
}
