import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {expect, it} from 'vitest';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {activeSvgProblems} from '../../plugins/roadmap/safeContent/activeStaticFiles';
import {writeSite} from '../../scripts/corpus/exampleSite';

const EXPECTED = 'expected a picture without scripts, handlers, foreignObject or references to other hosts';

it('check refuses active SVG and HTML files in static/ and beside the notes, with their line', async () => {
  const site = await writeSite({
    'static/evil.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>\n',
    'static/img/page.html': '<p>hi</p>\n',
    'docs/notes/chart.svg':
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n<rect onclick="x()"/>\n<image xlink:href="https://evil.example/p.png"/>\n</svg>\n',
  });
  const {problems} = await checkSite(site, {today: '2026-11-25'});
  expect(problems.map(formatProblem)).toEqual([
    `docs/notes/chart.svg:2 on…: an event handler runs code (${EXPECTED}, got "onclick=\\"x()\\"")`,
    `docs/notes/chart.svg:3 href: it loads or links to another host (${EXPECTED}, got "xlink:href=\\"https://evil.example/p.png")`,
    `static/evil.svg:2 <script>: a script runs on the site when the file is opened (${EXPECTED}, got "<script>")`,
    `static/img/page.html:1 file: an HTML file published as is runs its scripts on the site's origin (expected no HTML file in static/: write a Markdown page, got page.html)`,
  ]);
});

it.each([
  ['a namespaced script', '<svg>\n<h:script xmlns:h="http://www.w3.org/1999/xhtml">x</h:script></svg>', '<script>'],
  ['foreignObject', '<svg><foreignObject><iframe/></foreignObject></svg>', '<foreignObject>'],
  ['an encoded javascript: link', '<svg><a href="&#106;avascript:alert(1)">x</a></svg>', 'link'],
  ['an animation setting a link', '<svg><a><set attributeName="href" to="javascript:alert(1)"/>x</a></svg>', 'link'],
  ['a style loading from another host', '<svg><style>rect{fill:url(https://evil.example/x)}</style></svg>', 'url()'],
  ['an entity', '<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;">]><svg>&x;</svg>', '<!ENTITY>'],
])('an SVG with %s is reported', (_, svg, field) => {
  expect(activeSvgProblems('static/x.svg', svg).map((p) => p.field)).toContain(field);
});

it("the site's own pictures pass", async () => {
  for (const file of ['static/img/logo.svg', 'static/img/favicon.svg']) {
    const text = await readFile(path.resolve(__dirname, '../..', file), 'utf8');
    expect(activeSvgProblems(file, text)).toEqual([]);
  }
});
