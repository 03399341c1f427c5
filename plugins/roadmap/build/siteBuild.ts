import {computedPartDataName, linkedFromDataName, viewsDataName} from '../emit/computedPartModule';
import {LINK_INDEX, linkIndexData, linkIndexOf} from '../emit/linkIndex';
import {cardFileLinks, writtenCards} from '../source/noteCards';
import {computedParts} from '../model/computedParts';
import {generatedPages, PAGE_PROP} from '../model/generatedPages';
import {knowledgeLinks} from '../model/knowledgeLinks';
import {knowledgePages} from '../model/knowledgePages';
import {linkedFromParts} from '../model/linkedFrom';
import {buildRoadmapModel, type RoadmapModel} from '../model/roadmapModel';
import {readMarkdown, readNote} from '../source/frontMatter';
import type {DataFiles} from '../source/dataFiles';
import type {CollectedContent} from '../source/loadedContent';
import {scannedText, type RenderedMarkdown} from '../source/notebookNote';
import {sortProblems, type Problem} from '../site/problem';
import type {SearchMode} from '../site/searchMode';
import {builtLinkFiles} from '../validate/linkedFiles';
import {SITE_RULES} from '../validate/rules';
import {runRulesNow} from '../validate/rules/siteRule';
import {linkTargetsOf, resolveSiteLinks} from '../validate/siteLinks';
import {validateSite} from '../validate/validateSite';
import {pageViews} from './pageViews';
import {ankiFiles, renderedCards, reviewChunks} from './reviewFiles';

export interface SiteBuildOptions {
  /** Where /papers sends its searches: its own index, or Algolia's. */
  paperSearch: SearchMode;
  /** Content files allowed to run code (trustedContent.ts at the site root). */
  trustedContent: readonly string[];
}

/** Everything the build reads, read before (asynchronously, by the plugin's hook). */
export interface SiteBuildInput {
  /** What the docs, papers and blog plugins loaded (source/loadedContent.ts). */
  content: CollectedContent;
  /** data/roadmap.yml and data/skills.yml, parsed (source/dataFiles.ts). */
  data: DataFiles;
  /** Every loaded file as written, and blog/authors.yml when it exists: relative path → text. */
  texts: ReadonlyMap<string, string>;
  /** Every file published as it is: static/ and the files beside notes (safeContent/activeStaticFiles.ts). */
  published: readonly string[];
  /** Whether a site path is a file: asked only of a link to an SVG, XML or HTML file outside those folders. */
  isFile: (file: string) => boolean;
  options: SiteBuildOptions;
  baseUrl: string;
  /** The site's origin (`url` of the config, `https://me.github.io`): Anki's copies of the cards link there. */
  origin?: string;
  /** `YYYY-MM-DD`: what streaks, pace and "now" are computed as of. */
  today: string;
}

/** A route the plugin adds; `modules` maps each prop to the name of a data file in `dataFiles`. */
export interface BuiltRoute {
  path: string;
  component: string;
  modules: Record<string, string>;
}

export type SiteBuild =
  | {problems: Problem[]}
  | {
      problems?: undefined;
      /** Written with `createData`, in this order: the link index, "Linked from" parts, computed parts, page data. */
      dataFiles: {name: string; json: string}[];
      routes: BuiltRoute[];
      model: RoadmapModel;
      asOf: string;
      /** Files postBuild writes beside the pages, by path below the output: the cards' Anki exports. */
      files: Record<string, string>;
    };

/**
 * Pure: the roadmap plugin's whole `allContentLoaded`, without Docusaurus or
 * the disk (like the blog plugin's `buildAllRoutes`). Runs the build's site
 * rules (validate/rules/) on the loaded content, resolves every link as
 * check does, and returns the problems that stop the build, in check's words
 * and lines; or else every data file and route the plugin writes, and the
 * model postBuild publishes.
 */
export function siteBuild(input: SiteBuildInput): SiteBuild {
  const {content, data, texts, options, baseUrl, today: asOf} = input;
  const {files, pages} = content;
  const textOf = (file: string) => {
    const text = texts.get(file);
    if (text === undefined) throw new Error(`roadmap plugin: ${file} was not read`);
    return text;
  };
  // Lines are located only for files that have a problem.
  const locate = (file: string) => (texts.has(file) ? readNote(file, textOf(file)).lineOf : undefined);
  const rendered = new Map<string, RenderedMarkdown>();
  const markdownOf = (file: string) =>
    rendered.get(file) ?? rendered.set(file, scannedText(file, textOf(file), readMarkdown)).get(file)!;
  const trusted = options.trustedContent;

  // What check refuses beside the schema (an untrusted .mdx file, a published SVG or XML file, an
  // author's script link), refused here as check does, before anything is bundled.
  const {problems, site} = validateSite({...data, files}, {today: asOf, phase: 'build', locate});
  const refused = runRulesNow(SITE_RULES, 'build', 1, {
    texts,
    files,
    markdownOf,
    compiled: files,
    published: input.published,
    trusted,
    today: asOf,
  });
  if (!site || refused.problems.length > 0) return {problems: sortProblems([...refused.problems, ...problems])};

  const pageOf = (file: string) => {
    const page = pages.get(file);
    if (!page) throw new Error(`roadmap plugin: no page was loaded for ${file}`);
    return page;
  };
  // Every wikilink, citation and internal link, resolved as check resolves them; a bad one
  // stops the build here, with its line, before any page compiles.
  const linked = builtLinkFiles(files, pageOf, baseUrl, markdownOf);
  const targets = linkTargetsOf(linked);
  const links = resolveSiteLinks(linked, targets, locate);
  const found = runRulesNow(SITE_RULES, 'build', 2, {
    links,
    fileLinks: linked.map((f) => ({file: f.file, links: [...f.body.fileLinks, ...cardFileLinks(f.file, f.body)]})),
    isFile: input.isFile,
    trusted,
  });
  if (found.problems.length > 0) return {problems: sortProblems(found.problems)};

  const index = linkIndexData(targets, site.papers);
  const dataFiles: {name: string; json: string}[] = [{name: LINK_INDEX, json: JSON.stringify(index)}];
  for (const [file, part] of linkedFromParts(
    linked.map((f) => f.file),
    links.links,
    pageOf,
  ))
    dataFiles.push({name: linkedFromDataName(file), json: JSON.stringify(part)});
  const written = writtenCards(linked);
  const model = buildRoadmapModel(site, pageOf, asOf, knowledgeLinks(links.links, pageOf), written);
  // The cards' text, for /review's chunks and the Anki files.
  const cardTexts = renderedCards(
    model,
    linkIndexOf(targets, index.papers),
    written,
    {origin: input.origin ?? '', baseUrl},
  );
  dataFiles.push(...reviewChunks(model, cardTexts));
  // Each page's views, computed (emit/remarkViews.ts); only pages that hold one import a file.
  for (const {file, views} of pageViews(linked, markdownOf, {model, site, pageOf, today: asOf}))
    dataFiles.push({name: viewsDataName(file), json: JSON.stringify(views)});
  // Cards and index lists that docs pages import (emit/remarkComputedPart.ts).
  for (const {file, part} of computedParts(site, model, pageOf, asOf))
    dataFiles.push({name: computedPartDataName(file), json: JSON.stringify(part)});
  const {paperSearch} = options;
  const generated = generatedPages(model, asOf, {
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
  const routes = generated.map((page): BuiltRoute => {
    const name = `${page.name}.json`;
    dataFiles.push({name, json: JSON.stringify(page.data)});
    return {path: `${baseUrl}${page.route}`, component: page.component, modules: {[PAGE_PROP]: name}};
  });
  return {dataFiles, routes, model, asOf, files: ankiFiles(model, cardTexts)};
}
