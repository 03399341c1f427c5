import {expect, it} from 'vitest';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {jsonInScript} from '../../plugins/roadmap/safeContent/jsonInScript';
import {edit, writeSite} from '../../scripts/corpus/exampleSite';

const TITLE = 'P </script><script>alert(1)</script> & <!-- x \u2028';

it('JSON for a <script> holds no markup and reads back as the same value', () => {
  const json = jsonInScript({name: TITLE, list: ['>']});
  expect(json).not.toMatch(/[<>&\u2028]/);
  expect(json).toBe(
    '{"name":"P \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- x \\u2028","list":["\\u003e"]}',
  );
  expect(JSON.parse(json)).toEqual({name: TITLE, list: ['>']});
});

it('check takes </script and <!-- in front matter as text: every place that writes it escapes it', async () => {
  const site = await writeSite({
    ...edit('blog/2025-10-01-hello.md', 'title: Hello', `title: ${JSON.stringify(TITLE)}`),
    ...edit('docs/notes/math.md', 'title: Math notes', 'title: Math </script>'),
  });
  const {problems} = await checkSite(site, {today: '2026-11-25'});
  expect(problems.map(formatProblem)).toEqual([]);
});
