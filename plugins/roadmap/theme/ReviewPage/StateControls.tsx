import {useEffect, useRef, useState, type ChangeEvent, type ReactNode} from 'react';
import {importStateFile} from '../../review/importFile';
import {localDay} from '../../review/localDay';
import type {ReviewState} from '../../review/reviewState';
import {writeStateFile} from '../../review/stateFile';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

export interface Message {
  text: string;
  error: boolean;
}

interface Props {
  state: ReviewState;
  /** The ids of the site's cards, to say how many of a file's are not on it. */
  siteIds: ReadonlySet<string>;
  onImport: (state: ReviewState) => void;
  onClear: () => void;
  onMessage: (message: Message) => void;
}

/** Export, import and clear: moving the state between browsers is the reader's own business, by file. */
export default function StateControls({state, siteIds, onImport, onClear, onMessage}: Props): ReactNode {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const exportState = () => {
    const now = new Date();
    const name = `review-state-${localDay(now)}.json`;
    const url = URL.createObjectURL(new Blob([writeStateFile(state, now, 2)], {type: 'application/json'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked a moment later: some browsers start the download after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    const count = state.cards.size;
    onMessage({text: `Exported ${count} ${count === 1 ? 'card' : 'cards'} to ${name}.`, error: false});
  };

  const importState = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    // Cleared, so choosing the same file again imports it again.
    input.value = '';
    let text: string;
    try {
      text = await file.text();
    } catch {
      onMessage({text: `Not imported: ${file.name} could not be read. Your review state is unchanged.`, error: true});
      return;
    }
    const result = importStateFile(state, text, siteIds);
    if (result.ok) {
      onImport(result.state);
      onMessage({text: result.message, error: false});
    } else {
      onMessage({text: result.error, error: true});
    }
  };

  return (
    <section className={styles.controls} aria-labelledby="review-state-heading">
      <Heading as="h2" id="review-state-heading" className={styles.controlsHeading}>
        Your review state
      </Heading>
      <p className={styles.muted}>
        Kept in this browser only. Export it to a file to keep a copy or to carry on in another browser, then import it
        there.
      </p>
      <div className={styles.buttons}>
        <button
          type="button"
          className={`button button--secondary ${styles.button}`}
          data-review-export
          onClick={exportState}>
          Export review state
        </button>
        <label className={styles.field}>
          <span>Import a review state file</span>
          <input type="file" accept="application/json,.json" data-review-import onChange={importState} />
        </label>
      </div>
      <div className={styles.buttons}>
        {confirming ? (
          <>
            <span>This forgets every card's schedule in this browser. Export first to keep a copy.</span>
            <button
              type="button"
              className={`button button--danger ${styles.button}`}
              data-review-clear-confirm
              onClick={() => {
                setConfirming(false);
                onClear();
              }}>
              Yes, clear my review state
            </button>
            <button
              ref={cancel}
              type="button"
              className={`button button--secondary ${styles.button}`}
              onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button
            type="button"
            className={`button button--outline button--danger ${styles.button}`}
            data-review-clear
            onClick={() => setConfirming(true)}>
            Clear review state…
          </button>
        )}
      </div>
    </section>
  );
}
