// pandoc's grid tables (its markdown writer's default where a cell holds block content; report Y's .md):
//   +------+------+
//   | 单位 | 编制 |      a cell's text wrapped inside its column over several lines,
//   +======+======+      "=" under the header row,
//   | 合计 | 42   |      a row span shown by a rule segment left out ("|      +------+").
//   +------+------+
// The same drawing as w3m's box-drawn tables in ASCII: each line is written in the box alphabet and read
// by text-box-grid.ts, so one mechanism reads both. Only rule lines are rewritten whole; in a text line a
// "|" becomes a column edge only where a rule line has a "+" above or below it, so a "|" or a "---" a cell
// says stays text.
import stringWidth from 'string-width';
import { type BoxGridTable, readBox } from './text-box-grid.js';

/** A line that opens a grid table: "+" and runs of "-" (":" for alignment) only. */
export const GRID_TOP = /^\s*\+(?::?-+:?\+)+\s*$/;
/** Any line that opens one, for the loader's cheap test of a whole text. */
export const GRID_OPENING = /^\s*\+(?::?-+:?\+)+\s*$/m;

/**
 * A rule line: segments between junctions, each all "-", "=" or ":" (a rule under a unit) or all spaces
 * (the rule a row span leaves out), at least one ruled, a ruled segment between two "+".
 */
function isRuleLine(line: string): boolean {
  const t = line.trim();
  if (!/^[+|]/.test(t) || !/[+|]$/.test(t) || !/[-=]/.test(t)) return false;
  const parts = t.slice(1, -1).split(/([+|])/);
  for (let k = 0; k < parts.length; k += 2) {
    const seg = parts[k];
    if (/^[-=:]+$/.test(seg)) {
      // a ruled segment ends at a junction on both sides
      const before = k === 0 ? t[0] : parts[k - 1];
      const after = k === parts.length - 1 ? t[t.length - 1] : parts[k + 1];
      if (before !== '+' || after !== '+') return false;
    } else if (!/^ +$/.test(seg)) return false;
  }
  return true;
}

/** Every grid table in `lines`: from a line +---+ to the last rule line before a line that is none of the grid's. */
export function gridTables(lines: string[]): BoxGridTable[] {
  const out: BoxGridTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!GRID_TOP.test(lines[i])) continue;
    const indent = lines[i].length - lines[i].trimStart().length;
    let end = i;
    for (let k = i + 1; k < lines.length && /^[|+]/.test(lines[k].slice(indent)); k++)
      if (lines[k].trim().startsWith('+') && isRuleLine(lines[k])) end = k;
    if (end === i) continue;
    const table = readBox(boxAlphabet(lines.slice(i, end + 1)), i);
    if (table) out.push({ table, start: i, end });
    i = end;
  }
  return out;
}

/** The grid written in box characters: rules as ─ and ┼ (│ for a row span's edge), column edges as │. */
function boxAlphabet(grid: string[]): string[] {
  const rules = grid.map(isRuleLine);
  const edges = new Set<number>();
  grid.forEach((line, y) => {
    if (!rules[y]) return;
    let col = 0;
    for (const ch of line) {
      if (ch === '+' || ch === '|') edges.add(col);
      col += stringWidth(ch);
    }
  });
  return grid.map((line, y) => {
    let col = 0;
    let out = '';
    for (const ch of line) {
      if (rules[y]) out += ch === '+' ? '┼' : ch === '|' ? '│' : /[-=:]/.test(ch) ? '─' : ch;
      else out += ch === '|' && edges.has(col) ? '│' : ch;
      col += stringWidth(ch);
    }
    return out;
  });
}
