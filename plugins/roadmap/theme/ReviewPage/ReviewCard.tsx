import {useEffect, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ReviewNote} from '../../model/reviewPage';
import {untilText} from '../../review/dueWords';
import {GRADES, type GradeName} from '../../review/grading';
import styles from './styles.module.css';

interface Props {
  text: {q: string; a: string};
  note: ReviewNote | undefined;
  /** When each grade would bring the card back, from `now`. */
  dues: Record<GradeName, Date>;
  now: Date;
  /** Take the focus: after a grade, so the keyboard and screen reader move on to this card. */
  autoFocus: boolean;
  onShow: () => void;
  onGrade: (grade: GradeName) => void;
}

/** Where the keys are the reader's typing, not commands. */
const TYPING = 'input, select, textarea, [contenteditable]:not([contenteditable="false"])';
/** Controls that answer Space and Enter themselves. */
const CONTROL = 'button, a[href], summary, [role="button"]';

const GRADE_STYLE: Record<GradeName, string> = {
  again: 'button--danger',
  hard: 'button--secondary',
  good: 'button--success',
  easy: 'button--info',
};

/** One card: its question, then on Space, Enter or the button its answer and the four grades (keys 1–4). */
export default function ReviewCard({text, note, dues, now, autoFocus, onShow, onGrade}: Props): ReactNode {
  const [shown, setShown] = useState(false);
  const card = useRef<HTMLElement>(null);
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) card.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (shown) answer.current?.focus();
  }, [shown]);
  const show = () => {
    if (shown) return;
    setShown(true);
    onShow();
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING)) return;
      if (!shown && (event.key === ' ' || event.key === 'Enter')) {
        if (target?.closest(CONTROL)) return;
        event.preventDefault();
        show();
      } else if (shown) {
        const grade = GRADES.find((g) => g.key === event.key);
        if (grade === undefined) return;
        event.preventDefault();
        onGrade(grade.name);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  return (
    <article ref={card} tabIndex={-1} className={styles.card} aria-label="Card">
      {note === undefined ? null : (
        <p className={styles.source}>
          From <Link to={note.permalink}>{note.title}</Link>
        </p>
      )}
      {/* The build sanitized each card's HTML (the render pipeline's allowlist), so it is set as it is. */}
      <div className={styles.text} data-review-question dangerouslySetInnerHTML={{__html: text.q}} />
      {shown ? (
        <>
          <div
            ref={answer}
            tabIndex={-1}
            className={`${styles.text} ${styles.answer}`}
            aria-label="Answer"
            data-review-answer
            dangerouslySetInnerHTML={{__html: text.a}}
          />
          <div className={styles.grades} role="group" aria-label="How well did you recall it?">
            {GRADES.map((grade) => (
              <button
                key={grade.name}
                type="button"
                className={`button button--outline ${GRADE_STYLE[grade.name]} ${styles.button}`}
                data-review-grade={grade.name}
                aria-keyshortcuts={grade.key}
                onClick={() => onGrade(grade.name)}>
                <span className={styles.gradeLabel}>{grade.label}</span>
                {/* A space, so the button's name reads "Good in 10 minutes". */}{' '}
                <span className={styles.gradeDue}>{untilText(now, dues[grade.name])}</span>
              </button>
            ))}
          </div>
        </>
      ) : (
        <button
          type="button"
          className={`button button--primary ${styles.button} ${styles.show}`}
          aria-keyshortcuts="Space Enter"
          onClick={show}>
          Show answer
        </button>
      )}
    </article>
  );
}
