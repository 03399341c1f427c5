/**
 * `npm run cards:export` (scripts/cards-export.ts): a deck of review cards
 * as Anki's text file. A public entry of the plugin: re-exports only.
 */
export {deckFile, deckList} from '../build/cardsExport';
export {formatProblem} from '../site/problem';
export {today} from '../source/today';
export {checkSite} from '../validate/checkSite';
