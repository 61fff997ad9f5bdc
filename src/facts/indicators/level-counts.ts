// How many indicators of each level the report has: from the attachment's
// indicator table (distinct names under 一级/二级/三级指标) and from the body's
// headings under the "…指标分析" section (children = level 1, and so on).
import { indicatorName, keysMatch } from '../lang/indicator-names.js';
import type { Document, Section, Table } from '../../model/document.js';
import { MAX_HEAD, SCORE_HEAD, WEIGHT_HEAD } from './table-heads.js';
import { codedRows } from './summary-table.js';
import { codeExtends } from '../lang/indicator-codes.js';
import { FIRST_LEVEL_TITLE, LEVEL_COUNT_TITLE } from '../lang/sections.js';
import { DASH_NAME, GROUP_SUBTOTAL_LABEL, INDICATOR_LIST_END } from '../lang/totals.js';

export type CountsByLevel = Partial<Record<1 | 2 | 3, number>>;

const LEVEL: Record<string, 1 | 2 | 3> = { 一级指标: 1, 二级指标: 2, 三级指标: 3 };

/** "决策小计 | ← | ← | 15.00 | 13.00": a group's subtotal row closes a first level, it lists no indicator. */
const subtotalRow = (t: Table, r: number) =>
  t.grid[r].some((id) => GROUP_SUBTOTAL_LABEL.test(t.cells[id].text.replace(/\s/g, '')));

/**
 * Row `r` closes the list ("总计", "合计"): its label stands in column 0 or in one of the level columns `cols`
 * ("  | 总计 | — | — | 100": the 指标编码 cell empty, 总计 in the 一级指标 column), not in a 评分标准 cell.
 */
const listEnds = (t: Table, r: number, cols: Iterable<number>) =>
  [0, ...cols].some((c) => INDICATOR_LIST_END.test(t.cells[t.grid[r][c]].text.replace(/\s/g, '')));

/** A cell that names an indicator: not empty, no figure, no dash ("决策小计 | — | —": the row has no 二级 of its own). */
const nameCell = (text: string) => !!text && !/^[\d.%]+$/.test(text) && !DASH_NAME.test(text);

/**
 * A table read badly (columns shifted — pandoc's markdown of cells that span no column — so words stand in
 * its 权重 column; table/unreadable says so) places its names at the wrong levels. When one of the tables
 * that list the indicators by level is such a table, the tables say nothing of how many there are: the
 * others (a 绩效目标 table lists only the indicators with targets) cannot stand for the one not read.
 */
const readBadly = (t: Table) => t.reading.confidence === 'poor';

/**
 * The level of each row of a table of coded indicators (附件1: "A 决策 | A1 政策设立 | A1-1 政策依据充分性 …",
 * each level a row of its own): a code's level is one below the code it extends. Null when the table is not
 * one, or its codes repeat, or nest deeper than three levels or not at all (then they say no level).
 */
function codedLevels(t: Table): { code: string; name: string; level: number }[] | null {
  const rows = codedRows(t);
  if (!rows?.length || new Set(rows.map((x) => x.code)).size !== rows.length) return null;
  const levels: number[] = [];
  rows.forEach(({ code }, i) => {
    let parent = i - 1;
    while (parent >= 0 && !codeExtends(code, rows[parent].code)) parent--;
    levels.push(parent < 0 ? 1 : levels[parent] + 1);
  });
  if (Math.max(...levels) < 2 || Math.max(...levels) > 3) return null;
  return rows.map((x, i) => ({ ...x, level: levels[i] }));
}

/** How many indicators of each level such a table lists. */
function codedCounts(t: Table): CountsByLevel | null {
  const rows = codedLevels(t);
  if (!rows) return null;
  const out: CountsByLevel = {};
  for (const lvl of [1, 2, 3] as const)
    if (rows.some((x) => x.level === lvl)) out[lvl] = rows.filter((x) => x.level === lvl).length;
  return out;
}

/**
 * How many indicators of `level` such a table lists under the one first-level row that names `key`
 * ("A 决策": the rows whose codes extend A), or null when no first-level row, or more than one, names it.
 */
function codedSubtree(t: Table, key: string, level: 2 | 3): number | null {
  const rows = codedLevels(t);
  const tops = rows?.filter((x) => x.level === 1 && keysMatch(indicatorName(x.name).key, key)) ?? [];
  if (tops.length !== 1) return null;
  const top = tops[0].code;
  return rows!.filter((x) => x.level === level && codeExtends(x.code, top)).length || null;
}

/**
 * The tables that list one first-level indicator's subtree each (Z's 表10—表13: "二级指标 | 编码 | 三级指标 | …",
 * no 一级 column, each in its first level's own section "（二）过程指标"): counted one by one, each looked like a
 * whole system of 4 二级 and 8 三级. Added together they are one system: one first level per section, the names
 * of each level united over a section's tables (the pieces of a table cut by the page repeat a spanning name).
 * Null unless at least two sibling sections hold such tables.
 */
function perSectionSystem(doc: Document, names: Map<number, Map<1 | 2 | 3, Set<string>>>): CountsByLevel | null {
  const bySection = new Map<number, Map<1 | 2 | 3, Set<string>>>();
  for (const t of doc.tables) {
    const levels = names.get(t.index);
    if (!levels || levels.has(1) || t.sectionId === null) continue;
    const own = bySection.get(t.sectionId) ?? new Map<1 | 2 | 3, Set<string>>();
    for (const [lvl, set] of levels) own.set(lvl, new Set([...(own.get(lvl) ?? []), ...set]));
    bySection.set(t.sectionId, own);
  }
  const parents = new Set([...bySection.keys()].map((id) => doc.sections[id]?.parent ?? null));
  if (bySection.size < 2 || parents.size !== 1 || parents.has(null)) return null;
  const out: CountsByLevel = { 1: bySection.size };
  for (const lvl of [2, 3] as const) {
    const sizes = [...bySection.values()].map((own) => own.get(lvl)?.size);
    if (sizes.every((n) => n !== undefined)) out[lvl] = sizes.reduce((a, b) => a! + b!, 0);
  }
  return out;
}

/**
 * The counts of every table that lists indicators by level (a 绩效目标 table and the scoring table may list different sets),
 * by its 一级/二级/三级指标 columns or by its codes, by the table's block; `systems`: the counts of each whole system
 * (the tables of one first level each added together).
 */
function tableCounts(doc: Document): { byTable: Map<number, CountsByLevel>; systems: CountsByLevel[] } {
  const all = new Map<number, CountsByLevel>();
  const coded = new Map<number, CountsByLevel>();
  const names = new Map<number, Map<1 | 2 | 3, Set<string>>>();
  let unread = false;
  for (const t of doc.tables) {
    const byCode = readBadly(t) ? null : codedCounts(t);
    if (byCode) {
      coded.set(t.index, byCode);
      continue;
    }
    const out: CountsByLevel = {};
    const listed = new Map<1 | 2 | 3, Set<string>>();
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
          if (listEnds(t, rr, cols.keys())) break;
          if (subtotalRow(t, rr)) continue;
          const id = t.grid[rr][c];
          const text = t.cells[id].text;
          if (seen.has(id) || !nameCell(text)) continue;
          seen.add(id);
          names.add(text);
        }
        out[lvl] = names.size;
        listed.set(lvl, names);
      }
      // a table read badly: the other tables that list by columns cannot stand for it (a coded table lists every indicator)
      if (readBadly(t)) unread = true;
      else {
        all.set(t.index, out);
        names.set(t.index, listed);
      }
      break;
    }
  }
  const byTable = unread ? coded : new Map([...all, ...coded]);
  const joined = unread ? null : perSectionSystem(doc, names);
  if (!joined) return { byTable, systems: [...byTable.values()] };
  // the tables of one first level each are parts of the joined system, no system of their own
  const parts = new Set(
    doc.tables.filter((t) => t.sectionId !== null && names.get(t.index)?.has(1) === false).map((t) => t.index),
  );
  return { byTable, systems: [...[...byTable].filter(([block]) => !parts.has(block)).map(([, c]) => c), joined] };
}

/** A points or score column: the table scores indicators (the scoring table), it does not only list targets. */
function scores(t: Table, r: number): boolean {
  return t.grid[r].some((id) => {
    const h = t.cells[id].text.replace(/\s/g, '');
    return MAX_HEAD.test(h) || WEIGHT_HEAD.test(h) || SCORE_HEAD.test(h);
  });
}

/** The header row of a table that lists first-level indicators and `level` beside them, if any. */
function subtreeHead(t: Table, level: 2 | 3): { r: number; top: number; col: number } | null {
  for (let r = 0; r < t.rows; r++) {
    const colOf = (lvl: 1 | 2 | 3) => t.grid[r].findIndex((id) => LEVEL[t.cells[id].text] === lvl);
    const top = colOf(1);
    const col = colOf(level);
    if (top >= 0 && col >= 0) return { r, top, col };
  }
  return null;
}

/**
 * How many indicators of `level` one table lists under the first-level indicator `key`, or null when
 * the table cannot tell. An empty 一级 cell is the one above it (a merged cell that starts again, empty,
 * after a page cut; pandoc's flattened span); a row with an empty 一级 cell and none above is not placed
 * (pdftotext writes a merged cell on a middle row of its span, and a parser that joins an empty cell to
 * the one above joins it to the header), so such a table says nothing.
 */
function tableSubtree(t: Table, head: { r: number; top: number; col: number }, key: string): number | null {
  const names = new Set<string>();
  let parent = '';
  for (let rr = head.r + 1; rr < t.rows; rr++) {
    if (listEnds(t, rr, [head.top, head.col])) break;
    if (subtotalRow(t, rr)) continue;
    parent = t.cells[t.grid[rr][head.top]].text || parent;
    const text = t.cells[t.grid[rr][head.col]].text;
    if (!nameCell(text)) continue;
    if (!parent || LEVEL[parent]) return null;
    if (keysMatch(indicatorName(parent).key, key)) names.add(text);
  }
  return names.size || null;
}

/**
 * How many indicators of `level` the indicator system lists under the first-level indicator `owner`
 * ("产出类指标包括4个二级指标" counts 产出's subtree, not the whole tree): each scoring table that lists
 * `owner` under a 一级指标 column or as a coded first-level row, and the analysis section's headings. A 绩效目标 table (一级/二级/三级指标 |
 * 目标值 | 实际完成值) lists only the indicators with targets: it is read only when no table scores them.
 */
function subtreeCounts(doc: Document, owner: string, level: 2 | 3, table?: number): number[] {
  const key = indicatorName(owner).key;
  // one 自评表's subtree: that form alone (the analysis headings are the report's, not a form's)
  if (table !== undefined) {
    const t = doc.tables.find((x) => x.index === table);
    const head = t && subtreeHead(t, level);
    const n = t && head ? tableSubtree(t, head, key) : null;
    return n ? [n] : [];
  }
  const heads = doc.tables.flatMap((t) => {
    const head = subtreeHead(t, level);
    return head ? [{ t, head, scoring: scores(t, head.r) }] : [];
  });
  const scoring = heads.some((h) => h.scoring);
  const out: number[] = [];
  const listed = heads.some((h) => readBadly(h.t)) ? [] : heads.filter((h) => h.scoring || !scoring);
  for (const { t, head } of listed) {
    const n = tableSubtree(t, head, key);
    if (n) out.push(n);
  }
  // a coded scoring table (附件1 "A 决策 | A1 政策设立 | A1-1 …") lists every indicator under its first level by code:
  // where the system table beside it lost rows (U's 表12 in WeasyPrint's PDF: a row cut by the page, read as text,
  // and the table closed above it), the claim still has the full subtree to agree with
  for (const t of doc.tables) {
    const n = readBadly(t) ? null : codedSubtree(t, key, level);
    if (n) out.push(n);
  }
  const fromHeadings = headingSubtree(doc, key, level);
  if (fromHeadings) out.push(fromHeadings);
  return out;
}

/**
 * The section whose children are the first-level indicators: the first titled so whose every child names one.
 * "四、绩效指标分析" of a fund's report may analyse its programmes' targets ("（一）企业研发投入后补助", "（二）高新
 * 技术企业认定奖励"), not the evaluation's first levels, which a later section scores ("五、各一级指标评分情况":
 * 决策指标, 过程指标 …): its six headings are no six first-level indicators.
 */
function levelRoot(doc: Document): Section | undefined {
  return doc.sections.find(
    (s) =>
      LEVEL_COUNT_TITLE.test(s.title) &&
      s.children.length > 0 &&
      s.children.every((id) => FIRST_LEVEL_TITLE.test(doc.sections[id].title)),
  );
}

/** The analysis section's headings under the one first-level heading that names `key` ("（三）项目产出情况"), at `level`. */
function headingSubtree(doc: Document, key: string, level: 2 | 3): number | null {
  const root = levelRoot(doc);
  const tops = (root?.children ?? []).filter((id) => keysMatch(indicatorName(doc.sections[id].title).key, key));
  if (tops.length !== 1) return null;
  let below = tops;
  for (let l = 1; l < level; l++) {
    // a heading without subheadings does not say how many indicators it has (they may be in a table or a list)
    if (below.some((id) => !doc.sections[id].children.length)) return null;
    below = below.flatMap((id) => doc.sections[id].children);
  }
  return below.length || null;
}

function headingCounts(doc: Document): CountsByLevel {
  const root = levelRoot(doc);
  if (!root) return {};
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
  /** One per table that lists indicators by level (the tables of one first-level indicator each: one for all of them). */
  tables: CountsByLevel[];
  /** The counts one table (by its block) lists, if it lists indicators by level: one 自评表's tree. */
  ofTable(block: number): CountsByLevel | null;
  /** From the analysis section's headings. */
  headings: CountsByLevel;
  /**
   * How many indicators of `level` each scoring table and the analysis headings list under the first-level
   * indicator `owner`; with `table`, that one 自评表 alone.
   */
  subtree(owner: string, level: 2 | 3, table?: number): number[];
}

export function levelCounts(doc: Document): LevelCounts {
  const { byTable, systems } = tableCounts(doc);
  return {
    tables: systems,
    ofTable: (block) => byTable.get(block) ?? null,
    headings: headingCounts(doc),
    subtree: (owner, level, table) => subtreeCounts(doc, owner, level, table),
  };
}
