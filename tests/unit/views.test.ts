import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyViews} from '../../plugins/roadmap/build/pageViews';
import {withoutPageOnlyParts} from '../../plugins/roadmap/emit/feedItemContent';
import {modelList} from '../../plugins/roadmap/model/roadmapModel';
import {viewData} from '../../plugins/roadmap/model/viewData';
import {viewRows, type ViewEntry} from '../../plugins/roadmap/model/viewRows';
import {viewPaperSearch} from '../../plugins/roadmap/paperSearch/viewPaperLink';
import {allCollections} from '../../plugins/roadmap/schema/collections';
import {relativeSpan} from '../../plugins/roadmap/schema/relativeDate';
import {viewFieldsOf} from '../../plugins/roadmap/schema/viewFields';
import {checkView, type ViewQuery} from '../../plugins/roadmap/schema/viewQuery';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {parseYaml} from '../../plugins/roadmap/source/yaml';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {writeSite} from '../../scripts/corpus/exampleSite';
import {exampleModel} from '../support/exampleModel';

const TODAY = '2026-06-10';

/** A view as an author writes it, checked: its query, or a failure naming its problems. */
function query(yaml: string, today = TODAY): ViewQuery {
  const {view, problems} = checkView(parseYaml(yaml).data, today);
  if (!view)
    throw new Error(`the view should be valid: ${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`);
  return view;
}

/** The problems of a view, as `path: message`. */
function problemsOf(yaml: string): string[] {
  return checkView(parseYaml(yaml).data, TODAY).problems.map((p) => `${p.path.join('.')}: ${p.message}`);
}

const PAPERS: ViewEntry[] = [
  {
    slug: 'resnet',
    title: 'ResNet',
    permalink: '/papers/resnet',
    status: 'reproduced',
    read: '2026-05-03',
    year: 2016,
    venue: 'CVPR',
    tags: ['vision', 'architecture'],
    takeaway: 'Shortcuts',
  },
  {
    slug: 'attention',
    title: 'Attention',
    permalink: '/papers/attention',
    status: 'reproduced',
    read: '2025-10-06',
    year: 2017,
    venue: 'NeurIPS',
    tags: ['nlp', 'architecture'],
  },
  {
    slug: 'bert',
    title: 'BERT',
    permalink: '/papers/bert',
    status: 'read',
    read: '2026-03-20',
    year: 2019,
    venue: 'NAACL',
    tags: ['nlp'],
  },
  {
    slug: 'vit',
    title: 'ViT',
    permalink: '/papers/vit',
    status: 'read',
    read: '2026-06-01',
    year: 2021,
    venue: 'ICLR',
    tags: ['vision'],
  },
  {slug: 'lora', title: 'LoRA', permalink: '/papers/lora', status: 'queued', year: 2021, venue: 'ICLR', tags: []},
];

const titles = (yaml: string, entries = PAPERS) => viewRows(query(yaml), entries).rows.map((row) => row.title);

describe('a view checked like front matter', () => {
  it.each([
    [
      'from: paper',
      'from: unknown collection (expected one of courses, papers, projects, benchmarks, talks, posts, notes, got "paper") — did you mean "papers"?',
    ],
    [
      'where: {status: read}',
      'from: required key is missing (expected the collection to list: one of courses, papers, projects, benchmarks, talks, posts, notes)',
    ],
    [
      'from: papers\nfilter: {status: read}',
      'filter: unknown key in a view (expected from, where, sort, limit, show, as)',
    ],
    [
      'from: papers\nwhere: {staus: read}',
      'where.staus: unknown field of papers (expected one of title, slug, permalink, authors, year, venue, arxiv, doi, url, status, read, reproduced, takeaway, next, citekey, tags, skills, aliases, related, got "staus") — did you mean "status"?',
    ],
    [
      'from: papers\nwhere: {status: reproducd}',
      'where.status: unknown value (expected one of queued | read | reproduced, got "reproducd") — did you mean "reproduced"?',
    ],
    [
      'from: papers\nwhere: {status: [read, reproducd]}',
      'where.status.1: unknown value (expected one of queued | read | reproduced, got "reproducd") — did you mean "reproduced"?',
    ],
    [
      'from: papers\nwhere: {year: {gt: 2020}}',
      'where.year.gt: unknown operator (expected one of not, in, contains, min, max, after, before, exists, got "gt") — did you mean "min"?',
    ],
    [
      'from: papers\nwhere: {title: {min: 3}}',
      'where.title.min: min does not fit title, a text (expected one of not, in, contains, exists)',
    ],
    [
      'from: papers\nwhere: {read: {contains: "2025"}}',
      'where.read.contains: contains does not fit read, a date (expected one of not, in, min, max, after, before, exists)',
    ],
    [
      'from: papers\nwhere: {tags: {after: 2025-01-01}}',
      'where.tags.after: after does not fit tags, a list of texts (expected one of not, in, contains, exists)',
    ],
    [
      'from: papers\nwhere: {read: {after: 2025-13-01}}',
      'where.read.after: malformed date (expected YYYY-MM-DD or this year, this month, last N days, last N weeks, last N months, got "2025-13-01")',
    ],
    [
      'from: papers\nwhere: {read: last fortnight}',
      'where.read: malformed date (expected YYYY-MM-DD or this year, this month, last N days, last N weeks, last N months, got "last fortnight")',
    ],
    ['from: papers\nwhere: {year: {min: "2020"}}', 'where.year.min: wrong type (expected a number, got "2020")'],
    ['from: papers\nwhere: {year: twenty}', 'where.year: wrong type (expected a number, got "twenty")'],
    [
      'from: papers\nwhere: {takeaway: {exists: yes}}',
      'where.takeaway.exists: wrong type (expected true or false, got "yes")',
    ],
    [
      'from: papers\nsort: read downwards',
      'sort: malformed sort (expected a field, optionally followed by asc or desc, like "read desc", got "read downwards")',
    ],
    ['from: papers\nsort: [year, tags desc]', 'sort.1: cannot sort by tags, a list (expected a field of one value)'],
    [
      'from: papers\nlimit: 501',
      'limit: too many rows (expected at most 500, got 501; link to the whole list at /papers instead)',
    ],
    ['from: papers\nlimit: 0', 'limit: not a positive whole number (expected how many rows to show at most, got 0)'],
    [
      'from: papers\nshow: [title, tagz]',
      'show.1: unknown field of papers (expected one of title, slug, permalink, authors, year, venue, arxiv, doi, url, status, read, reproduced, takeaway, next, citekey, tags, skills, aliases, related, got "tagz") — did you mean "tags"?',
    ],
    ['from: papers\nas: grid', 'as: unknown layout (expected one of table | list | cards, got "grid")'],
    [
      '- from: papers',
      ': not a view (expected a mapping with from:, and optionally where, sort, limit, show, as, got a list)',
    ],
  ])('%j is refused: %s', (yaml, expected) => {
    expect(problemsOf(yaml)).toEqual([expected]);
  });

  it('reports every problem of a view at once', () => {
    expect(problemsOf('from: papers\nwhere: {status: reproducd, year: {gt: 1}}\nas: grid')).toHaveLength(3);
  });

  it("takes a course's derived values by their dotted path, and refuses a path that is not one", () => {
    expect(query('from: courses\nwhere: {progress.percent: {min: 50}}').where[0]!.field).toMatchObject({
      path: 'progress.percent',
      type: 'number',
    });
    expect(problemsOf('from: courses\nwhere: {progress.pct: {min: 50}}')[0]).toContain(
      'did you mean "progress.percent"?',
    );
  });

  it("shows the collection's default columns, the title always first, as a table", () => {
    const view = query('from: papers');
    expect(view.show.map((f) => f.path)).toEqual(['title', 'status', 'read', 'takeaway']);
    expect(view.as).toBe('table');
    expect(query('from: benchmarks\nshow: [date, score]').show.map((f) => f.path)).toEqual(['title', 'date', 'score']);
    expect(query('from: papers\nshow: [year, title]').show.map((f) => f.path)).toEqual(['year', 'title']);
  });
});

describe("the problems of a file's views, at their lines in the file", () => {
  it('names the file, the line and the field of each problem in every view of a note', async () => {
    const site = await writeSite({
      'docs/notes/reading.md': [
        '---',
        'title: Reading',
        '---',
        '',
        'Text.',
        '',
        '```view',
        'from: papers',
        'where:',
        '  status: reproducd',
        '```',
        '',
        '```view',
        'from: papers',
        'where: [',
        '```',
        '',
        '```js',
        'from: nothing',
        '```',
        '',
      ].join('\n'),
    });
    const {problems} = await checkSite(site, {today: TODAY});
    expect(problems.map(formatProblem)).toEqual([
      'docs/notes/reading.md:10 view.where.status: unknown value (expected one of queued | read | reproduced, got "reproducd") — did you mean "reproduced"?',
      expect.stringMatching(/^docs\/notes\/reading\.md:15 view: YAML does not parse \(/),
    ]);
  });
});

describe("check's warning of a view that matches nothing", () => {
  it('names the view that matches nothing at its line, and not one that matches', async () => {
    const site = await writeSite({
      'docs/notes/reading.md': [
        '---',
        'title: Reading',
        '---',
        '',
        '```view',
        'from: papers',
        'where: {status: reproduced}',
        '```',
        '',
        '```view',
        'from: papers',
        'where: {year: 1990}',
        '```',
        '',
      ].join('\n'),
    });
    const checked = await checkSite(site, {today: TODAY});
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(emptyViews(checked, TODAY).map(formatProblem)).toEqual([
      'docs/notes/reading.md:11 view: matches nothing (expected at least one row; none of the 1 paper passes its where:)',
    ]);
  });
});

describe('which entries a view shows', () => {
  it('a value equals, and a list field contains it', () => {
    expect(titles('from: papers\nwhere: {status: read}')).toEqual(['BERT', 'ViT']);
    expect(titles('from: papers\nwhere: {tags: nlp}')).toEqual(['Attention', 'BERT']);
  });

  it('a list of values is any of them; in is the same', () => {
    expect(titles('from: papers\nwhere: {venue: [CVPR, ICLR]}')).toEqual(['ResNet', 'ViT', 'LoRA']);
    expect(titles('from: papers\nwhere: {venue: {in: [CVPR, ICLR]}}')).toEqual(['ResNet', 'ViT', 'LoRA']);
    expect(titles('from: papers\nwhere: {tags: [nlp, vision]}')).toEqual(['ResNet', 'Attention', 'BERT', 'ViT']);
  });

  it('not leaves out a value, or any of a list', () => {
    expect(titles('from: papers\nwhere: {status: {not: queued}}')).toEqual(['ResNet', 'Attention', 'BERT', 'ViT']);
    expect(titles('from: papers\nwhere: {tags: {not: [nlp, vision]}}')).toEqual(['LoRA']);
  });

  it('contains: every value of a list field, or text within text (any case)', () => {
    expect(titles('from: papers\nwhere: {tags: {contains: [nlp, architecture]}}')).toEqual(['Attention']);
    expect(titles('from: papers\nwhere: {title: {contains: "vi"}}')).toEqual(['ViT']);
  });

  it('min and max include their bound, for numbers and dates', () => {
    expect(titles('from: papers\nwhere: {year: {min: 2017, max: 2019}}')).toEqual(['Attention', 'BERT']);
    expect(titles('from: papers\nwhere: {read: {min: 2026-03-20, max: 2026-05-03}}')).toEqual(['ResNet', 'BERT']);
  });

  it('after is on or after a day, before is strictly before it; an entry without the date passes neither', () => {
    expect(titles('from: papers\nwhere: {read: {after: 2026-03-20}}')).toEqual(['ResNet', 'BERT', 'ViT']);
    expect(titles('from: papers\nwhere: {read: {before: 2026-03-20}}')).toEqual(['Attention']);
  });

  it('exists: whether a field has a value (an empty list has none)', () => {
    expect(titles('from: papers\nwhere: {takeaway: {exists: true}}')).toEqual(['ResNet']);
    expect(titles('from: papers\nwhere: {tags: {exists: false}}')).toEqual(['LoRA']);
  });

  it("relative dates count back from the build's day", () => {
    expect(relativeSpan('this year', TODAY)).toEqual({from: '2026-01-01', to: TODAY});
    expect(relativeSpan('this month', TODAY)).toEqual({from: '2026-06-01', to: TODAY});
    expect(relativeSpan('last 12 weeks', TODAY)).toEqual({from: '2026-03-19', to: TODAY});
    expect(relativeSpan('last 6 months', TODAY)).toEqual({from: '2025-12-11', to: TODAY});
    expect(relativeSpan('last 1 month', '2026-03-31')).toEqual({from: '2026-03-01', to: '2026-03-31'});
    expect(relativeSpan('last 10 days', TODAY)).toEqual({from: '2026-06-01', to: TODAY});
    expect(relativeSpan('last 0 days', TODAY)).toBeUndefined();
    expect(titles('from: papers\nwhere: {read: this year}')).toEqual(['ResNet', 'BERT', 'ViT']);
    expect(titles('from: papers\nwhere: {read: last 12 weeks}')).toEqual(['ResNet', 'BERT', 'ViT']);
    expect(titles('from: papers\nwhere: {read: {after: last 6 weeks}}')).toEqual(['ResNet', 'ViT']);
    expect(
      viewRows(query('from: papers\nwhere: {read: this year}', '2025-12-31'), PAPERS).rows.map((r) => r.title),
    ).toEqual(['Attention']);
  });

  it("sorts by one field or several, each asc or desc, ties in the list's order; limit keeps the first", () => {
    expect(titles('from: papers\nsort: read desc')).toEqual(['ViT', 'ResNet', 'BERT', 'Attention', 'LoRA']);
    expect(titles('from: papers\nsort: [year desc, title]')).toEqual(['LoRA', 'ViT', 'BERT', 'Attention', 'ResNet']);
    expect(titles('from: papers\nsort: venue')).toEqual(['ResNet', 'ViT', 'LoRA', 'BERT', 'Attention']);
    const {rows, total} = viewRows(query('from: papers\nsort: year desc\nlimit: 2'), PAPERS);
    expect([rows.map((r) => r.title), total]).toEqual([['ViT', 'LoRA'], 5]);
  });

  it("without a sort, keeps /roadmap.json's order", () => {
    expect(titles('from: papers')).toEqual(['ResNet', 'Attention', 'BERT', 'ViT', 'LoRA']);
  });
});

describe('a view as its page draws it', () => {
  it('has a caption with the count, columns and cells of text, dates, statuses and links', () => {
    const view = viewData(
      query('from: papers\nwhere: {status: reproduced}\nshow: [title, read, status, tags, takeaway, year]\nas: list'),
      PAPERS,
    );
    expect(view).toEqual({
      as: 'list',
      caption: '2 papers',
      empty: 'No papers match this view.',
      columns: [
        {field: 'title', label: 'Title'},
        {field: 'read', label: 'Read'},
        {field: 'status', label: 'Status'},
        {field: 'tags', label: 'Tags'},
        {field: 'takeaway', label: 'Takeaway'},
        {field: 'year', label: 'Year'},
      ],
      rows: [
        {
          key: '/papers/resnet',
          cells: [
            {kind: 'link', href: '/papers/resnet', text: 'ResNet'},
            {kind: 'date', date: '2026-05-03'},
            {kind: 'status', status: 'reproduced'},
            {kind: 'list', items: ['vision', 'architecture']},
            {kind: 'text', text: 'Shortcuts'},
            {kind: 'text', text: '2016'},
          ],
        },
        {
          key: '/papers/attention',
          cells: [
            {kind: 'link', href: '/papers/attention', text: 'Attention'},
            {kind: 'date', date: '2025-10-06'},
            {kind: 'status', status: 'reproduced'},
            {kind: 'list', items: ['nlp', 'architecture']},
            {kind: 'missing'},
            {kind: 'text', text: '2017'},
          ],
        },
      ],
    });
  });

  it('says "3 of 5" when limit cut it, and what matched nothing', () => {
    expect(viewData(query('from: papers\nlimit: 3'), PAPERS).caption).toBe('3 of 5 papers');
    expect(viewData(query('from: papers\nwhere: {year: 1990}'), PAPERS)).toMatchObject({caption: '0 papers', rows: []});
    expect(viewData(query('from: benchmarks'), []).empty).toBe('No benchmark results match this view.');
  });

  it('opens /papers with the same filter when every condition is one of its facets', () => {
    const link = (yaml: string) => viewPaperSearch(query(yaml));
    expect(
      link('from: papers\nwhere: {status: {not: queued}, tags: nlp, year: {min: 2018, max: 2021}}\nsort: year desc'),
    ).toBe('/papers?status=read&status=reproduced&tag=nlp&from=2018&to=2021&sort=year');
    expect(link('from: papers\nwhere: {venue: [CVPR, ICLR], status: reproduced}')).toBe(
      '/papers?status=reproduced&venue=CVPR&venue=ICLR',
    );
    expect(link('from: papers\nwhere: {year: 2017}')).toBe('/papers?from=2017&to=2017');
    // Conditions /papers cannot say: no link, rather than one to a different list.
    expect(link('from: papers\nwhere: {read: this year}')).toBeUndefined();
    expect(link('from: papers\nwhere: {tags: {contains: [nlp, vision]}}')).toBeUndefined();
    expect(link('from: courses')).toBeUndefined();
  });

  it('is a plain table in a feed item, whatever its layout', () => {
    const html =
      '<p>Before.</p><div class="view_x" data-view="list" data-pagefind-ignore="all"><figure><figcaption data-view-caption="">2 papers</figcaption><ul>' +
      '<li data-view-row=""><span data-view-cell="Title"><a href="/papers/resnet">ResNet</a></span><span> — <span data-view-cell="Year">2016</span></span></li>' +
      '<li data-view-row=""><span data-view-cell="Title"><a href="/papers/lora">LoRA &amp; co</a></span></li></ul></figure></div>';
    expect(withoutPageOnlyParts({content: html}).content).toBe(
      '<p>Before.</p><table><caption>2 papers</caption><thead><tr><th>Title</th><th>Year</th></tr></thead><tbody>' +
        '<tr><td><a href="/papers/resnet">ResNet</a></td><td>2016</td></tr>' +
        '<tr><td><a href="/papers/lora">LoRA &amp; co</a></td><td>—</td></tr></tbody></table>',
    );
  });
});

describe('the fields a view may name', () => {
  it('are every field /roadmap.json has for a listed collection, derived values included', async () => {
    const model = await exampleModel();
    const leaves = (value: unknown, prefix: string): string[] =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix === '' ? key : `${prefix}.${key}`))
        : [prefix];
    // Lists of mappings (a course's modules, a paper's results) are shown on the notes' own pages.
    const lists = new Set(['modules', 'results', 'metrics']);
    for (const collection of allCollections().filter((c) => c.listed)) {
      const entries = modelList<Record<string, unknown>>(model, collection.plural);
      expect(entries.length, collection.plural).toBeGreaterThan(0);
      const named = new Set(entries.flatMap((entry) => leaves(entry, '')).filter((path) => !lists.has(path)));
      const unknown = [...named].filter((path) => !viewFieldsOf(collection).has(path));
      expect(unknown, collection.plural).toEqual([]);
    }
  });

  it('are typed from the schema: dates, addresses, numbers, enums and lists', () => {
    const paper = viewFieldsOf(allCollections().find((c) => c.name === 'paper')!);
    expect(paper.get('read')).toMatchObject({type: 'date', list: false});
    expect(paper.get('url')).toMatchObject({type: 'url'});
    expect(paper.get('year')).toMatchObject({type: 'number'});
    expect(paper.get('status')).toMatchObject({type: 'text', values: ['queued', 'read', 'reproduced']});
    expect(paper.get('tags')).toMatchObject({type: 'text', list: true});
    expect(paper.has('results')).toBe(false);
    // A field whose own schema was described (a copy of it) keeps its format.
    const benchmark = viewFieldsOf(allCollections().find((c) => c.name === 'benchmark')!);
    expect(benchmark.get('date')).toMatchObject({type: 'date'});
  });

  it("default columns are each collection's own fields", () => {
    for (const collection of allCollections())
      expect(
        collection.view.show.filter((path) => !viewFieldsOf(collection).has(path)),
        collection.name,
      ).toEqual([]);
  });
});

describe('the views README and CONTRIBUTING show', () => {
  it.each(['README.md', 'CONTRIBUTING.md'])('are valid views in %s', (doc) => {
    const text = readFileSync(path.join(__dirname, '../..', doc), 'utf8');
    const blocks = [...text.matchAll(/^```view\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const yaml of blocks) expect(problemsOf(yaml), yaml).toEqual([]);
  });
});
