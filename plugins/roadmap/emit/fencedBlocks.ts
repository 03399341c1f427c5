import type {Code, Nodes, Root} from 'mdast';
import {isBlockOf, type BlockLanguage} from '../source/noteLinks';

/** A ```lang block of a page's tree and the node that holds it, so a remark plugin can replace it. */
export interface FencedBlock {
  parent: {children: Nodes[]};
  node: Code;
}

/** Every ```lang block of a tree, anywhere (a list item, an admonition), in document order. */
export function fencedBlocks(tree: Root, lang: BlockLanguage): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const visit = (node: Nodes) => {
    if (!('children' in node)) return;
    for (const child of node.children)
      if (child.type === 'code' && isBlockOf(child, lang))
        blocks.push({parent: node as {children: Nodes[]}, node: child});
      else visit(child);
  };
  visit(tree);
  return blocks;
}
