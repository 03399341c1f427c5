import {spawnSync} from 'node:child_process';
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';
import {anchorsIn, internalLink, linksIn} from '../../scripts/links/builtLinks';

const REPO = path.resolve(__dirname, '../..');

async function buildFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'links-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

function checkLinks(...args: string[]) {
  const result = spawnSync(
    path.join(REPO, 'node_modules/.bin/tsx'),
    [path.join(REPO, 'scripts/check-links.ts'), ...args],
    {encoding: 'utf8', env: {...process.env, BASE_URL: ''}},
  );
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

it('reads links and anchors from minified and quoted HTML', () => {
  const html = `<a href=/docs/x/#intro>x</a><img src="/img/a.png"><a href='rel.html'>r</a><h2 id=intro>I</h2><a name="top"></a><script>var s = '<a href="/not-a-link">'</script>`;
  expect(linksIn(html)).toEqual(['/docs/x/#intro', '/img/a.png', 'rel.html']);
  expect([...anchorsIn(html)]).toEqual(['intro', 'top']);
});

it('resolves a link against its page and the base URL; another host is not internal', () => {
  expect(internalLink('../b/#h', 'docs/a/index.html', '/repo/')).toEqual({
    sitePath: '/docs/b/',
    requested: '/repo/docs/b/',
    fragment: 'h',
  });
  expect(internalLink('/elsewhere/', 'index.html', '/repo/')).toMatchObject({sitePath: undefined});
  expect(internalLink('https://example.org/', 'index.html', '/')).toBeUndefined();
  expect(internalLink('mailto:me@example.org', 'index.html', '/')).toBeUndefined();
});

it('passes a site whose links all land', async () => {
  const dir = await buildFolder({
    'index.html':
      '<a href=/docs/>d</a><a href="/feed.xml">f</a><a href="#top">t</a><b id=top></b><a href=https://example.org/gone>x</a>',
    'docs/index.html': '<a href="../">home</a><a href="page#s">p</a>',
    'docs/page.html': '<h2 id="s">S</h2>',
    'feed.xml': '<rss/>',
  });
  const {code, stdout} = checkLinks(dir, '--base-url', '/');
  expect(code).toBe(0);
  expect(stdout).toBe('✔ links: 5 internal links in 3 pages all land\n');
});

it('reports each broken link with its page and why, then exits 1', async () => {
  const dir = await buildFolder({
    'index.html': '<a href="/repo/missing/">m</a><a href="/repo/docs/#nowhere">n</a><a href="/other/">o</a>',
    'docs/index.html': '<h1 id="here">Here</h1><img src="img/none.png">',
  });
  const {code, stderr} = checkLinks(dir, '--base-url', '/repo/');
  expect(code).toBe(1);
  expect(stderr).toBe(
    [
      'docs/index.html: img/none.png (no built file at /repo/docs/img/none.png)',
      'index.html: /repo/missing/ (no built file at /repo/missing/)',
      'index.html: /repo/docs/#nowhere (no element with id "nowhere" in docs/index.html)',
      'index.html: /other/ (outside the base URL /repo/)',
      '',
      '✖ links: 4 broken of 4 internal links in 2 pages',
      '',
    ].join('\n'),
  );
});

it('an empty folder is exit 2 with what was expected', async () => {
  const dir = await buildFolder({});
  const {code, stderr} = checkLinks(dir);
  expect(code).toBe(2);
  expect(stderr).toBe(`${dir} holds no HTML page (expected a built site: npm run build)\n`);
});
