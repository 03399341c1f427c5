import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {PagefindResultData} from '../../client/pagefindClient';
import styles from './styles.module.css';

export interface Props {
  hit: PagefindResultData;
  /** How many of the page's matching sections to list under it. */
  sections?: number;
  onFollow?: () => void;
}

/** Pagefind's excerpts are escaped text with the matched words in `<mark>`, nothing else. */
function Excerpt({html}: {html: string}): ReactNode {
  return <span className={styles.excerpt} dangerouslySetInnerHTML={{__html: html}} />;
}

/** One result: the page's title, where it lives, and the words that matched. */
export default function SearchHit({hit, sections = 0, onFollow}: Props): ReactNode {
  const title = hit.meta.title ?? hit.url;
  // The first sub-result is often the page itself (its intro); list only headings below the title.
  const subResults = hit.sub_results.filter((sub) => sub.url.includes('#') && sub.title !== title).slice(0, sections);
  return (
    <>
      <Link className={styles.title} to={hit.url} onClick={onFollow}>
        {title}
      </Link>
      {hit.meta.section ? <span className={styles.section}>{hit.meta.section}</span> : null}
      <Excerpt html={hit.excerpt} />
      {subResults.length > 0 ? (
        <ul className={styles.subResults}>
          {subResults.map((sub) => (
            <li key={sub.url}>
              <Link to={sub.url} onClick={onFollow}>
                {sub.title}
              </Link>
              <Excerpt html={sub.excerpt} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
