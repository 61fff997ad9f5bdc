// One consensus for scores, money and targets (issue 11, item 2): the same grouping and
// weighing, the tie-break a parameter.
import { describe, expect, it } from 'vitest';
import { agreeingGroups, earlierOfTwo, mostAuthoritative, restated, standBy } from '../../src/facts/consensus.js';

const near = (a: number, b: number) => Math.abs(a - b) <= 1;

describe('agreeingGroups', () => {
  it('gathers around the value most statements agree with', () => {
    // 10 agrees with 9 and 11, which do not agree with each other: one group around 10
    expect(agreeingGroups([9, 10, 11, 20], near)).toEqual([[9, 10, 11], [20]]);
    expect(agreeingGroups([5, 5, 7], near)).toEqual([[5, 5], [7]]);
  });
  it('counts statements written alike once by key, by how often they occur', () => {
    expect(
      agreeingGroups(
        [7, 5, 5],
        (a, b) => a === b,
        (x) => x,
      ),
    ).toEqual([[5, 5], [7]]);
  });
  it('gives up beyond 200 different values (many figures that share a name)', () => {
    expect(
      agreeingGroups(
        [...Array(201).keys()].map((i) => i * 10),
        near,
      ),
    ).toBeNull();
  });
});

describe('standBy and its tie-breaks', () => {
  const size = (g: number[]) => g.length;
  it('takes the heaviest group whatever the tie-break', () => {
    expect(standBy([[1], [5, 5]], size, earlierOfTwo(1))).toEqual([5, 5]);
    expect(
      standBy(
        [[1], [5, 5]],
        size,
        mostAuthoritative((g) => g[0]),
      ),
    ).toEqual([5, 5]);
  });
  it('money and targets: of two equal groups the earlier, of three none', () => {
    expect(standBy([[3], [8]], size, earlierOfTwo(3))).toEqual([3]);
    expect(standBy([[3], [8], [12]], size, earlierOfTwo(3))).toBeNull();
  });
  it('scores: of equal groups the most authoritative, the first on equal rank', () => {
    const rank = (g: number[]) => (g[0] >= 10 ? 2 : 1);
    expect(standBy([[3], [8], [12]], size, mostAuthoritative(rank))).toEqual([12]);
    expect(standBy([[3], [8]], size, mostAuthoritative(rank))).toEqual([3]);
  });
});

describe('restated', () => {
  const items = (...vs: number[]) => vs.map((v, i) => ({ v, i }));
  const vote = (xs: { v: number; i: number }[], corroborated?: (x: { v: number }) => boolean) => {
    const r = restated(
      xs,
      (a, b) => a.v === b.v,
      (x) => [x.i],
      (x) => x.v,
      corroborated,
    );
    return [r.stoodBy.map((x) => x.v), r.outliers.map((x) => x.v)];
  };
  it('stands by the group most statements agree with; the rest are the statements to fix', () => {
    expect(vote(items(100, 95, 100))).toEqual([[100, 100], [95]]);
  });
  it('of two equal groups stands by the earlier, unless the later one is corroborated', () => {
    expect(vote(items(95, 100))).toEqual([[95], [100]]);
    expect(vote(items(95, 100), (x) => x.v === 100)).toEqual([[100], [95]]);
  });
  it('stands by none of three equal groups, and then names nothing to fix', () => {
    expect(vote(items(95, 100, 90))).toEqual([[], []]);
    expect(vote([])).toEqual([[], []]);
  });
});
