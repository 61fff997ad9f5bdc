// Ruling lines of a PDF page, read from pdfjs's operator list: the stroked
// lines and rectangles (and hairline-thin filled rectangles, the way some
// writers draw borders) that table grids are made of. Coordinates are in the
// viewport (top-down, in points), so y grows down the page.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type Matrix = readonly number[]; // [a, b, c, d, e, f]

/** Horizontal segment: y, from x1 to x2 (x1 <= x2). */
export interface HSeg {
  y: number;
  x1: number;
  x2: number;
}
/** Vertical segment: x, from y1 to y2 (y1 <= y2). */
export interface VSeg {
  x: number;
  y1: number;
  y2: number;
}
export interface Rulings {
  h: HSeg[];
  v: VSeg[];
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

// pdfjs's path buffer opcodes (DrawOPS in pdfjs 5).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const CLOSE_PATH = 3;

/** Lines thinner than this (points) that are drawn as filled rectangles count as rulings. */
const HAIRLINE = 2.5;
/** Segments shorter than this are glyph parts, ticks or noise, not borders. */
const MIN_LENGTH = 3;
/** A segment counts as axis-aligned when it leans less than this. */
const AXIS_TOLERANCE = 0.8;

export function multiply(m1: Matrix, m2: Matrix): number[] {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

const STROKES = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

type Point = [number, number];

/** Collect horizontal and vertical rulings of one page. `viewport` maps PDF space to top-down page space. */
export function extractRulings(ops: OperatorList, viewport: Matrix): Rulings {
  const out: Rulings = { h: [], v: [] };
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const buffer = (args[1] as Array<ArrayLike<number> | null> | undefined)?.[0];
      if (!buffer) continue;
      const stroked = STROKES.has(paint);
      if (!stroked && !FILLS.has(paint)) continue; // clip paths, invisible paths
      const m = multiply(viewport, ctm);
      for (const poly of subpaths(buffer, m)) {
        if (stroked) addPolyline(out, poly);
        else addHairlineRect(out, poly);
      }
    }
  }
  return out;
}

/** Split a pdfjs path buffer into polylines (closed ones end where they start). */
function subpaths(buf: ArrayLike<number>, m: Matrix): Point[][] {
  const polys: Point[][] = [];
  let cur: Point[] = [];
  for (let k = 0; k < buf.length; ) {
    const op = buf[k++];
    if (op === MOVE_TO) {
      if (cur.length > 1) polys.push(cur);
      cur = [apply(m, buf[k], buf[k + 1])];
      k += 2;
    } else if (op === LINE_TO) {
      cur.push(apply(m, buf[k], buf[k + 1]));
      k += 2;
    } else if (op === CURVE_TO) {
      // curves are never table borders: end the polyline here
      if (cur.length > 1) polys.push(cur);
      cur = [apply(m, buf[k + 4], buf[k + 5])];
      k += 6;
    } else if (op === CLOSE_PATH) {
      if (cur.length > 1) {
        cur.push(cur[0]);
        polys.push(cur);
      }
      cur = cur.length ? [cur[0]] : [];
    } else break; // unknown opcode: stop reading this path
  }
  if (cur.length > 1) polys.push(cur);
  return polys;
}

function addSegment(out: Rulings, a: Point, b: Point): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= AXIS_TOLERANCE && dx >= MIN_LENGTH) {
    out.h.push({ y: (a[1] + b[1]) / 2, x1: Math.min(a[0], b[0]), x2: Math.max(a[0], b[0]) });
  } else if (dx <= AXIS_TOLERANCE && dy >= MIN_LENGTH) {
    out.v.push({ x: (a[0] + b[0]) / 2, y1: Math.min(a[1], b[1]), y2: Math.max(a[1], b[1]) });
  }
}

function addPolyline(out: Rulings, poly: Point[]): void {
  for (let i = 1; i < poly.length; i++) addSegment(out, poly[i - 1], poly[i]);
}

/** A filled rectangle only a hairline thick is a border drawn as a fill: keep its centre line. */
function addHairlineRect(out: Rulings, poly: Point[]): void {
  const xs = poly.map((p) => p[0]);
  const ys = poly.map((p) => p[1]);
  const x1 = Math.min(...xs);
  const x2 = Math.max(...xs);
  const y1 = Math.min(...ys);
  const y2 = Math.max(...ys);
  const w = x2 - x1;
  const h = y2 - y1;
  if (h <= HAIRLINE && w >= MIN_LENGTH) out.h.push({ y: (y1 + y2) / 2, x1, x2 });
  else if (w <= HAIRLINE && h >= MIN_LENGTH) out.v.push({ x: (x1 + x2) / 2, y1, y2 });
}
