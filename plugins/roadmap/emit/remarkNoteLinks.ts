import {existsSync} from 'node:fs';
import type {ListItem, PhrasingContent, Root, RootContent} from 'mdast';
import {placementOf} from '../schema/collectionOf';
import {cutWikilinkProblem} from '../source/cutWikilinks';
import {splitLinkText} from '../source/linkSyntax';
import {forEachLinkText} from '../source/noteLinks';
import {linkedFromDataName, roadmapDataFile, roadmapDataImport} from './computedPartModule';
import {readLinkIndex, type CitedPaper, type LinkIndex} from './linkIndex';
import {mdxElement, mdxImport, mdxTextElement} from './mdxNodes';
import {wikilinkLink} from './wikilinkLink';
import type {Resolution} from '../validate/linkTargets';
import {sitePath} from '../site/sitePath';

/** Names the page's MDX imports under, apart from any the author uses. */
const CITATION = 'RoadmapCitation';
const LINKED_FROM = 'RoadmapLinkedFrom';
const LINKED_FROM_DATA = 'roadmapLinkedFromData';

const text = (value: string): PhrasingContent => ({type: 'text', value});

/**
 * The remark plugin every note, paper and post goes through (before
 * Docusaurus's own, so the References heading gets its anchor and a place in
 * the table of contents): `[[target]]` becomes a link, `[@key]` an
 * author–year citation with its paper's card, a page that cites ends with its
 * References, and every page ends with its "Linked from" section, imported from
 * the data file the roadmap plugin computed (so the dev server updates it when
 * another page starts linking here). Links are resolved with the index the
 * plugin wrote, the one `npm run check` builds the same way.
 */
export default function remarkNoteLinks({
  siteDir,
}: {
  siteDir: string;
}): (tree: Root, file: {path: string; value?: unknown}) => void {
  return (tree, file) => {
    const relative = sitePath(siteDir, file.path);
    if (!placementOf(relative)) return;
    const index = readLinkIndex(siteDir);
    const cited = new Map<string, CitedPaper>();
    const landed = (resolution: Resolution, source: string) => {
      // The plugin refused these already, with their lines (allContentLoaded); this is the last guard.
      if (resolution.target === undefined) throw new Error(`${relative}: ${source}: ${resolution.problem}`);
      return resolution;
    };
    const cut = (found: Parameters<typeof cutWikilinkProblem>[0]) => {
      // check's NoteBody reported it from the same tree shape; the plugin stopped the build already.
      const {source, problem, line} = cutWikilinkProblem(
        found,
        typeof file.value === 'string' ? file.value : undefined,
      );
      throw new Error(`${relative}:${line}: ${source}: ${problem}`);
    };
    forEachLinkText(
      tree,
      (node, parent, at) => {
        const nodes = splitLinkText(node.value).map((part): PhrasingContent => {
          if (part.kind === 'text') return text(part.value);
          if (part.kind === 'wikilink')
            return wikilinkLink(
              index,
              landed(index.targets.resolveName(part.target, part.heading), part.source),
              part.label,
            );
          const cites = part.keys.map((key) =>
            citedPaper(index, landed(index.targets.resolveCitation(key), part.source)),
          );
          for (const paper of cites) cited.set(paper.route, paper);
          return mdxTextElement(CITATION, {cites: {data: cites}});
        });
        parent.children.splice(at, 1, ...(nodes as typeof parent.children));
      },
      cut,
    );
    const end: RootContent[] = [];
    if (cited.size > 0) end.unshift(mdxImport(CITATION, '@theme/Citation'), ...references([...cited.values()]));
    const data = linkedFromDataName(relative);
    if (!existsSync(roadmapDataFile(siteDir, data)))
      throw new Error(`${relative}: the roadmap plugin wrote no "Linked from" data for this page; run npm run check`);
    end.push(
      mdxImport(LINKED_FROM, '@theme/LinkedFrom'),
      mdxImport(LINKED_FROM_DATA, roadmapDataImport(data)),
      mdxElement(LINKED_FROM, {part: {identifier: LINKED_FROM_DATA}}),
    );
    tree.children.push(...end);
  };
}

function citedPaper(index: LinkIndex, resolution: Resolution): CitedPaper {
  const paper = resolution.target && index.papers.get(resolution.target.file);
  if (!paper) throw new Error(`${resolution.target?.file ?? 'a citation'}: not a valid paper, so it cannot be cited`);
  return paper;
}

/** `## References`: each cited paper once, in the order of first citation, as a reader of a paper expects. */
function references(papers: readonly CitedPaper[]): RootContent[] {
  const items = papers.map((paper): ListItem => ({
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          text(`${paper.authors.join(', ')} (${paper.year}). `),
          {type: 'link', url: paper.route, children: [text(paper.title)]},
          text(paper.venue ? `. ${paper.venue}.` : '.'),
        ],
      },
    ],
  }));
  return [
    {type: 'heading', depth: 2, children: [text('References')]},
    {type: 'list', ordered: false, spread: false, children: items},
  ];
}
