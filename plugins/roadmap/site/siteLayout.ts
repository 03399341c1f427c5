/** Where the site keeps its content and data, relative to the site folder. */
export const CONTENT_FOLDERS = ['docs', 'papers', 'blog'] as const;
export const ROADMAP_FILE = 'data/roadmap.yml';
export const SKILLS_FILE = 'data/skills.yml';
export const DATA_FOLDER = 'data';
/** A note's file: Markdown, MDX, or a Jupyter notebook (a note like a `.md` file in its folder). */
export const NOTE_FILE = /\.(?:mdx?|ipynb)$/;

/**
 * A note `check` reads, by its path relative to the site: Docusaurus
 * does not publish files in dot-folders (.drafts/, .obsidian/).
 */
export function isContentFile(file: string): boolean {
  return (
    NOTE_FILE.test(file) &&
    file
      .split('/')
      .slice(0, -1)
      .every((part) => !part.startsWith('.'))
  );
}

/** The blog's own key files: tags and authors a post may name (Docusaurus reads them too). */
export const BLOG_TAGS_FILE = 'blog/tags.yml';
export const BLOG_AUTHORS_FILE = 'blog/authors.yml';

/** Every file besides Markdown that `check` reads: the data files and the blog's key files. */
export const CHECKED_DATA_FILES: readonly string[] = [ROADMAP_FILE, SKILLS_FILE, BLOG_TAGS_FILE, BLOG_AUTHORS_FILE];
