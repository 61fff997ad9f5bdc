// How the score rules show what they read from ctx.facts.indicators (the indicator facts and the document's verdict on each figure).
import { SOURCE_ZH, type ScoreFact, type ScoreSource } from '../../src/facts/indicators/indicators.js';
import type { IndicatorSystem } from '../../src/facts/indicators/systems.js';
import { EXACT_DECIMALS } from '../../src/facts/lang/score-words.js';
import type { Quantity } from '../../src/facts/lang/numbers.js';
import type { Decimal } from 'decimal.js';

/** One indicator system and its consensus, as ctx.facts.indicators holds them. */
export type ScoreSystem = IndicatorSystem;

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
