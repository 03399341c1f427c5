import {placementOf} from '../../schema/collectionOf';
import {noteBodyOf} from '../../source/noteLinks';
import {readNoteViews} from '../../source/noteViews';
import {siteRule} from './siteRule';

export const viewsRule = siteRule({
  name: 'views',
  description:
    "each note's ```view blocks: YAML that parses, a known collection, fields and operators, and values and dates each field may hold",
  reads: ['files', 'markdownOf', 'today'],
  runsIn: 'both',
  run: ({files, markdownOf, today}) => ({
    problems: files.flatMap((file) =>
      placementOf(file.file) ? readNoteViews(file.file, noteBodyOf(markdownOf(file.file)), today).problems : [],
    ),
  }),
});
