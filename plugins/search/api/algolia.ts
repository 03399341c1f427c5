/**
 * `npm run search:algolia` (scripts/search-algolia.ts): the site's records,
 * pushed to the Algolia index. A public entry of the plugin: re-exports only.
 */
export {pushRecords} from '../algolia/pushRecords';
export {MAX_RECORD_BYTES} from '../algolia/records';
export {siteRecords} from '../algolia/siteRecords';
