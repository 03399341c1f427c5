import {collectionNamed, type CollectionName} from '../schema/collections';
import {pluginRoutes, type PageComponent} from '../navigation/pluginRoutes';
import {benchmarksPage, type BenchmarksPageData} from './benchmarksPage';
import {changeKinds, changelogByMonth, changelogEvents} from './changelog';
import type {ChangelogPageData} from './changelogPage';
import {collectionPage, type CollectionPageData} from './collectionPage';
import {graphPage, type GraphPageData} from './graphPage';
import {homePage, type HomePageData} from './homePage';
import type {KnowledgePage} from './knowledgeLinks';
import {nextExperimentsPage, type NextExperimentsPageData} from './nextExperiments';
import {paperLogPage, type AlgoliaPaperIndex, type PaperLogPageData} from './paperLogPage';
import {progressPage, type ProgressPageData} from './progressPage';
import {reviewPage, type ReviewPageData} from './reviewPage';
import {projectsPage, type ProjectsPageData} from './projectsPage';
import type {RoadmapModel} from './roadmapModel';
import {skillsPage, type SkillsPageData} from './skillsPage';

/**
 * The contract between a generated page and its theme component: the data
 * each component receives as its `page` prop (types.d.ts declares the props
 * from this map, so tsc checks both sides).
 */
export interface PageDataOf {
  RoadmapHome: HomePageData;
  NextExperimentsPage: NextExperimentsPageData;
  SkillsPage: SkillsPageData;
  ChangelogPage: ChangelogPageData;
  GraphPage: GraphPageData;
  ProgressPage: ProgressPageData;
  PaperLogPage: PaperLogPageData;
  ProjectsPage: ProjectsPageData;
  BenchmarksPage: BenchmarksPageData;
  CollectionPage: CollectionPageData;
  ReviewPage: ReviewPageData;
}

/** The prop every generated page's component receives its data as. */
export const PAGE_PROP = 'page';

/** One page the plugin adds: its route below the base URL, its theme component and its data. */
export type GeneratedPage = {
  [C in PageComponent]: {
    route: string;
    component: `@theme/${C}`;
    /** Its data file's name, unique per page. */
    name: string;
    data: PageDataOf[C];
  };
}[PageComponent];

interface PageInput {
  model: RoadmapModel;
  today: string;
  options: GeneratedPagesOptions;
  collection: CollectionName | undefined;
}

export interface GeneratedPagesOptions {
  paperSearch?: AlgoliaPaperIndex;
  /** Every listed page (model/knowledgePages.ts), the nodes of /graph; its edges are `model.links`. */
  knowledgePages?: readonly KnowledgePage[];
}

const PAGE_DATA: {[C in PageComponent]: (input: PageInput) => PageDataOf[C]} = {
  RoadmapHome: ({model, today}) => homePage(model, today),
  NextExperimentsPage: ({model, today}) => nextExperimentsPage(model, today),
  SkillsPage: ({model, today}) => skillsPage(model, today),
  ChangelogPage: ({model, today}) => ({kinds: changeKinds(), ...changelogByMonth(changelogEvents(model), today)}),
  GraphPage: ({model, options}) => graphPage(options.knowledgePages ?? [], model.links),
  ProgressPage: ({model, today}) => progressPage(model, today),
  PaperLogPage: ({model, today, options}) => paperLogPage(model, today, options.paperSearch),
  ProjectsPage: ({model}) => projectsPage(model),
  BenchmarksPage: ({model}) => benchmarksPage(model),
  ReviewPage: ({model}) => reviewPage(model),
  CollectionPage: ({model, collection, today}) => {
    if (collection === undefined) throw new Error('the generic list page needs its collection');
    return collectionPage(model, collectionNamed(collection), today);
  },
};

/** A page's data file name: readable from its route (`pages/papers-next.json`). */
function dataName(route: string): string {
  return `pages/${route === '' ? 'home' : route.replace(/[^A-Za-z0-9-]+/g, '-')}`;
}

function pageOf<C extends PageComponent>(component: C, route: string, input: PageInput): GeneratedPage {
  return {
    route,
    component: `@theme/${component}`,
    name: dataName(route),
    data: PAGE_DATA[component](input),
  } as GeneratedPage;
}

/** Every page computed from the model, one per plugin route (navigation/pluginRoutes.ts). Routes are part of the public contract. */
export function generatedPages(
  model: RoadmapModel,
  today: string,
  options: GeneratedPagesOptions = {},
): GeneratedPage[] {
  return pluginRoutes().map(({route, component, collection}) =>
    pageOf(component, route, {model, today, options, collection: collection as CollectionName | undefined}),
  );
}
