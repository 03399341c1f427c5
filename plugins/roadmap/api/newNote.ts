/**
 * `npm run new` (scripts/new.ts): write a note from its template, a paper
 * note from its looked-up identifier. A public entry of the plugin:
 * re-exports only.
 */
export {existingPaper} from '../bibtex/importPapers';
export {samePaperId} from '../citation/samePaper';
export {fillTemplate, isSlug, newNoteKind, NOTE_TYPES, noteTypesHelp, slugify} from '../emit/newNote';
export {paperNoteFrom, withFields, withoutField} from '../emit/paperNote';
export {paperLookupFor} from '../paperLookup/lookupPaper';
export {paperIdLabel, paperIdOf, type PaperId} from '../paperLookup/paperId';
export {LookupError} from '../paperLookup/politeRequests';
export {closest} from '../schema/closest';
export {placementOf} from '../schema/collectionOf';
export {isCalendarDate} from '../schema/fields';
export {filesBelow} from '../source/filesBelow';
export {parseSite, readSiteTexts} from '../source/readSite';
export {today} from '../source/today';
