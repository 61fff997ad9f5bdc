// A growth rate a sentence states together with both figures it compares: "技术合同成交额103.57亿元，较上年86.42亿元
// 增长22.68%", "核定研发投入61,764.44万元，较2022年度54,466.05万元增长13.40%", "发明专利授权745件，较上年612件增长
// 21.73%". The three figures follow one another in one clause, the two compared ones in the same written unit (亿元
// with 亿元: a 万元 beside an 亿元 is another figure's, never converted), the earlier one right after "较/比 + a year".
import type { Document, SpanRef } from '../../model/document.js';
import { clauseBefore } from '../lang/boundaries.js';
import { findQuantities, type FindQuantities, type Quantity } from '../lang/numbers.js';

export interface GrowthClaim {
  /** The figure's name as the clause gives it: "全市技术合同成交额". */
  name: string;
  later: Quantity;
  earlier: Quantity;
  /** The stated rate, always a % ("22.68%"). */
  rate: Quantity;
  /** "下降 / 减少 / 降低": the rate is (earlier − later) ÷ earlier. */
  falling: boolean;
  at: { rate: SpanRef; later: SpanRef; earlier: SpanRef };
}

/** Parts of a date ("较2022年度", "于2024年10月12日") are words of the clause, not figures compared. */
const DATE_UNITS = new Set(['年', '月', '日']);

/** Between the two figures: "，较上年", "，比2022年度", "，较上年同期", "，较去年的". */
const AGAINST = /^[，,]?(?:较|比)(?:上年|上一年|上年度|去年|同期|上年同期|\d{4}年度?(?:同期)?)?(?:的)?$/;

/** Between the earlier figure and the rate: "增长", "同比增长了", "下降". */
const CHANGE = /^[，,]?(?:同比)?(?:(增长|增加|提高|上升)|(下降|减少|降低))(?:了)?$/;

/** A figure that is rounded or a bound ("约", "超过", "20%以上") states no exact growth. */
const VAGUE_BEFORE = /(?:约|近|超|逾|达到?近|大约|将近|超过)$/;
const VAGUE_AFTER = /^(?:以上|以下|左右|多|余)/;

export function extractGrowthClaims(doc: Document, find: FindQuantities = findQuantities): GrowthClaim[] {
  const out: GrowthClaim[] = [];
  for (const p of doc.blocks) {
    if (p.kind !== 'paragraph' || p.role === 'toc' || p.role === 'title') continue;
    const text = p.text;
    const qs = find(text).filter((q) => !(q.unit && DATE_UNITS.has(q.unit)));
    const between = (a: Quantity, b: Quantity) => text.slice(a.end, b.start).replace(/\s+/g, '');
    for (let i = 0; i + 2 < qs.length; i++) {
      const [later, earlier, rate] = [qs[i], qs[i + 1], qs[i + 2]];
      if (!later.unit || later.unit === '%' || later.unit !== earlier.unit || rate.unit !== '%') continue;
      if (later.comparator || earlier.comparator || rate.comparator) continue;
      if (!AGAINST.test(between(later, earlier))) continue;
      const change = CHANGE.exec(between(earlier, rate));
      if (!change) continue;
      if ([later, earlier, rate].some((q) => VAGUE_BEFORE.test(text.slice(0, q.start).trimEnd()))) continue;
      if (VAGUE_AFTER.test(text.slice(rate.end).trimStart())) continue;
      const at = (q: Quantity): SpanRef => ({ block: p.index, start: q.start, end: q.end });
      out.push({
        name: clauseBefore(text, later.start).trim(),
        later,
        earlier,
        rate,
        falling: change[2] !== undefined,
        at: { rate: at(rate), later: at(later), earlier: at(earlier) },
      });
    }
  }
  return out;
}
