// Vertical merges a writer put in the wrong cell. AbiWord's OOXML of a row under two rowspans (一级 and 二级
// 指标 merged down) writes the first `vMerge continue` cell in its place and the other at the row's END, past
// the columns the row above has (no tblGrid, every tcW 0): read as written, the row is shifted left by one with
// a ninth column, and the 自评表 falls apart. A continuation at a row's end under no merge of the row above
// belongs to the first column the row above merges down and this row does not continue; it is put back there
// when the row then has the row above's width. When that cannot be shown, the table is marked (a private-use
// marker in its first paragraph, which docx.ts takes out again) and read as "不可靠": it gives no figures to check.
//
// The w:p stay in document order and number (docx-anchor.ts counts them on the original XML): the moved
// continuation takes no paragraph with it, its own empty one stays at the end of the row's last cell.

/** The mark of a table whose merges could not be put back, around the column (1-based): no w:p is added, so
 *  the paragraphs keep their count (a table style would do, but mammoth fails on one without styles.xml). */
export const MISPLACED_MERGE_MARK = /\uE002(\d+)\uE003/g;

/** A table with no table inside it (AbiWord writes none; an outer table is left as it is). */
const INNER_TABLE = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/g;
const ROW = /<w:tr\b[^>]*>[\s\S]*?<\/w:tr>/g;
const CELL = /<w:tc\b[^>]*>[\s\S]*?<\/w:tc>/g;

type Merge = 'restart' | 'continue' | null;

interface Tc {
  xml: string;
  span: number;
  merge: Merge;
  empty: boolean;
}

export function mendMisplacedMerges(xml: string): string {
  if (!/<w:vMerge\b(?![^>]*w:val="restart")/.test(xml)) return xml;
  return xml.replace(INNER_TABLE, mendTable);
}

function mendTable(tbl: string): string {
  if (!/<w:vMerge\b(?![^>]*w:val="restart")/.test(tbl)) return tbl;
  // what each grid column of the row above does: merges down (restart / continue) or not
  let above: Merge[] | null = null;
  let unproved: number | null = null;
  const mended = tbl.replace(ROW, (row) => {
    if (unproved !== null) return row;
    const parts = splitRow(row);
    if (!parts) {
      above = null;
      return row;
    }
    const placed = placeTrailing(parts.cells, above);
    if (typeof placed === 'number') {
      unproved = placed;
      return row;
    }
    above = placed.cells.flatMap((c) => Array<Merge>(c.span).fill(c.merge));
    return parts.head + placed.cells.map((c) => c.xml).join('') + parts.tail;
  });
  return unproved === null ? mended : markTable(tbl, unproved);
}

/** A row as its leading properties, its cells and what follows them; null when anything else lies between cells. */
function splitRow(row: string): { head: string; cells: Tc[]; tail: string } | null {
  const found = [...row.matchAll(CELL)];
  if (!found.length) return null;
  const first = found[0].index!;
  let end = first;
  const cells: Tc[] = [];
  for (const m of found) {
    if (row.slice(end, m.index).trim()) return null;
    end = m.index! + m[0].length;
    const props = /<w:tcPr>[\s\S]*?<\/w:tcPr>|<w:tcPr\/>/.exec(m[0])?.[0] ?? '';
    const vMerge = /<w:vMerge\b([^>]*)\/?>/.exec(props);
    const text = [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    cells.push({
      xml: m[0],
      span: Math.max(1, Number(/<w:gridSpan\b[^>]*\bw:val="(\d+)"/.exec(props)?.[1] ?? 1)),
      merge: vMerge ? (/w:val="restart"/.test(vMerge[1]) ? 'restart' : 'continue') : null,
      empty: !text.trim() && !/<w:(?:drawing|pict|object)\b/.test(m[0]),
    });
  }
  return { head: row.slice(0, first), cells, tail: row.slice(end) };
}

const width = (cells: Tc[]) => cells.reduce((n, c) => n + c.span, 0);

/**
 * The row with its misplaced continuations put back, or the 0-based column of the first that cannot be
 * (no row above, no column it merges down left, or the row not as wide as the row above once mended).
 */
function placeTrailing(cells: Tc[], above: Merge[] | null): { cells: Tc[] } | number {
  // the continuations at the row's end under no merge of the row above (or past its last column)
  let k = cells.length;
  while (k > 0 && cells[k - 1].merge === 'continue') {
    const col = width(cells.slice(0, k - 1));
    if (above && col < above.length && above[col] !== null) break;
    k--;
  }
  if (k === cells.length) return { cells };
  const misplaced = cells.slice(k);
  const kept = cells.slice(0, k);
  if (!above || kept.length === 0) return width(kept);
  // each moved continuation's own empty paragraph stays where it was, at the end of the row's last cell
  const leftOver = misplaced.map((c) => /<w:p\b[\s\S]*<\/w:p>|<w:p\/>/.exec(c.xml)?.[0] ?? '').join('');
  for (const moved of misplaced) {
    let at = -1;
    for (let i = 0, col = 0; i < kept.length; col += kept[i].span, i++)
      if (above[col] != null && kept[i].merge !== 'continue') {
        at = i;
        break;
      }
    if (at < 0 || moved.span !== 1) return width(kept);
    const cont: Tc = { xml: CONTINUATION, span: 1, merge: 'continue', empty: true };
    if (width(kept) < above.length) kept.splice(at, 0, cont);
    // AbiWord writes an empty cell where the merged column is: the continuation is that cell
    else if (kept[at].empty && kept[at].merge === null && kept[at].span === 1)
      kept[at] = { ...kept[at], xml: asContinuation(kept[at].xml), merge: 'continue' };
    else return width(kept);
  }
  if (width(kept) !== above.length) return width(kept);
  const last = kept.length - 1;
  kept[last] = { ...kept[last], xml: kept[last].xml.replace(/<\/w:tc>$/, `${leftOver}</w:tc>`) };
  return { cells: kept };
}

/** A continuation without a paragraph: mammoth drops a continuation's content, and no w:p is added. */
const CONTINUATION = '<w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr></w:tc>';

function asContinuation(tc: string): string {
  if (/<w:tcPr>/.test(tc)) return tc.replace(/<w:tcPr>/, '<w:tcPr><w:vMerge w:val="continue"/>');
  if (/<w:tcPr\/>/.test(tc)) return tc.replace(/<w:tcPr\/>/, '<w:tcPr><w:vMerge w:val="continue"/></w:tcPr>');
  return tc.replace(/^(<w:tc\b[^>]*>)/, '$1<w:tcPr><w:vMerge w:val="continue"/></w:tcPr>');
}

/** The table as written, its first paragraph ending in the mark of the column whose merge could not be put back. */
function markTable(tbl: string, col: number): string {
  return tbl.replace(/<\/w:p>/, `<w:r><w:t>\uE002${col + 1}\uE003</w:t></w:r></w:p>`);
}
