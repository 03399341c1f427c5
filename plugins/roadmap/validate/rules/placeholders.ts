import type {AnyCollection, FieldProblem} from '../../schema/collection';
import {show} from '../../schema/messages';
import {valueAt, type FieldPath} from '../../site/fieldPath';
import type {ContentFile} from '../../site/sources';
import {collectionNamed} from '../../schema/collections';
import {siteRule} from './siteRule';

/**
 * What the templates leave for the author to replace: text starting with
 * TODO (`authors: [TODO]`, `summary: "TODO: …"`), and the Google Scholar
 * search link the paper template starts with, which finds a paper but is not one.
 */
function isPlaceholder(value: string): boolean {
  return /^\s*TODO\b/i.test(value) || /^https?:\/\/scholar\.google\.[a-z.]+\/scholar\?/i.test(value);
}

function placeholdersIn(value: unknown, path: FieldPath): [FieldPath, string][] {
  if (typeof value === 'string') return isPlaceholder(value) ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholdersIn(item, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => placeholdersIn(item, [...path, key]));
  return [];
}

/**
 * Placeholders left in a note that is no longer a draft (or, for a paper, no
 * longer queued): valid YAML, valid types, and still not what the page should say.
 */
export function placeholderProblems(collection: AnyCollection, file: ContentFile): FieldProblem[] {
  const {frontMatter} = file;
  const still = collection.placeholdersWhile;
  if (frontMatter.draft === true || still?.holds(frontMatter)) return [];
  const state = still ? `neither a draft nor ${still.state}` : 'not a draft';
  const expected = `expected the real value, since the ${collection.name} is ${state}`;
  return [
    ...placeholdersIn(frontMatter, []).map(([path, value]) => ({
      path,
      message: `placeholder left in (${expected}, got ${show(value)})`,
    })),
    // A value of the right type that the template marked (`year: 2025  # TODO`); check only, as the build reads no comments.
    ...(file.markedTodo ?? []).map((path) => ({
      path,
      message: `placeholder left in (${expected}, got ${show(valueAt(frontMatter, path))} marked "# TODO": set it, then delete the mark)`,
    })),
  ];
}

export const placeholdersRule = siteRule({
  name: 'placeholders',
  description:
    "the parsed front matter: a template's TODO or Scholar search link left in a note that is no longer a draft",
  reads: ['parsed'],
  runsIn: 'both',
  run: ({parsed}) => ({
    problems: parsed.placed.flatMap((file) =>
      parsed.at(file.file, placeholderProblems(collectionNamed(file.collection), file)),
    ),
  }),
});
