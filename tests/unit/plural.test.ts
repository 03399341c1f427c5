import {expect, it} from 'vitest';
import {plural} from '../../plugins/roadmap/site/plural';

it('writes a count with its noun, one or many, in English digits', () => {
  expect([plural(1, 'module'), plural(0, 'week'), plural(3, 'paper'), plural(1000, 'entrant')]).toEqual([
    '1 module',
    '0 weeks',
    '3 papers',
    '1,000 entrants',
  ]);
  expect(plural(2, 'entry', 'entries')).toBe('2 entries');
});
