import type {PageLookup} from '../../plugins/roadmap/site/pages';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import type {ValidSite} from '../../plugins/roadmap/schema/validSite';
import {buildRoadmapModel, type RoadmapModel} from '../../plugins/roadmap/model/roadmapModel';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {writeSite} from '../../scripts/corpus/exampleSite';

/** The example site with `changes`, checked: its valid site, or an error listing every problem. */
export async function validExampleSite(
  changes: Record<string, string | undefined> = {},
  today = '2026-11-25',
): Promise<ValidSite> {
  const {site, problems} = await checkSite(await writeSite(changes), {today});
  if (!site) throw new Error(`the example site should be valid:\n${problems.map(formatProblem).join('\n')}`);
  return site;
}

/** A page for each file at `/<file>`, titled by its path: enough for the model's lists. */
export const pageAtItsPath: PageLookup = (file) => ({permalink: `/${file}`, title: file});

/** The model of the example site with `changes`, as of `today`, with the pages `pageOf` gives. */
export async function exampleModel(
  changes: Record<string, string | undefined> = {},
  {today = '2026-11-25', pageOf = pageAtItsPath}: {today?: string; pageOf?: PageLookup} = {},
): Promise<RoadmapModel> {
  return buildRoadmapModel(await validExampleSite(changes, today), pageOf, today);
}
