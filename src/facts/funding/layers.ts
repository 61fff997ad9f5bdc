// The levels of government a fund's money comes from (中央 / 省 / 市 / 县), and a 其中 list that names only some of the
// levels the document states the same kind of money in: "集宁区2024年实际到位资金4,089.75万元，其中中央财政补助资金
// 2,424.14万元、旗县财政资金570.45万元" in a report whose 到位 is stated for 中央, 自治区, 市级 and 旗县 names two of
// four, and falls short of its whole by the levels it leaves out.
import type { FundBreakdown, FundFigure, FundSource } from './figures.js';

/** The four levels, and the sources that stand for several of them together (上级 = 中央 + 省 + 市, 市县). */
const LEVELS: ReadonlySet<FundSource> = new Set(['central', 'province', 'city', 'county']);
const COVERS: Partial<Record<FundSource, readonly FundSource[]>> = {
  upper: ['central', 'province', 'city'],
  cityCounty: ['city', 'county'],
};

/**
 * A sentence's breakdown by level that leaves out a level the document states the same kind of money in
 * elsewhere (a part of the list's whole from that level is then simply not named). Not a table's column, whose
 * rows are its whole's parts; not a list naming anything but levels.
 */
export function leavesOutLevels(b: FundBreakdown, figures: readonly FundFigure[]): boolean {
  if (b.total.origin !== 'text' || !b.parts.length) return false;
  const named = new Set<FundSource>();
  for (const p of b.parts) {
    if (p.source === null || !(LEVELS.has(p.source) || p.source in COVERS)) return false;
    for (const s of COVERS[p.source] ?? [p.source]) named.add(s);
  }
  return figures.some(
    (f) => f.kind === b.total.kind && f.source !== null && LEVELS.has(f.source) && !named.has(f.source),
  );
}
