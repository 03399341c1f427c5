import {readFileSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {staticFiles} from './emit/staticFiles';
import {generatedPages} from './model/generatedPages';
import {buildRoadmapModel, type RoadmapModel} from './model/roadmapModel';
import {readMarkdown} from './source/frontMatter';
import {collectLoadedContent, type LoadedSiteContent} from './source/loadedContent';
import {readDataFile} from './source/readSite';
import {DATA_FOLDER, ROADMAP_FILE, SKILLS_FILE} from './source/siteLayout';
import {today} from './source/today';
import {ContentProblemsError} from './validate/contentProblemsError';
import {validateSite, type SiteSources} from './validate/validateSite';

/**
 * The aggregator: validates the front matter the content plugins loaded and
 * turns it into the roadmap model, its pages and /roadmap.json.
 */
export default function roadmapPlugin(context: LoadContext): Plugin {
  const {siteDir} = context;
  // State between hooks of one (re)load: data files from loadContent, the model for postBuild.
  let data: DataFiles | undefined;
  let model: RoadmapModel | undefined;
  return {
    name: 'roadmap',
    getThemePath: () => path.join(__dirname, 'theme'),
    getPathsToWatch: () => [path.join(siteDir, DATA_FOLDER, '**/*.{yml,yaml}')],
    async loadContent() {
      data = await loadDataFiles(siteDir);
      return data;
    },

    async allContentLoaded({allContent, actions}) {
      if (!data) throw new Error('roadmap plugin: data files were not loaded');
      const {files, pages} = collectLoadedContent(allContent as LoadedSiteContent);
      const {problems, site} = validateSite(
        {...data, files},
        {
          today: today(),
          // Lines are located only for files that have a problem.
          locate: (file) => readMarkdown(readFileSync(path.join(siteDir, file), 'utf8')).lineOf,
        },
      );
      if (!site) throw new ContentProblemsError(problems);
      model = buildRoadmapModel(site, (file) => {
        const page = pages.get(file);
        if (!page) throw new Error(`roadmap plugin: no page was loaded for ${file}`);
        return page;
      });
      for (const page of generatedPages(model, today())) {
        const data = await actions.createData(`${page.name}.json`, JSON.stringify(page.data));
        const route = `${context.baseUrl}${page.route}`;
        actions.addRoute({path: route, exact: true, component: page.component, modules: {[page.name]: data}});
      }
    },

    async postBuild({outDir}) {
      if (!model) return;
      const site = {title: context.siteConfig.title, siteUrl: `${context.siteConfig.url}${context.baseUrl}`};
      for (const [file, text] of Object.entries(staticFiles(model, today(), site))) {
        await mkdir(path.dirname(path.join(outDir, file)), {recursive: true});
        await writeFile(path.join(outDir, file), text);
      }
    },
  };
}

type DataFiles = Pick<SiteSources, 'roadmap' | 'skills'>;

/** The data files, read fresh on every (re)load so `docusaurus start` picks up edits. */
async function loadDataFiles(siteDir: string): Promise<DataFiles> {
  const [roadmap, skills] = await Promise.all([
    readDataFile(siteDir, ROADMAP_FILE),
    readDataFile(siteDir, SKILLS_FILE),
  ]);
  const problems = [...roadmap.problems, ...skills.problems];
  if (problems.length > 0) throw new ContentProblemsError(problems);
  return {roadmap: roadmap.data, skills: skills.data};
}
