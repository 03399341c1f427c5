import type {IndexSettings} from 'algoliasearch';

/**
 * One index for both searches: DocSearch's page records (hierarchy and
 * content, as its crawler's Docusaurus template sets them up) and the paper
 * log's records (/papers), told apart by `type`.
 */
export const INDEX_SETTINGS: IndexSettings = {
  searchableAttributes: [
    'unordered(hierarchy.lvl0)',
    'unordered(hierarchy.lvl1)',
    'unordered(hierarchy.lvl2)',
    'unordered(hierarchy.lvl3)',
    'content',
    'title',
    'unordered(authors)',
    'unordered(tags)',
    'unordered(venue)',
    'unordered(takeaway)',
    'unordered(reproduced)',
    'unordered(next)',
  ],
  attributesForFaceting: [
    'type',
    'language',
    'docusaurus_tag',
    'kind',
    'status',
    'venue',
    'tags',
    'year',
    'hasResults',
  ],
  // Year ranges on /papers are numeric filters.
  numericAttributesForFiltering: ['year'],
  customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
  attributesToSnippet: ['content:10'],
  attributesToHighlight: ['hierarchy', 'content', 'title'],
  highlightPreTag: '<mark>',
  highlightPostTag: '</mark>',
  typoTolerance: true,
};

/** Records sent per `batch` request (the client's default). */
export const BATCH_SIZE = 1000;
