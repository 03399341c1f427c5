import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {expect, it} from 'vitest';
import {edit, writeSite} from '../../scripts/corpus/exampleSite';

const REPO = path.resolve(__dirname, '../..');

function check(...args: string[]) {
  const result = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/check.ts'), ...args], {
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

it('prints a one-line summary and exits 0 on valid content', async () => {
  const {code, stdout} = check('--site', await writeSite());
  expect(code).toBe(0);
  expect(stdout).toMatch(
    /^✔ check: content is valid: 1 course, 1 paper, 1 project, 1 benchmark, 1 talk, 1 post, 1 note \(\d+\.\d\d s\)\n$/,
  );
});

it('prints every problem, then exits 1', async () => {
  const site = await writeSite({
    ...edit('papers/attention.md', 'year: 2017', 'year: 1650'),
    ...edit('docs/talks/meetup.md', 'slides: https://example.org/slides.pdf', 'slides: javascript:alert(1)'),
  });
  const {code, stderr} = check('--site', site);
  expect(code).toBe(1);
  expect(stderr.split('\n').slice(0, 2)).toEqual([
    'docs/talks/meetup.md:5 slides: not an http(s) URL (expected a URL starting with https:// or http://, got "javascript:alert(1)")',
    'papers/attention.md:4 year: out of range (expected 1665 to ' + (new Date().getFullYear() + 1) + ', got 1650)',
  ]);
  expect(stderr).toMatch(/✖ check: 2 problems in 2 files/);
});

it('--json prints the problems for tools', async () => {
  const site = await writeSite(edit('docs/benchmarks/titanic.md', 'rank: 10', 'rank: 101'));
  const {code, stdout} = check('--json', '--site', site);
  expect(code).toBe(1);
  expect(JSON.parse(stdout)).toEqual({
    ok: false,
    counts: {course: 1, paper: 1, project: 1, benchmark: 1, talk: 1, post: 1, note: 1},
    problems: [
      {
        file: 'docs/benchmarks/titanic.md',
        line: 6,
        field: 'rank',
        message: 'above entrants (expected at most 100, got 101)',
      },
    ],
    warnings: [],
  });
});

it('--help says what it does', () => {
  const {code, stdout} = check('--help');
  expect(code).toBe(0);
  expect(stdout).toContain('Usage: npm run check -- [options]');
  expect(stdout).toContain('--json');
});

it('an unknown option is an error that names it', () => {
  const {code, stderr} = check('--jsn');
  expect(code).toBe(2);
  expect(stderr).toContain("Unknown option '--jsn'");
});
