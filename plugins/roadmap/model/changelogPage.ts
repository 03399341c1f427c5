import type {ChangeKind, ChangelogEvent, ChangelogMonth} from './changelog';

/** `/changelog`: months newest first, the kinds to filter by, and what is dated in the future. */
export interface ChangelogPageData {
  /** The filters, in registry order, each with the label its button shows. */
  kinds: readonly {kind: ChangeKind; label: string}[];
  months: ChangelogMonth[];
  upcoming: ChangelogEvent[];
}
