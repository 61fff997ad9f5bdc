// One indicator's 分值 and 得分 are the same wherever they are stated: the summary
// table, its heading, the contents, the narrative and the attachment. The figures
// that the others (and the children's sum) outvote are reported, each once, with
// the agreeing places after it. The total (总分) is score/total's.
import { displayName } from '../../src/facts/indicators/indicators.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { term } from '../../src/i18n/glossary.js';
import { places, showQ, where, type ScoreSystem } from '../../src/facts/score-systems.js';

const rule: Rule = {
  meta: {
    id: 'score/cross-source',
    description: {
      'zh-CN': '同一指标的分值、得分在汇总表、标题、目录、正文和附表中各处一致',
      en: "An indicator's maximum points and score agree everywhere they are stated",
    },
    defaultSeverity: 'error',
    messages: {
      differs: {
        'zh-CN': '指标“{name}”的{kind}在{where}为{actual}，其他处（{others}）为{expected}',
        en: 'The {kind} of "{name}" is {actual} in the {where} but {expected} elsewhere ({others})',
      },
    },
  },
  // a document with several 自评表 has several indicator trees: each is checked on its own
  check(ctx) {
    for (const system of ctx.facts.indicators) checkSystem(ctx, system);
  },
};

function checkSystem(ctx: RuleContext, { facts, consensus }: ScoreSystem): void {
  for (const node of facts.nodes) {
    if (node.level === 0) continue;
    for (const kind of ['分值', '得分'] as const) {
      const v = consensus.verdict(node.id, kind);
      if (!v) continue;
      const ref = v.reference;
      for (const group of v.outliers)
        for (const f of group) {
          ctx.report({
            messageId: 'differs',
            data: {
              name: displayName(node),
              kind: term(kind),
              where: where(f),
              actual: showQ(f.q),
              expected: showQ(ref[0].q),
              others: places(ref),
            },
            expected: showQ(ref[0].q),
            actual: showQ(f.q),
            locations: [f.span, ...ref.map((r) => r.span)],
          });
        }
    }
  }
}

export default rule;
