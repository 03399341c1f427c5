import path from 'node:path';
import getSlug from '@docusaurus/plugin-content-docs/lib/slug.js';
import {DefaultNumberPrefixParser, stripPathNumberPrefixes} from '@docusaurus/plugin-content-docs/lib/numberPrefix.js';
import {normalizeUrl} from '@docusaurus/utils';
import {didYouMean} from '../schema/closest';
import type {FieldProblem} from '../schema/collection';
import {notAPath} from '../schema/fields';
import {pluginRoutes} from '../navigation/pluginRoutes';
import {show} from '../schema/messages';
import {NOTE_FILE} from '../site/siteLayout';
import type {ContentFile} from '../site/sources';

/**
 * Where each content file is published, worked out as Docusaurus does (its own
 * slug function), so that check refuses what would make the build stop with
 * "Duplicate routes found!" or a pagination error, naming the file. Each
 * content folder is served at its own name (docusaurus.config.ts: docs,
 * papers, blog).
 */
interface Routed {
  file: string;
  folder: string;
  /** Whether the address comes from a `slug` (the problem's line), rather than the file's path. */
  hasSlug: boolean;
  /** Docusaurus's doc id (docs folders only), e.g. `notes/math`. */
  id?: string;
  permalink?: string;
}

/** Pages the content plugins make themselves, per folder (Docusaurus's default base paths). */
const PLUGIN_PAGES: Readonly<Record<string, readonly string[]>> = {
  docs: ['tags'],
  papers: ['tags'],
  blog: ['tags', 'archive', 'authors', 'page'],
};

const GENERATED = new Set(pluginRoutes().map(({route}) => withoutSlash(`/${route}`)));

function withoutSlash(route: string): string {
  return route.length > 1 ? route.replace(/\/+$/, '') : route;
}

const stringAt = (frontMatter: Record<string, unknown>, key: string) =>
  typeof frontMatter[key] === 'string' ? (frontMatter[key] as string) : undefined;

function docRoute(file: ContentFile, folder: string, problems: FieldProblem[]): Routed {
  const hasSlug = stringAt(file.frontMatter, 'slug') !== undefined;
  const source = file.file.slice(folder.length + 1);
  const sourceDirName = path.posix.dirname(source);
  const name = path.posix.basename(source).replace(NOTE_FILE, '');
  const baseID = stringAt(file.frontMatter, 'id') ?? DefaultNumberPrefixParser(name).filename;
  if (baseID.includes('/')) {
    problems.push({path: ['id'], message: `contains "/" (expected a doc id without a slash, got ${show(baseID)})`});
    return {file: file.file, folder, hasSlug};
  }
  const dir = sourceDirName === '.' ? undefined : stripPathNumberPrefixes(sourceDirName, DefaultNumberPrefixParser);
  const id = [dir, baseID].filter(Boolean).join('/');
  // A slug that is no path is the schema's problem (schema/fields.ts, sitePath): one line for it, not two.
  if (hasSlug && notAPath(stringAt(file.frontMatter, 'slug')!)) return {file: file.file, folder, hasSlug, id};
  try {
    const slug = getSlug({baseID, source, sourceDirName, frontMatterSlug: stringAt(file.frontMatter, 'slug')});
    return {file: file.file, folder, hasSlug, id, permalink: normalizeUrl(['/', folder, slug])};
  } catch {
    problems.push({
      path: ['slug'],
      message: `not a valid page address (expected a path like /my-note or my-note, without ?, # or a host, got ${show(file.frontMatter.slug)})`,
    });
    return {file: file.file, folder, hasSlug, id};
  }
}

/** The blog's rule (plugin-content-blog's blogUtils): `slug`, else the date and name of the file. */
function postRoute(file: ContentFile, folder: string): Routed {
  const source = file.file.slice(folder.length + 1);
  const dated = /^(?<dir>.*)(?<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?<text>.*?)(?:\/index)?\.(?:mdx?|ipynb)$/.exec(
    source,
  );
  const fromName = dated?.groups
    ? `/${dated.groups.date!.replace(/-/g, '/')}/${dated.groups.dir}${dated.groups.text}`
    : `/${source.replace(/(?:\/index)?\.(?:mdx?|ipynb)$/, '')}`;
  const slug = stringAt(file.frontMatter, 'slug');
  return {
    file: file.file,
    folder,
    hasSlug: slug !== undefined,
    permalink: normalizeUrl(['/', folder, slug ?? fromName]),
  };
}

/**
 * Where each content file is published, below the base URL (`/papers/resnet`),
 * for the files whose address is well formed: what a Markdown link to it writes.
 */
export function pageRoutes(files: readonly ContentFile[]): Map<string, string> {
  const routes = new Map<string, string>();
  for (const file of files) {
    const folder = file.file.split('/')[0]!;
    if (!(folder in PLUGIN_PAGES)) continue;
    const {permalink} = folder === 'blog' ? postRoute(file, folder) : docRoute(file, folder, []);
    if (permalink !== undefined) routes.set(file.file, permalink);
  }
  return routes;
}

/**
 * The routes of every content file: two files at one address, an address
 * the plugins generate, a malformed slug or id, and a `pagination_next` or
 * `pagination_prev` that names no doc, by file.
 */
export function pageRouteProblems(files: readonly ContentFile[]): Map<string, FieldProblem[]> {
  const problems = new Map<string, FieldProblem[]>();
  const problemsOf = (file: string) => problems.get(file) ?? problems.set(file, []).get(file)!;
  const routed = files.flatMap((file): Routed[] => {
    const folder = file.file.split('/')[0]!;
    if (!(folder in PLUGIN_PAGES)) return [];
    return [folder === 'blog' ? postRoute(file, folder) : docRoute(file, folder, problemsOf(file.file))];
  });
  const owners = new Map<string, string>();
  for (const page of routed) {
    if (page.permalink === undefined) continue;
    const route = withoutSlash(page.permalink);
    const generated = GENERATED.has(route);
    const pluginPage = PLUGIN_PAGES[page.folder]!.find(
      (base) => route === `/${page.folder}/${base}` || route.startsWith(`/${page.folder}/${base}/`),
    );
    const first = owners.get(route);
    const holder = generated
      ? 'which the roadmap plugin generates'
      : pluginPage !== undefined
        ? `which the ${pluginPage} pages of ${page.folder}/ use`
        : first !== undefined
          ? `which ${first} has`
          : undefined;
    if (first === undefined) owners.set(route, page.file);
    if (holder === undefined) continue;
    problemsOf(page.file).push({
      path: page.hasSlug ? ['slug'] : [],
      message: `address taken (expected an address of its own, got ${route}, ${holder}; set another slug)`,
    });
  }
  const idsByFolder = new Map<string, Set<string>>();
  for (const page of routed)
    if (page.id !== undefined)
      (idsByFolder.get(page.folder) ?? idsByFolder.set(page.folder, new Set()).get(page.folder)!).add(page.id);
  for (const file of files) {
    const folder = file.file.split('/')[0]!;
    const ids = idsByFolder.get(folder);
    if (ids === undefined) continue;
    for (const key of ['pagination_next', 'pagination_prev']) {
      const target = stringAt(file.frontMatter, key);
      if (target === undefined || ids.has(target)) continue;
      problemsOf(file.file).push({
        path: [key],
        message: `unknown doc id (expected the id of a doc in ${folder}/, its path without .md, e.g. ${show([...ids][0] ?? 'notes/intro')}, got ${show(target)})${didYouMean(target, ids)}`,
      });
    }
  }
  for (const [file, list] of problems) if (list.length === 0) problems.delete(file);
  return problems;
}
