/**
 * Whether a page appears in lists, feeds, counts and search: not unlisted, not
 * a draft. Docusaurus's own flags hold only in a production build; a draft in
 * front matter is left out in `make serve` too, as the author expects.
 */
export function isListed(page: {unlisted?: boolean; draft?: boolean; frontMatter: Record<string, unknown>}): boolean {
  return !page.unlisted && !page.draft && page.frontMatter.draft !== true;
}
