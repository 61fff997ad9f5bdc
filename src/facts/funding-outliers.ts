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
 * The group the document stands by: the largest group of statements that agree with one
 * of them; with two groups of equal size the earlier one (a restatement copied wrong is
 * usually the later one, often in the attachment); with three or more equal groups none
 * (they are likely different figures that share a name).
 */
function mainGroup<T>(items: T[], agree: (a: T, b: T) => boolean, order: (x: T) => number[]): { main: T[] | null; sorted: T[] } {
  const sorted = [...items].sort((a, b) => cmpOrder(order(a), order(b)));
  const clusters: T[][] = [];
  let rest = sorted;
  while (rest.length) {
    let best = rest[0];
    let bestN = -1;
    for (const c of rest) {
      const n = rest.filter((x) => agree(c, x)).length;
      if (n > bestN) {
        best = c;
        bestN = n;
      }
    }
    const members = rest.filter((x) => agree(best, x));
    clusters.push(members);
    rest = rest.filter((x) => !members.includes(x));
  }
  if (clusters.length <= 1) return { main: clusters[0] ?? null, sorted };
  const top = Math.max(...clusters.map((c) => c.length));
  const tops = clusters.filter((c) => c.length === top);
  if (tops.length === 1) return { main: tops[0], sorted };
  if (clusters.length === 2) return { main: clusters.find((c) => c.includes(sorted[0]))!, sorted };
  return { main: null, sorted };
}

export function findOutliers<T>(items: T[], agree: (a: T, b: T) => boolean, order: (x: T) => number[]): OutlierReport<T>[] {
  if (items.length < 2) return [];
  const { main, sorted } = mainGroup(items, agree, order);
  if (!main) return [];
  return sorted.filter((x) => !main.includes(x)).map((outlier) => ({ outlier, against: main }));
}

/** The statements the document stands by for one figure, or null when it is not clear which. */
export function consensus<T>(items: T[], agree: (a: T, b: T) => boolean, order: (x: T) => number[]): T[] | null {
  if (!items.length) return null;
  return mainGroup(items, agree, order).main;
}
