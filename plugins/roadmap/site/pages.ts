/** What Docusaurus knows of a page that front matter does not say. */
export interface PageInfo {
  permalink: string;
  title: string;
  /** A post's publication date, `YYYY-MM-DD`. */
  date?: string;
  /** The author's order (`sidebar_position`), for the curriculum. */
  position?: number;
  /** False for unlisted and draft pages: valid, but in no list, feed or count. */
  listed?: boolean;
}

export type PageLookup = (file: string) => PageInfo;

/** A page as lists link to it. */
export interface PageRef {
  slug: string;
  title: string;
  permalink: string;
}
