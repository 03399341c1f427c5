import {parseMarkdownContentTitle} from '@docusaurus/utils';
import type {Problem} from '../site/problem';
import type {ContentFile} from '../site/sources';

/** The folders Docusaurus's docs plugin serves (docs/ and papers/): there a leading `# Heading` wins over `title`. */
const DOCS_FOLDERS = ['docs/', 'papers/'];

/**
 * A doc whose body opens with `# Heading` shows that heading as its <h1>
 * instead of the front-matter `title` (Docusaurus's DocItem only draws the
 * title when the body has none), while lists, the sidebar and search name it
 * by `title`: one page, two names. Reported rather than hidden: which of the
 * two the author meant is theirs to say. Check only, since the build no
 * longer has the body's first line at hand.
 */
export function headingTitleProblem(file: ContentFile, text: string): Problem | undefined {
  const title = file.frontMatter.title;
  if (typeof title !== 'string' || !DOCS_FOLDERS.some((folder) => file.file.startsWith(folder))) return undefined;
  const lines = text.split(/\r?\n/);
  // The body starts after the front matter's closing line (when there is front matter).
  const close = /^---[ \t]*$/.test(lines[0] ?? '')
    ? lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line))
    : -1;
  const body = lines.slice(close + 1);
  const {contentTitle} = parseMarkdownContentTitle(body.join('\n'));
  if (contentTitle === undefined || contentTitle === title.trim()) return undefined;
  const first = body.findIndex((line) => line.trim() !== '');
  return {
    file: file.file,
    line: close + 2 + first,
    field: 'title',
    message: `replaced by the body's heading (the page shows "${contentTitle}" as its title, lists and search show "${title}"; expected one title: remove the heading, make it ## or more, or remove title)`,
  };
}
