import {benchmarksPage} from './benchmarksPage';
import {changeKinds, changelogByMonth, changelogEvents} from './changelog';
import type {ChangelogPageData} from './changelogPage';
import {graphPage} from './graphPage';
import {homePage} from './homePage';
import type {KnowledgePage} from './knowledgeLinks';
import {nextExperimentsPage} from './nextExperiments';
import {paperLogPage, type AlgoliaPaperIndex} from './paperLogPage';
import {progressPage} from './progressPage';
import {projectsPage} from './projectsPage';
import {GENERATED_ROUTES} from '../schema/generatedRoutes';
import type {RoadmapModel} from './roadmapModel';
import {skillsPage} from './skillsPage';
import {talksPage} from './talksPage';

/** One page the plugin adds: its route below the base URL, its theme component, its data. */
export interface GeneratedPage {
  route: string;
  component: string;
  /** The prop the component receives its data as, and the data file's name. */
  name: string;
  data: unknown;
}

/** Every page computed from the model. Routes are part of the public contract. */
export function generatedPages(
  model: RoadmapModel,
  today: string,
  options: {
    paperSearch?: AlgoliaPaperIndex;
    /** Every listed page (model/knowledgePages.ts), the nodes of /graph; its edges are `model.links`. */
    knowledgePages?: readonly KnowledgePage[];
  } = {},
): GeneratedPage[] {
  const events = changelogEvents(model);
  return [
    {route: GENERATED_ROUTES.home, component: '@theme/RoadmapHome', name: 'home', data: homePage(model, today)},
    {
      route: GENERATED_ROUTES.progress,
      component: '@theme/ProgressPage',
      name: 'progress',
      data: progressPage(model, today),
    },
    {
      route: GENERATED_ROUTES.paperLog,
      component: '@theme/PaperLogPage',
      name: 'paperLog',
      data: paperLogPage(model, today, options.paperSearch),
    },
    {
      route: GENERATED_ROUTES.nextExperiments,
      component: '@theme/NextExperimentsPage',
      name: 'nextExperiments',
      data: nextExperimentsPage(model),
    },
    {route: GENERATED_ROUTES.skills, component: '@theme/SkillsPage', name: 'skills', data: skillsPage(model, today)},
    {
      route: GENERATED_ROUTES.changelog,
      component: '@theme/ChangelogPage',
      name: 'changelog',
      data: {kinds: changeKinds(), ...changelogByMonth(events, today)} satisfies ChangelogPageData,
    },
    {route: GENERATED_ROUTES.projects, component: '@theme/ProjectsPage', name: 'projects', data: projectsPage(model)},
    {
      route: GENERATED_ROUTES.benchmarks,
      component: '@theme/BenchmarksPage',
      name: 'benchmarks',
      data: benchmarksPage(model),
    },
    {route: GENERATED_ROUTES.talks, component: '@theme/TalksPage', name: 'talks', data: talksPage(model)},
    {
      route: GENERATED_ROUTES.graph,
      component: '@theme/GraphPage',
      name: 'graph',
      data: graphPage(options.knowledgePages ?? [], model.links),
    },
  ];
}
