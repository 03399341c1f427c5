import {mergeStates, type ReviewState} from './reviewState';
import {parseStateFile} from './stateFile';

export type Imported = {ok: true; state: ReviewState; message: string} | {ok: false; error: string};

/**
 * A file's state laid over the current one (mergeStates), with what the reader is told.
 * A refused file leaves nothing changed: the caller keeps its state.
 */
export function importStateFile(current: ReviewState, text: string, siteIds: ReadonlySet<string>): Imported {
  const parsed = parseStateFile(text);
  if (!parsed.ok) return {ok: false, error: `Not imported: ${parsed.error} Your review state is unchanged.`};
  const {state, keptHere} = mergeStates(current, parsed.state);
  const count = parsed.state.cards.size;
  const elsewhere = [...parsed.state.cards.keys()].filter((id) => !siteIds.has(id)).length;
  const notHere =
    elsewhere === 0
      ? ''
      : `, ${elsewhere} of them not on this site (kept, in case ${elsewhere === 1 ? 'it comes' : 'they come'} back)`;
  const newer =
    keptHere === 0
      ? ''
      : ` ${keptHere} ${keptHere === 1 ? 'card was' : 'cards were'} reviewed more recently in this browser and kept ${keptHere === 1 ? 'its' : 'their'} schedule here.`;
  return {ok: true, state, message: `Imported ${count} ${count === 1 ? 'card' : 'cards'}${notHere}.${newer}`};
}
