// One consensus for scores, money and targets (issue 11, item 2): the same grouping and
// weighing, the tie-break a parameter.
import { describe, expect, it } from 'vitest';
import { agreeingGroups, earlierOfTwo, findOutliers, mostAuthoritative, standBy } from '../../src/facts/consensus.js';

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

describe('findOutliers', () => {
  it('reports each statement outside the group the document stands by, against that group', () => {
    const items = [100, 100, 95].map((v, i) => ({ v, i }));
    const out = findOutliers(
      items,
      (a, b) => a.v === b.v,
      (x) => [x.i],
    );
    expect(out.map((o) => [o.outlier.v, o.against.map((a) => a.v)])).toEqual([[95, [100, 100]]]);
  });
});
