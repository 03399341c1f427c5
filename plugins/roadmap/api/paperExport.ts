/**
 * `npm run papers:export` (scripts/papers-export.ts): the paper log as a
 * BibTeX file. A public entry of the plugin: re-exports only.
 */
export {bibtexFile} from '../citation/bibtex';
export {buildRoadmapModel} from '../model/roadmapModel';
export {formatProblem} from '../site/problem';
export {filePages} from '../source/filePages';
export {today} from '../source/today';
export {checkSite} from '../validate/checkSite';
