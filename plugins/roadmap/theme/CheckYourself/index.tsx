import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {Props} from '@theme/CheckYourself';
import styles from './styles.module.css';

/**
 * A note's ```cards block: each question with its answer behind a
 * disclosure (Docusaurus's own `<details>`), then the way to review them on
 * /review and to take them to Anki. No script beyond the page's own.
 */
export default function CheckYourself({count, deck, children}: Props): ReactNode {
  const exportHref = useBaseUrl(deck ? `/${deck.export}` : '/');
  return (
    <section className={styles.checkYourself} aria-label="Check yourself" data-check-yourself="">
      <p className={styles.heading} role="heading" aria-level={2}>
        Check yourself
      </p>
      <div className={styles.cards}>{children}</div>
      {deck && (
        <p className={styles.links} data-feed-omit="" data-pagefind-ignore="">
          <Link to={`/review?deck=${encodeURIComponent(deck.slug).replace(/%2F/g, '/')}`}>
            Review {count === 1 ? 'this card' : 'these cards'}
          </Link>
          {' · '}
          <a href={exportHref} download>
            Export this note&rsquo;s deck to Anki
          </a>
        </p>
      )}
    </section>
  );
}
