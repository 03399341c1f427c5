import type {EntryOf} from './collection';
import type {Collections} from './collections';
import type {RoadmapFile} from './roadmapFile';
import type {SkillsFile} from './skillsFile';

/** A valid entry and where it came from. */
export interface Located<Entry> {
  file: string;
  slug: string;
  entry: Entry;
}

/** Every valid entry of each collection, under the collection's plural (`papers`), derived from the registry. */
export type ValidEntries = {
  [Name in keyof Collections as Collections[Name]['plural']]: Located<EntryOf<Collections[Name]['fields']>>[];
};

/** A site whose data files and every content file passed validation. */
export type ValidSite = {roadmap: RoadmapFile; skills: SkillsFile} & ValidEntries;
