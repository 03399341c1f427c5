import type {FieldPath, LineOf} from '../site/fieldPath';

/** A note's front matter and body, as readMarkdown reads a `.md` file and readNotebookNote a notebook. */
export interface ParsedMarkdown {
  frontMatter: Record<string, unknown>;
  /** The Markdown after the front matter. */
  content: string;
  lineOf: LineOf;
  /** Unquoted text cut short by a `#` comment on its line (see parseYaml). */
  cutByComment: readonly FieldPath[];
  /** Values marked `# TODO` on their line (see parseYaml). */
  markedTodo: readonly FieldPath[];
}
