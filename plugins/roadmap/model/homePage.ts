import type {RoadmapModel} from './roadmapModel';

/** What the home page shows: the TL;DR, the rules, and the newest entries. */
export interface HomePageData {
  vision: string;
  now: RoadmapModel['now'];
  rules: {id: string; text: string}[];
  domains: RoadmapModel['domains'];
  courses: {done: number; inProgress: number; planned: number; total: number};
  papersLogged: number;
  latestPapers: {title: string; permalink: string; read: string; takeaway?: string}[];
  latestPosts: {title: string; permalink: string; date: string}[];
}

export function homePage(model: RoadmapModel, latest = 5): HomePageData {
  const countOf = (status: string) => model.courses.filter((c) => c.status === status).length;
  const logged = model.papers.filter((p) => p.status !== 'queued' && p.read !== undefined);
  return {
    vision: model.vision,
    now: model.now,
    rules: model.rules.map(({id, text}) => ({id, text})),
    domains: model.domains,
    courses: {
      done: countOf('done'),
      inProgress: countOf('in-progress'),
      planned: countOf('planned'),
      total: model.courses.length,
    },
    papersLogged: logged.length,
    latestPapers: logged.slice(0, latest).map((p) => ({
      title: p.title,
      permalink: p.permalink,
      read: p.read ?? '',
      ...(p.takeaway === undefined ? {} : {takeaway: p.takeaway}),
    })),
    latestPosts: model.posts.slice(0, latest).map(({title, permalink, date}) => ({title, permalink, date})),
  };
}
