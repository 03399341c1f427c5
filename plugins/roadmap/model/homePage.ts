import type {RoadmapModel} from './roadmapModel';
import {weeklyCadence} from './weeklyCadence';

/** What the home page shows: the TL;DR, the rules, and the newest entries. */
export interface HomePageData {
  vision: string;
  now: RoadmapModel['now'];
  rules: {id: string; text: string}[];
  domains: RoadmapModel['domains'];
  courses: {done: number; inProgress: number; planned: number; total: number};
  papersLogged: number;
  /** Weeks in a row with the paper target met. */
  weeklyStreak: number;
  projectsShippedThisYear: number;
  latestPapers: {title: string; permalink: string; read: string; takeaway?: string}[];
  latestPosts: {title: string; permalink: string; date: string}[];
}

export function homePage(model: RoadmapModel, today: string, latest = 5): HomePageData {
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
    weeklyStreak: weeklyCadence(
      logged.map((p) => p.read ?? ''),
      today,
      model.rules.find((r) => r.target?.papers_per_week !== undefined)?.target?.papers_per_week ?? 1,
    ).currentStreak,
    projectsShippedThisYear: model.projects.filter(
      (p) => p.status === 'shipped' && p.shipped?.startsWith(today.slice(0, 4)) && p.shipped <= today,
    ).length,
    latestPapers: logged
      .filter((p) => (p.read ?? '') <= today)
      .slice(0, latest)
      .map((p) => ({
        title: p.title,
        permalink: p.permalink,
        read: p.read ?? '',
        ...(p.takeaway === undefined ? {} : {takeaway: p.takeaway}),
      })),
    latestPosts: model.posts
      .filter((p) => p.date <= today)
      .slice(0, latest)
      .map(({title, permalink, date}) => ({title, permalink, date})),
  };
}
