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

/** Is a pandoc table starting at `i`? Returns its rows and the line after it, or null. */
export function readPandocTable(lines: SrcLine[], i: number): { rows: TabRow[]; next: number } | null {
  let j = i;
  const multiline = RULE.test(lines[j].text) && runs(lines[j].text).length === 1;
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
  const addRow = (group: SrcLine[]) => {
    if (!group.length) return;
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
  return rows.length >= 2 ? { rows, next: j } : null;
}
