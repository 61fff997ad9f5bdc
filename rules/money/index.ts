// The money rules: funding identities, the source breakdown, one amount everywhere, a table row restated in the text, recomputed shares, growth rates (a table's column, a sentence's) and rates whose header states their formula.
import type { Rule } from '../../src/model/rule.js';
import columnTotal from './column-total.js';
import consistency from './consistency.js';
import growthRate from './growth-rate.js';
import identity from './identity.js';
import percentRecompute from './percent-recompute.js';
import ratioColumn from './ratio-column.js';
import rowRestated from './row-restated.js';
import sourceBreakdown from './source-breakdown.js';
import statedGrowth from './stated-growth.js';

export const moneyRules: Rule[] = [
  identity,
  sourceBreakdown,
  consistency,
  rowRestated,
  percentRecompute,
  columnTotal,
  growthRate,
  statedGrowth,
  ratioColumn,
];
