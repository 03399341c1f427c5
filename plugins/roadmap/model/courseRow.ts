import type {CoursePace} from './coursePace';
import type {CourseSummary} from './roadmapModel';

/** A course as /progress lists it and its timeline draws it. */
export type CourseRow = Pick<
  CourseSummary,
  'slug' | 'title' | 'permalink' | 'provider' | 'status' | 'started' | 'finished' | 'progress'
> & {pace?: CoursePace};
