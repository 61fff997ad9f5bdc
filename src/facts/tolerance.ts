// Comparison of written figures by the precision they were written with, as XBRL
// calculation 1.1 (and Arelle) treat it: a value written with d decimals stands
// for the interval [v − 0.5·10^-d, v + 0.5·10^-d]; two figures contradict each
// other only when their intervals cannot meet. Exact decimals throughout.
import { Decimal } from 'decimal.js';

/** Enough digits that a quotient never decides a comparison by its rounding. */
const D = Decimal.clone({ precision: 50 });

export interface Written {
  value: Decimal;
  decimals: number;
  scale?: Decimal;
}

const scaleOf = (q: Written) => new D((q.scale ?? new Decimal(1)).toString());

/** Figures are compared many times over (every statement with every other): each interval is built once. */
const intervals = new WeakMap<Written, [Decimal, Decimal]>();

/** The interval the written figure stands for, in the base unit (value × scale). */
export function intervalOf(q: Written): [Decimal, Decimal] {
  let iv = intervals.get(q);
  if (!iv) intervals.set(q, (iv = computeInterval(q)));
  return iv;
}

/** Half a unit of the last decimal written, by the number of decimals: a few values, each worked out once. */
const HALVES: InstanceType<typeof D>[] = [];

function halfOf(decimals: number): InstanceType<typeof D> {
  const d = Math.max(0, decimals);
  return (HALVES[d] ??= new D(10).pow(-d).div(2));
}

function computeInterval(q: Written): [Decimal, Decimal] {
  const half = halfOf(q.decimals);
  const v = new D(q.value.toString());
  const s = scaleOf(q);
  const lo = v.minus(half).mul(s);
  const hi = v.plus(half).mul(s);
  return [new Decimal(lo.toString()), new Decimal(hi.toString())];
}

/**
 * A figure that is defined, not measured: an indicator's 满分 / 分值 ("满分25分") is 25 exactly, not
 * anything from 24.5 to 25.5, so a rate of a score to it is checked to the score's and the rate's precision only.
 */
export function exactly(q: Written): Written {
  return { value: q.value, decimals: EXACT_DECIMALS, scale: q.scale };
}
const EXACT_DECIMALS = 12;

/** Two figures with the same key are written alike: the same value, precision and unit. */
export function writtenKey(q: Written & { unit?: string | null }): string {
  return `${q.value.toString()}|${q.decimals}|${(q.scale ?? 1).toString()}|${q.unit ?? ''}`;
}

function meet(a: [Decimal, Decimal], b: [Decimal, Decimal]): boolean {
  return a[0].lte(b[1]) && b[0].lte(a[1]);
}

/** Both figures can stand for one value. */
export function consistent(a: Written, b: Written): boolean {
  return meet(intervalOf(a), intervalOf(b));
}

/** The parts can add up to the total. */
export function sumConsistent(parts: Written[], total: Written): boolean {
  let lo = new Decimal(0);
  let hi = new Decimal(0);
  for (const p of parts) {
    const [l, h] = intervalOf(p);
    lo = lo.plus(l);
    hi = hi.plus(h);
  }
  return meet([lo, hi], intervalOf(total));
}

/**
 * num / den can equal the ratio (its scale says whether it is a % or a fraction).
 * A denominator whose interval reaches zero says nothing.
 */
export function ratioConsistent(num: Written, den: Written, ratio: Written): boolean {
  const [nl, nh] = intervalOf(num).map((x) => new D(x.toString()));
  const [dl, dh] = intervalOf(den).map((x) => new D(x.toString()));
  if (dl.lte(0) && dh.gte(0)) return true;
  const qs = [nl.div(dl), nl.div(dh), nh.div(dl), nh.div(dh)];
  const lo = D.min(...qs);
  const hi = D.max(...qs);
  return meet([new Decimal(lo.toString()), new Decimal(hi.toString())], intervalOf(ratio));
}

/**
 * A figure for a message: plain notation, at most 4 decimals; with `decimals` (as the report
 * wrote it: "96.00%") exactly that many, else trailing zeros dropped; unit after.
 */
export function formatDecimal(d: Decimal, unit?: string | null, decimals?: number): string {
  const s =
    decimals !== undefined && decimals <= 4
      ? d.toFixed(decimals, Decimal.ROUND_HALF_UP)
      : d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed();
  return unit ? `${s}${unit}` : s;
}
