// The same amount (预算, 到位, 使用, 结余, 到位率, 执行率, and each source's share) agrees
// wherever the document states it, in text and tables, compared in base units (元 vs 万元).
// A disagreement is reported once, at the statement that differs from the others.
import { formatDecimal } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';
import { phrase, type GlossaryKey } from '../../src/i18n/glossary.js';
import type { FundKind } from '../../src/facts/funding/figures.js';

const KIND_ZH: Record<FundKind, GlossaryKey> = {
  budget: '预算',
  arrived: '到位资金',
  spent: '使用资金',
  balance: '结余资金',
  arrivalRate: '资金到位率',
  executionRate: '预算执行率',
};
const VARIANT_ZH = { initial: '年初', adjusted: '调整后', plain: null, allotted: '下达' } as const;
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
    for (const { stoodBy: against, outliers } of ctx.facts.fundStatements) {
      for (const outlier of outliers) {
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
