import {arxivWithoutVersion} from '../../citation/arxivId';
import {doiKey} from '../../citation/samePaper';
import type {FieldProblem} from '../../schema/collection';
import type {Paper} from '../../schema/collections/paper';
import type {Located} from '../../schema/validSite';
import {siteRule} from './siteRule';

/**
 * One paper logged twice, under its arXiv id (any version: 1706.03762v5 is
 * 1706.03762) or its DOI (case does not matter, as the DOI handbook says):
 * the log, the streak and papers.bib would count it twice.
 */
export function paperIdClashes(papers: readonly Located<Paper>[]): [string, FieldProblem[]][] {
  const first = new Map<string, string>();
  const clashes: [string, FieldProblem[]][] = [];
  for (const paper of papers) {
    const ids: [field: 'arxiv' | 'doi', key: string | undefined][] = [
      ['arxiv', paper.entry.arxiv === undefined ? undefined : arxivWithoutVersion(paper.entry.arxiv)],
      ['doi', paper.entry.doi === undefined ? undefined : doiKey(paper.entry.doi)],
    ];
    const problems = ids.flatMap(([field, key]): FieldProblem[] => {
      if (key === undefined) return [];
      const other = first.get(`${field}:${key}`);
      if (other === undefined) {
        first.set(`${field}:${key}`, paper.file);
        return [];
      }
      const label = field === 'arxiv' ? 'arXiv id' : 'DOI';
      return [
        {
          path: [field],
          message: `paper logged twice (expected each ${label} in one note, got ${paper.entry[field]}, also in ${other})`,
        },
      ];
    });
    if (problems.length > 0) clashes.push([paper.file, problems]);
  }
  return clashes;
}

export const paperIdClashesRule = siteRule({
  name: 'paper-id-clashes',
  description: 'the valid paper entries: two notes with one arXiv id (any version) or one DOI',
  reads: ['parsed'],
  runsIn: 'both',
  run: ({parsed}) => ({
    problems: parsed.valid
      ? paperIdClashes(parsed.valid.papers).flatMap(([file, problems]) => parsed.at(file, problems))
      : [],
  }),
});
