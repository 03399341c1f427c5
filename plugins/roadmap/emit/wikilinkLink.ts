import type {Link} from 'mdast';
import type {LinkTarget} from '../validate/linkTargets';
import type {LinkIndex} from './linkIndex';

/**
 * The link a resolved `[[target#heading|label]]` becomes: to the target's
 * route and anchor, named by its label, else the title (and the heading's
 * text). The page's remark plugin and a card's HTML both make it.
 */
export function wikilinkLink(
  index: LinkIndex,
  resolved: {target: LinkTarget; anchor?: string},
  label: string | undefined,
): Link {
  const {target, anchor} = resolved;
  const heading = index.targets.headings(target).find((h) => h.id === anchor);
  return {
    type: 'link',
    url: anchor === undefined ? target.route : `${target.route}#${anchor}`,
    children: [{type: 'text', value: label ?? (heading ? `${target.title} › ${heading.text}` : target.title)}],
  };
}
