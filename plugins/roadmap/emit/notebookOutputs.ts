import {readFileSync} from 'node:fs';
import {notebookMarkdown} from '../notebook/notebookMarkdown';
import type {OutputFile} from '../notebook/outputFiles';
import {readNotebook} from '../notebook/readNotebook';

/**
 * The output images of the site's notebooks, read from the notebooks
 * themselves whenever the bundler emits its files. Not from what mdx-loader
 * compiled: a build that restores a notebook's module from the persistent
 * cache (node_modules/.cache) never runs the preprocessor that renders it,
 * and its page would point at images no one wrote. Rendering is cheap next
 * to a compile, and a notebook whose text has not changed since the last
 * emit (the dev server's next edit) is not rendered again.
 */
export class NotebookOutputs {
  private notebooks: readonly string[] = [];
  private readonly rendered = new Map<string, {text: string; files: OutputFile[]}>();

  /** The notebooks the content plugins loaded (absolute paths): drafts are in the dev server only, as their pages are. */
  setNotebooks(paths: readonly string[]): void {
    this.notebooks = paths;
    for (const path of this.rendered.keys()) if (!paths.includes(path)) this.rendered.delete(path);
  }

  /** Every image of every notebook, once by name. */
  files(): OutputFile[] {
    const byName = new Map<string, OutputFile>();
    for (const path of this.notebooks) for (const file of this.filesOf(path)) byName.set(file.name, file);
    return [...byName.values()];
  }

  private filesOf(path: string): OutputFile[] {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return []; // removed since it was loaded: the dev server reloads its content next
    }
    const cached = this.rendered.get(path);
    if (cached?.text === text) return cached.files;
    let files: OutputFile[] = [];
    try {
      files = notebookMarkdown(readNotebook(text), {imageUrl: () => ''}).files;
    } catch {
      // A notebook that does not read stops the build with its line when its page compiles.
    }
    this.rendered.set(path, {text, files});
    return files;
  }
}
