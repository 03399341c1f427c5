/** Letters of any script and digits, joined by dashes: a changelog id that survives edits elsewhere. */
export function eventSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'entry'
  );
}
