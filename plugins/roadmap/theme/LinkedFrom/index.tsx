import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {LinkedFromPart} from '../../model/linkedFrom';
import styles from './styles.module.css';

/** The end of every note, paper and post: the pages that link here, by kind. Nothing when none does. */
export default function LinkedFrom({part}: {part: LinkedFromPart}): ReactNode {
  if (part.groups.length === 0) return null;
  return (
    // Computed navigation, not the post's words: left out of search and of feed items.
    <section className={styles.linkedFrom} aria-label="Linked from" data-pagefind-ignore="all" data-feed-omit="">
      <h2 className={styles.heading}>Linked from</h2>
      <div className={styles.groups}>
        {part.groups.map((group) => (
          <div key={group.kind}>
            <h3 className={styles.kind}>{group.label}</h3>
            <ul className={styles.pages}>
              {group.pages.map((page) => (
                <li key={page.permalink}>
                  <Link to={page.permalink}>{page.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
