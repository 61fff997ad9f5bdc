// How many parts of a kind (标段, 合同段) a report says its project has, and how many its tables list: a table whose
// first column is the ordinal series of the noun ("一标段 … 五标段", "施工一标段 … 施工五标段"; other rows such as
// 勘察设计 or 合计 left out) lists them all. The count rule compares the two (rules/count/part-rows.ts).
import type { Document, SpanRef } from '../model/document.js';
import { cnNumeralValue } from '../structure/numbering.js';
import { cellAt } from '../structure/grid.js';
import { SERIES_CLAIM, SERIES_ROW } from './lang/count-words.js';

export interface SeriesClaim {
  count: number;
  noun: string;
  span: SpanRef;
}

export interface SeriesTable {
  noun: string;
  /** The last ordinal, the series being 1 … count, each once. */
  count: number;
  table: number;
}

export interface PartSeries {
  claims: SeriesClaim[];
  tables: SeriesTable[];
}

const value = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : cnNumeralValue(s.replace('两', '二')));

export function partSeries(doc: Document): PartSeries {
  const claims: SeriesClaim[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || b.role !== 'body') continue;
    for (const m of b.text.matchAll(SERIES_CLAIM)) {
      const count = value(m[1]);
      if (!count) continue;
      const start = m.index + m[0].indexOf(m[1]);
      claims.push({ count, noun: m[2], span: { block: b.index, start, end: m.index + m[0].length } });
    }
  }
  const tables: SeriesTable[] = [];
  for (const t of doc.tables) {
    const rows: { prefix: string; n: number; noun: string }[] = [];
    for (let r = 1; r < t.rows; r++) {
      const m = SERIES_ROW.exec(cellAt(t, r, 0)?.text.replace(/\s/g, '') ?? '');
      const n = m ? value(m[2]) : null;
      if (m && n) rows.push({ prefix: m[1], n, noun: m[3] });
    }
    if (rows.length < 2) continue;
    // one series: one noun, one prefix, the ordinals 1 … n in order, each once (a table of payments repeats them)
    const same = rows.every((x) => x.noun === rows[0].noun && x.prefix === rows[0].prefix);
    if (!same || !rows.every((x, i) => x.n === i + 1)) continue;
    tables.push({ noun: rows[0].noun, count: rows.length, table: t.index });
  }
  return { claims, tables };
}
