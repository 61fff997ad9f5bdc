// How many indicators of each level the report has: from the attachment's
// indicator table (distinct names under 一级/二级/三级指标) and from the body's
// headings under the "…指标分析" section (children = level 1, and so on).
import { indicatorName, keysMatch } from '../lang/indicator-names.js';
import type { Document } from '../../model/document.js';
import { LEVEL_COUNT_TITLE } from '../lang/sections.js';
import { INDICATOR_LIST_END } from '../lang/totals.js';

export type CountsByLevel = Partial<Record<1 | 2 | 3, number>>;

const LEVEL: Record<string, 1 | 2 | 3> = { 一级指标: 1, 二级指标: 2, 三级指标: 3 };

/** The counts of every table that lists indicators by level (a 绩效目标 table and the scoring table may list different sets). */
function tableCounts(doc: Document): CountsByLevel[] {
  const all: CountsByLevel[] = [];
  for (const t of doc.tables) {
    const out: CountsByLevel = {};
    for (let r = 0; r < t.rows; r++) {
      const cols = new Map<number, 1 | 2 | 3>();
      for (let c = 0; c < t.cols; c++) {
        const lvl = LEVEL[t.cells[t.grid[r][c]].text];
        if (lvl) cols.set(c, lvl);
      }
      if (cols.size < 2) continue;
      for (const [c, lvl] of cols) {
        const names = new Set<string>();
        const seen = new Set<number>();
        for (let rr = r + 1; rr < t.rows; rr++) {
          if (INDICATOR_LIST_END.test(t.cells[t.grid[rr][0]].text)) break;
          const id = t.grid[rr][c];
          const text = t.cells[id].text;
          if (seen.has(id) || !text || /^[\d.%]+$/.test(text)) continue;
          seen.add(id);
          names.add(text);
        }
        out[lvl] = names.size;
      }
      all.push(out);
      break;
    }
  }
  return all;
}

/**
 * How many indicators of `level` each table lists under the first-level indicator `owner`
 * ("产出类指标包括4个二级指标" counts 产出's subtree, not the whole tree). Tables that do not
 * list `owner` under a 一级指标 column give nothing.
 */
function subtreeCounts(doc: Document, owner: string, level: 2 | 3): number[] {
  const key = indicatorName(owner).key;
  const out: number[] = [];
  for (const t of doc.tables) {
    for (let r = 0; r < t.rows; r++) {
      const colOf = (lvl: 1 | 2 | 3) => t.grid[r].findIndex((id) => LEVEL[t.cells[id].text] === lvl);
      const top = colOf(1);
      const col = colOf(level);
      if (top < 0 || col < 0) continue;
      const names = new Set<string>();
      for (let rr = r + 1; rr < t.rows; rr++) {
        if (INDICATOR_LIST_END.test(t.cells[t.grid[rr][0]].text)) break;
        const id = t.grid[rr][col];
        if (
          !keysMatch(indicatorName(t.cells[t.grid[rr][top]].text).key, key) ||
          !t.cells[id].text ||
          /^[\d.%]+$/.test(t.cells[id].text)
        )
          continue;
        names.add(t.cells[id].text);
      }
      if (names.size) out.push(names.size);
      break;
    }
  }
  return out;
}

function headingCounts(doc: Document): CountsByLevel {
  const root = doc.sections.find((s) => LEVEL_COUNT_TITLE.test(s.title));
  if (!root || !root.children.length) return {};
  const out: CountsByLevel = {};
  let level = root.children;
  for (const lvl of [1, 2, 3] as const) {
    if (!level.length) break;
    out[lvl] = level.length;
    level = level.flatMap((id) => doc.sections[id].children);
  }
  return out;
}

/** The level counts the report's tables and headings give, read once for the count rule. */
export interface LevelCounts {
  /** One per table that lists indicators by level. */
  tables: CountsByLevel[];
  /** From the analysis section's headings. */
  headings: CountsByLevel;
  /** How many indicators of `level` each table lists under the first-level indicator `owner`. */
  subtree(owner: string, level: 2 | 3): number[];
}

export function levelCounts(doc: Document): LevelCounts {
  return {
    tables: tableCounts(doc),
    headings: headingCounts(doc),
    subtree: (owner, level) => subtreeCounts(doc, owner, level),
  };
}
