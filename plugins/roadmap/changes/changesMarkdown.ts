import type {PageChange} from './pageChanges';
import type {SiteChanges} from './siteChanges';

/** The first line of the comment, so that a workflow can find and update its own comment. */
const COMMENT_MARKER = '<!-- roadmap: check --since -->';

/**
 * Pure: the changes as Markdown for a pull-request comment. `problems` are the
 * check's lines for the working tree (empty when it passed).
 */
export function changesMarkdown(changes: SiteChanges, problems: readonly string[] = []): string {
  const lines = [COMMENT_MARKER, `### What this pull request changes (since \`${changes.ref}\`)`, ''];
  if (problems.length > 0) {
    lines.push(
      `✖ \`npm run check\` found ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}; fix ${problems.length === 1 ? 'it' : 'them'} and push again:`,
      '',
      '```text',
      ...problems,
      '```',
      '',
    );
  }
  lines.push('**Pages**', '');
  if (changes.pages.length === 0) lines.push('No note, post or data file is added, changed or removed.');
  else lines.push(...changes.pages.map((page) => `- ${pageLine(page)}`));
  lines.push('', '**Dashboard**', '');
  if (changes.dashboard === undefined)
    lines.push(
      changes.baseInvalid
        ? `The content at \`${changes.ref}\` does not pass the check, so there is no dashboard to compare with.`
        : 'The dashboard delta appears once the check passes.',
    );
  else if (changes.dashboard.length === 0) lines.push('No change to the dashboard.');
  else lines.push(...changes.dashboard.map((line) => `- ${markdownText(line)}`));
  const {added, removed} = changes.links;
  if (added.length + removed.length > 0) {
    lines.push('', '**Links**', '');
    lines.push(...added.map((link) => `- added ${link.kind} \`${link.from}\` → \`${link.to}\``));
    lines.push(...removed.map((link) => `- removed ${link.kind} \`${link.from}\` → \`${link.to}\``));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Text from front matter as literal Markdown: a title must not become a link,
 * an image, HTML or an @mention in the comment. Other punctuation is left
 * alone so that the text stays readable in a terminal.
 */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>@#|~!]/g, '\\$&');
}

/** `added post "Title" (draft) — blog/2025-11-20-title.md`. */
export function pageLine(page: PageChange): string {
  const what =
    page.what === 'data file'
      ? `data file \`${page.file}\``
      : `${page.what} ${markdownText(JSON.stringify(page.title))}`;
  const visibility = page.visibility === 'listed' ? '' : ` (${page.visibility})`;
  if (page.what === 'data file') return `${page.kind} ${what}`;
  if (page.kind === 'renamed')
    return `renamed${page.edited ? ' and changed' : ''} ${what}${visibility}: \`${page.from}\` → \`${page.file}\``;
  return `${page.kind} ${what}${visibility} — \`${page.file}\``;
}
