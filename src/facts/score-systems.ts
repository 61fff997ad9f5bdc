// What every score rule reads: the indicator facts and the document's verdict on each figure.
import { Consensus } from './indicator-consensus.js';
import { INDICATORS_KEY, type IndicatorFacts, type ScoreFact, type ScoreSource } from './indicators.js';
import { extractIndicatorSystems } from './indicator-systems.js';
import { EXACT_DECIMALS } from './indicator-mentions.js';
import type { Quantity } from './numbers.js';
import type { RuleContext, Term, Words } from '../model/rule.js';
import { list, term, type GlossaryKey } from '../i18n/glossary.js';
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

/** Where a figure is stated, in a message's words. */
const SOURCE_ZH: Record<ScoreSource, GlossaryKey> = { summary: '汇总表', heading: '标题', narrative: '正文', attachment: '附表', toc: '目录' };

/** Where a figure is stated: '汇总表' / 'summary table'. */
export const where = (f: ScoreFact): Term => term(SOURCE_ZH[f.source]);

/** Where figures are stated, each place once: '汇总表、正文' / 'summary table, text'. */
export const places = (fs: ScoreFact[]): Words => list([...new Set(fs.map((f) => SOURCE_ZH[f.source]))].map((k) => term(k)));
