/** The footer's columns, in order. */
export const FOOTER_COLUMNS = ['Learn', 'Build', 'Follow'] as const;
export type FooterColumn = (typeof FOOTER_COLUMNS)[number];

/** One of a kind's two pages: its list page (`route`), or the index page of its notes (`notesIndex`). */
export type KindPage = 'list' | 'notes';

/** A link to one of a kind's pages, with its label. */
export interface KindLink {
  to: KindPage;
  label: string;
}

/**
 * Where readers find a kind, in registry order: the navbar items, footer
 * links and home page sections it owns. A kind without a navbar item of its
 * own names the kind whose item its pages belong under (a benchmark result is
 * shown with the projects).
 */
export interface NavigationSpec {
  navbar?: readonly KindLink[];
  navbarUnder?: string;
  footer?: readonly (KindLink & {column: FooterColumn})[];
  home?: readonly (KindLink & {text: string})[];
}
