import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

/**
 * The walls of the roadmap plugin (../shared/design/architecture.md, README
 * "How it works"), read from every import of every source file, type-only and
 * dynamic ones included: a wall that only a reviewer checks is soon a door.
 */
const PLUGIN = path.resolve(__dirname, '../../plugins/roadmap');

interface Import {
  /** The importing file, relative to the plugin. */
  file: string;
  /** The plugin folder it lives in (`model`, `theme`, ...), or `.` for index.ts. */
  folder: string;
  /** As written: `../emit/bibtex`, `react`, `node:fs`. */
  specifier: string;
  /** The plugin folder a relative import lands in; undefined for packages and files outside the plugin. */
  target: string | undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.(ts|tsx|mts)$/.test(file))
    .map((file) => file.split(path.sep).join('/'));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(PLUGIN, file), 'utf8');
  const {importedFiles} = ts.preProcessFile(text, true, true);
  const folder = file.includes('/') ? file.split('/')[0]! : '.';
  return importedFiles.map(({fileName: specifier}) => {
    let target: string | undefined;
    if (specifier.startsWith('.')) {
      const resolved = path.relative(PLUGIN, path.resolve(PLUGIN, path.dirname(file), specifier));
      if (!resolved.startsWith('..')) target = resolved.includes(path.sep) ? resolved.split(path.sep)[0] : '.';
    } else if (specifier.startsWith('plugins/roadmap/')) {
      target = specifier.split('/')[2];
    }
    return {file, folder, specifier, target};
  });
}

const IMPORTS = sourceFiles(PLUGIN).flatMap(importsOf);

/** Every import of `folder` that a wall forbids, as `file → specifier`. */
function breaches(folder: string, forbidden: (i: Import) => boolean): string[] {
  return IMPORTS.filter((i) => i.folder === folder && forbidden(i)).map((i) => `${i.file} → ${i.specifier}`);
}

const isPackage = (pattern: RegExp) => (i: Import) => i.target === undefined && pattern.test(i.specifier);
const inFolder =
  (...folders: string[]) =>
  (i: Import) =>
    i.target !== undefined && folders.includes(i.target);
const either =
  (...tests: ((i: Import) => boolean)[]) =>
  (i: Import) =>
    tests.some((test) => test(i));

describe('the walls of plugins/roadmap', () => {
  it('reads the imports it judges', () => {
    // A parser that found nothing would pass every wall.
    expect(IMPORTS.length).toBeGreaterThan(200);
    expect(IMPORTS.some((i) => i.folder === 'model' && i.target === 'schema')).toBe(true);
  });

  it('model/ imports no Docusaurus, React, theme/, emit/ or node: module: entries in, page data out', () => {
    expect(
      breaches('model', either(isPackage(/^(@docusaurus\/|@theme|react$|react\/|node:)/), inFolder('theme', 'emit'))),
    ).toEqual([]);
  });

  it('theme/ imports no schema/, source/, validate/ or node:fs: it renders validated page data', () => {
    expect(breaches('theme', either(isPackage(/^node:fs/), inFolder('schema', 'source', 'validate')))).toEqual([]);
  });

  it("review/ imports no schema/, source/, validate/ or node: module: it runs in the reader's browser", () => {
    expect(breaches('review', either(isPackage(/^node:/), inFolder('schema', 'source', 'validate')))).toEqual([]);
  });

  it('schema/ imports no source/, validate/, model/ or emit/', () => {
    expect(breaches('schema', inFolder('source', 'validate', 'model', 'emit'))).toEqual([]);
  });

  it('source/ imports no validate/ or model/', () => {
    expect(breaches('source', inFolder('validate', 'model'))).toEqual([]);
  });

  it('site/ and citation/, the shared types and the paper identity, import no other folder of the plugin', () => {
    const elsewhere = (folder: string) => (i: Import) => i.target !== undefined && i.target !== folder;
    expect([...breaches('site', elsewhere('site')), ...breaches('citation', elsewhere('citation'))]).toEqual([]);
  });

  it('each folder imports only the folders below it in the layering (README, "How it works")', () => {
    const layers = [
      'site',
      'citation',
      'schema',
      'navigation',
      'notebook',
      'source',
      'safeContent',
      'validate',
      'model',
      'paperLookup',
      'emit',
      'paperSearch',
      'changes',
      'bibtex',
      'build',
      'review',
      'theme',
      'api',
    ];
    const folders = new Set(IMPORTS.map((i) => i.folder).filter((folder) => folder !== '.'));
    // A new folder must take its place in the layering first.
    expect([...folders].filter((folder) => !layers.includes(folder))).toEqual([]);
    const upward = IMPORTS.filter(
      (i) =>
        i.folder !== '.' &&
        i.target !== undefined &&
        i.target !== '.' &&
        layers.indexOf(i.target) > layers.indexOf(i.folder),
    ).map((i) => `${i.file} → ${i.specifier}`);
    expect(upward).toEqual([]);
  });

  it('no two folders import each other', () => {
    const edges = new Set(
      IMPORTS.filter((i) => i.target !== undefined && i.target !== i.folder).map((i) => `${i.folder} → ${i.target}`),
    );
    const mutual = [...edges].filter((edge) => {
      const [from, to] = edge.split(' → ');
      return from! < to! && edges.has(`${to} → ${from}`);
    });
    expect(mutual).toEqual([]);
  });
});

/**
 * The walls between the project's parts: the plugins, scripts/, src/ and
 * the site's config files, read from every import of every source file in
 * them, type-only and dynamic ones included, each resolved to the file it
 * loads.
 */
const PROJECT = path.resolve(__dirname, '../..');
const PROJECT_SOURCES = ['plugins', 'scripts', 'src', 'docusaurus.config.ts', 'sidebars.ts', 'trustedContent.ts'];
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts'];

/** Every source file of the project, relative to its root, with `/` between folders. */
const PROJECT_FILES: string[] = PROJECT_SOURCES.flatMap((entry) =>
  /\.(ts|tsx|mts)$/.test(entry)
    ? [entry]
    : sourceFiles(path.join(PROJECT, entry))
        .filter((file) => !file.split('/').includes('node_modules'))
        .map((file) => `${entry}/${file}`),
);
const IS_PROJECT_FILE = new Set(PROJECT_FILES);

interface Edge {
  /** The importing file, relative to the project root. */
  from: string;
  /** As written. */
  specifier: string;
  /** The source file it loads; undefined for packages, aliases such as `@theme/`, and other files (CSS, JSON). */
  to: string | undefined;
}

/** Where a specifier points, relative to the project root: relative, `plugins/…` (tsconfig baseUrl) or `@site/…`. */
function pointsAt(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  }
  if (specifier.startsWith('@site/')) return specifier.slice('@site/'.length);
  if (PROJECT_SOURCES.some((root) => specifier.startsWith(`${root}/`))) return specifier;
  return undefined;
}

/** The source file a path loads, as TypeScript resolves it: as written, with an extension, `.js`/`.mjs` for `.ts`/`.mts`, or a folder's index. */
function sourceFileAt(target: string): string | undefined {
  const candidates = [
    target,
    ...SOURCE_EXTENSIONS.map((extension) => target + extension),
    target.replace(/\.js$/, '.ts'),
    target.replace(/\.js$/, '.tsx'),
    target.replace(/\.mjs$/, '.mts'),
    ...['index.ts', 'index.tsx'].map((index) => `${target}/${index}`),
  ];
  return candidates.find((candidate) => IS_PROJECT_FILE.has(candidate));
}

const EDGES: Edge[] = PROJECT_FILES.flatMap((from) => {
  const {importedFiles} = ts.preProcessFile(readFileSync(path.join(PROJECT, from), 'utf8'), true, true);
  return importedFiles.map(({fileName: specifier}) => {
    const target = pointsAt(from, specifier);
    return {from, specifier, to: target === undefined ? undefined : sourceFileAt(target)};
  });
});

/** The plugin a file belongs to (`roadmap`, `search`, ...), or undefined outside plugins/. */
const pluginOf = (file: string) => (file.startsWith('plugins/') ? file.split('/')[1] : undefined);

/** The public entries of a plugin: its api/ folder, one re-exporting module per use of it from outside (README, "How it works"). */
const isEntry = (file: string) => /^plugins\/[^/]+\/api\/[^/]+\.(ts|mts)$/.test(file);

describe('the walls between the plugins, scripts/ and the site', () => {
  it('reads the imports it judges, and resolves every import of a project file to the file', () => {
    // A reader or a resolver that found nothing would pass every wall.
    expect(PROJECT_FILES.length).toBeGreaterThan(250);
    expect(EDGES.filter((edge) => edge.to !== undefined).length).toBeGreaterThan(500);
    // One of each form it resolves: relative, `plugins/…` and `@site/…`.
    const forms = ['../roadmap/', 'plugins/roadmap/', '@site/plugins/'];
    expect(
      forms.filter((form) => !EDGES.some((edge) => edge.to !== undefined && edge.specifier.startsWith(form))),
    ).toEqual([]);
    // A specifier that points into the project but at no file: a resolver that misses it would miss a cycle.
    const unresolved = EDGES.filter((edge) => {
      const target = pointsAt(edge.from, edge.specifier);
      return target !== undefined && edge.to === undefined && !existsSync(path.join(PROJECT, target));
    }).map((edge) => `${edge.from} → ${edge.specifier}`);
    expect(unresolved).toEqual([]);
  });

  it('the plugins depend in one direction: plugins/roadmap imports no other plugin, and no two import each other', () => {
    const across = EDGES.filter(
      (edge) =>
        edge.to !== undefined && pluginOf(edge.from) && pluginOf(edge.to) && pluginOf(edge.from) !== pluginOf(edge.to),
    );
    expect(across.some((edge) => pluginOf(edge.from) === 'search' && pluginOf(edge.to!) === 'roadmap')).toBe(true);
    expect(
      across.filter((edge) => pluginOf(edge.from) === 'roadmap').map((edge) => `${edge.from} → ${edge.specifier}`),
    ).toEqual([]);
    const pairs = new Set(across.map((edge) => `${pluginOf(edge.from)} → ${pluginOf(edge.to!)}`));
    const mutual = [...pairs].filter((pair) => {
      const [from, to] = pair.split(' → ');
      return from! < to! && pairs.has(`${to} → ${from}`);
    });
    expect(mutual).toEqual([]);
  });

  it('scripts/ imports plugin code only through the public entries, plugins/*/api/', () => {
    const fromScripts = EDGES.filter(
      (edge) => edge.from.startsWith('scripts/') && edge.to !== undefined && edge.to.startsWith('plugins/'),
    );
    expect(fromScripts.length).toBeGreaterThan(5);
    expect(fromScripts.filter((edge) => !isEntry(edge.to!)).map((edge) => `${edge.from} → ${edge.specifier}`)).toEqual(
      [],
    );
  });

  it('the entries hold re-exports only, are imported by no plugin, and re-export nothing that scripts/ leaves unused', () => {
    const entries = PROJECT_FILES.filter(isEntry);
    expect(entries.length).toBeGreaterThan(3);
    const used = new Set<string>();
    for (const file of PROJECT_FILES.filter((file) => file.startsWith('scripts/'))) {
      const source = ts.createSourceFile(file, readFileSync(path.join(PROJECT, file), 'utf8'), ts.ScriptTarget.Latest);
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const target = pointsAt(file, statement.moduleSpecifier.text);
        const entry = target === undefined ? undefined : sourceFileAt(target);
        const bindings = statement.importClause?.namedBindings;
        if (entry === undefined || !isEntry(entry) || bindings === undefined || !ts.isNamedImports(bindings)) continue;
        for (const element of bindings.elements) used.add(`${entry}: ${(element.propertyName ?? element.name).text}`);
      }
    }
    const problems: string[] = [];
    for (const entry of entries) {
      const source = ts.createSourceFile(
        entry,
        readFileSync(path.join(PROJECT, entry), 'utf8'),
        ts.ScriptTarget.Latest,
      );
      for (const statement of source.statements) {
        const clause = ts.isExportDeclaration(statement) ? statement.exportClause : undefined;
        if (
          !ts.isExportDeclaration(statement) ||
          statement.moduleSpecifier === undefined ||
          !clause ||
          !ts.isNamedExports(clause)
        ) {
          problems.push(`${entry}: holds more than named re-exports: ${statement.getText(source).split('\n')[0]}`);
          continue;
        }
        for (const element of clause.elements)
          if (!used.has(`${entry}: ${element.name.text}`))
            problems.push(`${entry}: ${element.name.text} is used by no script`);
      }
    }
    for (const edge of EDGES)
      if (edge.to !== undefined && isEntry(edge.to) && edge.from.startsWith('plugins/'))
        problems.push(`${edge.from} → ${edge.specifier}: an entry is for outside the plugins`);
    expect(problems).toEqual([]);
  });

  it('no file imports itself through others: no cycle among the project files', () => {
    const next = new Map<string, string[]>(PROJECT_FILES.map((file) => [file, []]));
    for (const edge of EDGES)
      if (edge.to !== undefined && !next.get(edge.from)!.includes(edge.to)) next.get(edge.from)!.push(edge.to);
    // Tarjan's strongly connected components: every cycle lies inside one with more than one file (or a file importing itself).
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const components: string[][] = [];
    const visit = (file: string) => {
      index.set(file, index.size);
      low.set(file, index.get(file)!);
      stack.push(file);
      onStack.add(file);
      for (const to of next.get(file)!) {
        if (!index.has(to)) {
          visit(to);
          low.set(file, Math.min(low.get(file)!, low.get(to)!));
        } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== file);
        if (component.length > 1 || next.get(file)!.includes(file)) components.push(component);
      }
    };
    for (const file of PROJECT_FILES) if (!index.has(file)) visit(file);
    // Each component as its shortest chain from its first file back to it: `a.ts → b.ts → a.ts`.
    const cycles = components.map((component) => {
      const members = new Set(component);
      const start = [...component].sort()[0]!;
      const cameFrom = new Map<string, string>();
      const queue = [start];
      while (queue.length > 0) {
        const file = queue.shift()!;
        const back = next.get(file)!.includes(start);
        if (back) {
          const chain = [start];
          for (let at = file; at !== start; at = cameFrom.get(at)!) chain.splice(1, 0, at);
          return [...chain, start].join(' → ');
        }
        for (const to of next.get(file)!)
          if (members.has(to) && to !== start && !cameFrom.has(to)) {
            cameFrom.set(to, file);
            queue.push(to);
          }
      }
      return component.join(' → ');
    });
    expect(cycles).toEqual([]);
  });
});
