import type {ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {Props} from '@theme/ReviewPage';
import ReviewSession from './ReviewSession';
import styles from './styles.module.css';

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default function ReviewPage({page}: Props): ReactNode {
  const decks = page.decks.filter((deck) => deck.kind !== 'all').length;
  return (
    <Layout
      title="Review"
      description="The cards written in the notes, one at a time when they are due, scheduled with FSRS in your browser.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Review</Heading>
        <p className={styles.intro}>
          The cards written in the notes, shown one at a time when they are due: recall the answer, show it, then grade
          how well you knew it. FSRS, as in Anki, chooses when each card comes back. Your reviews stay in this browser;
          export them to move to another. {counted(page.cards.length, 'card', 'cards')} in{' '}
          {counted(decks, 'deck', 'decks')}.
        </p>
        <p className={styles.muted}>Keys: Space or Enter shows the answer; 1 to 4 grade it.</p>
        {/* The server has no reader: their state is in localStorage, read only in the browser. */}
        <BrowserOnly fallback={<p data-review-loading>Loading your review state…</p>}>
          {() => <ReviewSession page={page} />}
        </BrowserOnly>
      </main>
    </Layout>
  );
}
