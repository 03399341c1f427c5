import type {z} from 'zod';
import type {AnyCollection, FieldProblem} from '../../schema/collection';
import {show} from '../../schema/messages';
import {valueAt, type FieldPath} from '../../site/fieldPath';
import type {ContentFile, DataFile} from '../../site/sources';
import {collectionNamed} from '../../schema/collections';
import {siteRule} from './siteRule';

/** A field takes free text if its schema accepts words with a space (ids, dates, URLs and enums do not). */
function takesText(schema: z.ZodType | undefined, value: string): boolean {
  return schema === undefined ? /\s/.test(value) : schema.safeParse('two words').success;
}

/** The same warnings for a data file, whose text values are those with a space left in them. */
export function dataTextCutByComment(file: DataFile): FieldProblem[] {
  return (file.cutByComment ?? []).flatMap((path) => {
    const value = valueAt(file.data, path);
    return typeof value === 'string' && /\s/.test(value) ? [cutShort(path, value)] : [];
  });
}

function cutShort(path: FieldPath, value: string): FieldProblem {
  return {
    path,
    message: `cut short by a comment? (YAML ends unquoted text at " #"; expected the whole text in quotes, e.g. "${value} #…", got ${show(value)})`,
  };
}

/**
 * Warnings for unquoted text that a `#` on its line cut short: YAML reads
 * `event: PyData meetup #14` as "PyData meetup". Only text fields: an id or a
 * status followed by a comment reads as meant. A nested or free-form value
 * counts as text when what is left has a space in it.
 */
export function textCutByComment(collection: AnyCollection, file: ContentFile): FieldProblem[] {
  return (file.cutByComment ?? []).flatMap((path): FieldProblem[] => {
    const value = valueAt(file.frontMatter, path);
    if (typeof value !== 'string') return [];
    const schema = path.length === 1 ? collection.fields[String(path[0])] : undefined;
    if (!takesText(schema, value)) return [];
    return [cutShort(path, value)];
  });
}

export const cutByCommentRule = siteRule({
  name: 'cut-by-comment',
  description: 'the parsed front matter and data files: unquoted text that a ` #` comment cut short (a warning)',
  reads: ['parsed'],
  runsIn: 'check',
  why: 'a warning, and only check shows warnings; the front matter Docusaurus loads keeps no comments',
  run: ({parsed}) => ({
    warnings: [
      ...parsed.placed.flatMap((file) =>
        parsed.at(file.file, textCutByComment(collectionNamed(file.collection), file)),
      ),
      ...[parsed.sources.roadmap, parsed.sources.skills].flatMap((data) =>
        parsed.at(data.file, dataTextCutByComment(data)),
      ),
    ],
  }),
});
