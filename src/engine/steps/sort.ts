// Findings in the order a reader meets them: by the block of the place to fix, then the cell's row and
// column, then the offset in its text. Findings at the same place keep the order the rules reported them in.
import type { SpanRef } from '../../model/document.js';

export function positionOf(s: SpanRef): number[] {
  return [s.block, s.cell?.row ?? 0, s.cell?.col ?? 0, s.start ?? 0];
}

export function sortByPosition<T>(items: T[], firstSpan: (item: T) => SpanRef): T[] {
  const keyed = items.map((item) => ({ item, at: positionOf(firstSpan(item)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.at.length; i++) if (a.at[i] !== b.at[i]) return a.at[i] - b.at[i];
    return 0;
  });
  return keyed.map((k) => k.item);
}
