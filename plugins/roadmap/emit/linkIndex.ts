import {readFileSync, statSync} from 'node:fs';
import {authorYear} from '../citation/authorYear';
import type {Paper} from '../schema/collections/paper';
import type {Located} from '../schema/validSite';
import {LinkTargets, type LinkTarget} from '../validate/linkTargets';
import {roadmapDataFile} from './computedPartModule';

/** The data file the build's remark plugin resolves links with: written once per (re)load. */
export const LINK_INDEX = 'link-index.json';

/** What a citation shows of a paper: its author–year label, and the card a reader hovers or focuses. */
export interface CitedPaper {
  route: string;
  label: string;
  title: string;
  authors: string[];
  year: number;
  venue?: string;
  status: Paper['status'];
  takeaway?: string;
}

export interface LinkIndexData {
  targets: LinkTarget[];
  /** By file: every valid paper a citation may name. */
  papers: Record<string, CitedPaper>;
}

/** The index as the plugin writes it, from the targets it resolved the site's links with. */
export function linkIndexData(targets: LinkTargets, papers: readonly Located<Paper>[]): LinkIndexData {
  const routes = new Map(targets.targets.map((t) => [t.file, t]));
  return {
    targets: targets.withAskedHeadings(),
    papers: Object.fromEntries(
      papers.flatMap(({file, entry}) => {
        const target = routes.get(file);
        if (!target) return [];
        const cited: CitedPaper = {
          route: target.route,
          label: authorYear(entry),
          title: target.title,
          authors: entry.authors,
          year: entry.year,
          status: entry.status,
          ...(entry.venue ? {venue: entry.venue} : {}),
          ...(entry.takeaway ? {takeaway: entry.takeaway} : {}),
        };
        return [[file, cited]];
      }),
    ),
  };
}

export interface LinkIndex {
  targets: LinkTargets;
  papers: ReadonlyMap<string, CitedPaper>;
}

let cached: {file: string; modified: number; index: LinkIndex} | undefined;

/** The index to resolve with, from its targets and the papers citations may name (`LinkIndexData.papers`). */
export function linkIndexOf(targets: LinkTargets, papers: LinkIndexData['papers']): LinkIndex {
  return {targets, papers: new Map(Object.entries(papers))};
}

/**
 * The index the roadmap plugin wrote, read once per change: every page's
 * compilation asks for it, and a site of 2,000 papers should parse it once.
 */
export function readLinkIndex(siteDir: string): LinkIndex {
  const file = roadmapDataFile(siteDir, LINK_INDEX);
  let modified: number;
  try {
    modified = statSync(file).mtimeMs;
  } catch {
    throw new Error(`the roadmap plugin wrote no link index (expected ${file}); run npm run check`);
  }
  if (cached?.file === file && cached.modified === modified) return cached.index;
  const data = JSON.parse(readFileSync(file, 'utf8')) as LinkIndexData;
  const index = linkIndexOf(new LinkTargets(data.targets), data.papers);
  cached = {file, modified, index};
  return index;
}
