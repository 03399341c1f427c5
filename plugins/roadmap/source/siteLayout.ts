/** Where the site keeps its content and data, relative to the site folder. */
export const CONTENT_FOLDERS = ['docs', 'papers', 'blog'] as const;
export const ROADMAP_FILE = 'data/roadmap.yml';
export const SKILLS_FILE = 'data/skills.yml';
export const DATA_FOLDER = 'data';
