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

/** One sentence's or one row's figures, by kind and source: a lookup never scans the others (a 5 MB paragraph is one sentence). */
type ByKind = Map<FundKind, Map<FundFigure['source'], Figure[]>>;

export function fundsBeside(figures: readonly Figure[]): FundsBeside {
  // a sentence's figures by its group; a table's by block, row and scope
  const sentences = new Map<string, ByKind>();
  const rows = new Map<number, Map<number | undefined, Map<string | null, ByKind>>>();
  const together = (f: Figure): ByKind => {
    if (f.origin !== 'table') {
      let byKind = sentences.get(f.group);
      if (!byKind) sentences.set(f.group, (byKind = new Map()));
      return byKind;
    }
    let byRow = rows.get(f.at.block);
    if (!byRow) rows.set(f.at.block, (byRow = new Map()));
    let byScope = byRow.get(f.at.cell?.row);
    if (!byScope) byRow.set(f.at.cell?.row, (byScope = new Map()));
    let byKind = byScope.get(f.scope);
    if (!byKind) byScope.set(f.scope, (byKind = new Map()));
    return byKind;
  };
  for (const f of figures) {
    const byKind = together(f);
    let bySource = byKind.get(f.kind);
    if (!bySource) byKind.set(f.kind, (bySource = new Map()));
    const list = bySource.get(f.source);
    if (list) list.push(f);
    else bySource.set(f.source, [f]);
  }
  return {
    of: (kind, near) => {
      const list = together(near).get(kind)?.get(near.source) ?? [];
      return kind === near.kind ? list.filter((f) => f !== near) : list;
    },
  };
}
