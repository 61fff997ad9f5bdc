// An indicator whose actual misses its target (≥95% but 90%) yet gets full marks
// (得分 = 分值, 扣0分) wherever the document scores it.
import { extractTargets, groupIndicators, TARGETS_KEY, type IndicatorStatement, type Stated } from '../../src/facts/targets.js';
import { baseOf, unitFamily } from '../../src/facts/targets.js';
import { formatDecimal, intervalOf } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/rule.js';

/** The actual misses the target: even the top of its written interval is below a ≥ threshold (the threshold itself is exact). */
function misses(target: Stated, actual: Stated): boolean {
  const t = target.q;
  if (!t.comparator || unitFamily(t) !== unitFamily(actual.q)) return false;
  const threshold = baseOf(t);
  const [lo, hi] = intervalOf(actual.q);
  switch (t.comparator) {
    case '≥':
      return hi.lt(threshold);
    case '>':
      return hi.lte(threshold);
    case '≤':
      return lo.gt(threshold);
    case '<':
      return lo.gte(threshold);
  }
}

const show = (s: Stated) => `${s.q.comparator ?? ''}${formatDecimal(s.q.value, s.q.unit ?? undefined)}`;

const rule: Rule = {
  meta: {
    id: 'target/missed-full-marks',
    description: {
      'zh-CN': '实际值未达到目标值的指标却得满分',
      en: 'An indicator whose actual value misses its target is given full marks',
    },
    defaultSeverity: 'warning',
    messages: {
      missed: {
        'zh-CN': '指标“{name}”实际值{actual}未达到目标{target}，却得满分（{score}）',
        en: 'Indicator "{name}": the actual {actual} misses the target {target}, yet it gets full marks ({score})',
      },
    },
  },
  check(ctx) {
    const { statements } = ctx.shared(TARGETS_KEY, extractTargets);
    for (const group of groupIndicators(statements)) {
      const targets = group.filter((s) => s.target?.q.comparator).map((s) => s.target!);
      const actuals = group.filter((s) => s.actual);
      const full = group.find((s): s is IndicatorStatement & { fullMarks: NonNullable<IndicatorStatement['fullMarks']> } => s.fullMarks?.full === true);
      if (!full || group.some((s) => s.fullMarks && !s.fullMarks.full)) continue;
      for (const a of actuals) {
        // the target stated with this actual first, else any target of the indicator
        const t = (a.target?.q.comparator ? a.target : targets.find((x) => misses(x, a.actual!))) ?? null;
        if (!t || !misses(t, a.actual!)) continue;
        const score = full.fullMarks.max ? `${full.fullMarks.score}/${full.fullMarks.max}` : full.fullMarks.score;
        ctx.report({
          messageId: 'missed',
          data: { name: group[0].name, actual: show(a.actual!), target: show(t), score },
          expected: `得分低于满分（实际值${show(a.actual!)}未达目标${show(t)}）`,
          actual: score,
          locations: [full.fullMarks.at, a.actual!.at, t.at],
        });
        break;
      }
    }
  },
};

export default rule;
