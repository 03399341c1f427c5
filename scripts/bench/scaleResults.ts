import {readFile, writeFile} from 'node:fs/promises';
import type {LighthouseScores} from './lighthouse';
import type {Download, GraphVisit} from './pageWeight';
import type {CorpusShape} from '../corpus/scaleSite';

/** The pages whose download the benchmark follows, and what each shows that grows with the corpus. */
export const WEIGHED_ROUTES = ['/', '/progress', '/papers'] as const;
type WeighedRoute = (typeof WEIGHED_ROUTES)[number];

export interface BuildFigures {
  seconds: number;
  peakRssBytes: number;
  outputBytes: number;
  /** Docusaurus's main bundle, gzipped: every page loads it, and it holds the table of every route. */
  mainBundleGzipBytes: number;
}

/** Everything measured at one size of the corpus, in one run. */
export interface ScaleRow {
  papers: number;
  shape: CorpusShape;
  /** YYYY-MM-DD of the run. */
  measuredOn: string;
  ours: BuildFigures;
  plain: BuildFigures;
  paperHtml: {bytes: number; gzipBytes: number};
  /** The corpus's notebook page (three ~130 KB figures): its HTML, and its figures, which load as files. Absent in rows measured before notebooks. */
  notebookPage?: {bytes: number; gzipBytes: number; images: number; imageBytes: number};
  downloads: Record<WeighedRoute, Download>;
  /** What each weighed page shows that can grow: 1 for the home page (latest few), courses, papers. */
  shown: Record<WeighedRoute, number>;
  /** null when the build has no /pagefind/ (no local search). */
  firstSearch: Download | null;
  checkSeconds: number;
  /** /graph (issue 17): weight with the drawing library, and layout time; absent in rows measured before it. */
  graph?: GraphVisit;
}

export interface ScaleResults {
  machine: string;
  rows: ScaleRow[];
  lighthouse: {measuredOn: string; version?: string; scores: LighthouseScores[]} | null;
}

const EMPTY: ScaleResults = {machine: '', rows: [], lighthouse: null};

/** The results kept so far: a run of some sizes replaces those sizes and keeps the others. */
export async function readResults(file: string): Promise<ScaleResults> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ScaleResults;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY;
    throw error;
  }
}

export function withRow(results: ScaleResults, row: ScaleRow): ScaleResults {
  const rows = [...results.rows.filter((kept) => kept.papers !== row.papers), row].sort((a, b) => a.papers - b.papers);
  return {...results, rows};
}

export async function writeResults(file: string, results: ScaleResults): Promise<void> {
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}
