/**
 * Any text as a CommonMark code span, so that nothing in it is syntax: no
 * link, citation, HTML, math or directive. The fence is one backtick longer
 * than the longest run inside (CommonMark 6.1), padded when the text begins
 * or ends with a backtick or space; a line break or other control character
 * becomes U+FFFD, since a blank line would end the span and the paragraph.
 */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]/g, '\uFFFD');
  if (flat === '') return '` `';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
