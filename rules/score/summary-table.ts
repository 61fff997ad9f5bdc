// The summary table's own arithmetic, row by row: 权重 % = 分值 / total points,
// 得分率 = 得分 / 分值, each within the precision the table writes. A 得分 the rest of the
// document outvotes, beside a rate that fits the agreed score, is score/cross-source's.
import { Decimal } from 'decimal.js';
import { displayName, type ScoreFact } from '../../src/facts/indicators/indicators.js';
import { ratioConsistent } from '../../src/facts/tolerance.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { isStated, type Stated } from '../../src/facts/lang/numbers.js';
import { showQ, type ScoreSystem } from '../../src/facts/score-systems.js';

/** A recomputed percentage at the precision the report wrote it ("96.00%"); one decimal more for a whole one ("95.5%"). */
const pct = (num: Decimal, den: Decimal, decimals: number) => {
  const v = num.div(den).mul(100);
  return `${decimals > 0 ? v.toFixed(decimals, Decimal.ROUND_HALF_UP) : v.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed()}%`;
};

const rule: Rule = {
  meta: {
    id: 'score/summary-table',
    description: {
      'zh-CN': '汇总表中权重＝分值÷总分，得分率＝得分÷分值',
      en: 'In the summary table, weight = points / total and score rate = score / points',
    },
    defaultSeverity: 'error',
    messages: {
      weight: {
        'zh-CN': '汇总表中“{name}”权重为{actual}，但分值{max}占总分{total}的{expected}',
        en: 'Summary table: "{name}" has weight {actual}, but {max} of {total} is {expected}',
      },
      rate: {
        'zh-CN': '汇总表中“{name}”得分率为{actual}，但得分{score}÷分值{max}＝{expected}',
        en: 'Summary table: "{name}" has score rate {actual}, but {score} / {max} = {expected}',
      },
    },
  },
  // a document with several 自评表 has several indicator trees: each is checked on its own
  check(ctx) {
    for (const system of ctx.facts.indicators) checkSystem(ctx, system);
  },
};

function checkSystem(ctx: RuleContext, { facts, consensus }: ScoreSystem): void {
  const stated = facts.facts.filter(isStated);
  const origins = [...new Set(stated.filter((f) => f.source === 'summary').map((f) => f.origin))];
  for (const origin of origins) {
    const rows = stated.filter((f) => f.origin === origin);
    const byNode = new Map<number, Stated<ScoreFact>[]>();
    for (const f of rows) byNode.set(f.node, [...(byNode.get(f.node) ?? []), f]);
    const totalMax =
      rows.find((f) => f.node === 0 && f.kind === '分值') ?? consensus.verdict(0, '分值')?.reference[0] ?? null;
    for (const [node, fs] of byNode) {
      const get = (k: string) => fs.find((f) => f.kind === k);
      // a table of 权重 | 得分 | 得分率 states no 分值: the one the rest of the document agrees on
      const max = get('分值') ?? (node !== 0 ? consensus.verdict(node, '分值')?.reference[0] : undefined);
      const score = get('得分');
      const weight = get('权重');
      const rate = get('得分率');
      const name = displayName(facts.nodes[node]);
      if (weight && max && totalMax && !ratioConsistent(max.q, totalMax.q, weight.q)) {
        const expected = pct(max.q.value, totalMax.q.value, weight.q.decimals);
        ctx.report({
          messageId: 'weight',
          data: { name, actual: showQ(weight.q), max: showQ(max.q), total: showQ(totalMax.q), expected },
          expected,
          actual: showQ(weight.q),
          locations: [weight.span, max.span, totalMax.span],
        });
      }
      if (rate && score && max && !ratioConsistent(score.q, max.q, rate.q)) {
        // the score is the figure the rest of the document outvotes and the rate fits the score it agrees on
        // ("37.40" beside 92.60% = 37.04 ÷ 40): score/cross-source reports the score, the rate is right
        const agreed = consensus.isOutlier(score) ? consensus.verdict(node, '得分')?.reference[0] : undefined;
        if (agreed && ratioConsistent(agreed.q, max.q, rate.q)) continue;
        const expected = pct(score.q.value, max.q.value, rate.q.decimals);
        ctx.report({
          messageId: 'rate',
          data: { name, actual: showQ(rate.q, '%'), score: showQ(score.q), max: showQ(max.q), expected },
          expected,
          actual: showQ(rate.q, '%'),
          locations: [rate.span, score.span, max.span],
        });
      }
    }
  }
}

export default rule;
