// A 得分率 stated in the same sentence as the 得分 and the 满分 it is the ratio of: "产出指标满分40分，
// 得37.86分，得分率94.65%", "该指标分值10分，评价得分9分，得分率为90%". Read only where the sentence
// gives exactly one of each, so that whose rate it is cannot be in doubt.
import type { Document, SpanRef } from '../../model/document.js';
import { findQuantities, type Quantity } from '../lang/numbers.js';
import { sentencesOf } from '../lang/boundaries.js';
import { POINTS_WORD, SCORE_GIVEN_WORD, SCORE_RATE_WORD } from '../lang/score-words.js';

export interface StatedRate {
  max: Quantity;
  score: Quantity;
  rate: Quantity;
  block: number;
  at: SpanRef;
}

export function statedRates(doc: Document): StatedRate[] {
  const out: StatedRate[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || (b.role !== 'body' && b.role !== 'heading')) continue;
    if (!b.text.includes('得分率')) continue;
    const qs = findQuantities(b.text);
    let qi = 0; // quantities come in order: one pass over them for all sentences
    for (const [ss, se] of sentencesOf(b.text)) {
      while (qi < qs.length && qs[qi].start < ss) qi++;
      const inS: Quantity[] = [];
      for (let j = qi; j < qs.length && qs[j].end <= se; j++) if (!qs[j].comparator) inS.push(qs[j]);
      const before = (q: Quantity) => b.text.slice(Math.max(ss, q.start - 6), q.start);
      const maxes = inS.filter((q) => q.unit === '分' && POINTS_WORD.test(before(q)));
      const scores = inS.filter(
        (q) =>
          q.unit === '分' &&
          !POINTS_WORD.test(before(q)) &&
          SCORE_GIVEN_WORD.test(before(q)) &&
          !/扣(?:除)?$/.test(before(q)),
      );
      const rates = inS.filter((q) => q.unit === '%' && SCORE_RATE_WORD.test(before(q)));
      // "扣0.5分，得2.5分" scores are fine; "各得5分" or two indicators in one sentence are not one rate's
      if (maxes.length !== 1 || scores.length !== 1 || rates.length !== 1 || /各得|分别/.test(b.text.slice(ss, se)))
        continue;
      out.push({
        max: maxes[0],
        score: scores[0],
        rate: rates[0],
        block: b.index,
        at: { block: b.index, start: rates[0].start, end: rates[0].end },
      });
    }
  }
  return out;
}
