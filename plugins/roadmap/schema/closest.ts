/** Edit distance between two short strings (ids, enum values, field names). */
function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The valid value an author most likely meant, or undefined when nothing is
 * near: `in progres` → `in-progress`, `pytorh` → `pytorch`.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = input.toLowerCase().replace(/[\s_]+/g, '-');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  if (best !== undefined && bestDistance <= tolerance) return best;
  // A word of the id, or the id with a word more (`health`, `legal-nlp`): the one candidate it starts or ends.
  const sharing = [...candidates].filter((candidate) => {
    const id = candidate.toLowerCase();
    const [short, long] = id.length < wanted.length ? [id, wanted] : [wanted, id];
    return short.length >= 3 && (long.startsWith(short) || long.endsWith(short));
  });
  return sharing.length === 1 ? sharing[0] : undefined;
}

/** ` — did you mean "x"?`, or nothing. */
export function didYouMean(input: unknown, candidates: Iterable<string>): string {
  if (typeof input !== 'string') return '';
  const match = closest(input, candidates);
  return match !== undefined && match !== input ? ` — did you mean "${match}"?` : '';
}
