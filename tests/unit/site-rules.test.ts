import {afterEach, describe, expect, it, vi} from 'vitest';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {SITE_RULES} from '../../plugins/roadmap/validate/rules';
import {MOMENTS, rulesAt, type Phase, type SiteRule} from '../../plugins/roadmap/validate/rules/siteRule';
import {EXAMPLE_SITE, writeSite} from '../../scripts/corpus/exampleSite';
import {buildFolder} from '../support/siteBuildInput';

/**
 * The one list of site-level rules (validate/rules/index.ts): check and the
 * build both iterate it, each running the rules marked for it. Each rule has
 * one row here: an input it refuses (or warns about), and what it says; the
 * row is run through check and through the build's pure function
 * (build/siteBuild.ts), which must say the same where the rule runs in both,
 * and nothing where it runs in check only.
 */
const TODAY = '2026-11-25';
const XHTML = '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>\n';
const note = (frontMatter: string, body = 'Text.\n') => `---\ntitle: A note\n${frontMatter}\n---\n\n${body}`;
const notebook = (source: string[]) =>
  JSON.stringify({
    cells: [
      {cell_type: 'raw', metadata: {}, source: ['---\n', 'title: N\n', '---']},
      {cell_type: 'markdown', metadata: {}, source},
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  });
const svgOutput = JSON.stringify({
  cells: [
    {cell_type: 'raw', metadata: {}, source: ['---\n', 'title: N\n', '---']},
    {
      cell_type: 'code',
      metadata: {},
      execution_count: 1,
      source: ['plot()'],
      outputs: [
        {
          output_type: 'display_data',
          metadata: {},
          data: {'image/svg+xml': ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>']},
        },
      ],
    },
  ],
  metadata: {},
  nbformat: 4,
  nbformat_minor: 5,
});

interface Row {
  files: Record<string, string>;
  /** The start of the line check prints (and the build too, where the rule runs there). */
  says: string | RegExp;
  /** A warning: check shows it, it fails nothing, and the build shows no warnings. */
  warning?: true;
}

const ROWS: Record<string, Row> = {
  'unique-slugs': {
    files: {'docs/projects/triage/index.md': EXAMPLE_SITE['docs/projects/triage.md']!},
    says: 'docs/projects/triage/index.md:2 front matter: duplicate project "triage"',
  },
  placeholders: {
    files: {'docs/notes/todo.md': note('description: TODO write it')},
    says: 'docs/notes/todo.md:3 description: placeholder left in',
  },
  'post-file-date': {
    files: {'blog/2025-10-05-late.md': '---\ntitle: Late\ndate: 2025-10-06\nauthors: [author]\n---\n\nText.\n'},
    says: 'blog/2025-10-05-late.md:3 date: not the date of the file name',
  },
  'page-addresses': {
    files: {'docs/notes/a.md': note('slug: /same'), 'docs/notes/b.md': note('slug: /same')},
    says: 'docs/notes/b.md:3 slug: ',
  },
  'citekey-clashes': {
    files: {'papers/again.md': EXAMPLE_SITE['papers/attention.md']!.replace('arxiv: 1706.03762\n', '')},
    says: 'papers/attention.md:2 citekey: duplicate citation key',
  },
  'paper-id-clashes': {
    files: {
      'papers/again.md': '---\ntitle: Again\nauthors: [A B]\nyear: 2016\narxiv: "1706.03762v2"\nstatus: queued\n---\n',
    },
    says: 'papers/attention.md:6 arxiv: paper logged twice',
  },
  'roadmap-file': {
    files: {'data/roadmap.yml': EXAMPLE_SITE['data/roadmap.yml']!.replace('focus: ml-basics', 'focus: ml-basic')},
    says: 'data/roadmap.yml:11 now.focus: unknown course',
  },
  'skills-file': {
    files: {'data/skills.yml': EXAMPLE_SITE['data/skills.yml']!.replace('id: pytorch', 'id: linear-models')},
    says: /^data\/skills\.yml:\d+ categories\[0\]\.skills\[1\]\.id: duplicate skill id/,
  },
  'cut-by-comment': {
    files: {'docs/notes/cut.md': note('description: Part one #2')},
    says: 'docs/notes/cut.md:3 description: cut short by a comment?',
    warning: true,
  },
  'heading-title': {
    files: {'docs/notes/heading.md': note('', '# Another title\n')},
    says: "docs/notes/heading.md:6 title: replaced by the body's heading",
  },
  'unresolved-links': {
    files: {'docs/notes/typo.md': note('', 'See [[no-such-page]].\n')},
    says: 'docs/notes/typo.md:6 [[no-such-page]]: ',
  },
  'blog-author-links': {
    files: {'blog/authors.yml': 'author:\n  name: Ada\n  url: javascript:alert(1)\n'},
    says: 'blog/authors.yml:3 author.url: not an http(s) URL or a site path',
  },
  'owner-name': {
    files: {'blog/authors.yml': 'author:\n  name: Your Name\n'},
    says: 'blog/authors.yml:2 author.name: still the placeholder',
    warning: true,
  },
  views: {
    files: {'docs/notes/view.md': note('', '```view\nfrom: papers\nwhere: {status: reproducd}\n```\n')},
    says: 'docs/notes/view.md:8 view.where.status: unknown value (expected one of queued | read | reproduced, got "reproducd") — did you mean "reproduced"?',
  },
  cards: {
    files: {'docs/notes/cards.md': note('', '```cards\n- q: What is a residual?\n  a: ""\n```\n')},
    says: 'docs/notes/cards.md:8 cards[0].a: is empty (expected the answer, as Markdown)',
  },
  'trusted-list': {
    files: {'trustedContent.ts': "export const trustedContent = ['docs/gone.mdx'];\n"},
    says: 'trustedContent.ts:1 trustedContent[0]: no such content file or folder',
  },
  'published-documents': {
    files: {'static/x.xml': XHTML},
    says: 'static/x.xml:1 file: an XML file is served as a document',
  },
  'mdx-files': {
    files: {'docs/notes/chart.mdx': note('')},
    says: 'docs/notes/chart.mdx:1 file: MDX can run code',
  },
  'mdx-statements': {
    files: {'docs/notes/chart.mdx': note('', "import X from 'y';\n")},
    says: 'docs/notes/chart.mdx:6 import: an MDX import statement runs code',
  },
  'sanitizer-removals': {
    files: {'docs/notes/click.md': note('', '<p onclick="alert(1)">x</p>\n')},
    says: 'docs/notes/click.md:6 <p onclick>: removed',
  },
  'svg-outputs': {
    files: {'docs/notes/plot.ipynb': svgOutput},
    says: /^docs\/notes\/plot\.ipynb:\d+ <svg onload>: removed from an SVG image/,
  },
  'linked-documents': {
    files: {'data/evil.xml': XHTML, 'docs/notes/linker.md': note('', 'See [the data](../../data/evil.xml).\n')},
    says: 'docs/notes/linker.md:6 link: an XML file, which the build publishes as a document',
  },
};

describe('the list of site rules', () => {
  it('names each rule once, says what it reads, and says why one runs in a single phase', () => {
    const names = SITE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of SITE_RULES) {
      expect(rule.name, rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length, rule.name).toBeGreaterThan(20);
      expect(rule.reads.length, rule.name).toBeGreaterThan(0);
      // A rule in one phase only is documented as such; one in both has nothing to explain.
      if (rule.runsIn === 'both') expect(rule.why, rule.name).toBeUndefined();
      else expect(rule.why?.length ?? 0, rule.name).toBeGreaterThan(20);
    }
  });

  it('has one row here for every rule, and none for a rule that is gone', () => {
    expect(Object.keys(ROWS).sort()).toEqual(SITE_RULES.map((r) => r.name).sort());
  });

  it.each(['check', 'build'] as Phase[])('runs each rule of %s at one moment of it, and no other rule', (phase) => {
    const moments = MOMENTS[phase].map((_, i) => rulesAt(SITE_RULES, phase, i).map((r) => r.name));
    const ran = moments.flat();
    const marked = SITE_RULES.filter((r) => r.runsIn === 'both' || r.runsIn === phase).map((r) => r.name);
    expect([...ran].sort()).toEqual([...marked].sort());
    expect(new Set(ran).size).toBe(ran.length);
  });
});

describe('check and the build iterate that list', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('each phase calls every rule marked for it, once, and no other', async () => {
    const spies = SITE_RULES.map((rule) => [rule, vi.spyOn(rule as SiteRule, 'run')] as const);
    const called = () => spies.filter(([, spy]) => spy.mock.calls.length > 0).map(([rule]) => rule.name);
    const marked = (phase: Phase) =>
      SITE_RULES.filter((r) => r.runsIn === 'both' || r.runsIn === phase).map((r) => r.name);
    const site = await writeSite();
    await checkSite(site, {today: TODAY});
    expect(called()).toEqual(marked('check'));
    for (const [, spy] of spies) expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    for (const [, spy] of spies) spy.mockClear();
    const built = await buildFolder(site, {today: TODAY});
    expect(built.problems).toBeUndefined();
    expect(called()).toEqual(marked('build'));
    for (const [, spy] of spies) expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it.each(SITE_RULES.map((rule) => [rule.name, rule.runsIn] as const))(
    '%s (runs in %s): one bad input',
    async (name, runsIn) => {
      const {files, says, warning} = ROWS[name]!;
      const site = await writeSite(files);
      const checked = await checkSite(site, {today: TODAY});
      const fromCheck = (warning ? checked.warnings : checked.problems).map(formatProblem);
      const line = fromCheck.find((l) => (typeof says === 'string' ? l.startsWith(says) : says.test(l)));
      expect(line, fromCheck.join('\n')).toBeDefined();
      const built = await buildFolder(site, {today: TODAY});
      const fromBuild = (built.problems ?? []).map(formatProblem);
      if (runsIn === 'both' && !warning) expect(fromBuild, fromBuild.join('\n')).toContain(line);
      else expect(fromBuild).not.toContain(line);
    },
  );
});
