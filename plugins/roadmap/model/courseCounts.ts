import type {CourseSummary} from './roadmapModel';

export interface CourseCounts {
  done: number;
  inProgress: number;
  planned: number;
  dropped: number;
  total: number;
}

/** How many courses are in each status. */
export function courseCounts(courses: readonly Pick<CourseSummary, 'status'>[]): CourseCounts {
  const count = (status: CourseSummary['status']) => courses.filter((c) => c.status === status).length;
  return {
    done: count('done'),
    inProgress: count('in-progress'),
    planned: count('planned'),
    dropped: count('dropped'),
    total: courses.length,
  };
}
