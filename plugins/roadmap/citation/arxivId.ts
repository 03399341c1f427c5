/**
 * YAML reads an unquoted `arxiv: 1706.03762` as a number. The id can be
 * recovered only when the number still shows every digit: YYMM has four, and
 * the part after the dot four up to 1412 and five from 1501 on. A trailing
 * zero is lost (`1706.03760` reads as 1706.0376), so such a number is refused
 * rather than guessed: undefined means "quote it".
 * Kept apart from the schemas so that browser code can use it without zod.
 */
export function arxivIdFromNumber(value: number): string | undefined {
  const match = /^(\d{3,4})\.(\d{4,5})$/.exec(String(value));
  if (!match) return undefined;
  const yymm = match[1]!.padStart(4, '0');
  const month = Number(yymm.slice(2));
  const digits = Number(yymm) >= 1501 ? 5 : 4;
  return month >= 1 && month <= 12 && match[2]!.length === digits ? `${yymm}.${match[2]}` : undefined;
}

/**
 * A paper's arXiv id as its author meant it: YAML's number read back as the id
 * when every digit survived, otherwise left as it came (the schema then says
 * to quote it). The one reading of the field, for validation and the page.
 */
export function arxivIdOf<T extends string | number | undefined>(value: T): T | string {
  return typeof value === 'number' ? (arxivIdFromNumber(value) ?? value) : value;
}

/** `1706.03762v5` → `1706.03762`: two notes of one paper, whatever version each logged. */
export function arxivWithoutVersion(id: string): string {
  return id.replace(/v\d+$/, '');
}
