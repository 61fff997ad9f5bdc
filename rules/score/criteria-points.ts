// The points of a scoring standard ("①…（1分）②…（0.5分）") add up to the 分值 of
// its row in the scoring table.
import { Decimal } from 'decimal.js';
import { displayName } from '../../src/facts/indicators/indicators.js';
import { sumConsistent } from '../../src/facts/tolerance.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { showD, showQ, type ScoreSystem } from '../../src/facts/score-systems.js';

const rule: Rule = {
  meta: {
    id: 'score/criteria-points',
    description: {
      'zh-CN': '评分标准各要点分数之和等于该指标分值',
      en: "The points of a scoring standard add up to its indicator's maximum points",
    },
    defaultSeverity: 'warning',
    messages: {
      points: {
        'zh-CN': '指标“{name}”评分标准各要点合计{actual}，与分值{expected}不符',
        en: 'The scoring standard of "{name}" adds up to {actual}, not its maximum of {expected}',
      },
    },
  },
  // a document with several 自评表 has several indicator trees: each is checked on its own
  check(ctx) {
    for (const system of ctx.facts.indicators) checkSystem(ctx, system);
  },
};

function checkSystem(ctx: RuleContext, { facts }: ScoreSystem): void {
  for (const table of facts.attachments)
    for (const row of table.rows) {
      if (!row.max || !row.criteria.length) continue;
      const points = row.criteria.flatMap((c) => c.points);
      if (points.length < 2 || sumConsistent(points, row.max.q)) continue;
      const sum = points.reduce((s, q) => s.plus(q.value), new Decimal(0));
      const actual = showD(sum, Math.max(...points.map((q) => q.decimals)));
      ctx.report({
        messageId: 'points',
        data: { name: displayName(facts.nodes[row.node]), actual, expected: showQ(row.max.q) },
        expected: showQ(row.max.q),
        actual,
        locations: [row.criteria[0].span, row.max.span],
      });
    }
}

export default rule;
