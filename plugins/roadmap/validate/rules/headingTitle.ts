import {parseMarkdownContentTitle} from '@docusaurus/utils';
import type {Problem} from '../../site/problem';
import type {ContentFile} from '../../site/sources';
import {bodyStart} from '../../source/noteLinks';
import {siteRule} from './siteRule';

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
  // The body starts after the front matter's closing line (a title means there is front matter).
  const start = bodyStart(text);
  const body = text.slice(start);
  // Only the first lines can hold the heading Docusaurus takes: look no further in long notes.
  const lead = body.trimStart().slice(0, 500);
  if (!lead.startsWith('#') && !/^.*\r?\n=+/.test(lead)) return undefined;
  const {contentTitle} = parseMarkdownContentTitle(lead);
  if (contentTitle === undefined || contentTitle === title.trim()) return undefined;
  const line = (text.slice(0, start + body.length - body.trimStart().length).match(/\n/g)?.length ?? 0) + 1;
  return {
    file: file.file,
    line,
    field: 'title',
    message: `replaced by the body's heading (the page shows "${contentTitle}" as its title, lists and search show "${title}"; expected one title: remove the heading, make it ## or more, or remove title)`,
  };
}

export const headingTitleRule = siteRule({
  name: 'heading-title',
  description: "each doc's `title` and the rendered body's first heading: a `# Heading` that is not the title",
  reads: ['files', 'markdownOf'],
  runsIn: 'check',
  why: 'the page still builds, showing the heading as its title: a slip for the author to fix, not a page the build cannot make',
  run: ({files, markdownOf}) => ({
    problems: files.flatMap((file) => {
      const scanned = markdownOf(file.file);
      const problem = headingTitleProblem(file, scanned.text);
      return problem ? [{...problem, line: problem.line && scanned.lineInFile(problem.line)}] : [];
    }),
  }),
});
