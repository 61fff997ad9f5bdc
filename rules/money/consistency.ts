// The same amount (预算, 到位, 使用, 结余, 到位率, 执行率, and each source's share) agrees
// wherever the document states it, in text and tables, compared in base units (元 vs 万元).
// A disagreement is reported once, at the statement that differs from the others.
import { findOutliers, MAX_DISTINCT } from '../../src/facts/consensus.js';
import { AgreementIndex, RatioIndex } from '../../src/facts/funding/interval-index.js';
import { consistent, formatDecimal, sumConsistent, writtenKey } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';
import { isStated, type Stated } from '../../src/facts/lang/numbers.js';
import { phrase, type GlossaryKey } from '../../src/i18n/glossary.js';
import type { FundFigure, FundKind } from '../../src/facts/funding/figures.js';

const KIND_ZH: Record<FundKind, GlossaryKey> = {
  budget: '预算',
  arrived: '到位资金',
  spent: '使用资金',
  balance: '结余资金',
  arrivalRate: '资金到位率',
  executionRate: '预算执行率',
};
const VARIANT_ZH = { initial: '年初', adjusted: '调整后', plain: null } as const;
const SOURCE_ZH: Record<string, GlossaryKey> = {
  central: '中央',
  province: '省级',
  cityCounty: '市县',
  city: '市级',
  county: '县级',
  local: '本级',
  other: '其他',
  self: '自筹',
  upper: '上级',
  current: '当年财政拨款',
  carried: '上年结转',
  lottery: '彩票公益金',
};

const rule: Rule = {
  meta: {
    id: 'money/consistency',
    description: {
      'zh-CN': '同一资金数额（预算、到位、使用、结余、到位率、执行率）在正文和表格中各处一致',
      en: 'The same amount (budget, received, spent, balance, arrival and execution rates) agrees in text and tables',
    },
    defaultSeverity: 'error',
    messages: {
      differs: {
        'zh-CN': '{what}此处为{actual}，文中其他处为{expected}',
        en: '{what} is {actual} here but {expected} elsewhere in the document',
      },
    },
  },
  check(ctx) {
    const facts = ctx.facts.funding;
    const stated = facts.figures.filter(isStated).filter((f) => f.unitKnown && f.source !== 'item');
    const agree = (a: Stated<FundFigure>, b: Stated<FundFigure>) => consistent(a.q, b.q);
    // one programme's (or one part's) figures are compared with that programme's only
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
    // a figure in a breakdown that adds up is confirmed by the others: between two equal
    // groups, the one it belongs to is the one the document stands by
    const confirmed = new Set<FundFigure>();
    for (const b of facts.breakdowns) {
      if (b.total.q === null || !b.parts.length || b.parts.some((p) => p.q === null)) continue;
      if (
        sumConsistent(
          b.parts.map((p) => p.q!),
          b.total.q,
        )
      )
        for (const f of [b.total, ...b.parts]) confirmed.add(f);
    }
    // a rate that its operands give (执行率 96.7% = 5112.86 ÷ 5286.40) is confirmed by them;
    // asked once per value written, through an index (pair by pair it was cubic in the figures)
    const wholes = (k: FundKind, sc: string | null) =>
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
        // beyond MAX_DISTINCT values findOutliers names no outlier in the group, confirmed or not
        if (!rates.length || byValue.size > MAX_DISTINCT) continue;
        const index = operands[kind](sc);
        for (const same of byValue.values()) if (index.confirms(same[0].q)) for (const r of same) confirmed.add(r);
      }
    }
    const groups = new Map<string, Stated<FundFigure>[]>();
    for (const f of stated) {
      // a plain 预算 that matches a 年初 or 调整后 figure is that figure restated
      if (f.kind === 'budget' && f.variant === 'plain' && restatable.get(f.scope)!.meetsAny(f.q)) continue;
      const key = `${f.kind}|${f.kind === 'budget' ? f.variant : ''}|${f.source ?? ''}|${f.scope ?? ''}`;
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    for (const items of groups.values()) {
      for (const { outlier, against } of findOutliers(
        items,
        agree,
        (f) => f.order,
        (f) => writtenKey(f.q),
        (f) => confirmed.has(f),
      )) {
        const ref = against[0];
        // '中央调整后预算': whose, which budget, what
        const what = phrase(
          outlier.source && SOURCE_ZH[outlier.source],
          outlier.kind === 'budget' && VARIANT_ZH[outlier.variant ?? 'plain'],
          KIND_ZH[outlier.kind],
        );
        const actual = formatDecimal(outlier.q.value, outlier.q.unit ?? undefined, outlier.q.decimals);
        const expected = formatDecimal(ref.q.value, ref.q.unit ?? undefined, ref.q.decimals);
        ctx.report({
          messageId: 'differs',
          data: { what, actual, expected },
          expected,
          actual,
          locations: [outlier.at, ...against.slice(0, 3).map((f) => f.at)],
        });
      }
    }
  },
};

export default rule;
