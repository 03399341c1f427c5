import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import {placementOf} from '../schema/collectionOf';
import {sitePath} from '../site/sitePath';
import {roadmapDataFile, roadmapDataImport, viewsDataName} from './computedPartModule';
import {fencedBlocks} from './fencedBlocks';
import {mdxElement, mdxImport} from './mdxNodes';

/** Names the page's MDX imports under, apart from any the author uses. */
const VIEW = 'RoadmapView';
const VIEWS_DATA = 'roadmapViewsData';

/**
 * The remark plugin of views: each ```view block of a note, paper or post
 * becomes `<RoadmapView views={…} index={i} />`, drawing the rows the roadmap
 * plugin computed from the model (build/siteBuild.ts) and wrote as the page's
 * views file, so the dev server redraws the page when a note it lists changes.
 * The block's own text never reaches the page.
 */
export default function remarkViews({siteDir}: {siteDir: string}): (tree: Root, file: {path: string}) => void {
  return (tree, file) => {
    const relative = sitePath(siteDir, file.path);
    if (!placementOf(relative)) return;
    const blocks = fencedBlocks(tree, 'view');
    if (blocks.length === 0) return;
    const data = viewsDataName(relative);
    const written = roadmapDataFile(siteDir, data);
    const computed = existsSync(written) ? (JSON.parse(readFileSync(written, 'utf8')) as unknown[]).length : undefined;
    if (computed !== blocks.length) {
      // The plugin refused a bad view already, with its line; this guards against a page it did not see.
      if (process.env.NODE_ENV !== 'development')
        throw new Error(
          `${relative}: ${blocks.length} view blocks, but the roadmap plugin computed ${computed ?? 0} for this page; run npm run check`,
        );
      // Under `npm start` an edit may compile a moment before the plugin rewrites the page's file (a first
      // view has none yet): the import redraws the page when it does.
      if (computed === undefined) {
        mkdirSync(path.dirname(written), {recursive: true});
        writeFileSync(written, '[]');
      }
    }
    blocks.forEach(({parent, node}, index) => {
      parent.children.splice(
        parent.children.indexOf(node),
        1,
        mdxElement(VIEW, {views: {identifier: VIEWS_DATA}, index: {data: index}}),
      );
    });
    tree.children.push(mdxImport(VIEW, '@theme/View'), mdxImport(VIEWS_DATA, roadmapDataImport(data)));
  };
}
