import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildRoadmapModel} from '../model/roadmapModel';
import {placementOf} from '../schema/collectionOf';
import {filePages} from '../source/filePages';
import {CHECKED_DATA_FILES} from '../site/siteLayout';
import {checkSite} from '../validate/checkSite';
import type {ContentFile} from '../site/sources';
import type {ValidSite} from '../schema/validSite';
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
}

/** The working tree as `check` just read it. */
export interface CheckedState {
  texts: ReadonlyMap<string, string>;
  files: readonly ContentFile[];
  site: ValidSite | undefined;
}

/**
 * What changed between git revision `ref` and the working tree. The old state
 * is read from git into a temporary folder and checked there (without the
 * security scan: that is the pull request's concern, not its base's).
 */
export async function siteChangesSince(
  siteDir: string,
  ref: string,
  today: string,
  current: CheckedState,
): Promise<SiteChanges> {
  const commit = await resolveRef(siteDir, ref);
  const [before, renames, dataNow] = await Promise.all([
    contentAt(siteDir, commit),
    renamesSince(siteDir, commit),
    readDataTexts(siteDir),
  ]);
  const pages = pageChanges(before, new Map([...current.texts, ...dataNow]), renames);

  const baseDir = await mkdtemp(path.join(tmpdir(), 'roadmap-since-'));
  try {
    for (const [file, text] of before) {
      await mkdir(path.dirname(path.join(baseDir, file)), {recursive: true});
      await writeFile(path.join(baseDir, file), text);
    }
    const base = await checkSite(baseDir, {today, scanContent: false});
    const dashboard =
      base.site && current.site
        ? dashboardDelta(
            buildRoadmapModel(base.site, filePages(base.files), today),
            buildRoadmapModel(current.site, filePages(current.files), today),
            today,
            slugRenames(pages),
          )
        : undefined;
    return {ref, pages, dashboard, baseInvalid: base.site === undefined};
  } finally {
    await rm(baseDir, {recursive: true, force: true});
  }
}

async function readDataTexts(siteDir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const file of CHECKED_DATA_FILES) {
    const text = await readFile(path.join(siteDir, file), 'utf8').catch(() => undefined);
    if (text !== undefined) texts.set(file, text);
  }
  return texts;
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
