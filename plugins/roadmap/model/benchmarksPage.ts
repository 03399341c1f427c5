import {plural} from '../site/plural';
import type {RoadmapModel} from './roadmapModel';
import {topShare} from './topShare';
import type {ViewCell, ViewData} from './viewData';

export interface BenchmarksPageData {
  /** Drawn by theme/View, as a note's views are; its cells join fields a view's columns show one by one. */
  view: ViewData;
}

const text = (value: string | undefined): ViewCell =>
  value === undefined ? {kind: 'missing'} : {kind: 'text', text: value};

/** `/benchmarks`: results newest first, each with its score and metric, rank of entrants, percentile and project. */
export function benchmarksPage(model: RoadmapModel): BenchmarksPageData {
  const projects = new Map(model.projects.map((p) => [p.slug, p]));
  const columns = ['Date', 'Result', 'Event', 'Score', 'Rank', 'Percentile', 'Project'];
  return {
    view: {
      as: 'table',
      caption: plural(model.benchmarks.length, 'benchmark result'),
      empty: 'No benchmark results yet.',
      // The row's heading is its title (theme/View), whatever the column's label.
      columns: columns.map((label) => ({field: label === 'Result' ? 'title' : label.toLowerCase(), label})),
      rows: model.benchmarks.map((b) => {
        const project = b.project === undefined ? undefined : projects.get(b.project);
        return {
          key: b.permalink,
          cells: [
            {kind: 'date', date: b.date},
            {kind: 'link', href: b.permalink, text: b.title},
            b.url ? {kind: 'link', href: b.url, text: b.event} : {kind: 'text', text: b.event},
            text(b.score === undefined ? undefined : `${b.score}${b.metric ? ` ${b.metric}` : ''}`),
            text(b.rank === undefined ? undefined : `${b.rank}${b.entrants === undefined ? '' : ` of ${b.entrants}`}`),
            text(b.percentile === undefined ? undefined : topShare(b.percentile)),
            project ? {kind: 'link', href: project.permalink, text: project.title} : {kind: 'missing'},
          ],
        };
      }),
    },
  };
}
