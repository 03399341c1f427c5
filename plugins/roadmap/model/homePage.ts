import {courseCounts, type CourseCounts} from './courseCounts';
import {cardsTrend, cumulativeTrend, papersTrend, streakTrend, type Trend} from './homeTrends';
import {loggedPapers, paperTarget} from './paperHabit';
import {projectTarget, projectYear} from './projectRule';
import {homeSections, type HomeSection} from '../navigation/homeSections';
import type {RoadmapModel} from './roadmapModel';
import {cardDates} from './reviewCards';
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
  /** Review cards in the listed notes (model/reviewCards.ts). */
  cardsWritten: number;
  /** A small trend beside each headline figure. */
  trends: {courses: Trend; papers: Trend; streak: Trend; projects: Trend; cards: Trend};
  latestPapers: {title: string; permalink: string; read: string; takeaway?: string}[];
  latestPosts: {title: string; permalink: string; date: string}[];
  /** The map of the site: every kind's pages and the site's own (navigation/homeSections.ts). */
  sections: HomeSection[];
}

export function homePage(model: RoadmapModel, today: string, latest = 5): HomePageData {
  const logged = loggedPapers(model.papers, today);
  const target = model.rules.find((r) => r.target?.production_per_year !== undefined)?.target;
  const projects = projectYear(model.projects, today, projectTarget(target));
  const logDates = logged.map((p) => p.read ?? '');
  const paperGoal = paperTarget(model.rules);
  const finished = model.courses.flatMap((c) => (c.status === 'done' && c.finished ? [c.finished] : []));
  const shipped = model.projects.flatMap((p) => (p.status === 'shipped' && p.shipped ? [p.shipped] : []));
  return {
    vision: model.vision,
    now: model.now,
    rules: model.rules.map(({id, text}) => ({id, text})),
    domains: model.domains,
    courses: courseCounts(model.courses),
    papersLogged: logged.length,
    weeklyStreak: weeklyCadence(logDates, today, paperGoal).currentStreak,
    projectsShippedThisYear: projects.shipped.production + projects.shipped.small,
    cardsWritten: model.cards.length,
    trends: {
      courses: cumulativeTrend(finished, today, 'finished'),
      papers: papersTrend(logDates, today),
      streak: streakTrend(logDates, today, paperGoal),
      projects: cumulativeTrend(shipped, today, 'shipped'),
      cards: cardsTrend(cardDates(model), today),
    },
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
    sections: homeSections(),
  };
}
