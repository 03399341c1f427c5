import type {PageLookup} from '../site/pages';
import type {Course} from '../schema/collections/course';
import type {ValidSite} from '../schema/validSite';
import type {CourseProgress} from './courseProgress';
import type {RoadmapModel} from './roadmapModel';

/**
 * The two index pages under docs/ whose lists are computed, so that an author
 * never keeps a list of courses or notes by hand. The other folders' lists
 * are their kinds' list pages (navigation/pluginRoutes.ts).
 */
export const CURRICULUM_PAGE = 'docs/courses/index.md';
export const NOTE_INDEX_PAGE = 'docs/notes/index.md';
const NOTES_FOLDER = 'docs/notes/';

export interface CurriculumData {
  kind: 'curriculum';
  phases: {
    id: string;
    title: string;
    window?: string;
    courses: {
      title: string;
      permalink: string;
      provider: string;
      status: Course['status'];
      progress: CourseProgress;
      /** The course data/roadmap.yml names as the current focus. */
      focus: boolean;
    }[];
  }[];
}

export interface NoteIndexData {
  kind: 'notes';
  notes: {title: string; permalink: string}[];
}

/** The curriculum: every listed course under its phase, in the author's order, as the model has them. */
export function curriculum(model: RoadmapModel): CurriculumData {
  const bySlug = new Map(model.courses.map((c) => [c.slug, c]));
  return {
    kind: 'curriculum',
    phases: model.phases.map((phase) => ({
      id: phase.id,
      title: phase.title,
      ...(phase.window === undefined ? {} : {window: phase.window}),
      courses: phase.courses.flatMap((slug) => {
        const course = bySlug.get(slug);
        if (!course) return [];
        const {title, permalink, provider, status, progress} = course;
        return [{title, permalink, provider, status, progress, focus: model.now.focus?.slug === slug}];
      }),
    })),
  };
}

/** The listed free-form notes of docs/notes/, in sidebar order, then by title. */
export function noteIndex(site: ValidSite, pageOf: PageLookup): NoteIndexData {
  const notes = site.notes
    .filter(({file}) => file.startsWith(NOTES_FOLDER) && file !== NOTE_INDEX_PAGE)
    .map(({file}) => pageOf(file))
    .filter((page) => page.listed !== false)
    .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || a.title.localeCompare(b.title))
    .map(({title, permalink}) => ({title, permalink}));
  return {kind: 'notes', notes};
}
