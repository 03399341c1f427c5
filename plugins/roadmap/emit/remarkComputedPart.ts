import {existsSync} from 'node:fs';
import type {Root} from 'mdast';
import {computedPartFile, computedPartImport, computedPartPlace} from './computedPartModule';
import {mdxElement, mdxImport} from './mdxNodes';
import {sitePath} from '../site/sitePath';

/** The names the component and the data are imported as, apart from any the page uses. */
const COMPONENT = 'RoadmapComputedPart';
const PART = 'roadmapComputedPartData';

/**
 * The docs instance's remark plugin: a page whose kind has a card
 * starts with it, and the curriculum and notes index pages with their
 * lists. The roadmap plugin computed them from the validated model and wrote
 * each as a data file (index.ts, `allContentLoaded`); the page imports that
 * file and the component that draws it, so both ship with this page only, and
 * the dev server reloads the page when the model changes.
 */
export default function remarkComputedPart({siteDir}: {siteDir: string}): (tree: Root, file: {path: string}) => void {
  return (tree, file) => {
    const relative = sitePath(siteDir, file.path);
    const place = computedPartPlace(relative);
    if (place === undefined) return;
    // Without it the bundler would stop with "Module not found" and no word of which note is at fault.
    if (!existsSync(computedPartFile(siteDir, relative))) {
      throw new Error(
        `${relative}: the roadmap plugin wrote no card or list for this page (expected ${computedPartFile(siteDir, relative)}); run npm run check`,
      );
    }
    const load = [mdxImport(COMPONENT, '@theme/ComputedPart'), mdxImport(PART, computedPartImport(relative))];
    const part = mdxElement(COMPONENT, {part: {identifier: PART}});
    if (place === 'end') {
      tree.children.push(...load, part);
      return;
    }
    // Below the page's own `# Title`, when the author wrote one.
    const first = tree.children[0];
    const titled = first?.type === 'heading' && first.depth === 1;
    tree.children.splice(titled ? 1 : 0, 0, ...load, part);
  };
}
