import {createEmptyCard, fsrs, Rating, State, type Card, type Grade} from 'ts-fsrs';
import {localDay} from './localDay';
import {dayCount, type ReviewState} from './reviewState';

export type GradeName = 'again' | 'hard' | 'good' | 'easy';

/** The four answers as Anki names them, with their keys. */
export const GRADES: readonly {name: GradeName; label: string; key: string; rating: Grade}[] = [
  {name: 'again', label: 'Again', key: '1', rating: Rating.Again},
  {name: 'hard', label: 'Hard', key: '2', rating: Rating.Hard},
  {name: 'good', label: 'Good', key: '3', rating: Rating.Good},
  {name: 'easy', label: 'Easy', key: '4', rating: Rating.Easy},
];

/** FSRS's default parameters, so a state file schedules the same in every browser. */
const scheduler = fsrs();

const cardOf = (state: ReviewState, id: string, now: Date): Card => state.cards.get(id) ?? createEmptyCard(now);

/** When each grade would bring the card back, for the buttons. */
export function gradeDues(state: ReviewState, id: string, now: Date): Record<GradeName, Date> {
  const preview = scheduler.repeat(cardOf(state, id, now), now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

/** The state after grading card `id` at `now`: its next schedule, and today's counts. */
export function gradeCard(state: ReviewState, id: string, grade: GradeName, now: Date): ReviewState {
  const card = cardOf(state, id, now);
  const rating = GRADES.find((g) => g.name === grade)!.rating;
  const next = scheduler.next(card, now, rating).card;
  const today = localDay(now);
  const count = dayCount(state, today);
  const introduced = card.state === State.New ? 1 : 0;
  return {
    cards: new Map(state.cards).set(id, next),
    days: new Map(state.days).set(today, {new: count.new + introduced, reviews: count.reviews + 1}),
  };
}
