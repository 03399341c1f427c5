/**
 * `npm run papers:import` (scripts/papers-import.mts): a queued paper note
 * for each new entry of a BibTeX file. An ES module, as the BibTeX parser
 * can only be loaded as one. A public entry of the plugin: re-exports only.
 */
export {
  existingPaper,
  filledEntry,
  needsFill,
  planImport,
  wellFormedIds,
  type ExistingPaper,
} from '../bibtex/importPapers';
export {parseBibtex, type BibtexEntry} from '../bibtex/parseBibtex.mjs';
export {arxivWithoutVersion} from '../citation/arxivId';
export {paperLookupFor} from '../paperLookup/lookupPaper';
export {paperIdLabel, type PaperId} from '../paperLookup/paperId';
export {LookupError} from '../paperLookup/politeRequests';
export {parseSite, readSiteTexts} from '../source/readSite';
export {today} from '../source/today';
