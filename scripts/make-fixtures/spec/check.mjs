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
