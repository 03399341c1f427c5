/**
 * `npm run docs:fields` (scripts/field-reference.ts): the front-matter
 * reference in CONTRIBUTING.md, from the schemas. A public entry of the
 * plugin: re-exports only.
 */
export {fieldReference} from '../emit/fieldReference';
