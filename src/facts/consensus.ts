// Which of several statements of one figure is the one to fix: the statements that
// disagree with the largest group of mutually consistent ones. Shared by the money
// and target consistency rules so both report a contradiction once, at the outlier.

export interface OutlierReport<T> {
  outlier: T;
  /** The statements it conflicts with (the agreeing majority), in document order. */
  against: T[];
}

export function cmpOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/**
 * Beyond this many different values, the statements are not one figure restated but many
 * figures sharing a name; no group is the one the document stands by. It also bounds the
 * clustering below, which compares every value with every other.
 */
export const MAX_DISTINCT = 200;

/**
 * The group the document stands by: the largest group of statements that agree with one
 * of them; with two groups of equal size the earlier one (a restatement copied wrong is
 * usually the later one, often in the attachment); with three or more equal groups none
 * (they are likely different figures that share a name). Statements with the same `key`
 * (the same value written alike) are clustered once, counted by how often they occur.
 * A group with a `corroborated` statement (one that other figures confirm, such as a part
 * of a breakdown that adds up) outweighs an equal group without one, but not a larger one.
 */
function mainGroup<T>(items: T[], agree: (a: T, b: T) => boolean, order: (x: T) => number[], key: (x: T) => unknown, corroborated: (x: T) => boolean): { main: Set<T> | null; sorted: T[] } {
  const sorted = [...items].sort((a, b) => cmpOrder(order(a), order(b)));
  const byKey = new Map<unknown, T[]>();
  for (const x of sorted) {
    const k = key(x);
    const same = byKey.get(k);
    if (same) same.push(x);
    else byKey.set(k, [x]);
  }
  const values = [...byKey.values()]; // in order of first statement
  if (values.length > MAX_DISTINCT) return { main: null, sorted };
  const agrees = values.map((a) => values.map((b) => agree(a[0], b[0])));
  const clusters: T[][] = [];
  let rest = values.map((_, i) => i);
  while (rest.length) {
    let best = rest[0];
    let bestN = -1;
    for (const c of rest) {
      const n = rest.reduce((sum, x) => sum + (agrees[c][x] ? values[x].length : 0), 0);
      if (n > bestN) {
        best = c;
        bestN = n;
      }
    }
    const members = rest.filter((x) => agrees[best][x]);
    clusters.push(members.flatMap((i) => values[i]));
    rest = rest.filter((x) => !agrees[best][x]);
  }
  const asSet = (c: T[] | undefined) => (c ? new Set(c) : null);
  if (clusters.length <= 1) return { main: asSet(clusters[0]), sorted };
  const weight = (c: T[]) => c.length + (c.some(corroborated) ? 0.5 : 0);
  const top = Math.max(...clusters.map(weight));
  const tops = clusters.filter((c) => weight(c) === top);
  if (tops.length === 1) return { main: asSet(tops[0]), sorted };
  if (clusters.length === 2) return { main: asSet(clusters.find((c) => c.includes(sorted[0]))), sorted };
  return { main: null, sorted };
}

/** Without a key every statement is its own value. */
const itself = <T>(x: T): unknown => x;
const never = (): boolean => false;

export function findOutliers<T>(
  items: T[],
  agree: (a: T, b: T) => boolean,
  order: (x: T) => number[],
  key: (x: T) => unknown = itself,
  corroborated: (x: T) => boolean = never,
): OutlierReport<T>[] {
  if (items.length < 2) return [];
  const { main, sorted } = mainGroup(items, agree, order, key, corroborated);
  if (!main) return [];
  const against = sorted.filter((x) => main.has(x));
  return sorted.filter((x) => !main.has(x)).map((outlier) => ({ outlier, against }));
}

/** The statements the document stands by for one figure, or null when it is not clear which. */
export function consensus<T>(items: T[], agree: (a: T, b: T) => boolean, order: (x: T) => number[], key: (x: T) => unknown = itself): T[] | null {
  if (!items.length) return null;
  const { main, sorted } = mainGroup(items, agree, order, key, never);
  return main && sorted.filter((x) => main.has(x));
}
