import {expect, it} from 'vitest';
import {keyedDiff} from '../../plugins/roadmap/changes/keyedDiff';

it('matches two lists by key: added, removed, kept, and every entry after in order', () => {
  const before = [
    {id: 'a', n: 1},
    {id: 'b', n: 2},
    {id: 'old-c', n: 3},
  ];
  const after = [
    {id: 'd', n: 4},
    {id: 'a', n: 5},
    {id: 'c', n: 3},
  ];
  const renamed = (entry: {id: string}) => (entry.id === 'old-c' ? 'c' : entry.id);
  const diff = keyedDiff(before, after, (e) => e.id, renamed);
  expect(diff.added).toEqual([{id: 'd', n: 4}]);
  expect(diff.removed).toEqual([{id: 'b', n: 2}]);
  expect(diff.kept).toEqual([
    [
      {id: 'a', n: 1},
      {id: 'a', n: 5},
    ],
    [
      {id: 'old-c', n: 3},
      {id: 'c', n: 3},
    ],
  ]);
  expect(diff.matched.map(({is, was}) => `${is.id}<-${was?.id ?? 'none'}`)).toEqual(['d<-none', 'a<-a', 'c<-old-c']);
});
