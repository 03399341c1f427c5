import {readFileSync, writeFileSync} from 'node:fs';
import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';

/**
 * The registry is the one place a kind is defined: a copy of talk's
 * definition under another name, registered beside talk, gets everything
 * talks have (check's count, its list page, its card, search, the changelog,
 * /roadmap.json and the navigation) with no other source file touched.
 */
const SCHEMA = path.resolve(__dirname, '../../plugins/roadmap/schema');

/** talk.ts as an author would copy it: every talk renamed dataset, its imports where the copy lands. */
function datasetDefinition(): string {
  return readFileSync(path.join(SCHEMA, 'collections/talk.ts'), 'utf8')
    .replace(/from '\.\.\//g, `from '${SCHEMA}/`)
    .replace(/talks/g, 'datasets')
    .replace(/Talks/g, 'Datasets')
    .replace(/talk/g, 'dataset')
    .replace(/Talk/g, 'Dataset');
}

vi.mock('../../plugins/roadmap/schema/collections/index', async (importOriginal) => {
  const registry = await importOriginal<typeof import('../../plugins/roadmap/schema/collections/index')>();
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'new-kind-')), 'dataset.ts');
  writeFileSync(file, datasetDefinition());
  const {dataset} = (await import(/* @vite-ignore */ file)) as {dataset: (typeof registry.collections)['talk']};
  const {talk, ...before} = registry.collections;
  const collections = {...before, talk, dataset, post: registry.collections.post, note: registry.collections.note};
  const allCollections = () => Object.values(collections);
  return {
    ...registry,
    collections,
    allCollections,
    collectionNamed: (name: string) => {
      const found = allCollections().find((c) => c.name === name);
      if (!found) throw new Error(`no collection named ${name}`);
      return found;
    },
  };
});

const {checkTexts} = await import('../../plugins/roadmap/validate/checkSite');
const {buildRoadmapModel} = await import('../../plugins/roadmap/model/roadmapModel');
const {generatedPages} = await import('../../plugins/roadmap/model/generatedPages');
const {detailCards} = await import('../../plugins/roadmap/model/detailCards');
const {changelogEvents, changeKinds} = await import('../../plugins/roadmap/model/changelog');
const {footerColumns} = await import('../../plugins/roadmap/navigation/footer');
const {navbarLinks} = await import('../../plugins/roadmap/navigation/navbar');
const {homeSections} = await import('../../plugins/roadmap/navigation/homeSections');
const {searchablePages} = await import('../../plugins/search/searchablePages');
const {EXAMPLE_SITE} = await import('../../scripts/corpus/exampleSite');

const TODAY = '2026-03-01';
const DATASET = 'docs/datasets/imagenet-subset.md';
const texts = new Map(
  Object.entries({
    ...EXAMPLE_SITE,
    [DATASET]: `---
title: An ImageNet subset
event: Curated for the vision course
date: 2026-02-10
slides: https://example.org/imagenet-subset
skills: [pytorch]
---

Ten classes, 13,000 images.
`,
  }),
);

describe('a new kind copied from talk and registered beside it', () => {
  const checked = checkTexts(texts, {today: TODAY});
  const site = checked.site;
  if (!site) throw new Error(`the site should be valid: ${checked.problems.map((p) => p.message).join('; ')}`);
  const pageOf = (file: string) => ({
    permalink: `/${file.replace(/\.md$/, '')}`,
    title: file === DATASET ? 'An ImageNet subset' : file,
  });
  const model = buildRoadmapModel(site, pageOf, TODAY);

  it('is counted and validated by check', () => {
    expect(checked.problems).toEqual([]);
    expect(checked.counts).toMatchObject({dataset: 1, talk: 1});
  });

  it('is a list in /roadmap.json, its entries with their fields and page', () => {
    expect((model as unknown as Record<string, unknown>).datasets).toEqual([
      {
        title: 'An ImageNet subset',
        slug: 'imagenet-subset',
        permalink: '/docs/datasets/imagenet-subset',
        event: 'Curated for the vision course',
        date: '2026-02-10',
        slides: 'https://example.org/imagenet-subset',
        skills: ['pytorch'],
      },
    ]);
  });

  it('has a list page at /datasets, drawn by the generic list', () => {
    const page = generatedPages(model, TODAY).find((p) => p.route === 'datasets');
    expect(page).toMatchObject({component: '@theme/CollectionPage', name: 'pages/datasets'});
    expect(page?.data).toEqual({
      title: 'Datasets',
      description: 'Datasets, with their slides and videos.',
      what: 'datasets',
      groups: [
        {
          view: {
            as: 'table',
            caption: '1 dataset',
            empty: 'No datasets match this view.',
            columns: [
              {field: 'date', label: 'Date'},
              {field: 'title', label: 'Title'},
              {field: 'event', label: 'Event'},
              {field: 'slides', label: 'Slides'},
              {field: 'video', label: 'Video'},
            ],
            rows: [
              {
                key: '/docs/datasets/imagenet-subset',
                cells: [
                  {kind: 'date', date: '2026-02-10'},
                  {kind: 'link', href: '/docs/datasets/imagenet-subset', text: 'An ImageNet subset'},
                  {kind: 'text', text: 'Curated for the vision course'},
                  {kind: 'link', href: 'https://example.org/imagenet-subset', text: 'Slides'},
                  {kind: 'missing'},
                ],
              },
            ],
          },
        },
      ],
    });
  });

  it('starts each of its pages with its card', () => {
    expect(detailCards(site, pageOf, TODAY).find((c) => c.file === DATASET)?.card).toEqual({
      kind: 'fields',
      label: 'Dataset',
      fields: [
        {label: 'Event', value: 'Curated for the vision course', as: 'text'},
        {label: 'Date', value: '2026-02-10', as: 'date'},
      ],
      links: [{label: 'Slides', href: 'https://example.org/imagenet-subset'}],
    });
  });

  it('has its changelog events and filter', () => {
    expect(changelogEvents(model).filter((e) => (e.kind as string) === 'dataset')).toEqual([
      expect.objectContaining({
        id: 'dataset-imagenet-subset',
        date: '2026-02-10',
        text: 'Gave the dataset An ImageNet subset at Curated for the vision course',
      }),
    ]);
    expect(changeKinds()).toContainEqual({kind: 'dataset', label: 'Datasets'});
  });

  it('is found by search as a note in its own section', () => {
    const allContent = {
      'docusaurus-plugin-content-docs': {
        default: {
          loadedVersions: [
            {
              docs: [
                {
                  source: `@site/${DATASET}`,
                  permalink: '/docs/datasets/imagenet-subset',
                  title: 'An ImageNet subset',
                  tags: [],
                  frontMatter: {},
                  unlisted: false,
                  draft: false,
                },
              ],
            },
          ],
        },
        papers: {loadedVersions: [{docs: []}]},
      },
      'docusaurus-plugin-content-blog': {default: {blogPosts: []}},
    } as unknown as Parameters<typeof searchablePages>[0];
    expect(searchablePages(allContent)).toEqual([
      expect.objectContaining({kind: 'note', section: 'Datasets', title: 'An ImageNet subset'}),
    ]);
  });

  it('is in the footer and the home page, and its pages light the navbar item it belongs under', () => {
    expect(footerColumns().find((c) => c.title === 'Build')?.items).toContainEqual({
      label: 'Datasets',
      to: '/datasets',
    });
    expect(homeSections()).toContainEqual({
      to: '/datasets',
      title: 'Datasets',
      text: 'Datasets with their slides and videos.',
    });
    expect(navbarLinks().find((link) => link.label === 'Writing')?.activeUnder).toBe(
      'blog|talks|docs/talks|datasets|docs/datasets',
    );
    // The free notes' item no longer lights on the new kind's folder.
    expect(navbarLinks().find((link) => link.label === 'Notes')?.activeUnder).toContain('datasets(/|$)');
  });
});
