import type {FieldPath, LineOf} from './fieldPath';

/** One Markdown file's front matter, as Docusaurus or `check` read it. */
export interface ContentFile {
  /** Relative to the site, with `/` separators. */
  file: string;
  frontMatter: Record<string, unknown>;
  /** Known when the file was read by `check`; the build locates lines only for files with problems. */
  lineOf?: LineOf;
  /** Known when read by `check`: unquoted text that a `#` comment cut short. */
  cutByComment?: readonly FieldPath[];
  /** Known when read by `check`: values a template marked `# TODO` on their line. */
  markedTodo?: readonly FieldPath[];
}

export interface DataFile {
  file: string;
  data: unknown;
  lineOf: LineOf;
  /** Missing or not YAML: already reported, not validated further. */
  unreadable?: boolean;
  /** Unquoted text that a `#` comment cut short (see source/yaml.ts). */
  cutByComment?: readonly FieldPath[];
}

/** The keys a post may use in `tags` and `authors`; undefined where the file does not exist. */
export interface BlogKeys {
  blogTags: ReadonlySet<string> | undefined;
  blogAuthors: ReadonlySet<string> | undefined;
}

/** Everything validation reads: the data files and every content file's front matter. */
export interface SiteSources {
  roadmap: DataFile;
  skills: DataFile;
  files: readonly ContentFile[];
  /** Files whose front matter did not parse: reported already, but their slugs still exist. */
  unreadableFiles?: readonly string[];
  /** Read by `check` only: in the build, Docusaurus's blog refuses unknown tags and authors itself. */
  blogKeys?: BlogKeys;
}
