import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {kebabId, list, optional, text} from '../fields';
import {skillReferences} from '../references';
import {LINK_FIELDS} from '../linkFields';

/** Any other doc: free-form, but `skills` still has to name real skills. */
export const note = defineCollection({
  name: 'note',
  plural: 'notes',
  label: {one: 'note', many: 'Notes'},
  files: {otherIn: 'docs'},
  route: 'docs',
  notesIndex: 'docs/notes',
  navigation: {
    navbar: [{to: 'notes', label: 'Notes'}],
    home: [{to: 'notes', label: 'Notes', text: 'Math refreshers and free-form notes.'}],
  },
  view: {show: ['title']},
  newNote: {template: 'templates/note.md', path: (slug) => `docs/notes/${slug}.md`, what: 'a free-form note'},
  search: {kind: 'note', section: 'Notes'},
  docusaurusKeys: DOC_KEYS,
  freeForm: true,
  fields: {
    title: optional(text()).describe('The page title (else its first heading).'),
    skills: optional(list(kebabId())).describe('Skill ids from `data/skills.yml`; other keys are free.'),
    ...LINK_FIELDS,
  },
  rules: (note, context) => skillReferences(note.skills, context.skills),
});

export type Note = EntryOf<(typeof note)['fields']>;
