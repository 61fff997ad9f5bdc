// 预算 / 到位 / 使用 / 结余 identities: 结余 = 到位 − 使用, 到位率 = 到位 / 预算,
// 执行率 = 使用 / 到位 (or / 预算), 到位 ≤ 预算 unless the document says the budget was raised.
import { Decimal } from 'decimal.js';
import { formatDecimal, intervalOf, ratioConsistent, sumConsistent } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';
import { isStated, type Stated } from '../../src/facts/lang/numbers.js';
import { term, type GlossaryKey } from '../../src/i18n/glossary.js';
import type { FundFigure, FundKind } from '../../src/facts/funding/figures.js';

const KIND_ZH: Record<FundKind, GlossaryKey> = {
  budget: '预算',
  arrived: '到位资金',
  spent: '使用资金',
  balance: '结余',
  arrivalRate: '到位率',
  executionRate: '执行率',
};

const rule: Rule = {
  meta: {
    id: 'money/identity',
    description: {
      'zh-CN': '资金数额之间的恒等关系：结余 = 到位 − 使用，到位率 = 到位 ÷ 预算，执行率 = 使用 ÷ 到位，到位不超过预算',
      en: 'Funding identities: balance = received − spent, arrival rate = received ÷ budget, execution rate = spent ÷ received, received ≤ budget',
    },
    defaultSeverity: 'error',
    messages: {
      balance: {
        'zh-CN': '结余资金{actual}与{from}{fromValue}减使用资金{spentValue}（= {expected}）不符',
        en: 'Balance {actual} does not equal {from} {fromValue} minus spent {spentValue} (= {expected})',
      },
      rate: {
        'zh-CN': '{rate}{actual}与{num}{numValue} ÷ {den}{denValue}（= {expected}）不符',
        en: '{rate} {actual} does not equal {num} {numValue} ÷ {den} {denValue} (= {expected})',
      },
      overBudget: {
        'zh-CN': '到位资金{actual}超过预算{expected}，文中未说明追加或调整预算',
        en: 'Funds received {actual} exceed the budget {expected}, and the document does not say the budget was raised',
      },
    },
  },
  check(ctx) {
    const facts = ctx.facts.funding;
    const stated = facts.figures.filter(isStated);
    /** Figures of a kind for a check at `near`: stated beside it (same sentence or table row, same source), else what the whole document stands by. */
    const operands = (kind: FundKind, near: Stated<FundFigure>): Stated<FundFigure>[] => {
      const beside = ctx.facts.fundsBeside.of(kind, near);
      if (beside.length) return beside;
      if (near.source !== null || !near.unitKnown) return [];
      // one programme's figures stand by that programme's only
      return ctx.facts.fundStanding.of(kind, near.scope);
    };
    const fmt = (f: Stated<FundFigure>) => formatDecimal(f.q.value, f.q.unit ?? undefined);

    for (const b of stated.filter((f) => f.kind === 'balance')) {
      const spent = operands('spent', b)[0];
      const froms = [...operands('arrived', b), ...operands('budget', b)];
      if (!spent || !froms.length) continue;
      if (froms.some((from) => sumConsistent([b.q, spent.q], from.q))) continue;
      const from = froms[0];
      const expected = from.q.value.mul(from.q.scale).minus(spent.q.value.mul(spent.q.scale)).div(b.q.scale);
      ctx.report({
        messageId: 'balance',
        data: {
          from: term(KIND_ZH[from.kind]),
          fromValue: fmt(from),
          spentValue: fmt(spent),
          actual: fmt(b),
          expected: formatDecimal(expected, b.q.unit ?? undefined),
        },
        expected: formatDecimal(expected, b.q.unit ?? undefined),
        actual: fmt(b),
        locations: [b.at, from.at, spent.at],
      });
    }

    const rates: Array<[FundKind, FundKind, FundKind[]]> = [
      ['arrivalRate', 'arrived', ['budget']],
      ['executionRate', 'spent', ['arrived', 'budget']],
    ];
    for (const [rateKind, numKind, denKinds] of rates) {
      for (const r of stated.filter((f) => f.kind === rateKind)) {
        const num = operands(numKind, r)[0];
        const dens = denKinds.flatMap((k) => operands(k, r)).filter((d) => !d.q.value.isZero());
        if (!num || !dens.length) continue;
        if (dens.some((d) => ratioConsistent(num.q, d.q, r.q))) continue;
        // the figure to show: 到位 first, then the latest budget (调整后 / 全年 before 年初)
        const rank = (d: Stated<FundFigure>) =>
          d.kind === 'arrived' ? 0 : d.variant === 'adjusted' ? 1 : d.variant === 'plain' ? 2 : 3;
        const den = [...dens].sort((a, b) => rank(a) - rank(b))[0];
        const pct = num.q.value.mul(num.q.scale).div(den.q.value.mul(den.q.scale)).mul(100);
        const expected = `${pct.toFixed(Math.max(r.q.decimals, 1), Decimal.ROUND_HALF_UP)}%`;
        ctx.report({
          messageId: 'rate',
          data: {
            rate: term(KIND_ZH[rateKind]),
            num: term(KIND_ZH[numKind]),
            den: term(KIND_ZH[den.kind]),
            numValue: fmt(num),
            denValue: fmt(den),
            actual: fmt(r),
            expected,
          },
          expected,
          actual: fmt(r),
          locations: [r.at, num.at, den.at],
        });
      }
    }

    if (!facts.budgetRaised) {
      for (const a of stated.filter((f) => f.kind === 'arrived')) {
        const budgets = operands('budget', a);
        if (!budgets.length) continue;
        const [lo] = intervalOf(a.q);
        const over = budgets.every((bd) => lo.gt(intervalOf(bd.q)[1]));
        if (!over) continue;
        ctx.report({
          messageId: 'overBudget',
          data: { actual: fmt(a), expected: fmt(budgets[0]) },
          expected: fmt(budgets[0]),
          actual: fmt(a),
          locations: [a.at, budgets[0].at],
        });
      }
    }
  },
};

export default rule;
