import {benchmarksPage} from './benchmarksPage';
import {changeKinds, changelogByMonth, changelogEvents} from './changelog';
import type {ChangelogPageData} from './changelogPage';
import {homePage} from './homePage';
import {nextExperimentsPage} from './nextExperiments';
import {paperLogPage, type AlgoliaPaperIndex} from './paperLogPage';
import {progressPage} from './progressPage';
import {projectsPage} from './projectsPage';
import {collections} from '../schema/collections';
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
  options: {paperSearch?: AlgoliaPaperIndex} = {},
): GeneratedPage[] {
  const events = changelogEvents(model);
  return [
    {route: '', component: '@theme/RoadmapHome', name: 'home', data: homePage(model, today)},
    {
      route: collections.course.route,
      component: '@theme/ProgressPage',
      name: 'progress',
      data: progressPage(model, today),
    },
    {
      route: collections.paper.route,
      component: '@theme/PaperLogPage',
      name: 'paperLog',
      data: paperLogPage(model, today, options.paperSearch),
    },
    {
      route: `${collections.paper.route}/next`,
      component: '@theme/NextExperimentsPage',
      name: 'nextExperiments',
      data: nextExperimentsPage(model),
    },
    {route: 'skills', component: '@theme/SkillsPage', name: 'skills', data: skillsPage(model, today)},
    {
      route: 'changelog',
      component: '@theme/ChangelogPage',
      name: 'changelog',
      data: {kinds: changeKinds(), ...changelogByMonth(events, today)} satisfies ChangelogPageData,
    },
    {route: collections.project.route, component: '@theme/ProjectsPage', name: 'projects', data: projectsPage(model)},
    {
      route: collections.benchmark.route,
      component: '@theme/BenchmarksPage',
      name: 'benchmarks',
      data: benchmarksPage(model),
    },
    {route: collections.talk.route, component: '@theme/TalksPage', name: 'talks', data: talksPage(model)},
  ];
}
