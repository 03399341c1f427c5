import {afterAll, describe, expect, it} from 'vitest';
import {defineCollection} from '../../plugins/roadmap/schema/collection';
import {placementOf} from '../../plugins/roadmap/schema/collectionOf';
import {collections} from '../../plugins/roadmap/schema/collections';
import {DOC_KEYS} from '../../plugins/roadmap/schema/docusaurusKeys';
import {isoDate, kebabId, list, optional, text} from '../../plugins/roadmap/schema/fields';
import {skillReferences} from '../../plugins/roadmap/schema/references';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {searchablePages, type SearchableContent} from '../../plugins/search/searchablePages';
import {writeSite} from '../../scripts/corpus/exampleSite';
import {exampleModel} from '../support/exampleModel';

/**
 * A throw-away collection, defined as a real one is: one definition, added to
 * the registry and nowhere else. Everything below derives from it.
 */
const reading = defineCollection({
  name: 'reading',
  plural: 'readings',
  label: {one: 'reading', many: 'Readings'},
  files: {patterns: ['docs/readings/<slug>.md']},
  route: 'readings',
  view: {show: ['title', 'finished']},
  newNote: {template: 'templates/reading.md', path: (slug) => `docs/readings/${slug}.md`, what: 'a book chapter'},
  search: {kind: 'note', section: 'Reading list'},
  changelog: (r) => [{id: `reading-${r.slug}`, date: r.finished, text: `Read ${r.title}`, permalink: r.permalink}],
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text().describe('The chapter.'),
    finished: isoDate().describe('Date `YYYY-MM-DD`.'),
    skills: optional(list(kebabId())).describe('Skill ids from `data/skills.yml`.'),
  },
  rules: (entry, context) => skillReferences(entry.skills, context.skills),
});

// The one edit a new collection needs (schema/collections/index.ts), made at run time.
const registry = collections as unknown as Record<string, unknown>;
registry.reading = reading;
afterAll(() => {
  delete registry.reading;
});

const TODAY = '2026-11-25';
const READING = `---
title: Deep Learning, chapter 6
finished: 2026-10-12
skills: [pytorch]
---

Feedforward networks.
`;

describe('a collection added to the registry and nowhere else', async () => {
  const siteDir = await writeSite({
    'docs/readings/dl-ch6.md': READING,
    'docs/readings/dl-ch7.md': READING.replace('2026-10-12', '2026-13-01').replace('[pytorch]', '[pytroch]'),
  });

  it('places its files by its pattern', () => {
    expect(placementOf('docs/readings/dl-ch6.md')).toEqual({collection: 'reading', slug: 'dl-ch6'});
    // Its folder's index is still a free-form note.
    expect(placementOf('docs/readings/index.md')).toEqual({collection: 'note', slug: 'readings/index'});
  });

  it('is validated by its own fields and rules, every problem with file and line', async () => {
    const {problems, counts} = await checkSite(siteDir, {today: TODAY});
    expect(problems.map(formatProblem)).toEqual([
      'docs/readings/dl-ch7.md:3 finished: impossible date (expected a real calendar date YYYY-MM-DD, got "2026-13-01")',
      'docs/readings/dl-ch7.md:4 skills[0]: unknown skill id (expected an id from data/skills.yml, got "pytroch") — did you mean "pytorch"?',
    ]);
    expect(counts).toMatchObject({reading: 2, talk: 1, note: 1});
  });

  it('is counted as skill evidence', async () => {
    const model = await exampleModel(
      {'docs/readings/dl-ch6.md': READING},
      {today: TODAY, pageOf: (file) => ({permalink: `/${file.replace(/\.md$/, '')}`, title: `Title of ${file}`})},
    );
    const pytorch = model.skills.rows.find((row) => row.id === 'pytorch');
    expect(pytorch?.evidence.map((e) => `${e.kind} ${e.permalink}`)).toEqual([
      'paper /papers/attention',
      'post /blog/2025-10-01-hello',
      // Registry order: added last, it comes after the posts.
      'reading /docs/readings/dl-ch6',
    ]);
  });

  it('is searched as its definition says', () => {
    const content = {
      'docusaurus-plugin-content-docs': {
        default: {
          loadedVersions: [
            {
              docs: [
                {
                  source: '@site/docs/readings/dl-ch6.md',
                  permalink: '/docs/readings/dl-ch6',
                  title: 'Deep Learning, chapter 6',
                  tags: [{label: 'deep learning'}],
                  frontMatter: {},
                  unlisted: false,
                  draft: false,
                },
              ],
            },
          ],
        },
      },
    } as unknown as SearchableContent;
    expect(searchablePages(content)).toEqual([
      {
        permalink: '/docs/readings/dl-ch6',
        title: 'Deep Learning, chapter 6',
        kind: 'note',
        section: 'Reading list',
        tags: ['deep learning'],
      },
    ]);
  });
});
