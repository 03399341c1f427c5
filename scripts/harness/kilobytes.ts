/** Bytes in kilobytes (1024 bytes), to one decimal: what the benchmark charts plot. */
export function kilobytes(bytes: number): number {
  return Math.round(bytes / 102.4) / 10;
}

/** Bytes as the benchmark reports write them: `12.3 KB`, `1,234.5 KB`. */
export function kb(bytes: number): string {
  return `${kilobytes(bytes).toLocaleString('en', {minimumFractionDigits: 1, maximumFractionDigits: 1})} KB`;
}
