// Every paragraph and table cell, in reading order, as a SpanRef base: what the
// text rules scan.
import type { Document, SpanRef } from '../../model/document.js';

export interface TextPlace {
  block: number;
  cell?: { row: number; col: number };
  role: 'title' | 'cover' | 'toc' | 'heading' | 'body' | 'table-text' | 'table';
  text: string;
}

export function textPlaces(doc: Document): TextPlace[] {
  const out: TextPlace[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') out.push({ block: b.index, role: b.role, text: b.text });
    else
      for (const c of b.cells)
        if (c.text) out.push({ block: b.index, cell: { row: c.row, col: c.col }, role: 'table', text: c.text });
  }
  return out;
}

/** A span in a place. */
export function spanIn(p: TextPlace, start: number, end: number): SpanRef {
  return { block: p.block, ...(p.cell ? { cell: p.cell } : {}), start, end };
}
