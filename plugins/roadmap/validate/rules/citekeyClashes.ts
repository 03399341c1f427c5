import {citekeyOf} from '../../citation/citekey';
import {siteRule} from './siteRule';

/** Two papers with one citation key (written or derived) would make papers.bib ambiguous. */
export const citekeyClashesRule = siteRule({
  name: 'citekey-clashes',
  description: 'the valid paper entries: two papers with one citation key, written or derived',
  reads: ['parsed'],
  runsIn: 'both',
  run: ({parsed}) => {
    const first = new Map<string, string>();
    return {
      problems: (parsed.valid?.papers ?? []).flatMap((paper) => {
        const key = citekeyOf(paper.entry);
        const other = first.get(key);
        if (other === undefined) {
          first.set(key, paper.file);
          return [];
        }
        const message = `duplicate citation key "${key}" (expected one per paper, also in ${other}; set a different citekey)`;
        return parsed.at(paper.file, [{path: ['citekey'], message}]);
      }),
    };
  },
});
