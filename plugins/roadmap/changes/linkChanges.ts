import type {FileLink} from '../validate/siteLinks';

export interface LinkChanges {
  added: FileLink[];
  removed: FileLink[];
}

const keyOf = (link: FileLink) => `${link.from}\n${link.to}\n${link.kind}`;

/**
 * Pure: the links a pull request adds and removes. A renamed file's links are
 * compared under its new name, so a move alone changes no link.
 */
export function linkChanges(
  before: readonly FileLink[],
  after: readonly FileLink[],
  renames: ReadonlyMap<string, string>,
): LinkChanges {
  const renamed = (file: string) => renames.get(file) ?? file;
  const old = before.map((link) => ({...link, from: renamed(link.from), to: renamed(link.to)}));
  const oldKeys = new Set(old.map(keyOf));
  const newKeys = new Set(after.map(keyOf));
  return {
    added: after.filter((link) => !oldKeys.has(keyOf(link))),
    removed: old.filter((link) => !newKeys.has(keyOf(link))),
  };
}
