/** `1 module`, `3 modules`, `1,000 papers`: a count and its noun, in the reader's (English) digits. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
