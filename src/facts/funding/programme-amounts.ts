// A department's report with its programmes' 项目支出绩效自评表: the money each programme's form states, and whether a
// stretch of a paragraph restates one of those amounts. In a programme's section, a sentence whose amounts are that
// programme's ("…项目年度预算200.00万元，执行190.00万元") is about that programme, whatever name it opens with: the
// figures tell which one is meant (identity/foreign-project).
import type { Quantity } from '../lang/numbers.js';
import { consistent } from '../tolerance.js';
import type { FundingFacts } from './figures.js';
import { isMoney } from './vocabulary.js';

export interface ProgrammeAmounts {
  /** True when the money the text states in [from, to) of a paragraph block is one of the programme's form amounts. */
  restated(programme: string, block: number, from: number, to: number): boolean;
}

export function programmeAmounts(funding: FundingFacts): ProgrammeAmounts {
  // the forms' amounts by programme: a table's money of known unit, not a zero (an empty line of the form)
  const ofForm = new Map<string, Quantity[]>();
  // the text's money by block, with where each figure begins
  const inText = new Map<number, Array<{ start: number; q: Quantity }>>();
  for (const f of funding.figures) {
    if (!f.q || !isMoney(f.q)) continue;
    if (f.origin === 'table') {
      if (f.scope === null || !f.unitKnown || f.q.value.isZero()) continue;
      ofForm.set(f.scope, [...(ofForm.get(f.scope) ?? []), f.q]);
    } else if (f.at.start !== undefined) {
      inText.set(f.at.block, [...(inText.get(f.at.block) ?? []), { start: f.at.start, q: f.q }]);
    }
  }
  return {
    restated(programme, block, from, to) {
      const form = ofForm.get(programme) ?? [];
      return (inText.get(block) ?? []).some(
        (t) => t.start >= from && t.start < to && form.some((q) => consistent(q, t.q)),
      );
    },
  };
}
