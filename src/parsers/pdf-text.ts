// Text items of a PDF page (pdfjs getTextContent) placed on the page and
// grouped into physical lines. Coordinates are top-down points.
import { isCjk } from '../structure/normalize.js';
import { apply, multiply, type Matrix } from './pdf-geometry.js';

export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** One text item with its box on the page. */
export interface TextRun {
  text: string;
  x: number;
  right: number;
  baseline: number;
  top: number;
  bottom: number;
  size: number;
}

/** One physical line of text. */
export interface TextLine {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  baseline: number;
  size: number;
  /** Width of the line's first unbreakable piece (a Latin word or number, or one Chinese character with its closing marks). */
  lead: number;
}

/** The first piece of text a line break cannot split. */
const LEAD = /^[（(〔【《“‘「『\[]*(?:[A-Za-z0-9.,%+\-/]+|.)[）)」』”’、，。；：！？%]*/u;

function leadWidth(runs: readonly TextRun[]): number {
  let want = [...(LEAD.exec(runs.map((r) => r.text).join(''))?.[0] ?? '')].length;
  for (const r of runs) {
    const n = [...r.text].length;
    if (want <= n) return r.x + (n ? ((r.right - r.x) * want) / n : 0) - runs[0].x;
    want -= n;
  }
  return runs.length ? runs[runs.length - 1].right - runs[0].x : 0;
}

/** Place the page's text items; drops marked-content entries and empty strings. */
export function toRuns(items: ReadonlyArray<unknown>, viewport: Matrix): TextRun[] {
  const runs: TextRun[] = [];
  for (const raw of items) {
    const it = raw as Partial<PdfTextItem>;
    if (typeof it.str !== 'string' || it.str === '' || !it.transform) continue;
    const m = multiply(viewport, it.transform);
    const size = Math.hypot(m[2], m[3]) || it.height || 1;
    const [x, baseline] = apply(m, 0, 0);
    // item width is in page units along the text direction (horizontal text only)
    const width = Math.abs(it.width ?? 0) * Math.abs(viewport[0] || 1);
    runs.push({
      text: it.str,
      x,
      right: x + width,
      baseline,
      top: baseline - size * 0.85,
      bottom: baseline + size * 0.15,
      size,
    });
  }
  return seatInsetGlyphs(dropOverprint(runs));
}

/**
 * An office suite that draws a punctuation mark in another font (the “” of
 * 等级为“优”) leaves a space in the run of the text around it and draws the mark
 * on its own, inside that run's box; a space of the first font may be drawn
 * over the mark too. Read by x alone, the mark lands after the whole run
 * (“优 。其中：决策指标 ”). Put each such mark back into the space it fills and
 * drop spaces drawn over a visible glyph.
 */
function seatInsetGlyphs(runs: TextRun[]): TextRun[] {
  const sameLine = (a: TextRun, b: TextRun) => Math.abs(a.baseline - b.baseline) <= 0.35 * Math.min(a.size, b.size);
  const gone = new Set<TextRun>();
  const visible = runs.filter((r) => r.text.trim() !== '');
  const near = lineNeighbours(visible);
  for (const r of runs) {
    if (r.text.trim() !== '' || r.right <= r.x) continue;
    const covered = near(r).some(
      (i) =>
        sameLine(visible[i], r) &&
        Math.min(visible[i].right, r.right) - Math.max(visible[i].x, r.x) > 0.5 * (r.right - r.x),
    );
    if (covered) gone.add(r);
  }
  for (const mark of visible) {
    if ([...mark.text].length > 2) continue;
    // the first host in page order, as a scan of every visible run would find it
    let first = -1;
    for (const i of near(mark)) {
      const h = visible[i];
      if (first >= 0 && first < i) continue;
      if (
        h !== mark &&
        !gone.has(h) &&
        sameLine(h, mark) &&
        h.x < mark.x &&
        mark.right <= h.right + 0.2 * mark.size &&
        /\s/u.test(h.text)
      )
        first = i;
    }
    const host = first >= 0 ? visible[first] : undefined;
    const at = host ? spaceUnder(host, mark) : -1;
    if (!host || at < 0) continue;
    const chars = [...host.text];
    chars.splice(at, 1, mark.text);
    host.text = chars.join('');
    gone.add(mark);
  }
  return gone.size ? runs.filter((r) => !gone.has(r)) : runs;
}

/**
 * The indices of the runs whose baseline is within 0.35 of q's size of q's
 * (every run sameLine can accept, and a few more), from the runs sorted by
 * baseline once: searching the whole page for each run was quadratic on pages
 * of many runs. A page with a non-finite coordinate gets every run.
 */
function lineNeighbours(runs: readonly TextRun[]): (q: TextRun) => number[] {
  const all = runs.map((_, i) => i);
  if (!runs.every((r) => Number.isFinite(r.baseline) && Number.isFinite(r.size))) return () => all;
  const order = [...all].sort((a, b) => runs[a].baseline - runs[b].baseline);
  return (q) => {
    if (!Number.isFinite(q.baseline) || !Number.isFinite(q.size)) return all;
    // a hair wider than sameLine's bound, so rounding never drops a run it accepts
    const reach = 0.35 * Math.abs(q.size) + 1e-6 * (1 + Math.abs(q.baseline));
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runs[order[mid]].baseline < q.baseline - reach) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < order.length && runs[order[k]].baseline <= q.baseline + reach; k++) out.push(order[k]);
    return out;
  };
}

/** The index of the space in host whose estimated place (a Chinese glyph one em, others half) is where mark starts. */
function spaceUnder(host: TextRun, mark: TextRun): number {
  const chars = [...host.text];
  const ems = chars.map((c) => (isCjk(c) || /[\u3000-\u303f\uff00-\uffef]/u.test(c) ? 1 : 0.5));
  const scale = (host.right - host.x) / (ems.reduce((a, b) => a + b, 0) || 1);
  let x = host.x;
  for (let i = 0; i < chars.length; i++) {
    if (/\s/u.test(chars[i]) && Math.abs(x - mark.x) <= 0.5 * mark.size) return i;
    x += ems[i] * scale;
  }
  return -1;
}

/** Fake bold draws the same text twice a fraction of a point apart: keep one. */
function dropOverprint(runs: TextRun[]): TextRun[] {
  const seen = new Map<string, TextRun[]>();
  const out: TextRun[] = [];
  for (const r of runs) {
    const same = seen.get(r.text);
    if (same?.some((o) => Math.abs(o.x - r.x) < 1 && Math.abs(o.baseline - r.baseline) < 1)) continue;
    if (same) same.push(r);
    else seen.set(r.text, [r]);
    out.push(r);
  }
  return out;
}

/** Group runs into the runs of each line (by baseline), each read left to right, lines top to bottom. */
export function groupRunLines(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    // same line when baselines are within a third of the smaller font size
    if (g && Math.abs(r.baseline - g[0].baseline) <= 0.35 * Math.min(r.size, g[0].size)) g.push(r);
    else groups.push([r]);
  }
  for (const g of groups) g.sort((a, b) => a.x - b.x);
  return groups;
}

/** Group runs into lines (by baseline), each read left to right, lines top to bottom. */
export function groupLines(runs: readonly TextRun[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const g of groupRunLines(runs)) {
    const text = joinRuns(g);
    if (text.trim() === '') continue;
    const visible = g.filter((r) => r.text.trim() !== '');
    lines.push({
      text,
      left: Math.min(...visible.map((r) => r.x)),
      right: Math.max(...visible.map((r) => r.right)),
      top: Math.min(...visible.map((r) => r.top)),
      bottom: Math.max(...visible.map((r) => r.bottom)),
      baseline: g[0].baseline,
      size: Math.max(...visible.map((r) => r.size)),
      lead: leadWidth(visible),
    });
  }
  return lines;
}

/**
 * Join the runs of one line. A space comes from the file (a space glyph) or
 * from a real gap: a wide one (a tab, a TOC leader) anywhere, a small one only
 * between Latin letters or digits, never between glyphs of Chinese text.
 */
export function joinRuns(runs: readonly TextRun[]): string {
  let out = '';
  let prev: TextRun | undefined;
  for (const r of runs) {
    if (prev && out !== '' && !/\s$/u.test(out) && !/^\s/u.test(r.text)) {
      const gap = r.x - prev.right;
      const size = Math.min(r.size, prev.size);
      const before = [...out].pop();
      const after = [...r.text][0];
      const latin = !isCjk(before) && !isCjk(after);
      if (gap > 1.5 * size || (latin && gap > 0.2 * size)) out += ' ';
    }
    out += r.text;
    prev = r;
  }
  return out.replace(/^\s+|\s+$/gu, '');
}
