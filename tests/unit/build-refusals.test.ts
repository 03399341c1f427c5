import {describe, expect, it} from 'vitest';
import {siteBuild} from '../../plugins/roadmap/build/siteBuild';
import {publishedFiles} from '../../plugins/roadmap/safeContent/activeStaticFiles';
import {isFileIn} from '../../plugins/roadmap/safeContent/linkedDocuments';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {loadDataFiles} from '../../plugins/roadmap/source/dataFiles';
import {parseSite, readSiteTexts, readTexts} from '../../plugins/roadmap/source/readSite';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {writeSite} from '../../scripts/corpus/exampleSite';

const TODAY = '2026-11-25';
const POST = 'blog/2025-10-01-hello.md';
const post = (frontMatter: string) =>
  `---\ntitle: Hello\nauthors: [author]\ntags: [roadmap]\nskills: [pytorch]\n${frontMatter}\n---\n\nFirst post.\n`;
const AUTHORS = 'author:\n  name: Ada\n  url: javascript:alert(1)\n  image_url: /img/ada.png\n';
const NOT_A_URL =
  'not an http(s) URL or a site path (expected a URL starting with https:// or http://, or a path on the site starting with /, got "javascript:alert(1)")';
const notAPath = (got: string) =>
  `not a path (expected a path on the site such as "/notes/attention" or "attention", without a scheme, "//", "\\", "?" or "#", got ${JSON.stringify(got)})`;

async function checked(site: string): Promise<string[]> {
  return (await checkSite(site, {today: TODAY})).problems.map(formatProblem);
}

describe('addresses in front matter and blog/authors.yml', () => {
  it('check refuses an author link that is not http(s) or a site path, inline and in authors.yml', async () => {
    const site = await writeSite({
      [POST]: post('author_url: javascript:alert(1)\nauthor_image_url: https://example.org/a.png'),
      'blog/authors.yml': AUTHORS,
    });
    expect(await checked(site)).toEqual([
      `blog/2025-10-01-hello.md:6 author_url: ${NOT_A_URL}`,
      // A good link is still an inline author, which the blog refuses (the next test).
      `blog/2025-10-01-hello.md:7 author_image_url: an inline author, which the blog refuses (expected the author under a key of blog/authors.yml, named in authors:, got author_image_url:)`,
      `blog/authors.yml:3 author.url: ${NOT_A_URL}`,
    ]);
  });

  it('check refuses an inline author however good its link, as the blog does (onInlineAuthors: throw)', async () => {
    const site = await writeSite({[POST]: post('author: Ada\nauthor_url: https://example.org/ada')});
    const inline = (key: string) =>
      `an inline author, which the blog refuses (expected the author under a key of blog/authors.yml, named in authors:, got ${key}:)`;
    expect(await checked(site)).toEqual([
      `blog/2025-10-01-hello.md:6 author: ${inline('author')}`,
      `blog/2025-10-01-hello.md:7 author_url: ${inline('author_url')}`,
    ]);
  });

  it.each([
    'javascript:alert()',
    'https://evil.example/x',
    '//evil.example',
    '/a\\b',
    '/a?x=1',
    ' /x',
    'java\tscript:x',
  ])('check refuses the slug %j', async (slug) => {
    const site = await writeSite({'docs/notes/math.md': `---\ntitle: Math\nslug: ${JSON.stringify(slug)}\n---\n`});
    expect(await checked(site)).toEqual([`docs/notes/math.md:3 slug: ${notAPath(slug)}`]);
  });

  it.each(['/notes/x', 'x', 'notes/x.y', '/'])('a slug %j is a path', async (slug) => {
    const site = await writeSite({'docs/notes/math.md': `---\ntitle: Math\nslug: ${JSON.stringify(slug)}\n---\n`});
    expect(await checked(site)).toEqual([]);
  });
});

describe("the build's refusals are check's lines", () => {
  it('for an author link and a published XML file', async () => {
    const files = {
      'docs/notes/math.md': '---\ntitle: Math\n---\n',
      'blog/authors.yml': AUTHORS,
      'static/x.xml': '<x/>\n',
    };
    const site = await writeSite(files);
    const fromCheck = await checked(site);
    // The build has the front matter Docusaurus loaded, and reads the files before its pure part.
    const loaded = parseSite(await readSiteTexts(site)).sources.files.map(({file, frontMatter}) => ({
      file,
      frontMatter,
    }));
    const built = siteBuild({
      content: {files: loaded, pages: new Map()},
      data: await loadDataFiles(site),
      texts: await readTexts(
        site,
        loaded.map((f) => f.file),
        ['blog/authors.yml'],
      ),
      published: await publishedFiles(site),
      isFile: isFileIn(site),
      options: {paperSearch: {kind: 'local'}, trustedContent: []},
      baseUrl: '/',
      today: TODAY,
    });
    const fromBuild = (built.problems ?? []).map(formatProblem);
    expect(fromBuild).toEqual([
      expect.stringMatching(/^blog\/authors\.yml:3 author\.url: /),
      expect.stringMatching(/^static\/x\.xml:1 file: an XML file is served as a document/),
    ]);
    expect(fromCheck).toEqual(expect.arrayContaining(fromBuild));
  });
});
