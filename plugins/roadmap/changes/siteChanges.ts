import {buildRoadmapModel} from '../model/roadmapModel';
import {placementOf} from '../schema/collectionOf';
import {filePages} from '../source/filePages';
import {checkTexts} from '../validate/checkSite';
import type {ContentFile} from '../site/sources';
import type {ValidSite} from '../schema/validSite';
import type {FileLink} from '../validate/siteLinks';
import {linkChanges, type LinkChanges} from './linkChanges';
import {dashboardDelta, slugRenameKey} from './dashboardDelta';
import {contentAt, renamesSince, resolveRef} from './gitContent';
import {pageChanges, type PageChange} from './pageChanges';

export interface SiteChanges {
  /** The revision as the author named it, e.g. `origin/main`. */
  ref: string;
  pages: PageChange[];
  /** Undefined when either state is not valid content: there is no model to compare. */
  dashboard: string[] | undefined;
  /** The content at `ref` did not pass the check (front matter or data). */
  baseInvalid: boolean;
  /** Links between pages (wikilinks, citations, Markdown links, references) added and removed. */
  links: LinkChanges;
}

/** The working tree as `check` just read it. */
export interface CheckedState {
  texts: ReadonlyMap<string, string>;
  files: readonly ContentFile[];
  site: ValidSite | undefined;
  links: readonly FileLink[];
}

/**
 * What changed between git revision `ref` and the working tree. The old state
 * is read from git and checked in memory.
 */
export async function siteChangesSince(
  siteDir: string,
  ref: string,
  today: string,
  current: CheckedState,
): Promise<SiteChanges> {
  const commit = await resolveRef(siteDir, ref);
  const [before, renames] = await Promise.all([contentAt(siteDir, commit), renamesSince(siteDir, commit)]);
  const pages = pageChanges(before, current.texts, renames);

  // The base revision is checked from git's texts, never written to disk; the
  // security scan is the pull request's concern, not its base's.
  const base = checkTexts(before, {today});
  const dashboard =
    base.site && current.site
      ? dashboardDelta(
          buildRoadmapModel(base.site, filePages(base.files), today),
          buildRoadmapModel(current.site, filePages(current.files), today),
          today,
          slugRenames(pages),
        )
      : undefined;
  const renamedFiles = new Map(pages.flatMap((p) => (p.kind === 'renamed' && p.from ? [[p.from, p.file]] : [])));
  return {
    ref,
    pages,
    dashboard,
    baseInvalid: base.site === undefined,
    links: linkChanges(base.links, current.links, renamedFiles),
  };
}

/** A renamed file keeps its place on the dashboard under its new slug. */
function slugRenames(pages: readonly PageChange[]): Map<string, string> {
  const renames = new Map<string, string>();
  for (const page of pages) {
    if (page.kind !== 'renamed' || page.from === undefined) continue;
    const from = placementOf(page.from);
    const to = placementOf(page.file);
    if (from && to && from.collection === to.collection)
      renames.set(slugRenameKey(from.collection, from.slug), to.slug);
  }
  return renames;
}
