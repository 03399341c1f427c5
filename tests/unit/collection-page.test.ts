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

it('groups the generic list by a field, groups in order of first appearance, entries in list order', () => {
  const grouped = {...talk, listPage: {...talk.listPage, groupBy: 'event'}} as unknown as AnyCollection;
  expect(
    collectionPage(model, grouped).groups.map((g) => `${g.title}: ${g.entries.map((e) => e.slug).join(' ')}`),
  ).toEqual(['Meetup: b c', 'Conference: a']);
});

it('shows each entry as its definition says: date, byline, and only the links it has', () => {
  const page = collectionPage(model, talk as unknown as AnyCollection);
  expect(page.groups).toHaveLength(1);
  expect(page.groups[0]!.title).toBeUndefined();
  expect(page.groups[0]!.entries[2]).toEqual({
    slug: 'c',
    title: 'C',
    permalink: '/c',
    date: '2026-01-01',
    byline: ['Meetup'],
    links: [{label: 'Slides', href: 'https://s.example/c'}],
  });
});
