import type {ReactNode} from 'react';
// A theme that wraps another theme's component imports it as @theme-init
// (@theme-original is for a site's own swizzles).
import MDXComponents from '@theme-init/MDXComponents';
import ComputedPart from '@theme/ComputedPart';
import PaperCard from '@theme/PaperCard';
import type {PaperCardData} from 'plugins/roadmap/model/paperCard';

/**
 * The card a paper note starts with (emit/remarkPaperCard.ts): its data was
 * computed from the validated paper at build time and arrives as JSON.
 */
function PaperCardFromBuild({card}: {card: string}): ReactNode {
  return <PaperCard card={JSON.parse(card) as PaperCardData} />;
}

/** A docs page's card or index list (emit/remarkComputedPart.ts) arrives as imported JSON. */
export default {...MDXComponents, PaperCard: PaperCardFromBuild, ComputedPart};
