// The figures that changed between two versions of a report: numbers whose
// surrounding text is the same. A paragraph is compared with the one paragraph
// of the other version that reads the same once its numbers are masked; a table
// row with the one row that does. Text that was reworded is not compared — the
// "same surrounding text" is what makes a changed number one figure revised.
import { locate } from '../engine/steps/locate.js';
import type { Document, SpanRef } from '../model/document.js';
import type { Location } from '../model/result.js';

export interface FigureChange {
  old: string;
  new: string;
  /** The number in its context in the new version, the number in 【】. */
  context: string;
  oldLocation: Location;
  newLocation: Location;
}

/** A figure: digits with thousands separators and decimals (normalized text: full-width digits are ASCII). */
const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const CONTEXT = 12;

const mask = (s: string) => s.replace(NUMBER, '#');

interface Unit {
  key: string;
  /** The texts compared, in order (one for a paragraph, one per cell for a row). */
  parts: Array<{ text: string; ref: SpanRef }>;
  /** A table row's first cell with words in it ("产出数量"): what a figure in the row is of. */
  label?: string;
}

function units(doc: Document): Map<string, Unit[]> {
  const out = new Map<string, Unit[]>();
  const add = (u: Unit) => {
    // a text that is nothing but figures and punctuation has no context to be the same
    if (!/[\p{L}]/u.test(u.key)) return;
    out.set(u.key, [...(out.get(u.key) ?? []), u]);
  };
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      add({ key: `p\u0000${mask(b.text)}`, parts: [{ text: b.text, ref: { block: b.index } }] });
      continue;
    }
    for (let r = 0; r < b.rows; r++) {
      const seen = new Set<number>();
      const parts: Unit['parts'] = [];
      for (const id of b.grid[r]) {
        const cell = b.cells[id];
        if (seen.has(id) || cell.row !== r) continue; // a merged cell counts in its first row only
        seen.add(id);
        parts.push({ text: cell.text, ref: { block: b.index, cell: { row: cell.row, col: cell.col } } });
      }
      const label = parts.find((p) => /\p{L}/u.test(p.text))?.text;
      add({ key: `t\u0000${parts.map((p) => mask(p.text)).join('\u0001')}`, parts, ...(label ? { label } : {}) });
    }
  }
  return out;
}

export function figureChanges(oldDoc: Document, newDoc: Document): FigureChange[] {
  const before = units(oldDoc);
  const after = units(newDoc);
  const out: FigureChange[] = [];
  for (const [key, olds] of before) {
    const news = after.get(key);
    // the same context once on each side, else which one changed is a guess
    if (olds.length !== 1 || news?.length !== 1) continue;
    const [o, n] = [olds[0], news[0]];
    o.parts.forEach((op, i) => {
      const np = n.parts[i];
      if (op.text === np.text) return;
      const on = [...op.text.matchAll(NUMBER)];
      const nn = [...np.text.matchAll(NUMBER)];
      on.forEach((m, k) => {
        const m2 = nn[k];
        if (!m2 || m[0] === m2[0]) return;
        const at = m2.index!;
        const from = Math.max(0, at - CONTEXT);
        const to = Math.min(np.text.length, at + m2[0].length + CONTEXT);
        out.push({
          old: m[0],
          new: m2[0],
          context:
            (n.label && n.label !== np.text ? `${n.label.slice(0, 20)} | ` : '') +
            `${from > 0 ? '…' : ''}${np.text.slice(from, at)}【${m2[0]}】${np.text.slice(at + m2[0].length, to)}${to < np.text.length ? '…' : ''}`,
          oldLocation: locate(oldDoc, { ...op.ref, start: m.index!, end: m.index! + m[0].length }),
          newLocation: locate(newDoc, { ...np.ref, start: at, end: at + m2[0].length }),
        });
      });
    });
  }
  return out.sort((a, b) => (a.newLocation.paragraph ?? 0) - (b.newLocation.paragraph ?? 0));
}
