// What a report's check.mjs (J's, O's) shares: exact decimals, a table as a grid, the errors it collects, and the
// check that each injected quote stands once in the report's text and never in the control's.
import Decimal from 'decimal.js';
import { placeCells, readSpec } from './parse.mjs';

/** A figure as a Decimal, its thousands commas and % dropped. */
export const D = (s) => new Decimal(String(s).replace(/[,%]/g, ''));
export const r2 = (x) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** A table block as rows of cell texts, a spanned cell's text in every place it covers. */
export function grid(t) {
  const g = [];
  t.rows.forEach((r, i) => {
    for (const c of r.cells)
      for (let dr = 0; dr < c.rowspan; dr++)
        for (let dc = 0; dc < c.colspan; dc++) (g[i + dr] ??= [])[c.col + dc] = c.text;
  });
  return g;
}

/** The tables of a spec's blocks as written, each once: a table cut into pieces (data-split, data-cut, <cut/>)
 * whole again, a cut cell's text whole, header rows first. */
export const wholeTables = (blocks) =>
  blocks
    .filter((b) => b.type === 'table' && !b.piece)
    .map((b) => ({ rows: placeCells([...b.of.rows.filter((r) => r.head), ...b.of.rows.filter((r) => !r.head)]) }));

/** The errors of one check: `eq` records each figure that differs from the one it should be. */
export function errors() {
  const errs = [];
  const eq = (label, got, want) => {
    if (!D(got).eq(D(want))) errs.push(`${label}: ${got} != ${want}`);
  };
  return { errs, eq };
}

// compared as the corpus test does: NFKC, no whitespace (a table row's cells run together)
const flat = (s) => s.normalize('NFKC').replace(/\s+/g, '');
const textOf = ({ blocks }) =>
  flat(
    blocks
      .map((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => c.text)).join('') : (b.text ?? '')))
      .join(''),
  );

/** Each injection's quote once in the report's text of the spec and never in the control's (for a spec with
 * tracked changes, the accepted text: what parse.mjs reads); the errors, none when all hold. */
export function quoteErrors(spec) {
  const dirty = readSpec(spec, true);
  const [report, control] = [textOf(dirty), textOf(readSpec(spec, false))];
  const errs = [];
  for (const e of dirty.meta.injections.filter((x) => x.area)) {
    const n = report.split(flat(e.quote)).length - 1;
    if (n !== 1) errs.push(`quote ${e.quote}: ${n} times in the report`);
    if (control.includes(flat(e.quote))) errs.push(`quote ${e.quote}: in the control`);
  }
  return errs;
}

/** Prints the errors and exits 1, or prints `ok`. */
export function finish(report, errs, ok) {
  if (errs.length) {
    console.log(`${report}: ${errs.length} errors\n  ${errs.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`${report}: ${ok}`);
}

// ---- the hand check of a report generated from its data (Q, R, S, T: check.mjs [--dirty] [-v]), which recomputes
// every figure of its spec from the spec's own text

export const NUM = /^-?[\d,]+(\.\d+)?%?$/;
/** A cell's figure as a Decimal ("1,234.50", "96.48%", " 12 "), or null when the cell is not a figure. */
export const num = (s) =>
  s !== undefined && NUM.test(String(s).trim()) ? new Decimal(String(s).replace(/[,%\s]/g, '')) : null;
export const ZERO = new Decimal(0);
export const add = (xs) => xs.reduce((a, b) => a.plus(b), ZERO);
/** a / b as a percentage, two decimals, as a Decimal (the rate a report prints, to compare with it). */
export const pct = (a, b) => r2(a.times(100).div(b));

/** One hand check of a spec: the spec read as the report (`--dirty`) or its clean control, `expect` and `same`
 * counting each check and collecting the failed ones (`-v` prints the others), and `checks()` the count. */
export function handCheck(spec) {
  const dirty = process.argv.includes('--dirty');
  const verbose = process.argv.includes('-v');
  const { blocks } = readSpec(spec, dirty);
  const errors = [];
  let checks = 0;
  const expect = (ok, what) => {
    checks++;
    if (!ok) errors.push(what);
    else if (verbose) console.log('ok  ' + what);
  };
  const same = (a, b, what) =>
    expect(
      a !== null && b !== null && a !== undefined && b !== undefined && new Decimal(a).eq(b),
      `${what}: stated ${a}, computed ${b}`,
    );
  return { blocks, dirty, errors, expect, same, checks: () => checks };
}

/** The tables of a spec's blocks, each once (a split table's pieces are one), as `{ title, head, body }`: the
 * body's rows of cell texts, a spanned cell's text in its first place only (a header's in each place it covers, as
 * it names each column), `head` each column's header texts run together; titled by the caption "表N …" above it or
 * the heading "附件N …". */
export function titledTables(blocks) {
  const tables = [];
  let title = '';
  for (const b of blocks) {
    if (b.type === 'para' && /^表\d+ /.test(b.text)) title = b.text;
    if (b.type === 'heading' && /^附件\d+ /.test(b.text)) title = b.text;
    if (b.type !== 'table' || (b.piece ?? 0) > 0) continue;
    const rows = (b.of ?? b).rows;
    const nHead = rows.filter((r) => r.head).length;
    const g = [];
    rows.forEach((r, i) => {
      g[i] ??= [];
      let c = 0;
      for (const cell of r.cells) {
        while (g[i][c] !== undefined) c++;
        for (let dr = 0; dr < cell.rowspan; dr++)
          for (let dc = 0; dc < cell.colspan; dc++) (g[i + dr] ??= [])[c + dc] = dc === 0 || i < nHead ? cell.text : '';
        c += cell.colspan;
      }
    });
    const width = Math.max(...g.map((r) => r.length));
    const head = Array.from({ length: width }, (_, c) =>
      g
        .slice(0, nHead)
        .map((r) => r[c])
        .filter((x, k, a) => x && a.indexOf(x) === k)
        .join(''),
    );
    tables.push({ title, head, body: g.slice(nHead) });
  }
  return tables;
}

/** Each 小计 row of a titled table is the sum of the rows since the last 小计 (or the top), in each column after the
 * first where `added(c)` and every one of those rows holds a figure. */
export function subtotalChecks(t, { isSub, added, same }) {
  let from = 0;
  t.body.forEach((r, i) => {
    if (!isSub(r)) return;
    for (let c = 1; c < t.head.length; c++) {
      if (!added(c) || !num(r[c])) continue;
      const parts = t.body.slice(from, i).map((x) => num(x[c]));
      if (parts.some((x) => x === null)) continue;
      same(num(r[c]), add(parts), `${t.title} ${r[0]} ${t.head[c]}`);
    }
    from = i + 1;
  });
}

/**
 * The 小计 rows against the rows of their group (subtotalChecks), then each 合计 row against the 小计 rows when the
 * table has any, else against every row above it; `added(c)` says which columns are quantities to add up, `name`
 * how a message names the table.
 */
export function totalChecks(t, { isSub, isTotal, added, same, name = t.title }) {
  subtotalChecks(t, { isSub, added, same });
  const subs = t.body.filter(isSub);
  t.body.forEach((r, i) => {
    if (!isTotal(r)) return;
    const parts = subs.length ? subs : t.body.slice(0, i);
    for (let c = 1; c < t.head.length; c++) {
      if (!added(c) || !num(r[c])) continue;
      const xs = parts.map((x) => num(x[c]));
      if (xs.some((x) => x === null)) continue;
      same(num(r[c]), add(xs), `${name} 合计 ${t.head[c]}`);
    }
  });
}

/** The titled table whose title matches `re` (an error when there is none: the spec lost a table). */
export const tableTitled = (tables, re) => {
  const t = tables.find((x) => re.test(x.title));
  if (!t) throw new Error('no table ' + re);
  return t;
};
/** The column of a titled table whose header matches `re` (-1 when none does). */
export const col = (t, re) => t.head.findIndex((h) => re.test(h));
/** The body row of a titled table whose first cell is `label`. */
export const rowOf = (t, label) => t.body.find((r) => r[0] === label);
