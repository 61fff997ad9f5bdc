// Funding figures stated beside one another: in one sentence, or in one table row of one scope. A
// rate is recomputed from the amounts beside it before the ones the document stands by: in
// "2023年度 | 2024年度 | 两年合计" (each 预算 | 支出) | 执行率 a rate's operands are its own scope's
// pair in its row (src/facts/funding/tables.ts), not 2023's.
import type { Stated } from '../lang/numbers.js';
import type { FundFigure, FundKind } from './figures.js';

type Figure = Stated<FundFigure>;

export interface FundsBeside {
  /** The figures of `kind` stated beside `near` (its sentence, or its table row and scope) from the same source, `near` itself left out. */
  of(kind: FundKind, near: Figure): Figure[];
}

export function fundsBeside(figures: readonly Figure[]): FundsBeside {
  // a sentence's figures by its group; a table's by block, row and scope
  const sentences = new Map<string, Figure[]>();
  const rows = new Map<number, Map<number | undefined, Map<string | null, Figure[]>>>();
  const together = (f: Figure): Figure[] => {
    if (f.origin !== 'table') {
      let list = sentences.get(f.group);
      if (!list) sentences.set(f.group, (list = []));
      return list;
    }
    let byRow = rows.get(f.at.block);
    if (!byRow) rows.set(f.at.block, (byRow = new Map()));
    let byScope = byRow.get(f.at.cell?.row);
    if (!byScope) byRow.set(f.at.cell?.row, (byScope = new Map()));
    let list = byScope.get(f.scope);
    if (!list) byScope.set(f.scope, (list = []));
    return list;
  };
  for (const f of figures) together(f).push(f);
  return {
    of: (kind, near) => together(near).filter((f) => f !== near && f.kind === kind && f.source === near.source),
  };
}
