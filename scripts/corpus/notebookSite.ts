import {cp, mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {copySiteWithoutPapers} from './paperNotes';

/**
 * Real notebooks as Jupyter writes them (nbformat 4.5, executed by
 * `jupyter nbconvert --execute` with Debian's ipykernel, matplotlib and pandas;
 * make-notebooks.py beside them made them once). Tests and benchmarks read
 * them as saved: nothing here needs Python.
 */
export const NOTEBOOKS_DIR = path.join(__dirname, 'notebooks');

export const NOTEBOOK_FIXTURES = ['gradient-descent', 'hostile-outputs', 'never-executed', 'large-figures'] as const;

/** A notebook with its first cell replaced by (or given) a raw front-matter cell holding `yaml`. */
export async function notebookWithFrontMatter(name: string, yaml: string): Promise<string> {
  const notebook = JSON.parse(await readFile(path.join(NOTEBOOKS_DIR, `${name}.ipynb`), 'utf8')) as {
    cells: {cell_type: string; source: string[] | string}[];
  };
  const raw = {cell_type: 'raw', id: 'front-matter', metadata: {}, source: `---\n${yaml.trim()}\n---`.split(/(?<=\n)/)};
  const cells = notebook.cells[0]?.cell_type === 'raw' ? notebook.cells.slice(1) : notebook.cells;
  // Jupyter's own layout: one-space indents, a newline at the end.
  return `${JSON.stringify({...notebook, cells: [raw, ...cells]}, null, 1)}\n`;
}

/** Where each notebook goes in the notebook site: a note of every kind of folder. */
export const NOTEBOOK_PAGES = {
  /** Free notes in docs/. */
  notes: NOTEBOOK_FIXTURES.map((name) => ({
    file: `docs/notes/notebooks/${name}.ipynb`,
    route: `docs/notes/notebooks/${name}`,
  })),
  /** A module note in a course folder. */
  module: {
    file: 'docs/courses/ng-ml-spec/gradient-descent-lab.ipynb',
    route: 'docs/courses/ng-ml-spec/gradient-descent-lab',
  },
  /** A paper note in papers/. */
  paper: {file: 'papers/adam-notebook.ipynb', route: 'papers/adam-notebook'},
  /** A post in blog/. */
  post: {file: 'blog/2026-11-20-a-notebook-post.ipynb', route: 'blog/2026/11/20/a-notebook-post'},
};

/**
 * A copy of this site (without its papers) with the fixture notebooks as
 * free notes, a course module, a paper note and a blog post.
 */
export async function makeNotebookSite(repoDir: string, options: {hostile?: boolean} = {}): Promise<string> {
  const siteDir = await copySiteWithoutPapers(repoDir, 'notebooks');
  for (const {file} of NOTEBOOK_PAGES.notes) {
    if (!options.hostile && file.includes('hostile')) continue;
    await mkdir(path.dirname(path.join(siteDir, file)), {recursive: true});
    await cp(path.join(NOTEBOOKS_DIR, path.basename(file)), path.join(siteDir, file));
  }
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(siteDir, file)), {recursive: true});
    await writeFile(path.join(siteDir, file), text);
  };
  // The module note also holds a pasted image (a markdown cell's attachment), as Jupyter saves one.
  const lab = JSON.parse(await notebookWithFrontMatter('gradient-descent', 'title: Gradient descent lab')) as {
    cells: {cell_type: string; outputs?: {data?: Record<string, unknown>}[]}[];
  };
  const png = lab.cells.flatMap((cell) => cell.outputs ?? []).find((output) => output.data?.['image/png'])?.data?.[
    'image/png'
  ];
  lab.cells.push({
    cell_type: 'markdown',
    metadata: {},
    attachments: {'pasted.png': {'image/png': png}},
    source: ['The same figure, pasted: ![the pasted figure](attachment:pasted.png)'],
  } as (typeof lab.cells)[number]);
  await write(NOTEBOOK_PAGES.module.file, `${JSON.stringify(lab, null, 1)}\n`);
  await write(
    NOTEBOOK_PAGES.paper.file,
    await notebookWithFrontMatter(
      'gradient-descent',
      [
        'title: "Adam: A Method for Stochastic Optimization"',
        'authors: [Diederik P. Kingma, Jimmy Ba]',
        'year: 2015',
        'venue: ICLR',
        'arxiv: "1412.6980"',
        'status: read',
        'read: 2026-11-18',
        'takeaway: Per-parameter step sizes from running moments make one learning rate fit most problems.',
      ].join('\n'),
    ),
  );
  await write(
    NOTEBOOK_PAGES.post.file,
    await notebookWithFrontMatter(
      'never-executed',
      'title: A post written as a notebook\ndescription: Cells and prose.',
    ),
  );
  return siteDir;
}
