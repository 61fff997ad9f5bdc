// Turns a SpanRef (block + normalized offsets) into the contract's location:
// the span as it reads, an excerpt around it, and every coordinate we know.
import type { Cell, Document, Paragraph, SpanRef, TextContent } from '../../model/document.js';
import { cellAt } from '../../structure/grid.js';
import { lineAt } from '../../structure/text-content.js';
import type { Location } from '../../model/result.js';

const CONTEXT = 20;

export function resolveSpan(doc: Document, ref: SpanRef): { tc: TextContent; cell?: Cell; paragraph?: Paragraph } {
  const block = doc.blocks[ref.block];
  if (!block) throw new Error(`no block ${ref.block}`);
  if (block.kind === 'paragraph') return { tc: block, paragraph: block };
  const pos = ref.cell ?? { row: 0, col: 0 };
  const cell = cellAt(block, pos.row, pos.col);
  if (!cell) throw new Error(`no cell ${pos.row},${pos.col} in table ${block.tableIndex}`);
  return { tc: cell, cell };
}

/** Raw offsets of a normalized span. */
function rawRange(tc: TextContent, start: number, end: number): [number, number] {
  const s = tc.rawIndex[Math.max(0, Math.min(start, tc.text.length))];
  const e = end >= tc.text.length ? tc.raw.length : tc.rawIndex[end];
  return [s, Math.max(s, e)];
}

const squashSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();

export function locate(doc: Document, ref: SpanRef): Location {
  const block = doc.blocks[ref.block];
  const { tc, cell } = resolveSpan(doc, ref);
  const start = Math.max(0, ref.start ?? 0);
  const end = Math.min(tc.text.length, ref.end ?? tc.text.length);
  const [rs, re] = rawRange(tc, start, Math.max(start, end));
  const text = tc.raw.slice(rs, re).trim();
  let excerpt: string;
  if (cell && block.kind === 'table') {
    const row = block.grid[cell.row] ?? [];
    const seen = new Set<number>();
    const parts: string[] = [];
    for (const id of row) {
      if (seen.has(id)) continue;
      seen.add(id);
      parts.push(squashSpaces(block.cells[id].raw));
    }
    excerpt = parts.join(' | ');
  } else {
    const from = Math.max(0, rs - CONTEXT);
    const to = Math.min(tc.raw.length, re + CONTEXT);
    excerpt = `${from > 0 ? '…' : ''}${squashSpaces(tc.raw.slice(from, to))}${to < tc.raw.length ? '…' : ''}`;
  }
  const line = lineAt(tc, start);
  const sectionId = block.sectionId;
  return {
    text,
    excerpt,
    page: line.page,
    line: line.line,
    paragraph: ref.block,
    table: cell && block.kind === 'table' ? { index: block.tableIndex, row: cell.row, col: cell.col } : null,
    section: sectionId === null ? null : doc.sections[sectionId].path,
  };
}

/** The normalized text a span covers (for rules that quote it). */
export function spanText(doc: Document, ref: SpanRef): string {
  const { tc } = resolveSpan(doc, ref);
  return tc.text.slice(ref.start ?? 0, ref.end ?? tc.text.length);
}
