import {readFileSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {SearchMode} from './site/searchMode';
import {staticFiles} from './emit/staticFiles';
import {computedPartDataName, linkedFromDataName, roadmapDataFile} from './emit/computedPartModule';
import {LINK_INDEX, linkIndexData} from './emit/linkIndex';
import {dependOnLinkIndex} from './emit/linkIndexDependency';
import {knowledgeLinks} from './model/knowledgeLinks';
import {linkedFromParts} from './model/linkedFrom';
import {builtLinkFiles} from './validate/linkedFiles';
import {linkTargetsOf, resolveSiteLinks} from './validate/siteLinks';
import {computedParts} from './model/computedParts';
import {generatedPages, PAGE_PROP} from './model/generatedPages';
import {knowledgePages} from './model/knowledgePages';
import {buildRoadmapModel, type RoadmapModel} from './model/roadmapModel';
import {loadDataFiles, type DataFiles} from './source/dataFiles';
import {readNote} from './source/frontMatter';
import {NotebookOutputFiles, notebookRules} from './emit/notebookBundling';
import {NotebookOutputs} from './emit/notebookOutputs';
import {isNotebook} from './source/notebookNote';
import {collectLoadedContent, type LoadedSiteContent} from './source/loadedContent';
import {CONTENT_FOLDERS, DATA_FOLDER} from './site/siteLayout';
import {today} from './source/today';
import {ContentProblemsError} from './site/contentProblemsError';
import {builtContentProblems} from './validate/builtContentProblems';
import {isFileIn, linkedDocumentProblems} from './safeContent/linkedDocuments';
import {sortProblems} from './site/problem';
import {validateSite} from './validate/validateSite';

/**
 * The aggregator: validates the front matter the content plugins loaded and
 * turns it into the roadmap model, its pages and its files.
 */
export interface RoadmapPluginOptions {
  /** Where /papers sends its searches: its own index, or Algolia when the site is configured for it. */
  paperSearch: SearchMode;
  /** Content files allowed to run code (trustedContent.ts at the site root). */
  trustedContent: readonly string[];
}

export default function roadmapPlugin(
  context: LoadContext,
  options: RoadmapPluginOptions = {paperSearch: {kind: 'local'}, trustedContent: []},
): Plugin {
  const {siteDir, baseUrl} = context;
  // State between the hooks of one (re)load.
  let data: DataFiles | undefined;
  let built: {model: RoadmapModel; asOf: string} | undefined;
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
      const asOf = today();
      const {files, pages} = collectLoadedContent(allContent as LoadedSiteContent);
      notebookOutputs.setNotebooks(files.filter((f) => isNotebook(f.file)).map((f) => path.join(siteDir, f.file)));
      // Lines are located only for files that have a problem.
      const locate = (file: string) => readNote(file, readFileSync(path.join(siteDir, file), 'utf8')).lineOf;
      // What check refuses beside the schema (an untrusted .mdx file, a published SVG or XML file, an
      // author's script link), refused here as check does, before anything is bundled.
      const refused = await builtContentProblems(siteDir, files, options.trustedContent);
      const {problems, site} = validateSite({...data, files}, {today: asOf, locate});
      if (!site || refused.length > 0) throw new ContentProblemsError(sortProblems([...refused, ...problems]));
      const pageOf = (file: string) => {
        const page = pages.get(file);
        if (!page) throw new Error(`roadmap plugin: no page was loaded for ${file}`);
        return page;
      };
      // Every wikilink, citation and internal link, resolved as check resolves them; a bad one
      // stops the build here, with its line, before any page compiles.
      const linked = builtLinkFiles(files, pageOf, baseUrl, (file) => readFileSync(path.join(siteDir, file), 'utf8'));
      const targets = linkTargetsOf(linked);
      const resolved = resolveSiteLinks(linked, targets, locate);
      // A link that would publish an SVG, XML or HTML file from outside static/ and the content folders.
      const isFile = isFileIn(siteDir);
      const documents = linked.flatMap((f) =>
        linkedDocumentProblems(f.file, f.body.fileLinks, options.trustedContent, isFile),
      );
      if (resolved.problems.length > 0 || documents.length > 0)
        throw new ContentProblemsError(sortProblems([...resolved.problems, ...documents]));
      await actions.createData(LINK_INDEX, JSON.stringify(linkIndexData(targets, site.papers)));
      for (const [file, part] of linkedFromParts(
        linked.map((f) => f.file),
        resolved.links,
        pageOf,
      )) {
        await actions.createData(linkedFromDataName(file), JSON.stringify(part));
      }
      const model = buildRoadmapModel(site, pageOf, asOf, knowledgeLinks(resolved.links, pageOf));
      built = {model, asOf};
      // Cards and index lists that docs pages import (emit/remarkComputedPart.ts).
      for (const {file, part} of computedParts(site, model, pageOf, asOf)) {
        await actions.createData(computedPartDataName(file), JSON.stringify(part));
      }
      const {paperSearch} = options;
      const routes = generatedPages(model, asOf, {
        knowledgePages: knowledgePages(site, pageOf),
        ...(paperSearch.kind === 'algolia'
          ? {
              paperSearch: {
                appId: paperSearch.appId,
                searchKey: paperSearch.searchKey,
                indexName: paperSearch.indexName,
              },
            }
          : {}),
      });
      for (const page of routes) {
        const dataFile = await actions.createData(`${page.name}.json`, JSON.stringify(page.data));
        actions.addRoute({
          path: `${baseUrl}${page.route}`,
          exact: true,
          component: page.component,
          modules: {[PAGE_PROP]: dataFile},
        });
      }
    },

    async postBuild({outDir}) {
      if (!built) return;
      const site = {title: context.siteConfig.title, origin: context.siteConfig.url, baseUrl};
      for (const [file, text] of Object.entries(staticFiles(built.model, built.asOf, site))) {
        await mkdir(path.dirname(path.join(outDir, file)), {recursive: true});
        await writeFile(path.join(outDir, file), text);
      }
    },
  };
}
