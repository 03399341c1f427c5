import {describe, expect, it} from 'vitest';
import {closest} from '../../plugins/roadmap/schema/closest';
import {placementOf} from '../../plugins/roadmap/schema/collectionOf';
import {arxivIdFromNumber} from '../../plugins/roadmap/citation/arxivId';
import {isCalendarDate} from '../../plugins/roadmap/schema/fields';

describe('arxivIdFromNumber (YAML reads an unquoted arXiv id as a number)', () => {
  it('restores an id whose number shows every digit', () => {
    expect(arxivIdFromNumber(1706.03762)).toBe('1706.03762');
    expect(arxivIdFromNumber(704.0001)).toBe('0704.0001');
    expect(arxivIdFromNumber(1412.6981)).toBe('1412.6981');
  });

  it('refuses to guess when a digit may be lost or the id cannot be one', () => {
    expect(arxivIdFromNumber(1706.0376)).toBeUndefined(); // 1706.03760 or a typo?
    expect(arxivIdFromNumber(1412.698)).toBeUndefined();
    expect(arxivIdFromNumber(1706.037621)).toBeUndefined();
    expect(arxivIdFromNumber(12.5)).toBeUndefined();
    expect(arxivIdFromNumber(1713.01234)).toBeUndefined(); // month 13
  });
});

it('isCalendarDate refuses what js-yaml would roll over', () => {
  expect(isCalendarDate('2024-02-29')).toBe(true);
  expect(isCalendarDate('2025-02-29')).toBe(false);
  expect(isCalendarDate('2025-13-45')).toBe(false);
  expect(isCalendarDate('2025-1-5')).toBe(false);
});

it('closest suggests near misses only', () => {
  expect(closest('in progres', ['planned', 'in-progress', 'done'])).toBe('in-progress');
  expect(closest('Foundation', ['foundations', 'mlops'])).toBe('foundations');
  expect(closest('zebra', ['planned', 'done'])).toBeUndefined();
});

describe('placementOf: the folder decides the collection', () => {
  it.each([
    ['docs/courses/ng-ml-spec/index.md', {collection: 'course', slug: 'ng-ml-spec'}],
    ['docs/courses/ng-ml-spec/regression.md', {collection: 'note', slug: 'courses/ng-ml-spec/regression'}],
    ['docs/courses/index.md', {collection: 'note', slug: 'courses/index'}],
    ['docs/projects/triage.md', {collection: 'project', slug: 'triage'}],
    ['docs/projects/triage/index.mdx', {collection: 'project', slug: 'triage'}],
    ['docs/projects/triage/data.md', {collection: 'note', slug: 'projects/triage/data'}],
    ['docs/projects/index.md', {collection: 'note', slug: 'projects/index'}],
    ['docs/benchmarks/titanic.md', {collection: 'benchmark', slug: 'titanic'}],
    ['docs/talks/index.md', {collection: 'note', slug: 'talks/index'}],
    ['papers/nlp/bert.md', {collection: 'paper', slug: 'bert'}],
    ['blog/2025-10-01-hello.md', {collection: 'post', slug: 'hello'}],
    ['blog/2025-10-01-hello/index.md', {collection: 'post', slug: 'hello'}],
  ])('%s', (file, placement) => {
    expect(placementOf(file)).toEqual(placement);
  });

  it('ignores partials and non-Markdown files', () => {
    expect(placementOf('docs/_shared/snippet.md')).toBeUndefined();
    expect(placementOf('blog/authors.yml')).toBeUndefined();
  });
});
