// Which figure the document stands by, when it states one figure several times: the
// statements are grouped by agreement, each group is weighed (how many statements, and
// whatever else confirms it), and the heaviest group wins. A tie is settled by a rule the
// caller names: money and targets take the earlier of two groups (a restatement copied
// wrong is usually the later one, often in the attachment) and none of three or more;
// scores take the more authoritative source (summary, heading, narrative, contents,
// attachment). One consensus for scores, money and targets.

export function cmpOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/**
 * Beyond this many different values, the statements are not one figure restated but many
 * figures sharing a name; no group is the one the document stands by. It also bounds the
 * clustering below, which compares every value with every other.
 */
export const MAX_DISTINCT = 200;

/**
 * Groups of agreeing statements, in `items`' order: the value most statements agree with
 * gathers all that agree with it, then the next among the rest. Statements with the same
 * `key` (the same value written alike) are compared once and counted by how often they
 * occur. Null beyond MAX_DISTINCT values.
 */
export function agreeingGroups<T>(
  items: T[],
  agree: (a: T, b: T) => boolean,
  key: (x: T) => unknown = itself,
): T[][] | null {
  const byKey = new Map<unknown, T[]>();
  for (const x of items) {
    const k = key(x);
    const same = byKey.get(k);
    if (same) same.push(x);
    else byKey.set(k, [x]);
  }
  const values = [...byKey.values()]; // in order of first statement
  if (values.length > MAX_DISTINCT) return null;
  const agrees = values.map((a) => values.map((b) => agree(a[0], b[0])));
  const clusters: T[][] = [];
  let rest = values.map((_, i) => i);
  // per value, how many statements among the rest agree with it: counted once, then less each group
  // taken (not counted again over the rest for every value each time)
  const agreeing = values.map((_, c) => rest.reduce((sum, x) => sum + (agrees[c][x] ? values[x].length : 0), 0));
  while (rest.length) {
    let best = rest[0];
    let bestN = -1;
    for (const c of rest) {
      if (agreeing[c] > bestN) {
        best = c;
        bestN = agreeing[c];
      }
    }
    const members = rest.filter((x) => agrees[best][x]);
    clusters.push(members.flatMap((i) => values[i]));
    rest = rest.filter((x) => !agrees[best][x]);
    for (const c of rest) for (const m of members) if (agrees[c][m]) agreeing[c] -= values[m].length;
  }
  return clusters;
}

/** How a tie between the heaviest groups is settled: the group to stand by, or null for none. */
export type TieBreak<T> = (tied: T[][], groups: T[][]) => T[] | null;

/** The group the document stands by: the heaviest, a tie settled by `tieBreak`. */
export function standBy<T>(groups: T[][], weight: (g: T[]) => number, tieBreak: TieBreak<T>): T[] | null {
  if (groups.length <= 1) return groups[0] ?? null;
  const top = Math.max(...groups.map(weight));
  const tied = groups.filter((g) => weight(g) === top);
  return tied.length === 1 ? tied[0] : tieBreak(tied, groups);
}

/**
 * Money's and targets' tie-break: of two groups the one holding the earliest statement; of
 * three or more equal ones none (they are likely different figures that share a name).
 */
export const earlierOfTwo =
  <T>(first: T): TieBreak<T> =>
  (_tied, groups) =>
    groups.length === 2 ? (groups.find((g) => g.includes(first)) ?? null) : null;

/** Scores' tie-break: the group whose best source ranks highest; on equal rank the first. */
export const mostAuthoritative =
  <T>(rank: (g: T[]) => number): TieBreak<T> =>
  (tied) =>
    tied.reduce((best, g) => (rank(g) > rank(best) ? g : best));

/** Without a key every statement is its own value. */
const itself = <T>(x: T): unknown => x;
const never = (): boolean => false;

/**
 * A group with a `corroborated` statement (one that other figures confirm, such as a part of a
 * breakdown that adds up) outweighs an equal group without one, but not a larger one.
 */
function mainGroup<T>(
  items: T[],
  agree: (a: T, b: T) => boolean,
  order: (x: T) => number[],
  key: (x: T) => unknown,
  corroborated: (x: T) => boolean,
): { main: Set<T> | null; sorted: T[] } {
  const sorted = [...items].sort((a, b) => cmpOrder(order(a), order(b)));
  const groups = agreeingGroups(sorted, agree, key);
  if (!groups) return { main: null, sorted };
  const main = standBy(groups, (g) => g.length + (g.some(corroborated) ? 0.5 : 0), earlierOfTwo(sorted[0]));
  return { main: main && new Set(main), sorted };
}

/** One figure as a document states it: every statement, the ones it stands by, and the rest. */
export interface Restated<T> {
  /** The agreeing statements the document stands by, in reading order; empty when it is not clear which. */
  stoodBy: T[];
  /** The statements outside that group, in reading order: each one to fix. None when no group is stood by. */
  outliers: T[];
}

/**
 * The vote on several statements of one figure: the group the document stands by and the statements
 * outside it. `key` names statements written alike (compared once); a `corroborated` statement weighs
 * its group as half a statement more.
 */
export function restated<T>(
  items: T[],
  agree: (a: T, b: T) => boolean,
  order: (x: T) => number[],
  key: (x: T) => unknown = itself,
  corroborated: (x: T) => boolean = never,
): Restated<T> {
  if (!items.length) return { stoodBy: [], outliers: [] };
  const { main, sorted } = mainGroup(items, agree, order, key, corroborated);
  if (!main) return { stoodBy: [], outliers: [] };
  return { stoodBy: sorted.filter((x) => main.has(x)), outliers: sorted.filter((x) => !main.has(x)) };
}

/** The statements the document stands by for one figure, or null when it is not clear which. */
export function consensus<T>(
  items: T[],
  agree: (a: T, b: T) => boolean,
  order: (x: T) => number[],
  key: (x: T) => unknown = itself,
): T[] | null {
  const { stoodBy } = restated(items, agree, order, key);
  return stoodBy.length ? stoodBy : null;
}
