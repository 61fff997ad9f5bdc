// The groups of a table that closes each with a 小计 row before its 合计 (a programme's sub-projects by
// township, its funds by year): which rows each 小计 totals. A group is the rows since the last 小计; when
// the 小计 stands in the second column under labels in the first ("2021年 | 小计 | 664.00", "杭埠镇" merged
// down), it starts at its label, the rows above the label being parts of their own. A label cell that a
// page cut starts again empty ("千人桥镇" spanning a cut) is no new label: the group goes on. Text laid out
// by page writes a label merged down beside the middle of its rows, not the first: read `byLabel: false`,
// a group is the rows since the last 小计 whatever the labels (table-totals.ts takes the reading under
// which more 小计 add up).
import type { Table } from '../../model/document.js';
import { GROUP_SUBTOTAL_LABEL } from '../lang/totals.js';
import { textAt as ownText } from './table-cells.js';

export interface TableGroup {
  /** The 小计 row. */
  subtotal: number;
  /** The rows it totals, the label's row first. */
  rows: number[];
  /** "杭埠镇", "2022年度": the label in the first column, '' when the groups have none. */
  label: string;
}

export interface TableGroups {
  /** The column the 小计 rows are written in: 0, or 1 under group labels in column 0. */
  itemCol: number;
  groups: TableGroup[];
  /** Rows of the table's body in no group: parts of the total beside the 小计 rows. */
  loose: number[];
}

const isSubtotal = (t: Table, r: number, c: number) => GROUP_SUBTOTAL_LABEL.test(ownText(t, r, c).replace(/\s/g, ''));

/**
 * The groups of the body rows 1 … totalRow − 1, or null when the table has no 小计 row or its groups
 * cannot be told (小计 in both columns, a group without rows, a label on a 小计's own row).
 */
export function readGroups(t: Table, totalRow: number, byLabel = true): TableGroups | null {
  const body = Array.from({ length: totalRow - 1 }, (_, i) => i + 1);
  const inCol = (c: number) => (c < t.cols ? body.filter((r) => isSubtotal(t, r, c)) : []);
  const [first, second] = [inCol(0), inCol(1)];
  if (first.length && second.length) return null;
  const subs = first.length ? first : second;
  if (!subs.length) return null;
  const itemCol = first.length ? 0 : 1;
  const groups: TableGroup[] = [];
  const loose: number[] = [];
  let prev = 0;
  for (const s of subs) {
    let start = prev + 1;
    // "2023年度小计" names its group
    let label = ownText(t, s, itemCol).replace(/\s/g, '').replace(/小计$/, '');
    if (itemCol === 1) {
      if (ownText(t, s, 0)) return null;
      // the last label written in the first column since the previous 小计 ("城关镇", "2021年")
      for (let r = s - 1; r > prev; r--) {
        const l = ownText(t, r, 0);
        if (l) {
          if (byLabel) start = r;
          label = l.replace(/\s/g, '');
          break;
        }
      }
    }
    if (start >= s) return null;
    for (let r = prev + 1; r < start; r++) loose.push(r);
    groups.push({ subtotal: s, rows: Array.from({ length: s - start }, (_, i) => start + i), label });
    prev = s;
  }
  for (let r = prev + 1; r < totalRow; r++) loose.push(r);
  return { itemCol, groups, loose };
}
