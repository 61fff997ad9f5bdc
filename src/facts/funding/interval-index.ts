// Indexes over written figures' intervals, so that "does any of these agree with
// that one" costs a binary search instead of a pass over all of them: a report
// of thousands of funding figures must not make a rule quadratic or cubic.
// Answers are exactly those of consistent() and ratioConsistent() in tolerance.ts.
import { Decimal } from 'decimal.js';
import { intervalOf, ratioConsistent, type Written } from '../tolerance.js';

/** The precision tolerance.ts divides with: products of two figures are exact in it. */
const D = Decimal.clone({ precision: 50 });

type Interval = [Decimal, Decimal];

/** Intervals sorted by their low end, with the running maximum of their high ends. */
interface Sweep {
  lows: Decimal[];
  maxHigh: Decimal[];
}

function sweep(intervals: Interval[]): Sweep {
  const sorted = [...intervals].sort((a, b) => a[0].cmp(b[0]));
  const maxHigh: Decimal[] = [];
  for (const [, hi] of sorted)
    maxHigh.push(maxHigh.length && maxHigh[maxHigh.length - 1].gt(hi) ? maxHigh[maxHigh.length - 1] : hi);
  return { lows: sorted.map((iv) => iv[0]), maxHigh };
}

/** Index of the last low end ≤ x, or -1. */
function lastAtMost(lows: Decimal[], x: Decimal): number {
  let lo = 0;
  let hi = lows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lows[mid].lte(x)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether a figure agrees with (its interval meets) any of a fixed set of figures. */
export class AgreementIndex {
  private readonly s: Sweep;

  constructor(figures: Written[]) {
    this.s = sweep(figures.map(intervalOf));
  }

  /** Same as figures.some((f) => consistent(f, q)). */
  meetsAny(q: Written): boolean {
    const [lo, hi] = intervalOf(q);
    const k = lastAtMost(this.s.lows, hi);
    return k >= 0 && this.s.maxHigh[k].gte(lo);
  }
}

const positive = (iv: Interval) => iv[0].gt(0);
const negative = (iv: Interval) => iv[1].lt(0);
const negate = (iv: Interval): Interval => [iv[1].neg(), iv[0].neg()];

/**
 * Whether some numerator ÷ denominator pair gives a ratio: the same answer as
 * nums.some((n) => dens.some((d) => ratioConsistent(n, d, ratio))), in
 * O(dens · log nums) a ratio. For positive intervals n ÷ d spans
 * [nl ÷ dh, nh ÷ dl], which meets [rl, rh] exactly when nl ≤ rh·dh and
 * nh ≥ rl·dl: a numerator with nl ≤ rh·dh whose nh is largest decides.
 * Negative figures are mirrored into positive ones (the ratio's sign with them);
 * a figure whose interval reaches zero (never one a report writes: zero itself
 * is not compared) is compared pair by pair.
 */
export class RatioIndex {
  private readonly nums: { pos: Sweep; neg: Sweep; odd: Written[] };
  private readonly dens: { pos: Interval[]; neg: Interval[]; odd: Written[] };
  private readonly allNums: Written[];
  private readonly allDens: Written[];

  constructor(nums: Written[], dens: Written[]) {
    this.allNums = nums;
    this.allDens = dens;
    const split = (xs: Written[]) => {
      const pos: Interval[] = [];
      const neg: Interval[] = [];
      const odd: Written[] = [];
      for (const x of xs) {
        const iv = toD(intervalOf(x));
        if (positive(iv)) pos.push(iv);
        else if (negative(iv)) neg.push(negate(iv));
        else odd.push(x);
      }
      return { pos, neg, odd };
    };
    const n = split(nums);
    this.nums = { pos: sweep(n.pos), neg: sweep(n.neg), odd: n.odd };
    this.dens = split(dens);
  }

  /** Some numerator divided by some denominator can equal `ratio`. */
  confirms(ratio: Written): boolean {
    const r = toD(intervalOf(ratio));
    const mr = negate(r);
    // n ÷ d keeps its sign when both have the same one, and flips it otherwise
    if (this.anyPair(this.nums.pos, this.dens.pos, r) || this.anyPair(this.nums.neg, this.dens.neg, r)) return true;
    if (this.anyPair(this.nums.pos, this.dens.neg, mr) || this.anyPair(this.nums.neg, this.dens.pos, mr)) return true;
    if (this.nums.odd.some((n) => this.allDens.some((d) => ratioConsistent(n, d, ratio)))) return true;
    return this.dens.odd.some((d) => this.allNums.some((n) => ratioConsistent(n, d, ratio)));
  }

  private anyPair(nums: Sweep, dens: Interval[], [rl, rh]: Interval): boolean {
    for (const [dl, dh] of dens) {
      const k = lastAtMost(nums.lows, rh.mul(dh));
      if (k >= 0 && nums.maxHigh[k].gte(rl.mul(dl))) return true;
    }
    return false;
  }
}

function toD([lo, hi]: Interval): Interval {
  return [new D(lo), new D(hi)];
}
