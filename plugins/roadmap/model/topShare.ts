/**
 * A percentile as leaderboards say it: ahead of 92 % of entrants is "top 8.0%".
 * Its own module because the theme renders it, and a page's bundle should not
 * carry the model with it.
 */
export function topShare(percentile: number): string {
  return `top ${(100 - percentile).toFixed(1)}%`;
}
