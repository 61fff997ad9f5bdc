// The statements of one funding figure (one kind, budget variant, source and scope: "中央调整后预算",
// "资金到位率" of the project or of one city), and the one the document stands by: money/consistency
// reports the rest, money/identity takes the whole amounts stood by as a rate's or a balance's operands.
// The vote is the one consensus (../consensus.ts).
import { consensus, MAX_DISTINCT, restated, type Restated } from '../consensus.js';
import { isStated, type Stated } from '../lang/numbers.js';
import { consistent, sumConsistent, writtenKey } from '../tolerance.js';
import type { FundFigure, FundingFacts, FundKind } from './figures.js';
import { AgreementIndex, RatioIndex } from './interval-index.js';

/** Two statements of an amount agree within the precision each is written with (元 vs 万元 compared in base units). */
const agree = (a: Stated<FundFigure>, b: Stated<FundFigure>) => consistent(a.q, b.q);
/** The same value written alike is compared once. */
const written = (f: Stated<FundFigure>) => writtenKey(f.q);
const order = (f: Stated<FundFigure>) => f.order;

/** Every statement of one funding figure: those the document stands by and those that differ. */
export type FundStatements = Restated<Stated<FundFigure>>;

/** Each funding figure with its statements voted on: those with a figure and a known unit, not an item row's. */
export function fundStatements(funding: FundingFacts): FundStatements[] {
  const stated = funding.figures.filter(isStated).filter((f) => f.unitKnown && f.source !== 'item');
  const confirmed = confirmedFigures(funding, stated);
  return [...sameFigure(stated).values()].map((items) =>
    restated(items, agree, order, written, (f) => confirmed.has(f)),
  );
}

/** What the whole document stands by for one kind of figure of one scope (the project's or a programme's). */
export interface FundStanding {
  /** The figure of `kind`; for 预算 one of each variant stated (调整后, plain, 下达, 年初), any of which may be a rate's denominator. */
  of(kind: FundKind, scope: string | null): Stated<FundFigure>[];
}

/** The whole amounts (no source) with a known unit, voted on per kind and scope when first asked. */
export function fundStanding(funding: FundingFacts): FundStanding {
  const stated = funding.figures.filter(isStated);
  const known = new Map<string, Stated<FundFigure>[]>();
  return {
    of(kind, scope) {
      let out = known.get(`${kind}|${scope ?? ''}`);
      if (out) return out;
      const all = stated.filter((f) => f.kind === kind && f.source === null && f.unitKnown && f.scope === scope);
      if (kind !== 'budget') out = consensus(all, agree, order, written)?.slice(0, 1) ?? [];
      else {
        out = [];
        for (const v of ['adjusted', 'plain', 'allotted', 'initial'] as const) {
          const c = consensus(
            all.filter((f) => f.variant === v),
            agree,
            order,
            written,
          );
          if (c) out.push(c[0]);
        }
      }
      known.set(`${kind}|${scope ?? ''}`, out);
      return out;
    },
  };
}

/** The statements by figure: kind, budget variant, source and scope (one programme's or part's figures are its own). */
function sameFigure(stated: Stated<FundFigure>[]): Map<string, Stated<FundFigure>[]> {
  const scopes = [...new Set(stated.map((f) => f.scope))];
  const restatable = new Map(
    scopes.map((sc) => [
      sc,
      new AgreementIndex(
        stated
          .filter((f) => f.kind === 'budget' && f.source === null && f.variant !== 'plain' && f.scope === sc)
          .map((f) => f.q),
      ),
    ]),
  );
  const groups = new Map<string, Stated<FundFigure>[]>();
  for (const f of stated) {
    // a plain 预算 that matches a 年初 or 调整后 figure is that figure restated
    if (f.kind === 'budget' && f.variant === 'plain' && restatable.get(f.scope)?.meetsAny(f.q)) continue;
    const key = `${f.kind}|${f.kind === 'budget' ? f.variant : ''}|${f.source ?? ''}|${f.scope ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

/**
 * Statements that other figures confirm: between two equal groups, the one holding such a statement
 * is the one the document stands by.
 */
function confirmedFigures(funding: FundingFacts, stated: Stated<FundFigure>[]): Set<FundFigure> {
  const confirmed = new Set<FundFigure>();
  // a figure in a breakdown that adds up is confirmed by the others
  for (const b of funding.breakdowns) {
    if (b.total.q === null || !b.parts.length) continue;
    const parts = b.parts.filter((p): p is Stated<FundFigure> => p.q !== null);
    if (parts.length < b.parts.length) continue;
    if (
      sumConsistent(
        parts.map((p) => p.q),
        b.total.q,
      )
    )
      for (const f of [b.total, ...b.parts]) confirmed.add(f);
  }
  // a rate that its operands give (执行率 96.7% = 5112.86 ÷ 5286.40) is confirmed by them;
  // asked once per value written, through an index (pair by pair it was cubic in the figures)
  const scopes = [...new Set(stated.map((f) => f.scope))];
  const wholes = (k: FundFigure['kind'], sc: string | null) =>
    stated.filter((f) => f.kind === k && f.source === null && f.scope === sc && !f.q.value.isZero()).map((f) => f.q);
  const operands = {
    arrivalRate: (sc: string | null) => new RatioIndex(wholes('arrived', sc), wholes('budget', sc)),
    executionRate: (sc: string | null) =>
      new RatioIndex(wholes('spent', sc), [...wholes('arrived', sc), ...wholes('budget', sc)]),
  };
  for (const kind of ['arrivalRate', 'executionRate'] as const) {
    for (const sc of scopes) {
      const rates = stated.filter((f) => f.kind === kind && f.source === null && f.scope === sc);
      const byValue = new Map<string, Stated<FundFigure>[]>();
      for (const r of rates) {
        const same = byValue.get(writtenKey(r.q));
        if (same) same.push(r);
        else byValue.set(writtenKey(r.q), [r]);
      }
      // beyond MAX_DISTINCT values the consensus stands by no group, confirmed or not
      if (!rates.length || byValue.size > MAX_DISTINCT) continue;
      const index = operands[kind](sc);
      for (const same of byValue.values()) if (index.confirms(same[0].q)) for (const r of same) confirmed.add(r);
    }
  }
  return confirmed;
}
