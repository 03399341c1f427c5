import {readdirSync, readFileSync} from 'node:fs';
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
      'theme',
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
