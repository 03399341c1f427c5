/**
 * `npm run check` (scripts/check.ts): validate a site and list what changed
 * since a commit. A public entry of the plugin: re-exports only.
 */
export {emptyViews} from '../build/pageViews';
export {changesMarkdown} from '../changes/changesMarkdown';
export {codeChangesMarkdown, codeChangesSince} from '../changes/codeChanges';
export {siteChangesSince} from '../changes/siteChanges';
export {formatProblem, sortProblems} from '../site/problem';
export {today} from '../source/today';
export {checkSite} from '../validate/checkSite';
