import type {Root} from 'mdast';
import {paperCard} from '../model/paperCard';
import {mdxElement, mdxImport} from './mdxNodes';
import {checkFrontMatter, ownFieldsOnly} from '../schema/collection';
import {collections} from '../schema/collections';
import {placementOf} from '../schema/collectionOf';
import {fieldName, formatProblem} from '../site/problem';
import {today} from '../source/today';
import {sitePath} from '../site/sitePath';

/** The name the card's component is imported as, apart from any the page uses. */
const COMPONENT = 'RoadmapPaperCard';

/** What a remark plugin receives of the file: Docusaurus puts the parsed front matter in `data`. */
interface MarkdownFile {
  path: string;
  data: {frontMatter?: Record<string, unknown>};
}

/**
 * The papers instance's remark plugin: a paper note starts with its log card,
 * computed at build time from its front matter as the paper schema validates
 * it (the page receives the card, never raw front matter to cast). The build
 * has already refused an invalid paper with every problem listed; a paper
 * that still fails here (a dev server editing one file) stops with check's
 * words for that file.
 */
export default function remarkPaperCard({siteDir}: {siteDir: string}): (tree: Root, file: MarkdownFile) => void {
  return (tree, file) => {
    const relative = sitePath(siteDir, file.path);
    // Partials (`_`) are not pages of their own.
    if (placementOf(relative)?.collection !== 'paper') return;
    // Only the paper's own fields matter to its card; references to other files are the build's check.
    const {entry, problems} = checkFrontMatter(collections.paper, file.data.frontMatter ?? {}, ownFieldsOnly(today()));
    if (!entry) {
      const lines = problems.map((p) =>
        formatProblem({
          file: relative,
          line: undefined,
          field: fieldName(p.path) || 'front matter',
          message: p.message,
        }),
      );
      throw new Error(`a paper card needs a valid paper (run npm run check):\n${lines.join('\n')}`);
    }
    // The card's component comes with the page, so no other page's bundle carries it.
    tree.children.unshift(
      mdxImport(COMPONENT, '@theme/PaperCard'),
      mdxElement(COMPONENT, {card: {data: paperCard(entry)}}),
    );
  };
}
