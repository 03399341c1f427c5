import {addDays, isoWeekLabel, weekStart} from './calendar';
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
  /** The last 52 weeks, oldest first, with the streaks of the whole log. */
  cadence: WeeklyCadence;
  /** Set when the site searches Algolia: /papers then sends its searches there. */
  algolia?: AlgoliaPaperIndex;
}

/** `/papers`: every paper of the log and the weekly cadence of the last year. */
export function paperLogPage(model: RoadmapModel, today: string, algolia?: AlgoliaPaperIndex): PaperLogPageData {
  const logDates = loggedPapers(model.papers, today).map((p) => p.read ?? '');
  const cadence = weeklyCadence(logDates, today, paperTarget(model.rules));
  const counts = new Map(cadence.weeks.map((w) => [w.start, w]));
  const first = addDays(weekStart(today), -51 * 7);
  const weeks = Array.from({length: 52}, (_, i) => {
    const start = addDays(first, i * 7);
    return counts.get(start) ?? {start, label: isoWeekLabel(start), count: 0};
  });
  return {today, rows: paperRows(model), cadence: {...cadence, weeks}, ...(algolia ? {algolia} : {})};
}
