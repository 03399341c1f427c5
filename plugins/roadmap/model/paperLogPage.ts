import {paperCalendar, type PaperCalendar} from './paperCalendar';
import {paperRows, type PaperRow} from './paperLog';
import {loggedPapers, paperTarget} from './paperHabit';
import type {RoadmapModel} from './roadmapModel';
import {weeklyCadence, type WeeklyCadence} from './weeklyCadence';

/** The index /papers queries: the search-only key, published with the page. */
export interface AlgoliaPaperIndex {
  appId: string;
  searchKey: string;
  indexName: string;
}

export interface PaperLogPageData {
  today: string;
  rows: PaperRow[];
  /** The streaks of the whole log. */
  cadence: Omit<WeeklyCadence, 'weeks'>;
  /** Papers per day: the last 52 weeks for a wide screen, the last 17 for a phone (a CSS media query picks one). */
  calendar: {wide: PaperCalendar; narrow: PaperCalendar};
  /** Set when the site searches Algolia: /papers then sends its searches there. */
  algolia?: AlgoliaPaperIndex;
}

/** `/papers`: every paper of the log and the weekly cadence of the last year. */
export function paperLogPage(model: RoadmapModel, today: string, algolia?: AlgoliaPaperIndex): PaperLogPageData {
  const logDates = loggedPapers(model.papers, today).map((p) => p.read ?? '');
  const target = paperTarget(model.rules);
  const {weeks: _weeks, ...cadence} = weeklyCadence(logDates, today, target);
  const calendar = {
    wide: paperCalendar(logDates, today, 52, target),
    narrow: paperCalendar(logDates, today, 17, target),
  };
  return {today, rows: paperRows(model), cadence, calendar, ...(algolia ? {algolia} : {})};
}
