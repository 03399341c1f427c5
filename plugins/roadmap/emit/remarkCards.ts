import type {BlockContent, Nodes, PhrasingContent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {ownDeck} from '../model/reviewCards';
import {deckExport} from '../model/reviewPage';
import {placementOf} from '../schema/collectionOf';
import {sitePath} from '../site/sitePath';
import {readCardsBlock} from '../source/noteCards';
import {parseNoteBody} from '../source/noteLinks';
import {fencedBlocks} from './fencedBlocks';
import {mdxElement, mdxImport} from './mdxNodes';

/** The name the page's MDX imports the block's component under, apart from any the author uses. */
const CHECK_YOURSELF = 'RoadmapCheckYourself';

/** `<name>children</name>`, a plain element: `details` and `summary` are MDX's components (Docusaurus's Details). */
const jsx = (name: string, children: MdxJsxFlowElement['children']): MdxJsxFlowElement => ({
  ...mdxElement(name, {}),
  children,
});

/** A card's Markdown as the page's own nodes, so math, links and wikilinks render as in the body. */
function markdownNodes(markdown: string): RootContent[] {
  const strip = (node: Nodes): void => {
    delete node.position;
    if ('children' in node) for (const child of node.children) strip(child);
  };
  const tree = parseNoteBody(markdown);
  strip(tree);
  return tree.children;
}

/** A question in a `<summary>`: a lone paragraph's words, else its blocks. */
function summaryOf(question: string): MdxJsxFlowElement {
  const nodes = markdownNodes(question);
  const only = nodes.length === 1 && nodes[0]!.type === 'paragraph' ? nodes[0]!.children : undefined;
  const children = only
    ? ([{type: 'paragraph', children: only as PhrasingContent[]}] as BlockContent[])
    : (nodes as BlockContent[]);
  return jsx('summary', children);
}

/**
 * The remark plugin of cards: each ```cards block of a note becomes "Check
 * yourself", each question in a `<details>` with its answer behind it, and
 * links to the note's deck on /review and its Anki file. It runs before the
 * plugin of links, which resolves the cards' wikilinks and citations as the
 * body's. The roadmap plugin refused a bad block already (validate/rules/cards.ts).
 */
export default function remarkCards({
  siteDir,
}: {
  siteDir: string;
}): (tree: Root, file: {path: string; data?: {frontMatter?: Record<string, unknown>}}) => void {
  return (tree, file) => {
    const relative = sitePath(siteDir, file.path);
    if (!placementOf(relative)) return;
    const blocks = fencedBlocks(tree, 'cards');
    if (blocks.length === 0) return;
    // An unlisted note or a draft is in no deck (model/reviewCards.ts): its block links none.
    const frontMatter = file.data?.frontMatter ?? {};
    const listed = frontMatter.unlisted !== true && frontMatter.draft !== true;
    const deck = ownDeck(relative);
    for (const {parent, node} of blocks) {
      const {cards, problems} = readCardsBlock(relative, {
        yaml: node.value,
        line: (node.position?.start.line ?? 0) + 1,
      });
      if (problems.length > 0) {
        // Under `npm start` a half-typed block stays code until it parses; a build never gets here.
        if (process.env.NODE_ENV === 'development') continue;
        throw new Error(`${relative}:${problems[0]!.line}: ${problems[0]!.field}: ${problems[0]!.message}`);
      }
      const element = mdxElement(CHECK_YOURSELF, {
        count: {data: cards.length},
        deck: {data: listed ? {slug: deck, export: deckExport(deck)} : null},
      });
      element.children = cards.map((card) =>
        jsx('details', [summaryOf(card.q), ...(markdownNodes(card.a) as BlockContent[])]),
      );
      parent.children.splice(parent.children.indexOf(node), 1, element);
    }
    tree.children.push(mdxImport(CHECK_YOURSELF, '@theme/CheckYourself'));
  };
}
