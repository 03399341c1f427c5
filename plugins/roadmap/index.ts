import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {staticFiles} from './emit/staticFiles';
import {roadmapDataFile} from './emit/computedPartModule';
import {LINK_INDEX} from './emit/linkIndex';
import {dependOnLinkIndex} from './emit/linkIndexDependency';
import {siteBuild, type SiteBuildOptions} from './build/siteBuild';
import type {RoadmapModel} from './model/roadmapModel';
import {loadDataFiles, type DataFiles} from './source/dataFiles';
import {NotebookOutputFiles, notebookRules} from './emit/notebookBundling';
import {NotebookOutputs} from './emit/notebookOutputs';
import {isNotebook} from './source/notebookNote';
import {collectLoadedContent, type LoadedSiteContent} from './source/loadedContent';
import {readTexts} from './source/readSite';
import {BLOG_AUTHORS_FILE, CONTENT_FOLDERS, DATA_FOLDER} from './site/siteLayout';
import {today} from './source/today';
import {ContentProblemsError} from './site/contentProblemsError';
import {publishedFiles} from './safeContent/activeStaticFiles';
import {isFileIn} from './safeContent/linkedDocuments';

/** Where /papers searches and which content files may run code (build/siteBuild.ts). */
export type RoadmapPluginOptions = SiteBuildOptions;

/**
 * The aggregator: validates the front matter the content plugins loaded and
 * turns it into the roadmap model, its pages and its files.
 */
export default function roadmapPlugin(
  context: LoadContext,
  options: RoadmapPluginOptions = {paperSearch: {kind: 'local'}, trustedContent: []},
): Plugin {
  const {siteDir, baseUrl} = context;
  // State between the hooks of one (re)load.
  let data: DataFiles | undefined;
  let built: {model: RoadmapModel; asOf: string; files: Record<string, string>} | undefined;
  // The notebooks' output images, for the bundler to emit at every compilation (emit/notebookOutputs.ts).
  const notebookOutputs = new NotebookOutputs();
  return {
    name: 'roadmap',
    getThemePath: () => path.join(__dirname, 'theme'),
    getPathsToWatch: () => [path.join(siteDir, DATA_FOLDER, '**/*.{yml,yaml}')],

    // Notebooks in docs/, papers/ and blog/ compile like their folder's .md notes (emit/notebookBundling.ts).
    configureWebpack(config, isServer) {
      const contentDirs = CONTENT_FOLDERS.map((folder) => path.join(siteDir, folder));
      dependOnLinkIndex(config, contentDirs, roadmapDataFile(siteDir, LINK_INDEX));
      const rules = notebookRules(config, contentDirs);
      return {module: {rules}, plugins: isServer ? [] : [new NotebookOutputFiles(() => notebookOutputs.files())]};
    },

    async loadContent() {
      data = await loadDataFiles(siteDir);
      return data;
    },

    async allContentLoaded({allContent, actions}) {
      if (!data) throw new Error('roadmap plugin: data files were not loaded');
      const content = collectLoadedContent(allContent as LoadedSiteContent);
      const loaded = content.files.map((f) => f.file);
      notebookOutputs.setNotebooks(loaded.filter(isNotebook).map((file) => path.join(siteDir, file)));
      const [texts, published] = await Promise.all([
        readTexts(siteDir, loaded, [BLOG_AUTHORS_FILE]),
        publishedFiles(siteDir),
      ]);
      // Everything else is pure (build/siteBuild.ts): validation, links, the model, its parts and pages.
      const result = siteBuild({
        content,
        data,
        texts,
        published,
        isFile: isFileIn(siteDir),
        options,
        baseUrl,
        origin: context.siteConfig.url,
        today: today(),
      });
      if (result.problems) throw new ContentProblemsError(result.problems);
      built = {model: result.model, asOf: result.asOf, files: result.files};
      const written = new Map<string, string>();
      for (const {name, json} of result.dataFiles) written.set(name, await actions.createData(name, json));
      for (const route of result.routes) {
        const modules = Object.entries(route.modules).map(([prop, name]) => [prop, written.get(name)!] as const);
        actions.addRoute({
          path: route.path,
          exact: true,
          component: route.component,
          modules: Object.fromEntries(modules),
        });
      }
    },

    async postBuild({outDir}) {
      if (!built) return;
      const site = {title: context.siteConfig.title, origin: context.siteConfig.url, baseUrl};
      for (const [file, text] of Object.entries({...staticFiles(built.model, built.asOf, site), ...built.files})) {
        await mkdir(path.dirname(path.join(outDir, file)), {recursive: true});
        await writeFile(path.join(outDir, file), text);
      }
    },
  };
}
