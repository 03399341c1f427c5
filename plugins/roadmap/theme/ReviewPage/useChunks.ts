import {useEffect, useState} from 'react';
import type {ReviewChunk} from '../../model/reviewPage';

/**
 * Chunk `n`'s card texts. The template must stay the path of `reviewChunkName(n)`
 * (model/reviewPage.ts) below the plugin's generated folder: the bundler reads it as a
 * context of every chunk file and emits each as a file of its own, fetched on demand.
 */
function loadChunk(n: number): Promise<ReviewChunk> {
  return import(`@generated/roadmap/default/review/chunk-${n}.json`).then(
    (module: {default: ReviewChunk}) => module.default,
  );
}

export interface Chunks {
  loaded: ReadonlyMap<number, ReviewChunk>;
  /** Why the last load failed; null when none did. */
  failed: string | null;
  retry: () => void;
}

/** Loads every chunk in `needed` at once, so a session started online goes on offline. */
export default function useChunks(needed: readonly number[]): Chunks {
  const [loaded, setLoaded] = useState<ReadonlyMap<number, ReviewChunk>>(new Map());
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const missing = needed.filter((n) => !loaded.has(n));
  const key = missing.join(',');
  useEffect(() => {
    if (key === '') return undefined;
    let current = true;
    setFailed(null);
    Promise.all(key.split(',').map(async (n) => [Number(n), await loadChunk(Number(n))] as const)).then(
      (found) => {
        if (current) setLoaded((before) => new Map([...before, ...found]));
      },
      (error: unknown) => {
        if (current) setFailed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  return {loaded, failed, retry: () => setAttempt((n) => n + 1)};
}
