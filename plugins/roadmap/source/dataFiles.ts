import {ContentProblemsError} from '../site/contentProblemsError';
import {ROADMAP_FILE, SKILLS_FILE} from '../site/siteLayout';
import type {SiteSources} from '../site/sources';
import {parseDataFile} from './dataFile';
import {readIfPresent} from './readSite';

export type DataFiles = Pick<SiteSources, 'roadmap' | 'skills'>;

/** Both data files for the build; a missing file or broken YAML stops it with check's message. */
export async function loadDataFiles(siteDir: string): Promise<DataFiles> {
  const [roadmap, skills] = await Promise.all(
    [ROADMAP_FILE, SKILLS_FILE].map(async (file) => parseDataFile(file, await readIfPresent(siteDir, file))),
  );
  const problems = [...roadmap!.problems, ...skills!.problems];
  if (problems.length > 0) throw new ContentProblemsError(problems);
  return {roadmap: roadmap!.data, skills: skills!.data};
}
