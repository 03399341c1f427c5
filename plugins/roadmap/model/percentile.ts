import {roundTo} from './rounding';

/** Share of entrants ranked below you, in percent: rank 1 of 100 is 99. */
export function percentile(rank: number | undefined, entrants: number | undefined): number | undefined {
  if (rank === undefined || entrants === undefined || entrants === 0) return undefined;
  return roundTo(((entrants - rank) / entrants) * 100, 1);
}
