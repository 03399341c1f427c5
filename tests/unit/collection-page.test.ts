import {expect, it} from 'vitest';
import {collectionPage} from '../../plugins/roadmap/model/collectionPage';
import type {RoadmapModel} from '../../plugins/roadmap/model/roadmapModel';
import type {AnyCollection} from '../../plugins/roadmap/schema/collection';
import {talk} from '../../plugins/roadmap/schema/collections/talk';

const talks = [
  {slug: 'b', title: 'B', permalink: '/b', event: 'Meetup', date: '2026-03-01', video: 'https://v.example/b'},
  {slug: 'a', title: 'A', permalink: '/a', event: 'Conference', date: '2026-02-01'},
  {slug: 'c', title: 'C', permalink: '/c', event: 'Meetup', date: '2026-01-01', slides: 'https://s.example/c'},
];
const model = {talks} as unknown as RoadmapModel;
const TODAY = '2026-06-10';

it('groups the generic list by a field, groups in order of first appearance, entries in list order', () => {
  const grouped = {...talk, listPage: {...talk.listPage, groupBy: 'event'}} as unknown as AnyCollection;
  expect(
    collectionPage(model, grouped, TODAY).groups.map((g) => `${g.title}: ${g.view.rows.map((r) => r.key).join(' ')}`),
  ).toEqual(['Meetup: /b /c', 'Conference: /a']);
});

it("shows each entry as its definition's view says: the columns it names, a link only where there is one", () => {
  const page = collectionPage(model, talk as unknown as AnyCollection, TODAY);
  expect(page.groups).toHaveLength(1);
  expect(page.groups[0]!.title).toBeUndefined();
  const {view} = page.groups[0]!;
  expect([view.as, view.caption, view.columns.map((c) => c.label)]).toEqual([
    'table',
    '3 talks',
    ['Date', 'Title', 'Event', 'Slides', 'Video'],
  ]);
  expect(view.rows[2]).toEqual({
    key: '/c',
    cells: [
      {kind: 'date', date: '2026-01-01'},
      {kind: 'link', href: '/c', text: 'C'},
      {kind: 'text', text: 'Meetup'},
      {kind: 'link', href: 'https://s.example/c', text: 'Slides'},
      {kind: 'missing'},
    ],
  });
});

it("refuses a view the definition gets wrong, in the words a note's view would get", () => {
  const typo = {...talk, listPage: {...talk.listPage, view: {show: ['titel']}}} as unknown as AnyCollection;
  expect(() => collectionPage(model, typo, TODAY)).toThrow(
    /the talk collection's list view: show\.0: unknown field of talks \(expected one of .*\) — did you mean "title"\?/,
  );
});
