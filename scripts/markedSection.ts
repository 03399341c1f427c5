/** `<!-- name:start -->` … `<!-- name:end -->`: a generated section of a hand-written file. */
export function markers(name: string): {start: string; end: string} {
  return {start: `<!-- ${name}:start (generated: do not edit by hand) -->`, end: `<!-- ${name}:end -->`};
}

export function sectionBetweenMarkers(text: string, name: string): string {
  const {start, end} = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`no "${start}" … "${end}" section`);
  return text.slice(from + start.length, to).trim();
}

export function replaceBetweenMarkers(text: string, name: string, content: string): string {
  const {start, end} = markers(name);
  sectionBetweenMarkers(text, name); // throws a clear error when the markers are missing
  return text.slice(0, text.indexOf(start) + start.length) + `\n\n${content}\n\n` + text.slice(text.indexOf(end));
}
