import { goldScorer } from './gold';
import { polnearScorer } from './polnear';
import { ruleCounts } from './rule-counts';
import type { Scorer } from './types';

/**
 * Every scorer `npm run eval` runs, in report order. A scorer whose data is missing from
 * the corpus folder reports nothing. PolNeAR (issue 3) goes here: export a Scorer from
 * scripts/eval/polnear.ts that reads `<corpus>/polnear/dev` and add it to this list.
 */
export const SCORERS: Scorer[] = [ruleCounts, goldScorer, polnearScorer];
