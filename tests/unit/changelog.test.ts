import {describe, expect, it} from 'vitest';
import {changelogByMonth, changelogEvents, type ChangelogEvent} from '../../plugins/roadmap/model/changelog';
import {edit} from '../../scripts/corpus/exampleSite';
import {exampleModel} from '../support/exampleModel';

async function modelOf(changes: Record<string, string> = {}) {
  return exampleModel(changes, {
    pageOf: (file) => ({
      permalink: `/${file.replace(/(\/index)?\.md$/, '')}`,
      title: file.split('/').at(-1)!.replace(/\.md$/, ''),
      ...(file.startsWith('blog/') ? {date: '2025-10-01'} : {}),
    }),
  });
}

describe('changelogEvents', () => {
  it('turns every date in the content into an event, newest first', async () => {
    const events = changelogEvents(
      await modelOf({
        ...edit(
          'docs/courses/ml-basics/index.md',
          '  - title: Regression\n    status: in-progress',
          '  - title: Regression\n    status: done\n    finished: 2025-10-20',
        ),
        ...edit('docs/projects/triage.md', 'status: active', 'status: shipped\nshipped: 2025-11-15'),
      }),
    );
    expect(events.map((e) => `${e.date} ${e.kind} ${e.text}`)).toEqual([
      '2025-11-20 talk Gave the talk meetup at Local meetup',
      '2025-11-15 project Shipped the project triage',
      '2025-11-02 benchmark titanic at Kaggle: rank 10 of 100',
      '2025-11-01 project Started the project triage',
      '2025-10-20 course Finished module “Regression” of index',
      '2025-10-12 paper Logged and reproduced the paper attention',
      '2025-10-01 roadmap Started',
      '2025-10-01 course Started the course index',
      '2025-10-01 post Published 2025-10-01-hello',
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.find((e) => e.kind === 'paper')?.id).toBe('paper-logged-attention');
    expect(events.find((e) => e.text.startsWith('Finished module'))?.id).toBe('module-done-ml-basics-regression');
  });

  it('gives two same-day changes with the same text distinct ids, whatever their script', async () => {
    const events = changelogEvents(
      await modelOf(
        edit(
          'data/roadmap.yml',
          '  - {date: 2025-10-01, text: Started}',
          '  - {date: 2025-10-01, text: Начало}\n  - {date: 2025-10-01, text: Начало}',
        ),
      ),
    );
    expect(events.filter((e) => e.kind === 'roadmap').map((e) => e.id)).toEqual([
      'change-2025-10-01-начало',
      'change-2025-10-01-начало-2',
    ]);
  });
});

describe('changelogByMonth', () => {
  const event = (date: string, id: string): ChangelogEvent => ({id, date, kind: 'roadmap', text: id});

  it('groups past events by month and keeps future ones apart, soonest first', () => {
    const {months, upcoming} = changelogByMonth(
      [
        event('2026-12-24', 'later'),
        event('2026-12-01', 'soon'),
        event('2025-11-03', 'b'),
        event('2025-11-01', 'a'),
        event('2024-12-31', 'c'),
      ],
      '2025-11-25',
    );
    expect(months.map((m) => `${m.label}: ${m.events.map((e) => e.id).join(',')}`)).toEqual([
      'November 2025: b,a',
      'December 2024: c',
    ]);
    expect(upcoming.map((e) => e.id)).toEqual(['soon', 'later']);
  });
});
