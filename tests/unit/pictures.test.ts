import {describe, expect, it} from 'vitest';
import {addDays} from '../../plugins/roadmap/model/calendar';
import {coursePace} from '../../plugins/roadmap/model/coursePace';
import {courseTimeline} from '../../plugins/roadmap/model/courseTimeline';
import {cumulativeTrend, papersTrend, streakTrend} from '../../plugins/roadmap/model/homeTrends';
import {paperCalendar} from '../../plugins/roadmap/model/paperCalendar';
import type {CourseRow} from '../../plugins/roadmap/model/courseRow';
import {betterDirection, ledgerRow} from '../../plugins/roadmap/model/reproductionLedger';
import {skillHistory} from '../../plugins/roadmap/model/skillHistory';
import {sparkline} from '../../plugins/roadmap/model/sparkline';

type Result = Parameters<typeof ledgerRow>[0];
/** A ledger result as the schema gives it: every optional field present, maybe undefined. */
function result(fields: Pick<Result, 'metric' | 'paper' | 'mine'> & Partial<Result>): Result {
  return {setup: undefined, better: undefined, unit: undefined, ...fields};
}

function course(slug: string, fields: Partial<CourseRow>): CourseRow {
  return {
    slug,
    title: slug,
    permalink: `/docs/courses/${slug}/`,
    provider: 'fast.ai',
    status: 'in-progress',
    started: undefined,
    finished: undefined,
    progress: {modulesDone: 0, modulesTotal: 8, percent: 0},
    ...fields,
  };
}

describe('courseTimeline', () => {
  it('draws a running course to today, then dashed to the finish its pace implies', () => {
    const today = '2025-12-01';
    const pace = coursePace({started: '2025-10-01', modulesDone: 3, modulesTotal: 8}, today);
    // 61 days for 3 modules: 5 more take ceil(5 / (3 / (61 / 7)) × 7) = 102 days.
    expect(pace.impliedFinish).toBe(addDays(today, 102));
    expect(pace.impliedFinish).toBe('2026-03-13');
    const running = course('fastai', {
      started: '2025-10-01',
      progress: {modulesDone: 3, modulesTotal: 8, percent: 38},
      pace,
    });
    const timeline = courseTimeline([{id: 'p1', title: 'Foundations', courses: [running]}], today);
    // From Oct 2025 to the month after the projected finish: 2025-10-01 … 2026-04-01, 182 days.
    expect([timeline.from, timeline.to]).toEqual(['2025-10-01', '2026-04-01']);
    expect(timeline.today).toEqual({date: today, x: 33.52}); // 61 / 182
    expect(timeline.lanes[0]!.bars[0]).toMatchObject({
      start: '2025-10-01',
      end: today,
      projectedEnd: '2026-03-13',
      x: 0,
      width: 33.52,
      projectedWidth: 56.04, // (163 − 61) / 182
    });
  });

  it('draws a finished course solid to its finish, leaves undated ones for the text, and names each year once', () => {
    const done = course('ml-spec', {status: 'done', started: '2025-09-15', finished: '2025-11-20'});
    const planned = course('deep-rl', {status: 'planned'});
    const timeline = courseTimeline(
      [
        {id: 'p1', title: 'Foundations', courses: [done]},
        {id: 'p2', title: 'Depth', courses: [planned]},
      ],
      '2026-02-10',
    );
    expect([timeline.from, timeline.to]).toEqual(['2025-09-01', '2026-03-01']);
    const bar = timeline.lanes[0]!.bars[0]!;
    expect(bar).toMatchObject({end: '2025-11-20', projectedWidth: 0});
    expect(bar.projectedEnd).toBeUndefined();
    // 14 of 181 days in, 66 days long.
    expect(bar.x).toBe(7.73);
    expect(bar.width).toBe(36.46);
    expect(timeline.lanes[1]).toMatchObject({bars: [], undated: [{slug: 'deep-rl', title: 'deep-rl'}]});
    expect(timeline.months.map((m) => m.wide)).toEqual(['Sep 2025', 'Oct', 'Nov', 'Dec', 'Jan 2026', 'Feb']);
  });

  it('ends a dropped course where it stopped, not at today', () => {
    const dropped = course('cs231n', {status: 'dropped', started: '2025-10-01'});
    const droppedLater = course('cs224n', {status: 'dropped', started: '2025-10-01', finished: '2025-11-01'});
    const timeline = courseTimeline([{id: 'p', title: 'P', courses: [dropped, droppedLater]}], '2026-03-01');
    const [stub, stopped] = timeline.lanes[0]!.bars;
    expect(stub).toMatchObject({start: '2025-10-01', end: '2025-10-01', projectedWidth: 0});
    expect(stopped).toMatchObject({start: '2025-10-01', end: '2025-11-01', projectedWidth: 0});
    // One day wide, so it is seen; nowhere near today's line (2026-03-01).
    expect(stub!.width).toBeLessThan(1);
  });

  it('labels fewer months on a phone than on a wide screen over a long span', () => {
    const long = course('long', {status: 'done', started: '2025-01-10', finished: '2027-06-20'});
    const timeline = courseTimeline([{id: 'p', title: 'P', courses: [long]}], '2027-07-01');
    expect(timeline.months).toHaveLength(31); // Jan 2025 … Jul 2027
    expect(timeline.months.filter((m) => m.wide).map((m) => m.wide)).toEqual([
      'Jan 2025',
      'Apr',
      'Jul',
      'Oct',
      'Jan 2026',
      'Apr',
      'Jul',
      'Oct',
      'Jan 2027',
      'Apr',
      'Jul',
    ]);
    expect(timeline.months.filter((m) => m.wide).map((m) => m.date.slice(0, 7))).toEqual([
      '2025-01',
      '2025-04',
      '2025-07',
      '2025-10',
      '2026-01',
      '2026-04',
      '2026-07',
      '2026-10',
      '2027-01',
      '2027-04',
      '2027-07',
    ]);
    expect(timeline.months.filter((m) => m.narrow).map((m) => m.date.slice(0, 7))).toEqual([
      '2025-01',
      '2025-07',
      '2026-01',
      '2026-07',
      '2027-01',
      '2027-07',
    ]);
  });

  it('names the year on the first label when the span starts mid-year, never on an unlabelled month', () => {
    const running = course('r', {status: 'done', started: '2025-10-05', finished: '2027-09-01'});
    const {months} = courseTimeline([{id: 'p', title: 'P', courses: [running]}], '2026-11-29');
    // Oct 2025 … Sep 2027, 24 months: every second month on a wide screen, every half year on a phone.
    expect(months.flatMap((m) => m.wide ?? []).slice(0, 4)).toEqual(['Nov 2025', 'Jan 2026', 'Mar', 'May']);
    expect(months.flatMap((m) => m.narrow ?? [])).toEqual(['Jan 2026', 'Jul', 'Jan 2027', 'Jul']);
  });
});

describe('paperCalendar', () => {
  it('counts papers per day by read date, shades by count, and finds the current streak', () => {
    // Sunday 2026-11-29; the current week began Monday 2026-11-23 and has no paper yet.
    const calendar = paperCalendar(
      ['2026-11-10', '2026-11-10', '2026-11-18', '2026-11-30', '2026-11-01'],
      '2026-11-29',
      3,
    );
    expect(calendar.from).toBe('2026-11-09');
    expect(calendar.columns.map((c) => [c.start, c.met])).toEqual([
      ['2026-11-09', true],
      ['2026-11-16', true],
      ['2026-11-23', false],
    ]);
    expect(calendar.columns[0]!.counts).toEqual([0, 2, 0, 0, 0, 0, 0]); // Tuesday 2026-11-10
    expect(calendar.columns[1]!.counts).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(calendar.columns[2]!.counts).toHaveLength(7);
    expect(calendar.total).toBe(3); // 2026-11-01 is before the window, 2026-11-30 after today
    expect(calendar.weeksMet).toBe(2);
    expect(calendar.streaks).toEqual([{first: 0, last: 1, current: true}]);
    expect(calendar.months).toEqual([{column: 0, label: 'Nov'}]);
  });

  it('stops the current week at today and labels a month at the column of its first day', () => {
    const calendar = paperCalendar([], '2026-12-02', 5);
    expect(calendar.columns.at(-1)).toEqual({start: '2026-11-30', met: false, counts: [0, 0, 0]});
    expect(calendar.months).toEqual([
      {column: 0, label: 'Nov'},
      {column: 4, label: 'Dec'},
    ]);
    // A month starting in the second column takes the place of the first column's label.
    expect(paperCalendar([], '2026-10-07', 3).months).toEqual([{column: 1, label: 'Oct'}]);
    // A first column that holds a 1st (Tuesday 2026-12-01) is named for the month it mostly holds.
    expect(paperCalendar([], '2026-12-09', 2).months).toEqual([{column: 0, label: 'Dec'}]);
  });

  it('ends a streak at a missed finished week, and counts every paper of a busy day', () => {
    const dates = ['2026-11-02', ...Array(6).fill('2026-11-17')];
    const calendar = paperCalendar(dates, '2026-11-29', 4);
    expect(calendar.streaks).toEqual([
      {first: 0, last: 0, current: false},
      {first: 2, last: 2, current: true},
    ]);
    expect(calendar.columns[2]!.counts[1]).toBe(6);
  });
});

describe('skillHistory', () => {
  it('holds each level until the next self-assessment, then to today, and leaves out the future', () => {
    const history = skillHistory(
      [
        {date: '2026-04-01', level: 2},
        {date: '2025-10-01', level: 1},
        {date: '2027-01-01', level: 4},
      ],
      {from: '2025-10-01', today: '2026-10-01', top: 4},
    );
    // x: 4 … 116 over 365 days (2026-04-01 is day 182: 59.8); y: level 0 at 28 … level 4 at 4.
    expect(history.points).toEqual([
      {x: 4, y: 22, date: '2025-10-01', level: 1},
      {x: 59.8, y: 16, date: '2026-04-01', level: 2},
    ]);
    // curveStepAfter: across to the next date at the old level, then up; the last vertex is today.
    expect(history.path).toBe('M4,22L59.8,22L59.8,16L116,16L116,16');
    expect(skillHistory([], {from: '2025-10-01', today: '2026-10-01', top: 4})).toEqual({path: '', points: []});
  });
});

describe('reproduction ledger', () => {
  it.each([
    ['test error', 'lower'],
    ['Top-1 err', 'lower'],
    ['val_loss', 'lower'],
    ['WER', 'lower'],
    ['p95 latency', 'lower'],
    ['RMSE', 'lower'],
    ['accuracy', 'higher'],
    ['BLEU', 'higher'],
    ['mAP', 'higher'],
    ['terror index', 'higher'], // a word containing "error" is not an error
  ])('%s is better %s by default', (metric, direction) => {
    expect(betterDirection({metric})).toBe(direction);
  });

  it('says a higher test error is worse, and a higher accuracy better', () => {
    expect(ledgerRow(result({metric: 'test error', paper: 5.2, mine: 5.37, unit: '%'}))).toEqual({
      metric: 'test error',
      paper: 5.2,
      mine: 5.37,
      gap: 0.17,
      unit: '%',
      better: 'lower',
      betterGiven: false,
      verdict: 'worse',
      bars: {zero: 0, paper: 96.8, mine: 100},
    });
    expect(ledgerRow(result({metric: 'accuracy', paper: 0.9, mine: 0.92}))).toMatchObject({
      gap: 0.02,
      verdict: 'better',
    });
    expect(ledgerRow(result({metric: 'BLEU', paper: 27.3, mine: 27.3}))).toMatchObject({gap: 0, verdict: 'equal'});
  });

  it('follows a written direction over the name, and puts zero inside the bars for negative numbers', () => {
    expect(ledgerRow(result({metric: 'score', paper: 10, mine: 8, better: 'lower'}))).toMatchObject({
      better: 'lower',
      betterGiven: true,
      verdict: 'better',
    });
    expect(ledgerRow(result({metric: 'log-likelihood', paper: -2, mine: 2})).bars).toEqual({
      zero: 50,
      paper: 0,
      mine: 100,
    });
  });
});

describe('home trends', () => {
  it('draws a sparkline from zero to the largest value', () => {
    expect(sparkline([0, 2, 1])).toEqual({
      width: 96,
      height: 24,
      values: [0, 2, 1],
      path: 'M3,21L48,3L93,12',
      last: {x: 93, y: 12},
    });
  });

  it('counts papers per week over the last 12 weeks', () => {
    const trend = papersTrend(['2026-11-25', '2026-11-02', '2026-09-01', '2026-12-01'], '2026-11-29');
    expect(trend.values).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1]);
    expect(trend.text).toBe('2 papers in the last 12 weeks');
  });

  it('follows the weekly streak, which the current week cannot break before it ends', () => {
    const trend = streakTrend(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'], '2026-11-29', 1);
    expect(trend.values).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 4]);
    expect(trend.text).toBe('target met in 4 of the last 12 weeks');
  });

  it('counts courses finished by the end of each month', () => {
    const trend = cumulativeTrend(['2026-01-15', '2025-06-01', '2026-11-20'], '2026-11-29', 'finished');
    expect(trend.values).toEqual([1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3]);
    expect(trend.text).toBe('2 finished in the last 12 months');
  });
});
