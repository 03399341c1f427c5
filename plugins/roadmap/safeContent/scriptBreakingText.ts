import type {FieldPath} from '../site/fieldPath';
import {fieldName, type Problem} from '../site/problem';

/**
 * `</script` ends a `<script>` block wherever it appears, and `<!--` can make
 * the parser skip that end. Docusaurus writes titles and descriptions into
 * JSON-LD `<script>` blocks; the site escapes them there (jsonInScript.ts),
 * and check refuses such text in any front-matter string anyway, so that no
 * other place that writes a title into a script (a theme, a plugin, a feed
 * reader's page) can be caught out by it.
 */
const SCRIPT_BREAKING = /<\/script|<!--/i;

export function scriptBreakingFrontMatter(
  file: string,
  frontMatter: Record<string, unknown> | undefined,
  /** Asked only for a value it reports: the build locates lines by reading the file again. */
  lineOf: ((path: FieldPath) => number | undefined) | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: FieldPath) => {
    if (typeof value === 'string') {
      const found = SCRIPT_BREAKING.exec(value);
      if (found)
        problems.push({
          file,
          line: lineOf?.(path),
          field: fieldName(path),
          message: `${found[0]} can end a <script> block and run the rest as code (expected no "</script" or "<!--" in front matter, got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)})`,
        });
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(frontMatter, []);
  return problems;
}
