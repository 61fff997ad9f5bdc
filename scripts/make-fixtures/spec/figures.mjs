// The figures a report's data.mjs computes and its make-spec.mjs writes (Q, R, S, T): exact decimals, rounded and
// printed as a Chinese report prints them, and the fixed pseudo-random sequence that varies a report's rows the
// same way on every build. Each report's own figures stay in its data.mjs.
import Decimal from 'decimal.js';

export const D = (x) => new Decimal(x);
export const r2 = (x) => D(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
/** a / b as a percentage with two decimals ("95.81%"). */
export const pct = (a, b) => r2(D(a).times(100).div(b)).toFixed(2) + '%';
/** the same rate as a Decimal fraction rounded as printed (0.9714). */
export const rate = (a, b) => r2(D(a).times(100).div(b)).div(100);
const group = (i) => i.replace(/\B(?=(\d{3})+$)/g, ',');
/** two decimals with thousands commas: 1234.5 → "1,234.50" (万元, or 元). */
export const money = (x) => {
  const s = r2(x).toFixed(2);
  const neg = s.startsWith('-');
  const [i, f] = s.replace('-', '').split('.');
  return (neg ? '-' : '') + group(i) + '.' + f;
};
/** 元 → 万元 as the report writes it ("412.92"). */
export const wan = (yuan) => money(D(yuan).div(10000));
/** 元 with two decimals ("4,129,200.00"). */
export const yuan = (x) => money(x);
/** a count with thousands commas ("12,345"). */
export const int = (n) => group(String(n));
export const sum = (xs) => xs.reduce((a, b) => a.plus(b), D(0));
/** a score as the report writes it: 2 / 2.5 / 2.87 */
export const sc = (x) => D(x).toString();
/** a score with two decimals: 13.50 */
export const sc2 = (x) => r2(x).toFixed(2);

/** A data.mjs's own assertion: its figures hold what the report says of them, or the build stops. */
export const check = (ok, what) => {
  if (!ok) throw new Error('data: ' + what);
};

/** A fixed pseudo-random sequence from `seed` (a linear congruential generator), so the build is the same every
 * time: `rand()` in [0, 1), `pick(lo, hi)` a whole number from lo to hi. */
export function seeded(seed) {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  return { rand, pick: (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)) };
}
