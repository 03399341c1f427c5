import {collectionNamed} from '../../schema/collections';
import {siteRule} from './siteRule';

/** Entries that other files refer to by slug (courses, projects): two files may not share one. */
export const uniqueSlugsRule = siteRule({
  name: 'unique-slugs',
  description: 'the placed files of collections with `uniqueSlugs`: two files with one slug',
  reads: ['parsed'],
  runsIn: 'both',
  run: ({parsed}) => {
    const seen = new Map<string, string>();
    return {
      problems: parsed.placed.flatMap((file) => {
        if (!collectionNamed(file.collection).uniqueSlugs) return [];
        const key = `${file.collection}:${file.slug}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, file.file);
          return [];
        }
        const message = `duplicate ${file.collection} "${file.slug}" (expected one file per slug, also in ${first})`;
        return parsed.at(file.file, [{path: [], message}]);
      }),
    };
  },
});
