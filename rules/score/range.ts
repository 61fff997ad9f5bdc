// A score lies between 0 and the indicator's 分值, and "扣X分，得Y分" means
// Y = 分值 − X. Checked at the document's agreed figures, once per indicator.
import { displayName, type ScoreFact } from '../../src/facts/indicators/indicators.js';
import { isStated } from '../../src/facts/lang/numbers.js';
import { EXACT_DECIMALS } from '../../src/facts/lang/score-words.js';
import { intervalOf, sumConsistent } from '../../src/facts/tolerance.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { showD, showQ, type ScoreSystem } from '../../src/facts/score-systems.js';

const exact = <T extends { decimals: number }>(q: T): T => ({ ...q, decimals: EXACT_DECIMALS });

const rule: Rule = {
  meta: {
    id: 'score/range',
    description: {
      'zh-CN': '得分在0与分值之间；“扣X分，得Y分”须满足Y＝分值－X',
      en: 'A score lies between 0 and the maximum points; "X deducted, Y scored" means Y = maximum − X',
    },
    defaultSeverity: 'error',
    messages: {
      exceeds: {
        'zh-CN': '指标“{name}”得分{actual}超过其分值{max}',
        en: 'Indicator "{name}" scores {actual}, more than its maximum of {max}',
      },
      negative: { 'zh-CN': '指标“{name}”得分{actual}为负数', en: 'Indicator "{name}" has a negative score {actual}' },
      deduction: {
        'zh-CN': '指标“{name}”分值{max}、扣{deducted}，应得{expected}，文中写得{actual}',
        en: 'Indicator "{name}": {max} maximum less {deducted} deducted is {expected}, but the text says {actual}',
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
  for (const node of facts.nodes) {
    if (node.level === 0) continue;
    const score = consensus.verdict(node.id, '得分');
    const max = consensus.verdict(node.id, '分值');
    if (!score) continue;
    const s = score.reference[0];
    const name = displayName(node);
    if (intervalOf(s.q)[1].lt(0)) {
      ctx.report({
        messageId: 'negative',
        data: { name, actual: showQ(s.q) },
        expected: '≥0分',
        actual: showQ(s.q),
        locations: [s.span],
      });
      continue;
    }
    if (max && intervalOf(s.q)[0].gt(intervalOf(max.reference[0].q)[1])) {
      const m = max.reference[0];
      ctx.report({
        messageId: 'exceeds',
        data: { name, actual: showQ(s.q), max: showQ(m.q) },
        expected: `≤${showQ(m.q)}`,
        actual: showQ(s.q),
        locations: [s.span, m.span],
      });
      continue;
    }
    // 扣X分，得Y分: the deduction and the score stated together in one sentence
    const m = max?.reference[0];
    if (!m) continue;
    const maxIv = m.q;
    const deductions = stated.filter((f) => f.node === node.id && f.kind === '扣分');
    for (const d of deductions) {
      const y = stated.find(
        (f) =>
          f.node === node.id &&
          f.kind === '得分' &&
          f.span.block === d.span.block &&
          f.span.cell === undefined &&
          (f.span.start ?? 0) > (d.span.start ?? 0) &&
          (f.span.start ?? 0) - (d.span.end ?? 0) < 12,
      );
      // a deduction is given, not measured: "扣减0.3分，本指标得2.6分" under 3分 is exactly 2.7, not 2.6 ± 0.05
      if (!y || consensus.isOutlier(y) || sumConsistent([exact(d.q), exact(y.q)], maxIv)) continue;
      // "…扣0.2分；另有3条有效投诉，扣0.1分，得2.7分": a score after deductions in the sentences before it (since the
      // indicator's last score there) is the full marks less all of them; a "扣0.5分" of the same sentence is its
      // rule ("按“95%（含）至100%扣0.5分”的标准，…扣除0.5分后得7分"), not one more deduction
      const before = (f: ScoreFact) =>
        f.span.block === y.span.block && f.span.cell === undefined && (f.span.start ?? 0) < (y.span.start ?? 0);
      const lastScore = Math.max(
        -1,
        ...facts.facts
          .filter((f) => f.node === node.id && f.kind === '得分' && before(f))
          .map((f) => f.span.start ?? 0),
      );
      const earlier = deductions.filter(
        (o) =>
          o !== d &&
          before(o) &&
          (o.span.start ?? 0) > lastScore &&
          (o.span.start ?? 0) < (d.span.start ?? 0) &&
          o.sentence !== d.sentence, // another sentence's, as the facts place it
      );
      if (earlier.length && sumConsistent([...earlier, d].map((o) => exact(o.q)).concat(exact(y.q)), maxIv)) continue;
      const expected = showD(maxIv.value.minus(d.q.value), Math.max(maxIv.decimals, d.q.decimals));
      ctx.report({
        messageId: 'deduction',
        data: { name, max: showQ(maxIv), deducted: showQ(d.q), expected, actual: showQ(y.q) },
        expected,
        actual: showQ(y.q),
        locations: [y.span, d.span, m.span],
      });
    }
  }
}

export default rule;
