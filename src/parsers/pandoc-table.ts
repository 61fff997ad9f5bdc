// pandoc's own markdown tables (`pandoc -t markdown` of a .docx): "simple" tables (a header line over
// a rule of dash runs, one line a row) and "multiline" tables (a full-width rule above and below,
// rows separated by blank lines, a cell's text wrapped over several lines). Columns are the dash runs
// of the rule under the header, counted in display columns: pandoc aligns a Chinese character as two.
import stringWidth from 'string-width';
import type { TabRow } from './text-table.js';

export interface SrcLine {
  text: string;
  no: number;
}

const RULE = /^\s*-{3,}(?:\s+-{3,})*\s*$/;
const runs = (s: string): Array<[number, number]> =>
  [...s.matchAll(/-+/g)].map((m) => [displayCol(s, m.index!), displayCol(s, m.index! + m[0].length)]);

/** The display column where the character at `index` starts. */
function displayCol(s: string, index: number): number {
  return stringWidth(s.slice(0, index));
}

/** Splits a line at the column starts, by display width. */
function slice(line: string, starts: number[]): string[] {
  const out = starts.map(() => '');
  let col = 0;
  for (const ch of line) {
    let k = starts.length - 1;
    while (k > 0 && col < starts[k]) k--;
    out[k] += ch;
    col += stringWidth(ch);
  }
  return out.map((s) => s.trim());
}

const join = (a: string, b: string) =>
  !a ? b : !b ? a : /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;

/**
 * Does every character of `line` stand inside a column of the rule (the last column may run on)?
 * pandoc pads each cell to its column and leaves the gap between two runs blank, so a line with
 * text across a gap is no row of this rule: a dashed line over ordinary text is no table.
 */
function fitsColumns(line: string, cols: Array<[number, number]>): boolean {
  let col = 0;
  for (const ch of line) {
    const w = stringWidth(ch);
    if (ch.trim()) {
      let k = cols.length - 1;
      while (k >= 0 && cols[k][0] > col) k--;
      if (k < 0 || (k < cols.length - 1 && col + w > cols[k][1])) return false;
    }
    col += w;
  }
  return true;
}

const sameRule = (a: Array<[number, number]>, b: Array<[number, number]>) =>
  a.length === b.length && a.every(([s, e], k) => s === b[k][0] && e === b[k][1]);

/**
 * A headerless table (`pandoc -t plain` or markdown of a .docx table with no marked header row): a rule
 * of column runs, the rows, and the same rule again; rows one a line, or (a multiline table) separated
 * by blank lines, a cell's text wrapped over its lines. Every line between must fit the columns.
 */
function readHeaderless(
  lines: SrcLine[],
  i: number,
  cols: Array<[number, number]>,
): { rows: TabRow[]; next: number } | null {
  const body: SrcLine[] = [];
  let j = i + 1;
  for (; j < lines.length && !RULE.test(lines[j].text); j++) body.push(lines[j]);
  if (j >= lines.length || !sameRule(runs(lines[j].text), cols)) return null;
  if (!body.length || !body[0].text.trim() || !body[body.length - 1].text.trim()) return null;
  if (!body.every((l) => fitsColumns(l.text, cols))) return null;
  const starts = cols.map(([s]) => s);
  starts[0] = 0;
  const multiline = body.some((l) => !l.text.trim());
  const rows: TabRow[] = [];
  let group: SrcLine[] = [];
  const addRow = () => {
    if (!group.length) return;
    const fields = starts.map(() => '');
    for (const l of group) slice(l.text, starts).forEach((f, k) => (fields[k] = join(fields[k], f)));
    rows.push({ fields, line: group[0].no, afterGap: false });
    group = [];
  };
  for (const l of body) {
    if (!l.text.trim()) addRow();
    else {
      group.push(l);
      if (!multiline) addRow();
    }
  }
  addRow();
  return rows.length >= 2 ? { rows, next: j + 1 } : null;
}

/** Is a pandoc table starting at `i`? Returns its rows and the line after it, or null. */
export function readPandocTable(lines: SrcLine[], i: number): { rows: TabRow[]; next: number } | null {
  let j = i;
  const opening = RULE.test(lines[j].text) ? runs(lines[j].text) : [];
  if (opening.length >= 2) return readHeaderless(lines, i, opening);
  const multiline = opening.length === 1;
  if (multiline) j++;
  // header lines, then the rule of column runs
  const header: SrcLine[] = [];
  while (j < lines.length && lines[j].text.trim() && !RULE.test(lines[j].text) && header.length < 4)
    header.push(lines[j++]);
  if (j >= lines.length || !RULE.test(lines[j].text)) return null;
  const cols = runs(lines[j].text);
  if (cols.length < 2 || (!multiline && !header.length)) return null;
  const starts = cols.map(([s]) => s);
  starts[0] = 0;
  j++;
  const rows: TabRow[] = [];
  let fits = true;
  const addRow = (group: SrcLine[]) => {
    if (!group.length) return;
    fits &&= group.every((l) => fitsColumns(l.text, cols));
    const fields = starts.map(() => '');
    for (const l of group) slice(l.text, starts).forEach((f, k) => (fields[k] = join(fields[k], f)));
    rows.push({ fields, line: group[0].no, afterGap: false });
  };
  addRow(header);
  let group: SrcLine[] = [];
  for (; j < lines.length; j++) {
    const t = lines[j].text;
    if (RULE.test(t)) {
      j++; // the closing rule
      break;
    }
    if (!t.trim()) {
      if (!multiline) break;
      addRow(group);
      group = [];
      continue;
    }
    if (multiline) group.push(lines[j]);
    else addRow([lines[j]]);
  }
  addRow(group);
  return rows.length >= 2 && fits ? { rows, next: j } : null;
}
