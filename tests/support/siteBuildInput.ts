import {siteBuild, type SiteBuild, type SiteBuildOptions} from '../../plugins/roadmap/build/siteBuild';
import {publishedFiles} from '../../plugins/roadmap/safeContent/activeStaticFiles';
import {isFileIn} from '../../plugins/roadmap/safeContent/linkedDocuments';
import {fileDateOf} from '../../plugins/roadmap/site/fileDate';
import type {PageInfo} from '../../plugins/roadmap/site/pages';
import {BLOG_AUTHORS_FILE} from '../../plugins/roadmap/site/siteLayout';
import {loadDataFiles} from '../../plugins/roadmap/source/dataFiles';
import {readMarkdown} from '../../plugins/roadmap/source/frontMatter';
import {scannedText} from '../../plugins/roadmap/source/notebookNote';
import {parseSite, readSiteTexts, readTexts} from '../../plugins/roadmap/source/readSite';
import {readTrustedContent} from '../../plugins/roadmap/source/trustedContent';
import {checkedLinkFiles} from '../../plugins/roadmap/validate/linkedFiles';

/**
 * The roadmap plugin's pure build (build/siteBuild.ts) on a site folder,
 * without Docusaurus: the front matter and pages Docusaurus would load,
 * stood in for by check's reading (its routes and titles), and the files the
 * plugin's hook reads before calling it.
 */
export async function buildFolder(
  siteDir: string,
  {today, baseUrl = '/', options = {}}: {today: string; baseUrl?: string; options?: Partial<SiteBuildOptions>},
): Promise<SiteBuild> {
  // Read as check reads it, without running any of check's rules.
  const {sources, texts: all} = parseSite(await readSiteTexts(siteDir));
  const files = sources.files.map(({file, frontMatter}) => ({file, frontMatter}));
  const markdownOf = (file: string) => scannedText(file, all.get(file) ?? '', readMarkdown);
  const pages = new Map(
    checkedLinkFiles(sources.files, markdownOf).map((f): [string, PageInfo] => {
      const date = typeof f.frontMatter.date === 'string' ? f.frontMatter.date.slice(0, 10) : fileDateOf(f.file);
      const page = {permalink: `${baseUrl}${f.route.slice(1)}`, title: f.title, listed: f.state === 'listed'};
      return [f.file, date === undefined ? page : {...page, date}];
    }),
  );
  const {trusted} = await readTrustedContent(siteDir, new Set());
  return siteBuild({
    content: {files, pages},
    data: await loadDataFiles(siteDir),
    texts: await readTexts(
      siteDir,
      files.map((f) => f.file),
      [BLOG_AUTHORS_FILE],
    ),
    published: await publishedFiles(siteDir),
    isFile: isFileIn(siteDir),
    options: {paperSearch: {kind: 'local'}, trustedContent: trusted, ...options},
    baseUrl,
    today,
  });
}
