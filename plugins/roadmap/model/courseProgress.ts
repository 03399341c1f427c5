import type {Course} from '../schema/collections/course';

export interface CourseProgress {
  modulesDone: number;
  modulesTotal: number;
  /** 0..100; a done course is 100 even without modules, a planned one 0. */
  percent: number;
}

/** How far through a course its author is, from its module statuses. */
export function courseProgress(course: Pick<Course, 'status' | 'modules'>): CourseProgress {
  const modules = course.modules ?? [];
  const modulesDone = modules.filter((m) => m.status === 'done').length;
  if (course.status === 'done') return {modulesDone: modules.length, modulesTotal: modules.length, percent: 100};
  const percent = modules.length === 0 ? 0 : Math.round((modulesDone / modules.length) * 100);
  return {modulesDone, modulesTotal: modules.length, percent};
}
