import {expect, it} from 'vitest';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {jsonInScript} from '../../plugins/roadmap/safeContent/jsonInScript';
import {scriptBreakingFrontMatter} from '../../plugins/roadmap/safeContent/scriptBreakingText';
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

it('check refuses </script and <!-- in any front-matter string, with the field named', async () => {
  expect(
    scriptBreakingFrontMatter(
      'papers/a.md',
      {title: 'ok', authors: ['A </SCRIPT>'], results: [{note: '<!--'}]},
      (path) => path.length + 1,
    ).map(formatProblem),
  ).toEqual([
    'papers/a.md:3 authors[0]: </SCRIPT can end a <script> block and run the rest as code (expected no "</script" or "<!--" in front matter, got "A </SCRIPT>")',
    'papers/a.md:4 results[0].note: <!-- can end a <script> block and run the rest as code (expected no "</script" or "<!--" in front matter, got "<!--")',
  ]);
  const site = await writeSite({
    ...edit('blog/2025-10-01-hello.md', 'title: Hello', `title: ${JSON.stringify(TITLE)}`),
    ...edit('docs/notes/math.md', 'title: Math notes', 'title: Math </script>'),
  });
  const {problems} = await checkSite(site, {today: '2026-11-25'});
  expect(problems.map(formatProblem)).toEqual([
    'blog/2025-10-01-hello.md:2 title: </script can end a <script> block and run the rest as code (expected no "</script" or "<!--" in front matter, got "P </script><script>alert(1)</script> & <!-- x \u2028")',
    'docs/notes/math.md:2 title: </script can end a <script> block and run the rest as code (expected no "</script" or "<!--" in front matter, got "Math </script>")',
  ]);
});
