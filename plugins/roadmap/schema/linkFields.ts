import {list, optional, text} from './fields';

/**
 * The fields every kind of note has for links (issue 17): other names a
 * `[[wikilink]]` may use, and pages the text does not mention that its
 * "Linked from" readers should still find. Each `related` entry names a page
 * as a wikilink does; check resolves them.
 */
export const LINK_FIELDS = {
  aliases: optional(list(text())).describe('Other names `[[…]]` links may use for this page, e.g. `[ResNet]`.'),
  related: optional(list(text())).describe(
    'Related pages the text does not link: a slug, citekey, `docs/` path or title each, as in `[[…]]`.',
  ),
};
