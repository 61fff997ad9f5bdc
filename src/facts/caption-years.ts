// The years each table's caption names ("表8 2022年度各县（市、区）资金下达及支出情况": 表8 → 2022), by the table's
// number: a sentence presenting that table ("…情况见表8") states the table's year, another year's figures the report
// shows beside its own, not the evaluated project misdated (identity/wrong-year reads it).
import type { Document } from '../model/document.js';
import { captionNumber } from './lang/table-refs.js';
import { findYears } from './lang/years.js';

/** The years named by the captions of each table number ("表8", "附表2"), in the order they are written. */
export function captionYears(doc: Document): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || b.role === 'title') continue;
    const n = captionNumber(b.text);
    if (n) out.set(n, [...(out.get(n) ?? []), ...findYears(b.text).map((y) => y.value)]);
  }
  return out;
}
