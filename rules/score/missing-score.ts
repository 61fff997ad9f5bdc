// A scoring-table row with an indicator and its 分值 but no 得分, while the table
// (or the report) states a total; and a first-level name whose 分值 cell is empty.
import { displayName } from '../../src/facts/indicators/indicators.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { term } from '../../src/i18n/glossary.js';
import { showQ, type ScoreSystem } from '../../src/facts/score-systems.js';

const rule: Rule = {
  meta: {
    id: 'score/missing-score',
    description: {
      'zh-CN': '评分表中有分值的指标行缺少得分（而总分已写明）',
      en: 'A scoring row with maximum points has no score while a total is stated',
    },
    defaultSeverity: 'warning',
    messages: {
      noScore: {
        'zh-CN': '评分表中指标“{name}”没有得分{elsewhere}',
        en: 'The scoring table gives no score for "{name}"{elsewhere}',
      },
      noMax: {
        'zh-CN': '评分表中指标“{name}”没有分值',
        en: 'The scoring table gives no maximum points for "{name}"',
      },
    },
  },
  // a document with several 自评表 has several indicator trees: each is checked on its own
  check(ctx) {
    for (const system of ctx.facts.indicators) checkSystem(ctx, system);
  },
};

function checkSystem(ctx: RuleContext, { facts, consensus }: ScoreSystem): void {
  const totalStated = consensus.figures(0, '得分').length + consensus.figures(0, '分值').length > 0;
  for (const table of facts.attachments) {
    if (!totalStated && !table.total.length) continue;
    const scored = table.rows.filter((r) => r.score).length;
    for (const row of table.rows) {
      if (row.score || !row.scoreCell || scored === 0) continue;
      // a 分值 the table states for the row's indicator on another of its rows
      const hasMax =
        row.max || facts.facts.some((f) => f.origin === table.origin && f.kind === '分值' && f.node === row.node);
      if (!hasMax && !row.criteria.length) continue;
      const other = consensus.verdict(row.node, '得分')?.reference[0];
      ctx.report({
        messageId: 'noScore',
        data: {
          name: displayName(facts.nodes[row.node]),
          elsewhere: other ? term('（正文为{score}）', { score: showQ(other.q) }) : '',
        },
        expected: other ? showQ(other.q) : '得分',
        actual: '（空）',
        locations: [row.scoreCell, ...(other ? [other.span] : [])],
      });
    }
    for (const gap of table.gaps) {
      const other = consensus.verdict(gap.node, '分值')?.reference[0];
      ctx.report({
        messageId: 'noMax',
        data: { name: displayName(facts.nodes[gap.node]) },
        expected: other ? showQ(other.q) : '分值',
        actual: '（空）',
        locations: [gap.span, ...(other ? [other.span] : [])],
      });
    }
  }
}

export default rule;
