// The national 项目支出绩效自评表 scores its funds row by the execution rate: 得分 = 执行率 × 分值
// (full marks at 100% and above), as 财预〔2020〕10号's template defines it. A score written with
// decimals was computed so; a whole number may follow a local tier scheme ("执行率≥95%得满分"),
// so it is left alone.
import { Decimal } from 'decimal.js';
import { meets } from '../../src/facts/indicators/consensus.js';
import { intervalOf } from '../../src/facts/tolerance.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { showQ, type ScoreSystem } from '../../src/facts/score-systems.js';

const rule: Rule = {
  meta: {
    id: 'score/funds-rate',
    description: {
      'zh-CN': '自评表资金执行率得分等于执行率×分值（执行率100%以上得满分）',
      en: "The self-evaluation form's funds score equals execution rate × points (full marks at 100% or more)",
    },
    defaultSeverity: 'error',
    messages: {
      score: {
        'zh-CN': '资金执行率得分为{actual}，但执行率{rate}×分值{max}应为{expected}',
        en: 'The funds score is {actual}, but execution rate {rate} × points {max} gives {expected}',
      },
    },
  },
  check(ctx) {
    for (const system of ctx.facts.indicators) checkSystem(ctx, system);
  },
};

function checkSystem(ctx: RuleContext, { facts }: ScoreSystem): void {
  for (const t of facts.attachments) {
    const f = t.funds;
    if (!f?.score || !f.rate || !f.score.q.text.includes('.')) continue;
    const [rlo, rhi] = intervalOf(f.rate);
    const [mlo, mhi] = intervalOf(f.max.q);
    const one = new Decimal(1);
    const expected = [Decimal.min(rlo, one).mul(mlo), Decimal.min(rhi, one).mul(mhi)];
    if (meets(intervalOf(f.score.q), expected)) continue;
    const shown = `${Decimal.min(f.rate.value.mul(f.rate.scale), one).mul(f.max.q.value).toFixed(f.score.q.decimals, Decimal.ROUND_HALF_UP)}分`;
    ctx.report({
      messageId: 'score',
      data: {
        actual: showQ(f.score.q),
        rate: `${f.rate.value.toFixed(f.rate.decimals)}%`,
        max: showQ(f.max.q),
        expected: shown,
      },
      expected: shown,
      actual: showQ(f.score.q),
      locations: [f.score.span, f.rateSpan, f.max.span],
    });
  }
}

export default rule;
