/**
 * The paper log's search at scale (scripts/bench/papers.ts): validate a
 * generated site, build its paper rows and index, and time the queries. A
 * public entry of the plugin: re-exports only.
 */
export {paperRows} from '../model/paperLog';
export {buildRoadmapModel} from '../model/roadmapModel';
export {EMPTY_QUERY, type PaperQuery} from '../paperSearch/paperQuery';
export {buildPaperIndex, searchPapers} from '../paperSearch/paperSearch';
export {checkSite} from '../validate/checkSite';
