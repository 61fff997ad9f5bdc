// Indicator facts from tables, columns found by their header words in any order:
// the summary table (指标名称/评价指标 | 权重 | 分值 | 得分 | 得分率 | 等级) and the
// attachment's scoring table (一级/二级/三级指标 with 分值, 评分标准, 得分), whose
// hierarchy comes from the grid's row spans (or names repeated row by row).
import { Decimal } from 'decimal.js';
import type { Cell, Document, SpanRef, Table } from '../../model.js';
import { parseQuantity, type Quantity } from '../lang/numbers.js';
import type { IndicatorTree, ScoreFact } from './indicators.js';
import { asPoints } from '../lang/score-words.js';
import { indicatorName } from '../lang/indicator-names.js';
import { SCORE_TOTAL_ROW, SCORE_VERDICT_ROW } from '../lang/totals.js';

export const headText = (s: string) => s.replace(/（[^）]*）|\([^)]*\)|\s/g, '');

const NAME_HEAD = /^(?:评价指标|指标名称|指标|绩效指标|评价内容|指标项|考核指标|评价项目|一级指标)$/;
export const LEVEL_HEAD = /^([一二三四])级指标(?:名称)?$/;
const MAX_HEAD = /^(?:分值|评级分值|指标分值|标准分值?|满分|满分值|权重分值?|分数|应得分|指标权重分)$/;
const WEIGHT_HEAD = /^(?:权重|权重%|指标权重|权重比例)$/;
const SCORE_HEAD = /^(?:得分|评价得分|实际得分|指标得分|自评得分|评分|考核得分|最终得分|评价分值)$/;
const RATE_HEAD = /^得分率$/;
const GRADE_HEAD = /^(?:得分等级|等级|评价等级|评价等次|等次|评级|绩效等级)$/;
const CRITERIA_HEAD = /评分标准|评分要点|评价标准|评分细则|评分办法|指标解释/;
const LEVEL_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** A column's name read as a row's ("三级指标", "指标名称"): a header the reader kept, never an indicator. */
const isHeaderName = (text: string) => {
  const h = headText(text);
  return LEVEL_HEAD.test(h) || NAME_HEAD.test(h);
};

const cellSpan = (t: Table, c: Cell): SpanRef => ({ block: t.index, cell: { row: c.row, col: c.col }, start: 0, end: c.text.length });

/** A score cell's figure: a bare number or one in 分 (a % is not a score). */
function points(text: string): Quantity | null {
  const q = parseQuantity(text);
  if (!q || q.comparator || (q.unit !== null && q.unit !== '分')) return null;
  return asPoints(q);
}

function percent(text: string): Quantity | null {
  const q = parseQuantity(text);
  if (!q || q.comparator) return null;
  if (q.unit === '%') return q;
  // "0.9" in a 得分率 column is a fraction; "90" a percentage without its sign
  if (q.unit === null) return q.value.gt(1) ? { ...q, unit: '%', scale: new Decimal('0.01') } : q;
  return null;
}

// ---------------------------------------------------------------- summary table

const CODE_HEAD = /^(?:指标编码|编码|指标代码|代码|指标编号|编号)$/;
/** An indicator code: A, A1, A101 (letters then digits) or 1.2.3 (dotted). */
const CODE = /^(?:[A-Z]\d*|\d+(?:\.\d+)*)$/;

/** `code` continues `parent`: A → A101, 1.2 → 1.2.3 (but 1 is not the parent of 10). */
function codeExtends(code: string, parent: string): boolean {
  if (code.length <= parent.length || !code.startsWith(parent)) return false;
  return /^[A-Z]/.test(parent) ? /^\d+$/.test(code.slice(parent.length)) : code[parent.length] === '.';
}

/**
 * The column of indicator codes, if the table has one: by its header, or as a column whose
 * cells are all codes and some code continues another. Its codes nest the rows (A 决策 over
 * A101 立项依据充分性) where the table has no 一级/二级 columns to say so.
 */
function codeColumn(t: Table, headRow: number, heads: string[], nameCol: number): number {
  for (let c = 0; c < heads.length; c++) {
    if (c === nameCol) continue;
    const codes: string[] = [];
    for (let r = headRow + 1; r < t.rows; r++) {
      const cell = t.cells[t.grid[r][c]];
      const tx = cell.row === r ? cell.text.trim().toUpperCase() : '';
      if (tx && !SCORE_TOTAL_ROW.test(tx.replace(/\s/g, ''))) codes.push(tx);
    }
    if (codes.length < 2 || !codes.every((x) => CODE.test(x))) continue;
    if (CODE_HEAD.test(heads[c]) || codes.some((x) => codes.some((p) => codeExtends(x, p)))) return c;
  }
  return -1;
}

export function summaryFacts(doc: Document, tree: IndicatorTree): ScoreFact[] {
  const facts: ScoreFact[] = [];
  for (const t of doc.tables) {
    for (let r = 0; r < Math.min(3, t.rows); r++) {
      const heads = t.grid[r].map((id, c) => (t.cells[id].col === c ? headText(t.cells[id].text) : ''));
      if (heads.filter((h) => LEVEL_HEAD.test(h)).length >= 2) break; // an attachment scoring table
      // "二级指标 | 指标 | 年度目标 | 实际完成 | 分值 | 得分": rows below the first level, read as a scoring table
      if (heads.some((h) => LEVEL_HEAD.test(h) && LEVEL_NUM[LEVEL_HEAD.exec(h)![1]] >= 2)) break;
      const nameCol = heads.findIndex((h) => NAME_HEAD.test(h));
      const col = (re: RegExp) => heads.findIndex((h) => re.test(h));
      const maxCol = col(MAX_HEAD);
      const weightCol = col(WEIGHT_HEAD);
      const scoreCol = col(SCORE_HEAD);
      const rateCol = col(RATE_HEAD);
      const gradeCol = col(GRADE_HEAD);
      const kinds = [maxCol, weightCol, scoreCol, rateCol, gradeCol].filter((c) => c >= 0).length;
      if (nameCol < 0 || kinds < 2 || (scoreCol < 0 && maxCol < 0 && weightCol < 0)) continue;
      // a header on two rows ("评价结果" over "得分 | 得分率"): read it where it ends
      const nextHeads = r + 1 < t.rows ? t.grid[r + 1].map((id) => (t.cells[id].row === r + 1 ? headText(t.cells[id].text) : '')) : [];
      if (nextHeads.some((h) => [MAX_HEAD, WEIGHT_HEAD, SCORE_HEAD, RATE_HEAD, GRADE_HEAD].some((re) => re.test(h)))) continue;
      // "评价指标" over "一级指标 | 二级指标 | …": an attachment scoring table with a two-row header
      if (nextHeads.filter((h) => LEVEL_HEAD.test(h)).length >= 2) break;
      const origin = `summary:${t.tableIndex}`;
      const codeCol = codeColumn(t, r, heads, nameCol);
      const coded: { code: string; node: number }[] = [];
      for (let rr = r + 1; rr < t.rows; rr++) {
        const nameCell = t.cells[t.grid[rr][nameCol]];
        const name = nameCell.text.trim();
        if (!name || nameCell.row !== rr || isHeaderName(name)) continue;
        let under = tree.root;
        let written = name;
        if (codeCol >= 0) {
          const code = t.cells[t.grid[rr][codeCol]].text.trim().toUpperCase();
          const parent = coded.filter((x) => codeExtends(code, x.code)).at(-1);
          if (parent) under = parent.node;
          if (code) coded.push({ code, node: -1 });
          // the code goes with the name, so "B102预算执行率：…" in the text finds this row
          if (/^[A-Z]\d+$/.test(code)) written = `${code} ${name}`;
        }
        const node = SCORE_TOTAL_ROW.test(name.replace(/\s/g, '')) ? tree.root : tree.child(under, written);
        if (coded.length && codeCol >= 0 && coded.at(-1)!.node === -1) coded.at(-1)!.node = node;
        const parent = tree.nodes[node].parent;
        const add = (c: number, make: (cell: Cell) => Omit<ScoreFact, 'node' | 'source' | 'origin' | 'sourceParent' | 'span'> | null) => {
          if (c < 0) return;
          const cell = t.cells[t.grid[rr][c]];
          if (cell.row !== rr || !cell.text.trim()) return;
          const f = make(cell);
          if (f) facts.push({ ...f, node, source: 'summary', origin, sourceParent: parent, span: cellSpan(t, cell) });
        };
        add(maxCol, (cell) => {
          const q = points(cell.text);
          return q ? { kind: '分值', q } : null;
        });
        add(weightCol, (cell) => {
          const p = parseQuantity(cell.text);
          if (p?.unit === '%') return { kind: '权重', q: p };
          // a 权重 column in points stands for the 分值 when the table has no other
          const q = maxCol < 0 ? points(cell.text) : null;
          return q ? { kind: '分值', q } : null;
        });
        add(scoreCol, (cell) => {
          const q = points(cell.text);
          return q ? { kind: '得分', q } : null;
        });
        add(rateCol, (cell) => {
          const q = percent(cell.text);
          return q ? { kind: '得分率', q } : null;
        });
        add(gradeCol, (cell) => (/^[优良中差]|^(?:合格|不合格|较差|良好|优秀|中等)$/.test(cell.text.trim()) ? { kind: '等级', q: null, grade: cell.text.trim() } : null));
      }
      break;
    }
  }
  return facts;
}

// ---------------------------------------------------------------- attachment scoring table

export interface ScoringRow {
  table: number; // block index
  row: number;
  node: number;
  /** The 分值 cell owned by this row's leaf, if any. */
  max: ScoreFact | null;
  /** The 得分 cell of the row (empty or not). */
  scoreCell: SpanRef | null;
  score: ScoreFact | null;
  criteria: { text: string; span: SpanRef }[];
}

export interface AttachmentGap {
  /** A first-level (or any non-leaf) name whose 分值 cell is empty. */
  node: number;
  kind: '分值';
  span: SpanRef;
}

/** The national 自评表's funds row: its 分值, 执行率 and the 得分 the rate earns. */
export interface FundsRow {
  max: ScoreFact;
  score: ScoreFact | null;
  /** The 执行率 cell's figure (a percentage), if written. */
  rate: Quantity | null;
  rateSpan: SpanRef;
}

export interface AttachmentTable {
  block: number;
  rows: ScoringRow[];
  gaps: AttachmentGap[];
  /** The 总分/合计 row's figures. */
  total: ScoreFact[];
  /** The funds row above the indicators, on the national 自评表. */
  funds?: FundsRow;
}

/** Scoring tables with their rows, and their figures as facts (nodes matched into the tree). */
export function attachmentTables(doc: Document, tree: IndicatorTree): { facts: ScoreFact[]; tables: AttachmentTable[] } {
  const facts: ScoreFact[] = [];
  const tables: AttachmentTable[] = [];
  for (const t of doc.tables) {
    for (let r = 0; r < t.rows; r++) {
      const heads = t.grid[r].map((id, c) => (t.cells[id].col === c || t.cells[id].colSpan === 1 ? headText(t.cells[id].text) : ''));
      const levels = heads.map((h, c) => ({ c, m: LEVEL_HEAD.exec(h) })).filter((x) => x.m).map((x) => ({ col: x.c, level: LEVEL_NUM[x.m![1]] }));
      // one level column and a plain name column after it ("二级指标 | 指标 | …"): the names are the level below
      if (levels.length === 1 && levels[0].level >= 2) {
        const nameCol = heads.findIndex((h, c) => c > levels[0].col && NAME_HEAD.test(h) && !LEVEL_HEAD.test(h));
        if (nameCol >= 0) levels.push({ col: nameCol, level: levels[0].level + 1 });
      }
      if (levels.length < 2) continue;
      const maxCols = heads.map((h, c) => (MAX_HEAD.test(h) ? c : -1)).filter((c) => c >= 0);
      const scoreCols = heads.map((h, c) => (SCORE_HEAD.test(h) ? c : -1)).filter((c) => c >= 0);
      if (!maxCols.length && !scoreCols.length) continue;
      const critCol = heads.findIndex((h) => CRITERIA_HEAD.test(h));
      const funds = fundsRow(t, r, tree);
      if (funds) facts.push(funds.max, ...(funds.score ? [funds.score] : []));
      tables.push({ ...readScoringTable(t, r, levels, maxCols, scoreCols, critCol, tree, facts), ...(funds ? { funds } : {}) });
      break;
    }
  }
  return { facts, tables };
}

/** The national 自评表's funds block header: "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分". */
const FUNDS_RATE_HEAD = /^(?:执行率|预算执行率|资金执行率)$/;
/** A first-level indicator that scores the funds' execution. */
const FUNDS_NODE = /(?:预算|资金)执行(?:率|情况)/;

/**
 * The funds row of the national 自评表 (财预〔2020〕10号): above the indicators, its 年度资金总额 row
 * carries 分值 10 and the 得分 its 执行率 earns. It is one part of the form's 总分 beside the
 * first-level indicators (资金执行率10 + 产出50 + 效益30 + 满意度10 = 100), so it is a first-level node.
 */
function fundsRow(t: Table, headRow: number, tree: IndicatorTree): FundsRow | null {
  for (let r = 0; r < headRow; r++) {
    const heads = t.grid[r].map((id, c) => (t.cells[id].col === c ? headText(t.cells[id].text) : ''));
    const maxCol = heads.findIndex((h) => h === '分值');
    const scoreCol = heads.findIndex((h) => h === '得分');
    const rateCol = heads.findIndex((h) => FUNDS_RATE_HEAD.test(h));
    if (maxCol < 0 || scoreCol < 0 || rateCol < 0) continue;
    const row = r + 1;
    if (row >= headRow) return null;
    const max = t.cells[t.grid[row][maxCol]];
    const score = t.cells[t.grid[row][scoreCol]];
    const rate = t.cells[t.grid[row][rateCol]];
    const qm = max.row === row ? points(max.text) : null;
    const qs = score.row === row ? points(score.text) : null;
    const qr = rate.row === row ? parseQuantity(rate.text) : null;
    if (!qm) return null;
    // the first level may already name it: "预算执行率", "预算执行情况", "项目资金执行率"
    const named = tree.nodes[tree.root].children.filter((id) => FUNDS_NODE.test(tree.nodes[id].name.text));
    const node = named.length === 1 ? named[0] : tree.child(tree.root, '资金执行率');
    const origin = `attachment:${t.tableIndex}`;
    return {
      max: { node, kind: '分值', q: qm, source: 'attachment', origin, sourceParent: tree.root, span: cellSpan(t, max) },
      score: qs ? { node, kind: '得分', q: qs, source: 'attachment', origin, sourceParent: tree.root, span: cellSpan(t, score) } : null,
      rate: qr && qr.unit === '%' && !qr.comparator ? qr : null,
      rateSpan: cellSpan(t, rate),
    };
  }
  return null;
}

/**
 * The node a name of a table that starts below the first level stands for: the one of exactly that
 * name; else a new one under the first-level indicator its name extends (产出数量 under 产出); else none.
 */
function placeBelowFirstLevel(tree: IndicatorTree, text: string): number | null {
  const name = indicatorName(text);
  const exact = tree.nodes.filter((n) => n.level >= 2 && ((name.code && n.name.code === name.code) || (name.key.length >= 2 && n.name.key === name.key)));
  if (exact.length === 1) return exact[0].id;
  const found = tree.find(tree.root, name);
  if (found === null) return null;
  return tree.nodes[found].level >= 2 ? found : tree.child(found, text);
}

function readScoringTable(
  t: Table,
  head: number,
  levels: { col: number; level: number }[],
  maxCols: number[],
  scoreCols: number[],
  critCol: number,
  tree: IndicatorTree,
  facts: ScoreFact[],
): AttachmentTable {
  const lastScoreCol = scoreCols.at(-1) ?? -1;
  const origin = `attachment:${t.tableIndex}`;
  const out: AttachmentTable = { block: t.index, rows: [], gaps: [], total: [] };
  // the current name at each level: its node and the rows its cell (or run of equal names) covers
  const current: ({ node: number; text: string; first: number; last: number } | null)[] = levels.map(() => null);
  const nodeCache = new Map<string, number>();
  const rowNames = new Map<number, string>();
  const seenValueCells = new Set<number>();
  let lastRow: ScoringRow | null = null;
  const cellOf = (r: number, c: number) => t.cells[t.grid[r][c]];

  // how far a run of one name reaches: its own span, or following rows repeating it in their own cells
  const runEnd = (r: number, c: number) => {
    const cell = cellOf(r, c);
    let last = cell.row + cell.rowSpan - 1;
    while (last + 1 < t.rows) {
      const next = cellOf(last + 1, c);
      if (next.row !== last + 1 || next.text !== cell.text || !cell.text) break;
      last = next.row + next.rowSpan - 1;
    }
    return last;
  };

  for (let r = head + 1; r < t.rows; r++) {
    const first = cellOf(r, 0).text.replace(/\s/g, '');
    if (SCORE_VERDICT_ROW.test(first)) break;
    if (levels.some((l) => cellOf(r, l.col).row === r && isHeaderName(cellOf(r, l.col).text))) continue;
    if (SCORE_TOTAL_ROW.test(first) || levels.some((l) => SCORE_TOTAL_ROW.test(cellOf(r, l.col).text.replace(/\s/g, '')))) {
      for (const [cols, kind] of [[maxCols, '分值'], [[lastScoreCol], '得分']] as const)
        for (const c of cols) {
          if (c < 0) continue;
          const cell = cellOf(r, c);
          const q = cell.row === r ? points(cell.text) : null;
          if (q) out.total.push({ node: tree.root, kind, q, source: 'attachment', origin, sourceParent: null, span: cellSpan(t, cell) });
        }
      // a total written under another column than its header (a shifted row): the numbers in the row
      if (!out.total.length) {
        const nums = [...new Set(t.grid[r])].map((id) => t.cells[id]).filter((c) => c.row === r && points(c.text));
        if (nums.length >= 1) out.total.push({ node: tree.root, kind: '分值', q: points(nums[0].text)!, source: 'attachment', origin, sourceParent: null, span: cellSpan(t, nums[0]) });
        if (nums.length >= 2) out.total.push({ node: tree.root, kind: '得分', q: points(nums.at(-1)!.text)!, source: 'attachment', origin, sourceParent: null, span: cellSpan(t, nums.at(-1)!) });
      }
      // a table of one first-level indicator's rows: its 合计 is that indicator's, not the report's total
      const firsts = new Set(out.rows.map((row) => tree.ancestors(row.node).concat(row.node).find((n) => tree.nodes[n].parent === tree.root)));
      if (firsts.size < 2) out.total = [];
      facts.push(...out.total);
      break;
    }
    // names starting in this row
    let leafLevel = -1;
    for (let i = 0; i < levels.length; i++) {
      const cell = cellOf(r, levels[i].col);
      const text = cell.text.trim();
      const cur = current[i];
      if (cell.row !== r || !text) continue; // spanned from above, or an empty cell that continues the name above
      if (cur && cur.text === text && cur.last >= r) continue;
      const parentNode = i === 0 ? tree.root : (current[i - 1]?.node ?? tree.root);
      const key = `${parentNode}/${text}`;
      // a table that starts below the first level places its names where the tree already has them, or not at all
      const placed = i === 0 && levels[0].level > 1 ? placeBelowFirstLevel(tree, text) : undefined;
      if (placed === null) {
        current.fill(null); // nowhere to put this row's names: none of them is read
        break;
      }
      // a node this table already gave another name is another indicator (服务对象满意度 / 服务对象家属满意度)
      const others = new Set([...rowNames].filter(([n, t]) => t !== text).map(([n]) => n));
      const node = nodeCache.get(key) ?? placed ?? tree.child(parentNode, text, null, others);
      nodeCache.set(key, node);
      rowNames.set(node, text);
      current[i] = { node, text, first: r, last: runEnd(r, levels[i].col) };
      for (let j = i + 1; j < levels.length; j++) current[j] = null;
      leafLevel = i;
    }
    // the deepest name this row states (a new one, or the run of the one above)
    let deepest = -1;
    for (let i = levels.length - 1; i >= 0; i--)
      if (current[i] && current[i]!.last >= r) {
        deepest = i;
        break;
      }
    const critCell = critCol >= 0 ? cellOf(r, critCol) : null;
    if (leafLevel < 0) {
      // no name begins here: a criteria text running on from the row above (a table split in text)
      const own = [...maxCols, ...scoreCols].some((c) => c >= 0 && cellOf(r, c).row === r && cellOf(r, c).text.trim());
      if (!own && lastRow && critCell && critCell.row === r && critCell.text.trim()) lastRow.criteria.push({ text: critCell.text, span: cellSpan(t, critCell) });
      continue;
    }
    const leafNode = current[deepest]!.node;
    const parentOf = (i: number) => (i === 0 ? tree.root : (current[i - 1]?.node ?? tree.root));
    const row: ScoringRow = { table: t.index, row: r, node: leafNode, max: null, scoreCell: null, score: null, criteria: [] };
    if (critCell && critCell.row === r && critCell.text.trim()) row.criteria.push({ text: critCell.text, span: cellSpan(t, critCell) });
    // who a value cell belongs to: the level of the name column left of it when that name covers the same rows, else the row's leaf
    const owner = (c: number): number => {
      const cell = cellOf(r, c);
      const from = cell.row;
      const to = cell.row + cell.rowSpan - 1;
      const left = levels.filter((l) => l.col < c).at(-1);
      const covers = (i: number) => current[i] && current[i]!.first === from && current[i]!.last === to;
      if (left) {
        const i = levels.indexOf(left);
        if (covers(i)) return i;
      }
      return deepest;
    };
    for (const c of maxCols) {
      const cell = cellOf(r, c);
      const i = owner(c);
      const node = current[i]!.node;
      if (seenValueCells.has(t.grid[r][c])) continue;
      seenValueCells.add(t.grid[r][c]);
      const q = points(cell.text);
      if (q) {
        const f: ScoreFact = { node, kind: '分值', q, source: 'attachment', origin, sourceParent: parentOf(i), span: cellSpan(t, cell) };
        facts.push(f);
        if (i === deepest) row.max = f;
      } else if (!cell.text.trim() && i < deepest && current[i]!.first === r) out.gaps.push({ node, kind: '分值', span: cellSpan(t, cell) });
    }
    // the last 得分 column is the rows' own; an earlier one counts where it belongs to a higher level
    // ("一级指标 | 分值 | 得分 | 二级指标 | 分值 | 得分"), not a second score of the same row (自评 / 复核)
    for (const scoreCol of scoreCols) {
      const cell = cellOf(r, scoreCol);
      const i = owner(scoreCol);
      if (scoreCol !== lastScoreCol && i === deepest) continue;
      if (!seenValueCells.has(t.grid[r][scoreCol])) {
        seenValueCells.add(t.grid[r][scoreCol]);
        const q = points(cell.text);
        if (i === deepest) row.scoreCell = cellSpan(t, cell);
        if (q) {
          const f: ScoreFact = { node: current[i]!.node, kind: '得分', q, source: 'attachment', origin, sourceParent: parentOf(i), span: cellSpan(t, cell) };
          facts.push(f);
          if (i === deepest) row.score = f;
        }
      }
    }
    out.rows.push(row);
    lastRow = row;
  }
  return out;
}
