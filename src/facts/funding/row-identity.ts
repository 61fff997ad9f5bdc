// Which row of a column that does not add up to its total is the wrong one, when the table says so itself: a
// rate column related to the column and one other in every row ("完成率" = 发放户数 ÷ 补贴任务, "补助金额" =
// 核定研发投入 × 补助比例, each row with its own rate) that holds, within the written precision, in all of the
// total's rows but one. When that row's figure, restored as the total less the other rows, keeps the identity
// too, the row is the slip and the total is right ("察哈尔右翼前旗 583": 6,298 less the other rows is 549, and
// 549 ÷ 552 = 99.46 % as its row says). When the identity holds in every row (the rows are right: the total
// is the slip), fails in several, or two identities point at different rows, nothing is told.
import { Decimal } from 'decimal.js';
import type { Table } from '../../model/document.js';
import { parseQuantity, type Quantity } from '../lang/numbers.js';
import { ratioConsistent, sumConsistent, type Written } from '../tolerance.js';
import { figure, textAt } from './table-cells.js';

/** How the column is related to the row's rate and one other column of the row. */
export interface RowIdentity {
  rateCol: number;
  otherCol: number;
  /** times: column = other × rate ("补助金额 = 核定研发投入 × 补助比例"); over: column = other ÷ rate. */
  op: 'times' | 'over';
}

export interface BlamedRow {
  row: number;
  /** The row's figure the total and the other rows call for, written to the row's own decimals ("549", "92.04"). */
  restored: string;
  identity: RowIdentity;
}

/** Rows the identity must hold in besides the broken one, so that a coincidence cannot make it. */
const MIN_HOLDING = 3;

/**
 * The row of `parts` to blame instead of the `total` row in column `col` (whose rows do not add up to it), or
 * null when the table's own identities do not single one out.
 */
export function blameByIdentity(
  t: Table,
  col: number,
  total: number,
  parts: number[],
  value: (r: number, c: number) => Quantity | null,
): BlamedRow | null {
  const tq = value(total, col);
  if (!tq) return null;
  const stated = parts.filter((r) => value(r, col));
  if (stated.length < MIN_HOLDING + 1) return null;
  const rate = (r: number, c: number): Quantity | null => {
    const q = parseQuantity(textAt(t, r, c));
    return q && q.unit === '%' && !q.comparator && q.text.length === textAt(t, r, c).trim().length ? q : null;
  };
  const other = (r: number, c: number): Quantity | null => figure(textAt(t, r, c)) ?? null;
  // the identity in one row: "over" reads the rate as the column's share of the other (完成率 = 户 ÷ 任务)
  const holds = (x: Written, r: number, id: RowIdentity) => {
    const q = rate(r, id.rateCol)!;
    const o = other(r, id.otherCol)!;
    return id.op === 'times' ? ratioConsistent(x, o, q) : ratioConsistent(o, x, q);
  };
  const found: { id: RowIdentity; broken: number }[] = [];
  for (let rc = 0; rc < t.cols; rc++) {
    if (rc === col || !stated.every((r) => rate(r, rc))) continue;
    for (let oc = 0; oc < t.cols; oc++) {
      if (oc === col || oc === rc || !stated.every((r) => other(r, oc))) continue;
      for (const op of ['times', 'over'] as const) {
        const id = { rateCol: rc, otherCol: oc, op };
        const broken = stated.filter((r) => !holds(value(r, col)!, r, id));
        // the column keeps an identity in every row: its rows are right, the total is the slip
        if (!broken.length) return null;
        if (broken.length === 1) found.push({ id, broken: broken[0] });
      }
    }
  }
  if (!found.length || found.some((f) => f.broken !== found[0].broken)) return null;
  const row = found[0].broken;
  const rq = value(row, col)!;
  const rest = stated.filter((r) => r !== row).map((r) => value(r, col)!);
  const restoredValue = tq.value.minus(rest.reduce((s, q) => s.plus(q.value), new Decimal(0)));
  const restored: Written = { value: restoredValue, decimals: rq.decimals, scale: rq.scale };
  // the restored figure must keep every identity that singled the row out, and make the total add up
  if (restoredValue.lte(0) || !found.every((f) => holds(restored, row, f.id))) return null;
  if (!sumConsistent([...rest, restored], tq)) return null;
  return { row, restored: restoredValue.toFixed(rq.decimals, Decimal.ROUND_HALF_UP), identity: found[0].id };
}
