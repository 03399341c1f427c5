import {collections} from '../schema/collections';
import type {FooterColumn} from '../schema/navigationSpec';

/** The theme components of the generated pages that belong to no single kind. */
export type SitePageComponent =
  'RoadmapHome' | 'NextExperimentsPage' | 'SkillsPage' | 'ChangelogPage' | 'GraphPage' | 'ReviewPage';

/**
 * A generated page that is no kind's list: where readers find it, as a kind
 * says it in its `navigation`. `after` places its navbar item and home section
 * after a kind's; without it they follow every kind's.
 */
export interface SitePage {
  route: string;
  component: SitePageComponent;
  label?: string;
  navbar?: {after?: string};
  footer?: FooterColumn;
  home?: {text: string; after?: string};
}

export const SITE_PAGES: readonly SitePage[] = [
  {route: '', component: 'RoadmapHome'},
  {route: `${collections.paper.route}/next`, component: 'NextExperimentsPage'},
  {
    route: 'skills',
    component: 'SkillsPage',
    label: 'Skills',
    navbar: {after: collections.paper.name},
    footer: 'Learn',
    home: {text: 'The skills matrix, with the notes that show each skill in use.', after: collections.paper.name},
  },
  {route: 'graph', component: 'GraphPage', label: 'Map', footer: 'Learn'},
  {
    route: 'review',
    component: 'ReviewPage',
    label: 'Review',
    footer: 'Learn',
    home: {
      text: 'Check what you remember: the cards of every note, scheduled for you in your browser.',
      after: collections.paper.name,
    },
  },
  {
    route: 'changelog',
    component: 'ChangelogPage',
    label: 'Changelog',
    navbar: {},
    footer: 'Follow',
    home: {text: 'Everything that happened, month by month, with a feed.'},
  },
];

/** Footer links to files rather than pages, after the pages of their column. */
export const FOOTER_FEEDS: readonly {column: FooterColumn; label: string; href: string}[] = [
  {column: 'Follow', label: 'Changelog feed (RSS)', href: 'pathname:///changelog/rss.xml'},
  {column: 'Follow', label: 'Blog feed (RSS)', href: 'pathname:///blog/rss.xml'},
];
