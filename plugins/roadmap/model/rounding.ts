/** Rounds to `digits` decimals, so that 25.1 − 27.3 reads −2.2, not −2.1999999999999993. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A reproduction's gap: mine − paper, negative when the reproduction fell short. */
export function reproductionGap(result: {paper: number; mine: number}): number {
  return roundTo(result.mine - result.paper, 6);
}
