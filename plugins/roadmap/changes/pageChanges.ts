import {placementOf} from '../schema/collectionOf';
import type {CollectionName} from '../schema/collections';
import {readNote} from '../source/frontMatter';

export type PageChangeKind = 'added' | 'changed' | 'renamed' | 'removed';

/** One file a pull request adds, changes, renames or removes, as a reader names it. */
export interface PageChange {
  kind: PageChangeKind;
  /** The path after the change (before it, for a removal). */
  file: string;
  /** The old path of a renamed file. */
  from?: string;
  /** A renamed file whose text changed too. */
  edited?: boolean;
  /** `data file` for data/*.yml. */
  what: CollectionName | 'data file';
  title: string;
  /** A draft is not published; an unlisted page is published but in no list or feed. */
  visibility: 'draft' | 'unlisted' | 'listed';
}

/**
 * Pure: the files of two states of the site (path → text) and git's renames
 * (old path → new path) → what changed, in a stable order. A removed and an
 * added file with the same text are a rename too (git sees only tracked files).
 */
export function pageChanges(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  gitRenames: ReadonlyMap<string, string> = new Map(),
): PageChange[] {
  const removed = new Set([...before.keys()].filter((file) => !after.has(file)));
  const added = new Set([...after.keys()].filter((file) => !before.has(file)));
  const renames = new Map([...gitRenames].filter(([from, to]) => removed.has(from) && added.has(to)));
  for (const from of removed) {
    if (renames.has(from)) continue;
    const to = [...added].find((file) => after.get(file) === before.get(from) && ![...renames.values()].includes(file));
    if (to !== undefined) renames.set(from, to);
  }
  const changes: PageChange[] = [];
  for (const [from, to] of renames) {
    removed.delete(from);
    added.delete(to);
    changes.push({...describe(to, after.get(to)!), kind: 'renamed', from, edited: before.get(from) !== after.get(to)});
  }
  for (const file of added) changes.push({...describe(file, after.get(file)!), kind: 'added'});
  for (const file of removed) changes.push({...describe(file, before.get(file)!), kind: 'removed'});
  for (const [file, text] of after)
    if (before.has(file) && before.get(file) !== text) changes.push({...describe(file, text), kind: 'changed'});
  const order: PageChangeKind[] = ['added', 'changed', 'renamed', 'removed'];
  return changes.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.file.localeCompare(b.file));
}

function describe(file: string, text: string): Omit<PageChange, 'kind'> {
  const placement = placementOf(file);
  if (!placement) return {file, what: 'data file', title: file, visibility: 'listed'};
  let frontMatter: Record<string, unknown> = {};
  let body = text;
  try {
    ({frontMatter, content: body} = readNote(file, text));
  } catch {
    // Front matter that does not parse is the check's to report; the file is still named.
  }
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1];
  const title = typeof frontMatter.title === 'string' ? frontMatter.title : (heading ?? file.split('/').at(-1)!);
  const visibility = frontMatter.draft === true ? 'draft' : frontMatter.unlisted === true ? 'unlisted' : 'listed';
  return {file, what: placement.collection, title, visibility};
}
