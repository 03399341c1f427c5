import {isCalendarDate} from '../schema/fields';

/**
 * Today's date, `YYYY-MM-DD` in UTC. `ROADMAP_TODAY` pins it, so a build of
 * old content (or a test) computes streaks and pace as of that day.
 */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env.ROADMAP_TODAY;
  if (pinned !== undefined && pinned !== '') {
    if (!isCalendarDate(pinned)) throw new Error(`ROADMAP_TODAY must be a date YYYY-MM-DD, got "${pinned}"`);
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}
