// The summary table of scores (一级指标 / 二级指标 … | 分值 | 得分 | 得分率 | 等级): each row placed
// in the indicator tree by its name, or by its code (A ⊃ A1 ⊃ A101), with its figures.
import type { Cell, Document, Table } from '../../model/document.js';
import { parseQuantity } from '../lang/numbers.js';
import type { IndicatorTree, ScoreFact } from './indicators.js';
import { SCORE_TOTAL_ROW } from '../lang/totals.js';
import {
  GRADE_HEAD,
  LEVEL_HEAD,
  LEVEL_NUM,
  MAX_HEAD,
  NAME_HEAD,
  RATE_HEAD,
  SCORE_HEAD,
  WEIGHT_HEAD,
  cellSpan,
  headText,
  isHeaderName,
  percent,
  points,
} from './table-heads.js';

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
      const nextHeads =
        r + 1 < t.rows ? t.grid[r + 1].map((id) => (t.cells[id].row === r + 1 ? headText(t.cells[id].text) : '')) : [];
      if (nextHeads.some((h) => [MAX_HEAD, WEIGHT_HEAD, SCORE_HEAD, RATE_HEAD, GRADE_HEAD].some((re) => re.test(h))))
        continue;
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
        const add = (
          c: number,
          make: (cell: Cell) => Omit<ScoreFact, 'node' | 'source' | 'origin' | 'sourceParent' | 'span'> | null,
        ) => {
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
        add(gradeCol, (cell) =>
          /^[优良中差]|^(?:合格|不合格|较差|良好|优秀|中等)$/.test(cell.text.trim())
            ? { kind: '等级', q: null, grade: cell.text.trim() }
            : null,
        );
      }
      break;
    }
  }
  return facts;
}
