import type {Paper} from '../schema/collections/paper';
import {reproductionGap} from './rounding';

type Result = NonNullable<Paper['results']>[number];

/**
 * Metrics that improve downwards, recognised as words of the metric's name (`test error`,
 * `val_loss`, `WER`, `p95 latency`). Inferring the direction keeps a ledger written before
 * `better` existed right: a test error's +0.17 is a worse reproduction, not a better one.
 */
const LOWER_IS_BETTER = /(^|[^a-z])(error|err|loss|perplexity|ppl|wer|cer|mae|mse|rmse|fid|latency)($|[^a-z])/i;

/** Which way a result's metric improves: as written, else inferred from the metric's name. */
export function betterDirection(result: {metric: string; better?: Result['better']}): 'higher' | 'lower' {
  return result.better ?? (LOWER_IS_BETTER.test(result.metric) ? 'lower' : 'higher');
}

export interface LedgerRow {
  metric: string;
  paper: number;
  mine: number;
  /** mine − paper. */
  gap: number;
  unit?: string;
  setup?: string;
  better: 'higher' | 'lower';
  /** Whether `better` was written in the front matter or inferred from the metric's name. */
  betterGiven: boolean;
  /** Mine against the paper's, in the metric's own direction. */
  verdict: 'better' | 'worse' | 'equal';
  /** Two bars from zero on the row's own scale, as percentages of the bar's width. */
  bars: {zero: number; paper: number; mine: number};
}

const pct = (n: number) => Math.round(n * 1000) / 10;

/** A ledger row: the gap, whether it is an improvement, and the bars that compare the two numbers. */
export function ledgerRow(result: Result): LedgerRow {
  const gap = reproductionGap(result);
  const better = betterDirection(result);
  const verdict = gap === 0 ? 'equal' : gap > 0 === (better === 'higher') ? 'better' : 'worse';
  // Bars start at zero, so a gap looks as large as it is relative to the numbers themselves.
  const low = Math.min(0, result.paper, result.mine);
  const high = Math.max(0, result.paper, result.mine);
  const span = high - low || 1;
  const at = (value: number) => pct((value - low) / span);
  return {
    metric: result.metric,
    paper: result.paper,
    mine: result.mine,
    gap,
    ...(result.unit === undefined ? {} : {unit: result.unit}),
    ...(result.setup === undefined ? {} : {setup: result.setup}),
    better,
    betterGiven: result.better !== undefined,
    verdict,
    bars: {zero: at(0), paper: at(result.paper), mine: at(result.mine)},
  };
}
