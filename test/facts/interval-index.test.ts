// The indexes answer exactly what the pairwise comparisons they replace answer.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { AgreementIndex, RatioIndex } from '../../src/facts/funding/interval-index.js';
import { consistent, ratioConsistent, type Written } from '../../src/facts/tolerance.js';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Figures as reports write them: 万元 and 元 amounts, rates in %, a few negative, at 0–2 decimals. */
function figure(r: () => number, kind: 'amount' | 'rate'): Written {
  const decimals = Math.floor(r() * 3);
  const sign = r() < 0.1 ? -1 : 1;
  if (kind === 'rate')
    return { value: new Decimal((sign * (50 + r() * 60)).toFixed(decimals)), decimals, scale: new Decimal('0.01') };
  const wan = r() < 0.5;
  const value = new Decimal((sign * (1 + r() * (wan ? 200 : 2_000_000))).toFixed(decimals));
  return { value: value.isZero() ? new Decimal(1) : value, decimals, scale: new Decimal(wan ? 10000 : 1) };
}

describe('RatioIndex', () => {
  it.each([1, 2, 3, 4, 5, 6])('confirms a rate exactly when some pair of figures gives it (seed %i)', (seed) => {
    const r = rng(seed);
    const nums = Array.from({ length: 12 }, () => figure(r, 'amount'));
    const dens = Array.from({ length: 12 }, () => figure(r, 'amount'));
    // rates some pairs give (rounded as a report rounds them) and rates none gives
    const rates: Written[] = Array.from({ length: 30 }, () => figure(r, 'rate'));
    for (let i = 0; i < 30; i++) {
      const n = nums[Math.floor(r() * nums.length)];
      const d = dens[Math.floor(r() * dens.length)];
      const decimals = Math.floor(r() * 3);
      const pct = n.value.mul(n.scale!).div(d.value.mul(d.scale!)).mul(100).toDecimalPlaces(decimals);
      rates.push({ value: pct, decimals, scale: new Decimal('0.01') });
    }
    const index = new RatioIndex(nums, dens);
    const answers = rates.map((q) => index.confirms(q));
    expect(answers).toEqual(rates.map((q) => nums.some((n) => dens.some((d) => ratioConsistent(n, d, q)))));
    expect(answers.filter(Boolean).length).toBeGreaterThanOrEqual(30); // the test has both answers to check
    expect(answers.filter((a) => !a).length).toBeGreaterThan(0);
  });

  it('confirms nothing without numerators or denominators', () => {
    const q = { value: new Decimal(50), decimals: 0, scale: new Decimal('0.01') };
    expect(new RatioIndex([], [{ value: new Decimal(2), decimals: 0 }]).confirms(q)).toBe(false);
    expect(new RatioIndex([{ value: new Decimal(1), decimals: 0 }], []).confirms(q)).toBe(false);
  });

  it('reads 96.7% from 5112.86 ÷ 5286.40, and not 97.7%', () => {
    const index = new RatioIndex(
      [{ value: new Decimal('5112.86'), decimals: 2 }],
      [{ value: new Decimal('5286.40'), decimals: 2 }],
    );
    expect(index.confirms({ value: new Decimal('96.7'), decimals: 1, scale: new Decimal('0.01') })).toBe(true);
    expect(index.confirms({ value: new Decimal('97.7'), decimals: 1, scale: new Decimal('0.01') })).toBe(false);
  });
});

describe('AgreementIndex', () => {
  it.each([1, 2, 3])('finds an agreeing figure exactly when one exists (seed %i)', (seed) => {
    const r = rng(100 + seed);
    const set = Array.from({ length: 40 }, () => figure(r, 'amount'));
    const queries = [...Array.from({ length: 60 }, () => figure(r, 'amount')), ...set.slice(0, 10)];
    const index = new AgreementIndex(set);
    const answers = queries.map((q) => index.meetsAny(q));
    expect(answers).toEqual(queries.map((q) => set.some((f) => consistent(f, q))));
    expect(answers.slice(-10).every(Boolean)).toBe(true);
  });
});
