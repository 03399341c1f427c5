import type {ChangeKind, ChangelogEvent, ChangelogMonth} from './changelog';

/** `/changelog`: months newest first, the kinds to filter by, and what is dated in the future. */
export interface ChangelogPageData {
  kinds: readonly ChangeKind[];
  months: ChangelogMonth[];
  upcoming: ChangelogEvent[];
}
