import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import {computedPartFile, computedPartImport, computedPartPlace} from './computedPartModule';

/** The identifier the card's data is imported as; MDX keeps the page's own names apart from it. */
const PART = '__roadmapComputedPart';

/**
 * The docs instance's remark plugin: a course, project, benchmark or talk page
 * starts with its card, and the curriculum and notes index pages with their
 * lists. The roadmap plugin computed them from the validated model and wrote
 * each as a data file (index.ts, `allContentLoaded`); the page imports that
 * file, so its data ships with this page only, and the dev server reloads the
 * page when the model changes.
 */
export default function remarkComputedPart({siteDir}: {siteDir: string}): (tree: Root, file: {path: string}) => void {
  return (tree, file) => {
    const relative = path.relative(siteDir, file.path).split(path.sep).join('/');
    const place = computedPartPlace(relative);
    if (place === undefined) return;
    // Without it the bundler would stop with "Module not found" and no word of which note is at fault.
    if (!existsSync(computedPartFile(siteDir, relative))) {
      throw new Error(
        `${relative}: the roadmap plugin wrote no card or list for this page (expected ${computedPartFile(siteDir, relative)}); run npm run check`,
      );
    }
    const source = computedPartImport(relative);
    const load: MdxjsEsm = {
      type: 'mdxjsEsm',
      value: '',
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ImportDeclaration',
              specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: PART}}],
              source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
              attributes: [],
            },
          ],
        },
      },
    };
    const part: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'ComputedPart',
      attributes: [
        {
          type: 'mdxJsxAttribute',
          name: 'part',
          value: {
            type: 'mdxJsxAttributeValueExpression',
            value: PART,
            data: {
              estree: {
                type: 'Program',
                sourceType: 'module',
                body: [{type: 'ExpressionStatement', expression: {type: 'Identifier', name: PART}}],
              },
            },
          },
        },
      ],
      children: [],
    };
    if (place === 'end') {
      tree.children.push(load, part);
      return;
    }
    // Below the page's own `# Title`, when the author wrote one.
    const first = tree.children[0];
    const titled = first?.type === 'heading' && first.depth === 1;
    tree.children.splice(titled ? 1 : 0, 0, load, part);
  };
}
