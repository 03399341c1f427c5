import {describe, expect, it} from 'vitest';
import {addDays, isoWeek, isoWeekLabel, quarterStart, weekStart} from '../../plugins/roadmap/model/calendar';
import {coursePace} from '../../plugins/roadmap/model/coursePace';
import {projectYear} from '../../plugins/roadmap/model/projectRule';
import {weeklyCadence} from '../../plugins/roadmap/model/weeklyCadence';

describe('ISO weeks', () => {
  it.each([
    ['2021-01-03', '2020-W53'], // a Sunday that belongs to the last week of 2020
    ['2021-01-04', '2021-W01'],
    ['2024-12-30', '2025-W01'], // a Monday of December in week 1 of the next year
    ['2026-01-01', '2026-W01'], // a Thursday
    ['2027-01-01', '2026-W53'], // a Friday: 2026 has 53 weeks
    ['2025-10-12', '2025-W41'],
  ])('%s is in %s', (date, label) => {
    expect(isoWeekLabel(date)).toBe(label);
  });

  it('weeks start on Monday; quarters on the first of Jan, Apr, Jul, Oct', () => {
    expect(weekStart('2025-10-05')).toBe('2025-09-29');
    expect(weekStart('2025-09-29')).toBe('2025-09-29');
    expect(isoWeek('2025-10-05')).toEqual({year: 2025, week: 40});
    expect(quarterStart('2025-11-25')).toBe('2025-10-01');
    expect(quarterStart('2026-03-31')).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('weeklyCadence', () => {
  it('counts a streak across the year boundary', () => {
    const cadence = weeklyCadence(['2024-12-23', '2024-12-30', '2025-01-08'], '2025-01-10');
    expect(cadence).toMatchObject({thisWeek: 1, currentStreak: 3, longestStreak: 3});
    expect(cadence.weeks.map((w) => `${w.label}:${w.count}`)).toEqual(['2024-W52:1', '2025-W01:1', '2025-W02:1']);
  });

  it('does not break the streak before the current week is over', () => {
    const cadence = weeklyCadence(['2024-12-23', '2024-12-30', '2025-01-08'], '2025-01-14');
    expect(cadence).toMatchObject({thisWeek: 0, currentStreak: 3, longestStreak: 3});
    // The quarter began on Wednesday 2025-01-01: its weeks start 2024-12-30 and 2025-01-06; both met.
    expect(cadence).toMatchObject({weeksThisQuarter: 2, weeksMissedThisQuarter: 0});
  });

  it('breaks the streak on a week with no paper, and counts missed weeks of the quarter', () => {
    const cadence = weeklyCadence(['2025-03-03', '2025-03-17'], '2025-03-20');
    expect(cadence).toMatchObject({thisWeek: 1, currentStreak: 1, longestStreak: 1});
    // Finished weeks of Q1 2025: 2024-12-30 … 2025-03-10, eleven of them; only 2025-03-03's was met.
    expect(cadence).toMatchObject({weeksThisQuarter: 11, weeksMissedThisQuarter: 10});
  });

  it('needs the whole weekly target, and ignores dates in the future', () => {
    const cadence = weeklyCadence(['2025-05-05', '2025-05-06', '2025-06-30'], '2025-05-09', 2);
    expect(cadence).toMatchObject({thisWeek: 2, currentStreak: 1, longestStreak: 1, target: 2});
    expect(cadence.weeks).toHaveLength(1);
  });

  it('has no streak and one (current) week when nothing is logged', () => {
    const cadence = weeklyCadence([], '2025-05-09');
    expect(cadence).toMatchObject({thisWeek: 0, currentStreak: 0, longestStreak: 0});
    expect(cadence.weeks).toEqual([{start: '2025-05-05', label: '2025-W19', count: 0}]);
  });

  it('handles hundreds of papers in one month', () => {
    const dates = Array.from({length: 300}, (_, i) => `2025-07-${String((i % 31) + 1).padStart(2, '0')}`);
    const cadence = weeklyCadence(dates, '2025-07-31');
    expect(cadence.weeks.reduce((sum, w) => sum + w.count, 0)).toBe(300);
    expect(cadence).toMatchObject({currentStreak: 5, longestStreak: 5});
  });
});

describe('coursePace', () => {
  it('implies a finish date from modules per week so far', () => {
    // 4 weeks, 2 of 5 modules: 0.5 a week; 3 left take 6 weeks.
    expect(coursePace({started: '2025-10-01', modulesDone: 2, modulesTotal: 5}, '2025-10-29')).toEqual({
      modulesPerWeek: 0.5,
      weeksSoFar: 4,
      impliedFinish: '2025-12-10',
    });
  });

  it('implies nothing before the first module is done, and counts the first week whole', () => {
    expect(coursePace({started: '2025-10-01', modulesDone: 0, modulesTotal: 3}, '2025-10-03')).toEqual({
      modulesPerWeek: 0,
      weeksSoFar: 1,
    });
  });
});

it('projectYear counts projects shipped this year by scale against the rule', () => {
  const year = projectYear(
    [
      {scale: 'production', status: 'shipped', shipped: '2026-03-01'},
      {scale: 'small', status: 'shipped', shipped: '2025-12-31'},
      {scale: 'small', status: 'shipped', shipped: '2026-02-01'},
      {scale: 'small', status: 'active', shipped: undefined},
      {scale: 'small', status: 'shipped', shipped: '2026-12-01'}, // in the future: not yet
    ],
    '2026-06-01',
    {production: 1, smallMin: 2, smallMax: 3},
  );
  expect(year).toEqual({
    year: 2026,
    shipped: {production: 1, small: 1},
    active: {production: 0, small: 1},
    target: {production: 1, smallMin: 2, smallMax: 3},
  });
});
