/**
 * Today's date, `YYYY-MM-DD` in UTC. `ROADMAP_TODAY` pins it, so a build of
 * old content (or a test) computes streaks and pace as of that day.
 */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env.ROADMAP_TODAY;
  if (pinned !== undefined && pinned !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`ROADMAP_TODAY must be YYYY-MM-DD, got "${pinned}"`);
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}
