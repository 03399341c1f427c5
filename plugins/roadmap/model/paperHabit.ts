import type {RoadmapModel} from './roadmapModel';

/** Papers a week that the roadmap's rules ask for (1 when no rule sets it). */
export function paperTarget(rules: RoadmapModel['rules']): number {
  return rules.find((rule) => rule.target?.papers_per_week !== undefined)?.target?.papers_per_week ?? 1;
}

/** The papers logged so far: read or reproduced, with a log date up to today, newest first. */
export function loggedPapers(papers: RoadmapModel['papers'], today: string): RoadmapModel['papers'] {
  return papers.filter((p) => p.status !== 'queued' && p.read !== undefined && p.read <= today);
}
