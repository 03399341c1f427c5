import {ContentProblemsError} from '../site/contentProblemsError';
import type {SiteSources} from '../site/sources';
import {readDataFile} from './readSite';
import {ROADMAP_FILE, SKILLS_FILE} from '../site/siteLayout';

export type DataFiles = Pick<SiteSources, 'roadmap' | 'skills'>;

/** Both data files for the build; a missing file or broken YAML stops it with check's message. */
export async function loadDataFiles(siteDir: string): Promise<DataFiles> {
  const [roadmap, skills] = await Promise.all([
    readDataFile(siteDir, ROADMAP_FILE),
    readDataFile(siteDir, SKILLS_FILE),
  ]);
  const problems = [...roadmap.problems, ...skills.problems];
  if (problems.length > 0) throw new ContentProblemsError(problems);
  return {roadmap: roadmap.data, skills: skills.data};
}
