import {courseCounts, type CourseCounts} from './courseCounts';
import {loggedPapers, paperTarget} from './paperHabit';
import {projectTarget, projectYear} from './projectRule';
import type {RoadmapModel} from './roadmapModel';
import {weeklyCadence} from './weeklyCadence';

/** What the home page shows: the TL;DR, the rules, and the newest entries. */
export interface HomePageData {
  vision: string;
  now: RoadmapModel['now'];
  rules: {id: string; text: string}[];
  domains: RoadmapModel['domains'];
  courses: CourseCounts;
  papersLogged: number;
  /** Weeks in a row with the paper target met. */
  weeklyStreak: number;
  projectsShippedThisYear: number;
  latestPapers: {title: string; permalink: string; read: string; takeaway?: string}[];
  latestPosts: {title: string; permalink: string; date: string}[];
}

export function homePage(model: RoadmapModel, today: string, latest = 5): HomePageData {
  const logged = loggedPapers(model.papers, today);
  const target = model.rules.find((r) => r.target?.production_per_year !== undefined)?.target;
  const projects = projectYear(model.projects, today, projectTarget(target));
  return {
    vision: model.vision,
    now: model.now,
    rules: model.rules.map(({id, text}) => ({id, text})),
    domains: model.domains,
    courses: courseCounts(model.courses),
    papersLogged: logged.length,
    weeklyStreak: weeklyCadence(
      logged.map((p) => p.read ?? ''),
      today,
      paperTarget(model.rules),
    ).currentStreak,
    projectsShippedThisYear: projects.shipped.production + projects.shipped.small,
    latestPapers: logged.slice(0, latest).map((p) => ({
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
