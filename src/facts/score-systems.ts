// How the score rules show what they read from ctx.facts.indicators (the indicator facts and the document's verdict on each figure).
import type { ScoreFact, ScoreSource } from './indicators/indicators.js';
import type { IndicatorSystem } from './indicators/systems.js';
import { EXACT_DECIMALS } from './lang/score-words.js';
import type { Quantity } from './lang/numbers.js';
import type { Term, Words } from '../model/rule.js';
import { list, term, type GlossaryKey } from '../i18n/glossary.js';
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

/** Where a figure is stated, in a message's words. */
const SOURCE_ZH: Record<ScoreSource, GlossaryKey> = {
  summary: '汇总表',
  heading: '标题',
  narrative: '正文',
  attachment: '附表',
  toc: '目录',
};

/** Where a figure is stated: '汇总表' / 'summary table'. */
export const where = (f: ScoreFact): Term => term(SOURCE_ZH[f.source]);

/** Where figures are stated, each place once: '汇总表、正文' / 'summary table, text'. */
export const places = (fs: ScoreFact[]): Words =>
  list([...new Set(fs.map((f) => SOURCE_ZH[f.source]))].map((k) => term(k)));
