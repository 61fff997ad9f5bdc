// Budget classification codes (政府收支分类科目) down a table's first column: a 功能分类 code has 3 digits
// for its 类, 5 for a 款 and 7 for a 项 ("213 农林水支出", "21301 农业农村", "2130101 行政运行"), an
// 经济分类 code 3 or 5 ("302 商品和服务支出", "30299 其他商品和服务支出"). Such a table nests its rows by
// code: a row whose code opens the codes of the rows below it is their subtotal (类 over 款, 款 over 项),
// so its 合计 is the sum of the top rows, never of every row; and each row is an account, never a source
// of funds ("其他农业农村支出" is no "其他资金").
import type { Table } from '../../model/document.js';
import { textAt } from './table-cells.js';

export interface CodeTree {
  /** The rows no other row's code opens (the 类): what the table's 合计 adds up. */
  top: number[];
  /** Each row whose code opens the codes of rows below it, and those rows one level down. */
  children: Map<number, number[]>;
  /** The row one level up, for each row that has one. */
  parent: Map<number, number>;
}

/** "213", "21301", "2130101", also at the head of a label ("2130101 行政运行"); null for anything else. */
export function codeOf(t: Table, r: number, col = 0): string | null {
  return /^(\d{3}(?:\d{2}){0,2})(?![\d.,，%])/.exec(textAt(t, r, col).replace(/\s/g, ''))?.[1] ?? null;
}

/**
 * Does the cell at (`r`, `col`) name an account of the budget classification: a cell left of it in its row is a code
 * and nothing else ("30199 | 其他工资福利支出 | 412.68")? Such a label names the account, never a kind of the whole's
 * money: "其他工资福利支出", "其他商品和服务支出" end in 支出 and are no 支出 of the report.
 */
export function accountLabel(t: Table, r: number, col: number): boolean {
  for (let c = 0; c < col; c++) {
    const code = codeOf(t, r, c);
    if (code && textAt(t, r, c).replace(/\s/g, '') === code) return true;
  }
  return false;
}

/**
 * How `rows` nest by the code in column `col`, or null when they do not: a row without a code, a code
 * written twice, a code that opens no other (nothing nests), or one whose parent's group has already
 * closed ("208 … 210 … 20806": then the rows are not in the order of their codes, and which row totals
 * which cannot be told).
 */
export function codeTree(t: Table, rows: number[], col = 0): CodeTree | null {
  const codes = rows.map((r) => codeOf(t, r, col));
  if (!rows.length || codes.some((c) => c === null) || new Set(codes).size !== codes.length) return null;
  const top: number[] = [];
  const children = new Map<number, number[]>();
  const parent = new Map<number, number>();
  const open: { code: string; row: number }[] = [];
  const opens = (a: string, b: string) => b.length > a.length && b.startsWith(a);
  for (let i = 0; i < rows.length; i++) {
    const code = codes[i]!;
    while (open.length && !opens(open.at(-1)!.code, code)) open.pop();
    // a row opened by a code above that is no longer open: out of order
    if (codes.slice(0, i).some((c) => opens(c!, code) && !open.some((o) => o.code === c))) return null;
    const up = open.at(-1);
    if (up) {
      children.set(up.row, [...(children.get(up.row) ?? []), rows[i]]);
      parent.set(rows[i], up.row);
    } else top.push(rows[i]);
    open.push({ code, row: rows[i] });
  }
  return children.size ? { top, children, parent } : null;
}
