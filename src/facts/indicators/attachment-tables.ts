// The attachment's scoring tables (指标 | 分值 | 评分标准 | 得分 …, the national 自评表): each row's
// points and score, the rows that leave a figure empty, and the funds row (执行率 × 分值).
import type { Cell, Document, Section, SpanRef, Table } from '../../model/document.js';
import { parseQuantity, type Quantity, type Stated } from '../lang/numbers.js';
import type { IndicatorTree, ScoreFact } from './indicators.js';
import { indicatorName, keysMatch, letterCoded } from '../lang/indicator-names.js';
import { GROUP_SUBTOTAL_LABEL, SCORE_TOTAL_ROW, SCORE_VERDICT_ROW } from '../lang/totals.js';
import { CRITERIA_POINT } from '../lang/score-words.js';
import {
  CRITERIA_HEAD,
  LEVEL_HEAD,
  LEVEL_NUM,
  MAX_HEAD,
  NAME_HEAD,
  SCORE_HEAD,
  cellSpan,
  headText,
  isHeaderName,
  points,
} from './table-heads.js';

// ---------------------------------------------------------------- attachment scoring table

export interface ScoringRow {
  table: number; // block index
  row: number;
  node: number;
  /** The 分值 cell owned by this row's leaf, if any. */
  max: Stated<ScoreFact> | null;
  /** The 得分 cell of the row (empty or not). */
  scoreCell: SpanRef | null;
  score: Stated<ScoreFact> | null;
  /** The 评分标准 cell (and its run-on below), with the points its items are worth ("…（1分）…（0.5分）"). */
  criteria: Criterion[];
}

export interface Criterion {
  text: string;
  span: SpanRef;
  points: Quantity[];
}

/** A 评分标准 cell and the points its items state. */
function criterion(t: Table, cell: Cell): Criterion {
  const points = [...cell.text.matchAll(CRITERIA_POINT)].flatMap((m) => parseQuantity(m[1]) ?? []);
  return { text: cell.text, span: cellSpan(t, cell), points };
}

export interface AttachmentGap {
  /** A first-level (or any non-leaf) name whose 分值 cell is empty. */
  node: number;
  kind: '分值';
  span: SpanRef;
}

/** The national 自评表's funds row: its 分值, 执行率 and the 得分 the rate earns. */
export interface FundsRow {
  max: Stated<ScoreFact>;
  score: Stated<ScoreFact> | null;
  /** The 执行率 cell's figure (a percentage), if written. */
  rate: Quantity | null;
  rateSpan: SpanRef;
}

export interface AttachmentTable {
  block: number;
  /** The origin its figures carry (ScoreFact.origin): which facts are this table's. */
  origin: string;
  rows: ScoringRow[];
  gaps: AttachmentGap[];
  /** The 总分/合计 row's figures. */
  total: ScoreFact[];
  /** The funds row above the indicators, on the national 自评表. */
  funds?: FundsRow;
}

/** Scoring tables with their rows, and their figures as facts (nodes matched into the tree). */
export function attachmentTables(
  doc: Document,
  tree: IndicatorTree,
): { facts: ScoreFact[]; tables: AttachmentTable[] } {
  const facts: ScoreFact[] = [];
  const tables: AttachmentTable[] = [];
  for (const t of doc.tables) {
    for (let r = 0; r < t.rows; r++) {
      const heads = t.grid[r].map((id, c) =>
        t.cells[id].col === c || t.cells[id].colSpan === 1 ? headText(t.cells[id].text) : '',
      );
      const levels = heads
        .map((h, c) => ({ c, m: LEVEL_HEAD.exec(h) }))
        .filter((x) => x.m)
        .map((x) => ({ col: x.c, level: LEVEL_NUM[x.m![1]] }));
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
      tables.push({
        ...readScoringTable(t, r, levels, maxCols, scoreCols, critCol, tree, facts, doc.sections),
        ...(funds ? { funds } : {}),
      });
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
      score: qs
        ? { node, kind: '得分', q: qs, source: 'attachment', origin, sourceParent: tree.root, span: cellSpan(t, score) }
        : null,
      rate: qr && qr.unit === '%' && !qr.comparator ? qr : null,
      rateSpan: cellSpan(t, rate),
    };
  }
  return null;
}

/**
 * The node a name of a table that starts below the first level stands for: the one of exactly that
 * name; else a new one under the first-level indicator its name extends (产出数量 under 产出); else a
 * new one under the first-level indicator whose own section holds the table ("（二）过程指标（20分）"
 * above "表11 B 过程指标评分表": its "B1 资金管理" is 过程's, whatever its name); else none.
 */
function placeBelowFirstLevel(tree: IndicatorTree, text: string, sectionFirst: number | null): number | null {
  const name = indicatorName(text);
  const exact = tree.nodes.filter(
    (n) =>
      n.level >= 2 && ((name.code && n.name.code === name.code) || (name.key.length >= 2 && n.name.key === name.key)),
  );
  if (exact.length === 1) return exact[0].id;
  const found = tree.find(tree.root, name);
  if (found === null) return sectionFirst === null ? null : tree.child(sectionFirst, text);
  return tree.nodes[found].level >= 2 ? found : tree.child(found, text);
}

/** The first-level indicator whose own body section holds the table (it or an ancestor section), if exactly one. */
function firstLevelHolding(tree: IndicatorTree, sections: Section[], t: Table): number | null {
  const held = new Set<number>();
  for (let s = t.sectionId; s !== null; s = sections[s]?.parent ?? null) held.add(s);
  const firsts = tree.nodes[tree.root].children.filter((id) => {
    const section = tree.nodes[id].section;
    return section !== null && held.has(section);
  });
  return firsts.length === 1 ? firsts[0] : null;
}

/**
 * A group's subtotal row ("决策小计", "产出指标小计"): the level of the open name it closes, -1 when it
 * names none of them (another group: its figures are nobody's), -2 for a bare "小计" (whose it is depends
 * on the table), null when the row is no subtotal.
 */
function subtotalLevel(cells: { text: string }[], current: ({ node: number; text: string } | null)[]): number | null {
  const label = cells.map((c) => c.text.replace(/\s/g, '')).find((text) => GROUP_SUBTOTAL_LABEL.test(text));
  if (label === undefined) return null;
  const key = indicatorName(label.replace(/小计$/, '')).key;
  if (!key) return -2;
  const keys = current.map((open) => (open ? indicatorName(open.text).key : ''));
  // the name itself at any level, else the highest level whose name is near it (项目决策 for 决策)
  const exact = keys.indexOf(key);
  return exact >= 0 ? exact : keys.findIndex((k) => keysMatch(k, key));
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
  sections: Section[],
): AttachmentTable {
  const lastScoreCol = scoreCols.at(-1) ?? -1;
  const origin = `attachment:${t.tableIndex}`;
  // a table that starts below the first level, inside one first-level indicator's section: its rows are that indicator's
  const sectionFirst = levels[0].level > 1 ? firstLevelHolding(tree, sections, t) : null;
  // a row read before any name of the table's top level (a layout text writes a spanning name on a middle row of
  // its span: "            资金到位率  3  3" above "资金管理  预算执行率 …"): the rows were not all placed
  let orphanRow = false;
  const firstOf = (node: number) =>
    tree
      .ancestors(node)
      .concat(node)
      .find((n) => tree.nodes[n].parent === tree.root);
  const out: AttachmentTable = { block: t.index, origin, rows: [], gaps: [], total: [] };
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
    if (
      SCORE_TOTAL_ROW.test(first) ||
      levels.some((l) => SCORE_TOTAL_ROW.test(cellOf(r, l.col).text.replace(/\s/g, '')))
    ) {
      for (const [cols, kind] of [
        [maxCols, '分值'],
        [[lastScoreCol], '得分'],
      ] as const)
        for (const c of cols) {
          if (c < 0) continue;
          const cell = cellOf(r, c);
          const q = cell.row === r ? points(cell.text) : null;
          if (q)
            out.total.push({
              node: tree.root,
              kind,
              q,
              source: 'attachment',
              origin,
              sourceParent: null,
              span: cellSpan(t, cell),
            });
        }
      // a total written under another column than its header (a shifted row): the numbers in the row
      if (!out.total.length) {
        const nums = [...new Set(t.grid[r])].map((id) => t.cells[id]).filter((c) => c.row === r && points(c.text));
        if (nums.length >= 1)
          out.total.push({
            node: tree.root,
            kind: '分值',
            q: points(nums[0].text)!,
            source: 'attachment',
            origin,
            sourceParent: null,
            span: cellSpan(t, nums[0]),
          });
        if (nums.length >= 2)
          out.total.push({
            node: tree.root,
            kind: '得分',
            q: points(nums.at(-1)!.text)!,
            source: 'attachment',
            origin,
            sourceParent: null,
            span: cellSpan(t, nums.at(-1)!),
          });
      }
      // a table of one first-level indicator's rows: its 合计 is that indicator's, not the report's total
      const firsts = new Set(out.rows.map((row) => firstOf(row.node)));
      if (firsts.size < 2) out.total = [];
      facts.push(...out.total);
      break;
    }
    // "决策小计 | 15.00 | 13.00": the row closes the group it names, its figures are that indicator's
    const subtotal = subtotalLevel(
      [0, ...levels.map((l) => l.col)].map((c) => cellOf(r, c)).filter((cell) => cell.row === r),
      current,
    );
    if (subtotal !== null) {
      // a bare "小计" closing rows that are all one first-level indicator's (表11 B 过程指标评分表 under
      // "（二）过程指标（20分）"): its figures are that indicator's
      const closesFirst =
        subtotal === -2 &&
        sectionFirst !== null &&
        out.rows.length > 0 &&
        !orphanRow &&
        out.rows.every((row) => firstOf(row.node) === sectionFirst);
      if (subtotal >= 0 || closesFirst) {
        const node = closesFirst ? sectionFirst : current[subtotal]!.node;
        for (const [cols, kind] of [
          [maxCols, '分值'],
          [[lastScoreCol], '得分'],
        ] as const)
          for (const c of cols) {
            if (c < 0 || seenValueCells.has(t.grid[r][c])) continue;
            seenValueCells.add(t.grid[r][c]);
            const cell = cellOf(r, c);
            const q = cell.row === r ? points(cell.text) : null;
            if (q)
              facts.push({
                node,
                kind,
                q,
                source: 'attachment',
                origin,
                sourceParent: closesFirst || subtotal === 0 ? tree.root : current[subtotal - 1]!.node,
                span: cellSpan(t, cell),
              });
          }
      }
      // the group is closed: a name cell left empty below it continues nothing
      for (let j = Math.max(subtotal, 0); j < levels.length; j++) current[j] = null;
      continue;
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
      const placed = i === 0 && levels[0].level > 1 ? placeBelowFirstLevel(tree, text, sectionFirst) : undefined;
      if (placed === null) {
        current.fill(null); // nowhere to put this row's names: none of them is read
        break;
      }
      // a node this table already gave another name is another indicator (服务对象满意度 / 服务对象家属满意度)
      const others = new Set([...rowNames].filter(([n, t]) => t !== text).map(([n]) => n));
      // "A决策（15分）" beside "A1项目立项" (or, the level between left empty, "A101…"): the letter is a code
      const below =
        levels
          .slice(i + 1)
          .map((l) => cellOf(r, l.col).text.trim())
          .find(Boolean) ?? '';
      const name = letterCoded(text, below) ?? text;
      // "绩效目标 | 绩效目标合理性": a name whose deeper cell in the row names a node exactly is not that node, however
      // its name is contained in it
      const deeper = levels
        .slice(i + 1)
        .map((l) => indicatorName(cellOf(r, l.col).text).key)
        .filter((k) => k.length >= 2 && k !== indicatorName(text).key);
      const avoid = new Set([...others, ...tree.nodes.filter((n) => deeper.includes(n.name.key)).map((n) => n.id)]);
      const node = nodeCache.get(key) ?? placed ?? tree.child(parentNode, name, null, avoid);
      // "过程 | 资金管理 | 资金到位率" where the headings put 资金到位率 straight under 过程 (no heading for 资金管理):
      // the table's level between them is inserted; a node with levels of its own below is placed already (a row
      // read shifted, "产出质量 | 产出成本", does not move 产出成本 and its rows)
      if (
        placed === undefined &&
        parentNode !== tree.root &&
        !tree.nodes[node].children.length &&
        tree.nodes[node].parent === tree.nodes[parentNode].parent
      )
        tree.moveUnder(node, parentNode);
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
      if (!own && lastRow && critCell && critCell.row === r && critCell.text.trim())
        lastRow.criteria.push(criterion(t, critCell));
      continue;
    }
    if (!current[0]) orphanRow = true;
    const leafNode = current[deepest]!.node;
    const parentOf = (i: number) => (i === 0 ? tree.root : (current[i - 1]?.node ?? tree.root));
    const row: ScoringRow = {
      table: t.index,
      row: r,
      node: leafNode,
      max: null,
      scoreCell: null,
      score: null,
      criteria: [],
    };
    if (critCell && critCell.row === r && critCell.text.trim()) row.criteria.push(criterion(t, critCell));
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
        const f: Stated<ScoreFact> = {
          node,
          kind: '分值',
          q,
          source: 'attachment',
          origin,
          sourceParent: parentOf(i),
          span: cellSpan(t, cell),
        };
        facts.push(f);
        if (i === deepest) row.max = f;
      } else if (!cell.text.trim() && i < deepest && current[i]!.first === r)
        out.gaps.push({ node, kind: '分值', span: cellSpan(t, cell) });
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
          const f: Stated<ScoreFact> = {
            node: current[i]!.node,
            kind: '得分',
            q,
            source: 'attachment',
            origin,
            sourceParent: parentOf(i),
            span: cellSpan(t, cell),
          };
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
