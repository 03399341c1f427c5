import type {CollectionName} from './collection';

export interface Placement {
  collection: CollectionName;
  /** The id other files and data/roadmap.yml use to refer to it. */
  slug: string;
}

const MARKDOWN = /\.mdx?$/;

/**
 * The folder a file lives in decides its collection, so authors never write
 * a `type:` field. `file` is relative to the site, with `/` separators.
 * Returns undefined for files Docusaurus does not publish (`_partials`, assets).
 */
export function placementOf(file: string): Placement | undefined {
  if (!MARKDOWN.test(file) || file.split('/').some((part) => part.startsWith('_'))) return undefined;
  const parts = file.replace(MARKDOWN, '').split('/');
  const [root, section, name, rest] = parts;
  const last = parts.at(-1)!;
  const slugOf = (segments: string[]) => (last === 'index' ? segments.at(-2) : last) ?? last;
  if (root === 'papers') return {collection: 'paper', slug: slugOf(parts)};
  if (root === 'blog') return {collection: 'post', slug: slugOf(parts).replace(/^\d{4}-\d{2}-\d{2}-/, '')};
  if (root !== 'docs') return undefined;
  if (section === 'courses' && name !== undefined && rest === 'index' && parts.length === 4) {
    return {collection: 'course', slug: name};
  }
  if (section === 'projects' && name !== undefined && name !== 'index') {
    if (parts.length === 3) return {collection: 'project', slug: name};
    if (parts.length === 4 && rest === 'index') return {collection: 'project', slug: name};
  }
  if (
    (section === 'benchmarks' || section === 'talks') &&
    parts.length === 3 &&
    name !== 'index' &&
    name !== undefined
  ) {
    return {collection: section === 'benchmarks' ? 'benchmark' : 'talk', slug: name};
  }
  return {collection: 'note', slug: parts.slice(1).join('/')};
}
