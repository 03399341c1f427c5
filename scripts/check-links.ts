/**
 * Checks every link inside the built site: each `href` and `src` of every
 * HTML page in the build folder must land on a built file, and a `#fragment`
 * on an element of that page. Docusaurus checks the links between its own
 * routes; this also covers static files, feeds, generated pages and links
 * written as raw HTML, on the output a reader gets.
 */
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {anchorsIn, candidateFiles, internalLink, linksIn} from './links/builtLinks';

const HELP = `Usage: npm run check:links -- [--base-url /path/] [BUILD_DIR]

Checks every internal link (href, src) of every HTML page in BUILD_DIR
(default: build/) lands on a built file, and every #fragment on an element
with that id. External links are not fetched. Prints each broken link as
  page.html: link (why)
and exits 1; exits 0 when every link lands. --base-url defaults to the
BASE_URL environment variable, else /.`;

async function main(): Promise<number> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {'base-url': {type: 'string'}, help: {type: 'boolean', short: 'h'}},
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const buildDir = path.resolve(positionals[0] ?? 'build');
  const baseUrl = values['base-url'] ?? (process.env.BASE_URL || '/');
  if (!baseUrl.startsWith('/') || !baseUrl.endsWith('/'))
    throw new Error(`--base-url: expected a path that starts and ends with /, got "${baseUrl}"`);
  const entries = await readdir(buildDir, {recursive: true, withFileTypes: true});
  const files = new Set(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(buildDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
  );
  const pages = [...files].filter((file) => file.endsWith('.html')).sort();
  if (pages.length === 0) throw new Error(`${buildDir} holds no HTML page (expected a built site: npm run build)`);

  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = async (file: string) => {
    let anchors = anchorCache.get(file);
    if (!anchors) anchorCache.set(file, (anchors = anchorsIn(await readFile(path.join(buildDir, file), 'utf8'))));
    return anchors;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = await readFile(path.join(buildDir, page), 'utf8');
    for (const link of new Set(linksIn(html))) {
      const target = internalLink(link, page, baseUrl);
      if (!target) continue;
      checked += 1;
      if (target.sitePath === undefined) {
        broken.push(`${page}: ${link} (outside the base URL ${baseUrl})`);
        continue;
      }
      const file = candidateFiles(target.sitePath).find((candidate) => files.has(candidate));
      if (file === undefined) broken.push(`${page}: ${link} (no built file at ${target.requested})`);
      else if (
        target.fragment !== undefined &&
        file.endsWith('.html') &&
        !(await anchorsOf(file)).has(decodeURIComponent(target.fragment))
      )
        broken.push(`${page}: ${link} (no element with id "${target.fragment}" in ${file})`);
    }
  }
  if (broken.length > 0) {
    for (const line of broken) console.error(line);
    console.error(`\n✖ links: ${broken.length} broken of ${checked} internal links in ${pages.length} pages`);
    return 1;
  }
  console.log(`✔ links: ${checked} internal links in ${pages.length} pages all land`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
