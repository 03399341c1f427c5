import {cp, mkdir, mkdtemp, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

const TOPICS = ['attention', 'diffusion', 'retrieval', 'optimization', 'calibration', 'segmentation', 'reinforcement'];
const VENUES = ['NeurIPS', 'ICML', 'ICLR', 'ACL', 'CVPR', 'arXiv'];

function pad(n: number): string {
  return String(n).padStart(5, '0');
}

/** A day of 2024–2025 for paper `i`, so that log dates spread over many weeks. */
function logDate(i: number): string {
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** One realistic paper note that follows the content model, with math in its body. */
export function paperNote(i: number): string {
  const topic = TOPICS[i % TOPICS.length]!;
  const status = i % 5 === 0 ? 'queued' : i % 3 === 0 ? 'reproduced' : 'read';
  const lines = [
    '---',
    `title: "Synthetic study ${i} of ${topic}"`,
    `authors: [Ada Lovelace, Alan Turing, Author ${i}]`,
    `year: ${2015 + (i % 11)}`,
    `venue: ${VENUES[i % VENUES.length]}`,
    `arxiv: "${1501 + (i % 9) * 100}.${pad(i)}"`,
    `status: ${status}`,
    // The derived key (lovelace2015synthetic) would repeat across the corpus.
    `citekey: synthetic${i}`,
  ];
  if (status !== 'queued') {
    lines.push(`read: ${logDate(i)}`, `takeaway: "The ${topic} ablation matters more than its scale."`);
    lines.push(`next: "Try the ${topic} variant on a second data set."`);
  }
  if (status === 'reproduced') {
    lines.push('reproduced: "Re-ran the main ablation on a toy task."');
    lines.push('results:', `  - {metric: accuracy, paper: 0.${80 + (i % 10)}, mine: 0.${78 + (i % 10)}}`);
  }
  lines.push(`tags: [${topic}]`, '---', '', `## Summary`, '');
  lines.push(
    `The paper studies ${topic}. Its objective is $\\mathcal{L}(\\theta) = \\sum_i \\ell(f_\\theta(x_i), y_i)$.`,
  );
  lines.push('', '$$', '\\operatorname{softmax}(z)_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}', '$$', '');
  lines.push('## Notes', '', `Paper ${i} is one of a generated corpus used by tests and benchmarks.`, '');
  return lines.join('\n');
}

export function paperFileName(i: number): string {
  return `synthetic-${pad(i)}.md`;
}

/** Writes `count` paper notes into `folder`. */
export async function writePaperNotes(folder: string, count: number): Promise<void> {
  await mkdir(folder, {recursive: true});
  await Promise.all(
    Array.from({length: count}, (_, i) => writeFile(path.join(folder, paperFileName(i + 1)), paperNote(i + 1))),
  );
}

const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'package.json', 'trustedContent.ts'];
const SITE_FOLDERS = ['plugins', 'src', 'static', 'data', 'docs', 'blog'];

/**
 * A copy of this site (config, plugin, theme, docs, blog, data) without its
 * papers, in a fresh temporary folder; node_modules is linked, not copied.
 */
export async function copySiteWithoutPapers(repoDir: string, label: string): Promise<string> {
  const siteDir = await mkdtemp(path.join(tmpdir(), `roadmap-${label}-`));
  await Promise.all([
    ...SITE_FILES.map((file) => cp(path.join(repoDir, file), path.join(siteDir, file))),
    ...SITE_FOLDERS.map((folder) => cp(path.join(repoDir, folder), path.join(siteDir, folder), {recursive: true})),
  ]);
  await symlink(path.join(repoDir, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');
  return siteDir;
}

/** A copy of this site whose papers/ holds `papers` generated notes instead of the real ones. */
export async function makeSiteWithPapers(repoDir: string, papers: number): Promise<string> {
  const siteDir = await copySiteWithoutPapers(repoDir, `${papers}-papers`);
  await writePaperNotes(path.join(siteDir, 'papers'), papers);
  return siteDir;
}
