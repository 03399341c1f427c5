/** Where the site keeps its content and data, relative to the site folder. */
export const CONTENT_FOLDERS = ['docs', 'papers', 'blog'] as const;
export const ROADMAP_FILE = 'data/roadmap.yml';
export const SKILLS_FILE = 'data/skills.yml';
export const DATA_FOLDER = 'data';
/** The blog's own key files: tags and authors a post may name (Docusaurus reads them too). */
export const BLOG_TAGS_FILE = 'blog/tags.yml';
export const BLOG_AUTHORS_FILE = 'blog/authors.yml';
