import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, it} from 'vitest';
import {fieldReference} from '../../plugins/roadmap/emit/fieldReference';
import {sectionBetweenMarkers} from '../../scripts/markedSection';

it('CONTRIBUTING.md lists the fields the schemas enforce (run `npm run docs:fields` after a schema change)', () => {
  const contributing = readFileSync(path.resolve(__dirname, '../../CONTRIBUTING.md'), 'utf8');
  expect(sectionBetweenMarkers(contributing, 'fields')).toBe(fieldReference());
});

it('the reference marks required fields and lists enum values', () => {
  const reference = fieldReference();
  expect(reference).toContain(
    '| `status` | yes | One of `planned`, `in-progress`, `done`, `dropped`. Where you are with it. |',
  );
  expect(reference).toContain('| `instructor` |  | Who teaches it. |');
  expect(reference).toContain('### `data/skills.yml`');
});
