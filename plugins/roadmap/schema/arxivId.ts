/**
 * YAML reads an unquoted `arxiv: 1706.03762` as a number. The id is still
 * recoverable exactly: YYMM is four digits, and the number after the dot has
 * four digits up to 1412 and five from 1501 on (arXiv's identifier scheme).
 * Kept apart from the schemas so that browser code can use it without zod.
 */
export function arxivIdFromNumber(value: number): string {
  const [whole = '', fraction = ''] = value.toFixed(5).split('.');
  const yymm = whole.padStart(4, '0');
  const digits = Number(yymm) >= 1501 ? 5 : 4;
  return `${yymm}.${fraction.slice(0, digits)}`;
}
