import type {ProjectSummary, RoadmapModel} from './roadmapModel';

export interface ProjectsPageData {
  domains: {id: string; title: string; icon?: string; focus?: string; projects: ProjectSummary[]}[];
  total: number;
}

const STATUS_ORDER: ProjectSummary['status'][] = ['active', 'shipped', 'planned', 'paused'];

/** `/projects`: projects by domain, active first. */
export function projectsPage(model: RoadmapModel): ProjectsPageData {
  return {
    domains: model.domains.map((domain) => ({
      ...domain,
      projects: model.projects
        .filter((p) => p.domain === domain.id)
        .sort(
          (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.title.localeCompare(b.title),
        ),
    })),
    total: model.projects.length,
  };
}
