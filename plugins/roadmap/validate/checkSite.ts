import type {CollectionName} from '../schema/collection';
import {placementOf} from '../schema/collectionOf';
import {readSite} from '../source/readSite';
import {sortProblems, type Problem} from './problem';
import {validateSite, type ContentFile, type ValidSite} from './validateSite';

export type CollectionCounts = Record<CollectionName, number>;

/** Reads and validates a whole site folder: what `npm run check` reports. */
export async function checkSite(
  siteDir: string,
  options: {today: string},
): Promise<{problems: Problem[]; counts: CollectionCounts; site: ValidSite | undefined; files: ContentFile[]}> {
  const {sources, problems: syntaxProblems} = await readSite(siteDir);
  const {problems, site} = validateSite(sources, {today: options.today});
  const counts: CollectionCounts = {course: 0, paper: 0, project: 0, benchmark: 0, talk: 0, post: 0, note: 0};
  for (const file of sources.files) {
    const placement = placementOf(file.file);
    if (placement) counts[placement.collection] += 1;
  }
  const all = sortProblems([...syntaxProblems, ...problems]);
  return {problems: all, counts, site: all.length === 0 ? site : undefined, files: [...sources.files]};
}
