import type {FieldProblem} from '../../schema/collection';
import {fileDateOf} from '../../site/fileDate';
import type {ContentFile} from '../../site/sources';
import {collectionNamed} from '../../schema/collections';
import {siteRule} from './siteRule';

/**
 * A post's date is written twice, in its file name and in `date:`. The blog
 * dates the page by `date:` and may still put the file's date in its
 * address: when they differ, one of them is a slip.
 */
export function postFileDateProblems(post: ContentFile): FieldProblem[] {
  const fileDate = fileDateOf(post.file);
  const date = post.frontMatter.date;
  if (fileDate === undefined || typeof date !== 'string' || date.slice(0, 10) === fileDate) return [];
  return [
    {
      path: ['date'],
      message: `not the date of the file name (expected ${fileDate}, as in ${post.file.split('/').pop()}, or the file renamed to the date, got ${JSON.stringify(date)})`,
    },
  ];
}

export const postFileDateRule = siteRule({
  name: 'post-file-date',
  description:
    "a post's parsed `date:` and its file name: the two dates differ (a `date` the schema refused is not compared)",
  reads: ['parsed'],
  runsIn: 'both',
  run: ({parsed}) => ({
    problems: parsed.placed.flatMap((file) =>
      collectionNamed(file.collection).datedFileNames &&
      !(parsed.fieldProblems.get(file.file) ?? []).some((p) => p.path[0] === 'date')
        ? parsed.at(file.file, postFileDateProblems(file))
        : [],
    ),
  }),
});
