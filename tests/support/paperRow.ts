import type {PaperRow} from '../../plugins/roadmap/model/paperLog';

/** A row of the paper log with plain defaults, for the fields a test names. */
export function paperRow(slug: string, fields: Partial<PaperRow> = {}): PaperRow {
  return {
    slug,
    title: slug,
    permalink: `/papers/${slug}`,
    authors: ['A. Author'],
    year: 2020,
    status: 'read',
    tags: [],
    hasResults: false,
    link: {href: 'https://example.org', label: 'link'},
    ...fields,
  };
}
