import {viewData, type ViewData} from '../model/viewData';
import {viewEntries} from '../model/viewEntries';
import {viewRows} from '../model/viewRows';
import {buildRoadmapModel, type RoadmapModel} from '../model/roadmapModel';
import {viewPaperSearch} from '../paperSearch/viewPaperLink';
import type {ValidSite} from '../schema/validSite';
import {placementOf} from '../schema/collectionOf';
import type {PageLookup} from '../site/pages';
import {plural} from '../site/plural';
import {sortProblems, type Problem} from '../site/problem';
import type {ContentFile} from '../site/sources';
import {filePages} from '../source/filePages';
import type {RenderedMarkdown} from '../source/notebookNote';
import {noteBodyOf} from '../source/noteLinks';
import {readNoteViews, type NoteView} from '../source/noteViews';

/** The views of every note that holds one, checked (the views rule refused any bad one already). */
function notesWithViews(
  files: readonly {file: string}[],
  markdownOf: (file: string) => RenderedMarkdown,
  today: string,
): {file: string; views: NoteView[]}[] {
  return files.flatMap(({file}) => {
    if (!placementOf(file)) return [];
    const {views} = readNoteViews(file, noteBodyOf(markdownOf(file)), today);
    return views.length === 0 ? [] : [{file, views}];
  });
}

/**
 * Each page's views as its page draws them (theme/View), computed from the
 * model: what the build writes, one data file per page that holds a view.
 */
export function pageViews(
  files: readonly {file: string}[],
  markdownOf: (file: string) => RenderedMarkdown,
  input: {model: RoadmapModel; site: ValidSite; pageOf: PageLookup; today: string},
): {file: string; views: ViewData[]}[] {
  const entriesOf = viewEntries(input.model, input.site, input.pageOf);
  return notesWithViews(files, markdownOf, input.today).map(({file, views}) => ({
    file,
    views: views.map(({query}) => {
      const href = viewPaperSearch(query);
      return viewData(query, entriesOf(query.collection), href ? {href, label: 'Open in the paper log'} : undefined);
    }),
  }));
}

/**
 * `npm run check`'s warning for a view that matches nothing: valid, but an
 * empty table is rarely what its author meant (a typo in a value the schema
 * allows, a date range in the future).
 */
export function emptyViews(
  checked: {site: ValidSite | undefined; files: readonly ContentFile[]; markdownOf: (file: string) => RenderedMarkdown},
  today: string,
): Problem[] {
  const {site, files, markdownOf} = checked;
  if (!site) return [];
  const notes = notesWithViews(files, markdownOf, today);
  // Check builds no model otherwise: only a site with a view pays for one.
  if (notes.length === 0) return [];
  const pageOf = filePages(files);
  const entriesOf = viewEntries(buildRoadmapModel(site, pageOf, today), site, pageOf);
  return sortProblems(
    notes.flatMap(({file, views}) =>
      views.flatMap(({query, line}) => {
        if (viewRows(query, entriesOf(query.collection)).total > 0) return [];
        const among = plural(entriesOf(query.collection).length, query.collection.label.one);
        return [
          {
            file,
            line,
            field: 'view',
            message: `matches nothing (expected at least one row; none of the ${among} passes its where:)`,
          },
        ];
      }),
    ),
  );
}
