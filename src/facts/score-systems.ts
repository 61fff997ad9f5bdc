// What every score rule reads: the indicator facts and the document's verdict on each figure.
import { Consensus } from './indicator-consensus.js';
import { INDICATORS_KEY, SOURCE_ZH, type IndicatorFacts, type ScoreFact, type ScoreSource } from './indicators.js';
import { extractIndicatorSystems } from './indicator-systems.js';
import { EXACT_DECIMALS } from './indicator-mentions.js';
import type { Quantity } from './numbers.js';
import type { RuleContext } from '../model/rule.js';
import type { Decimal } from 'decimal.js';

export interface ScoreSystem {
  facts: IndicatorFacts;
  consensus: Consensus;
}

/** Every indicator system of the document (one 自评表 each when it holds several), the report's own first. */
export function scoreSystems(ctx: RuleContext): ScoreSystem[] {
  return ctx.shared(INDICATORS_KEY, (doc, settings) => extractIndicatorSystems(doc, settings).map((facts) => ({ facts, consensus: new Consensus(facts) })));
}

/** The report's own indicator system. */
export function scoreFacts(ctx: RuleContext): ScoreSystem {
  return scoreSystems(ctx)[0];
}

/** A figure as written, with 分 (or % for rates). */
export function showQ(q: Quantity, unit = '分'): string {
  return `${q.decimals >= EXACT_DECIMALS ? q.value.toFixed() : q.value.toFixed(q.decimals)}${q.unit === '%' ? '%' : unit}`;
}

export function showD(d: Decimal, decimals: number, unit = '分'): string {
  return `${d.toDecimalPlaces(Math.min(Math.max(decimals, 0), 4)).toFixed()}${unit}`;
}

export const SOURCE_EN: Record<ScoreSource, string> = { summary: 'summary table', heading: 'heading', narrative: 'text', attachment: 'attachment table', toc: 'contents' };
export const where = (f: ScoreFact) => SOURCE_ZH[f.source];
export const whereEn = (f: ScoreFact) => SOURCE_EN[f.source];
export const KIND_EN: Record<string, string> = { 分值: 'maximum points', 得分: 'score', 扣分: 'deduction', 得分率: 'score rate', 权重: 'weight', 等级: 'grade' };
