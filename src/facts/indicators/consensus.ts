// What the document as a whole says an indicator's 分值 / 得分 is: the figures
// stated for it grouped by agreement (within written precision), the group with
// the most statements winning, its children's sum as one more vote, and on a tie
// the more authoritative source (summary, heading, narrative, contents, attachment).
// The choice itself is the one consensus of src/facts/consensus.ts.
import { Decimal } from 'decimal.js';
import type { IndicatorFacts, ScoreFact, ScoreSource } from './indicators.js';
import { agreeingGroups, mostAuthoritative, standBy } from '../consensus.js';
import { isStated, type Stated } from '../lang/numbers.js';
import { consistent, intervalOf, sumConsistent, type Written } from '../tolerance.js';

export type SumKind = '分值' | '得分';

const AUTHORITY: Record<ScoreSource, number> = { summary: 5, heading: 4, narrative: 3, toc: 2, attachment: 1 };

export interface Verdict {
  /** The agreeing figures taken as the document's value (most authoritative first). */
  reference: Stated<ScoreFact>[];
  /** Figures that disagree with the reference, each group most authoritative first. */
  outliers: Stated<ScoreFact>[][];
}

/** Groups of agreeing figures (the consensus's grouping), each most authoritative first. */
function groups(facts: Stated<ScoreFact>[]): Stated<ScoreFact>[][] {
  const out = agreeingGroups(facts, (a, b) => consistent(a.q, b.q)) ?? [];
  for (const g of out) g.sort((a, b) => AUTHORITY[b.source] - AUTHORITY[a.source]);
  return out;
}

export class Consensus {
  private readonly verdicts = new Map<string, Verdict | null>();
  private readonly values = new Map<string, Decimal[] | null>();

  constructor(readonly f: IndicatorFacts) {}

  figures(node: number, kind: SumKind): Stated<ScoreFact>[] {
    return this.f.facts.filter(isStated).filter((x) => x.node === node && x.kind === kind);
  }

  /** The stated figures' verdict; null when nothing is stated. */
  verdict(node: number, kind: SumKind): Verdict | null {
    const key = `${node}/${kind}`;
    if (this.verdicts.has(key)) return this.verdicts.get(key)!;
    this.verdicts.set(key, null); // guards recursion
    const gs = groups(this.figures(node, kind));
    let v: Verdict | null = null;
    if (gs.length) {
      const sum = this.childrenInterval(node, kind);
      const implied = [...(kind === '得分' ? this.afterDeduction(node) : []), ...this.fromParent(node, kind)];
      const score = (g: Stated<ScoreFact>[]) =>
        g.length +
        (sum && g.some((x) => meets(intervalOf(x.q), sum)) ? 1 : 0) +
        (implied.some((iv) => g.some((x) => meets(intervalOf(x.q), iv))) ? 1 : 0);
      const rank = (g: Stated<ScoreFact>[]) => AUTHORITY[g[0].source];
      const reference = standBy(gs, score, mostAuthoritative(rank))!;
      // the others, the best supported first
      const outliers = gs.filter((g) => g !== reference).sort((a, b) => score(b) - score(a) || rank(b) - rank(a));
      v = { reference, outliers };
    }
    this.verdicts.set(key, v);
    return v;
  }

  /**
   * 分值 − X for each "扣X分" a sentence states of this indicator by name: one more vote for the
   * score it leaves ("产出质量指标分值8分，扣1分，得6分" votes for 7, not for its own 6).
   * Unnamed deductions in a section are often a sub-item's, so they do not vote.
   */
  private afterDeduction(node: number): Decimal[][] {
    const max = this.verdict(node, '分值');
    if (!max) return [];
    const [mlo, mhi] = intervalOf(max.reference[0].q);
    return this.f.facts
      .filter(isStated)
      .filter((x) => x.node === node && x.kind === '扣分' && x.named)
      .map((d) => {
        const [dlo, dhi] = intervalOf(d.q);
        return [mlo.minus(dhi), mhi.minus(dlo)];
      });
  }

  /**
   * The parent's value less its other children's, when each of them is stated without
   * disagreement: one more vote ("产出时效 7.5 in the table, 开工及时性 4" votes 3.5 for
   * 按期完工率). Only stated figures, never verdicts, so no verdict depends on another's order.
   */
  private fromParent(node: number, kind: SumKind): Decimal[][] {
    const parent = this.f.nodes[node].parent;
    if (parent === null) return [];
    const unanimous = (id: number): Decimal[] | null => {
      const gs = groups(this.figures(id, kind));
      return gs.length === 1 ? intervalOf(gs[0][0].q) : null;
    };
    const p = unanimous(parent);
    if (!p) return [];
    let lo = p[0];
    let hi = p[1];
    for (const sib of this.f.nodes[parent].children) {
      if (sib === node) continue;
      const iv = unanimous(sib);
      if (!iv) return [];
      lo = lo.minus(iv[1]);
      hi = hi.minus(iv[0]);
    }
    return [[lo, hi]];
  }

  /** The node's value as an interval: its reference figure, else the sum of its children. */
  interval(node: number, kind: SumKind): Decimal[] | null {
    const key = `${node}/${kind}`;
    if (this.values.has(key)) return this.values.get(key)!;
    this.values.set(key, null);
    const v = this.verdict(node, kind);
    const out = v ? intervalOf(v.reference[0].q) : this.childrenInterval(node, kind);
    this.values.set(key, out);
    return out;
  }

  /** The sum of the children's values, when every child has one (as a [lo, hi] interval). */
  childrenInterval(node: number, kind: SumKind): Decimal[] | null {
    const kids = this.f.nodes[node].children;
    if (!kids.length) return null;
    let lo = new Decimal(0);
    let hi = new Decimal(0);
    for (const k of kids) {
      const iv = this.interval(k, kind);
      if (!iv) return null;
      lo = lo.plus(iv[0]);
      hi = hi.plus(iv[1]);
    }
    return [lo, hi];
  }

  /**
   * Whether the document stands by `q` as this node's figure: true when it meets the reference,
   * false when the stated figures (and the children's sum) outvote it, null when nothing is stated.
   * What a figure stated elsewhere (a contents entry's restated score) is measured against.
   */
  standsBy(node: number, kind: SumKind, q: Written): boolean | null {
    const v = this.verdict(node, kind);
    return v ? consistent(v.reference[0].q, q) : null;
  }

  /** True when the figure is one this node's stated figures outvote (score/cross-source reports it). */
  isOutlier(f: ScoreFact): boolean {
    if (f.kind !== '分值' && f.kind !== '得分') return false;
    const v = this.verdict(f.node, f.kind);
    return !!v && v.outliers.some((g) => g.some((x) => x === f));
  }
}

export function meets(a: Decimal[], b: Decimal[]): boolean {
  return a[0].lte(b[1]) && b[0].lte(a[1]);
}

/** Midpoint of an interval, for messages. */
export function middle(iv: Decimal[]): Decimal {
  return iv[0].plus(iv[1]).div(2);
}

export { sumConsistent };
