import {useId, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import StatusMark from '@theme/StatusMark';
import type {CitedPaper} from '../../emit/linkIndex';
import styles from './styles.module.css';

/**
 * `[@key]` in a note: "(He et al., 2016)", each name a link to the paper's
 * note with a card shown while the pointer is over it or it has the focus
 * (WCAG 1.4.13: the card can be hovered, and Escape hides it). The card's
 * words are in the page's HTML, so it works before any script runs.
 */
export default function Citation({cites}: {cites: readonly CitedPaper[]}): ReactNode {
  return (
    <span className={styles.citation}>
      (
      {cites.map((paper, i) => (
        <span key={paper.route}>
          {i > 0 ? '; ' : ''}
          <CitedLink paper={paper} />
        </span>
      ))}
      )
    </span>
  );
}

function CitedLink({paper}: {paper: CitedPaper}): ReactNode {
  const id = useId();
  const [dismissed, setDismissed] = useState(false);
  const [shift, setShift] = useState(0);
  const card = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  // A card near the right edge of a phone moves left rather than widen the page.
  useLayoutEffect(() => {
    if (!open || !card.current) return;
    const unshifted = card.current.getBoundingClientRect().right + shift;
    const over = unshifted - (document.documentElement.clientWidth - 8);
    setShift(over > 0 ? over : 0);
  }, [open, shift]);
  const show = () => setOpen(true);
  const hide = () => {
    setOpen(false);
    setDismissed(false);
  };
  return (
    <span
      className={clsx(styles.cite, dismissed && styles.dismissed)}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setDismissed(true);
      }}>
      <Link to={paper.route} aria-describedby={id}>
        {paper.label}
      </Link>
      <span
        role="tooltip"
        id={id}
        ref={card}
        className={styles.card}
        style={shift ? {marginLeft: -shift} : undefined}
        // The card repeats the paper's page: not search text, and no part of a feed item.
        data-pagefind-ignore="all"
        data-feed-omit="">
        <span className={styles.title}>{paper.title}</span>
        <span className={styles.byline}>
          {paper.authors.join(', ')} · {paper.venue ? `${paper.venue} ` : ''}
          {paper.year}
        </span>
        <span className={styles.status}>
          <StatusMark status={paper.status} />
        </span>
        {paper.takeaway ? <span className={styles.takeaway}>{paper.takeaway}</span> : null}
      </span>
    </span>
  );
}
