// An indicator whose actual misses its target (≥95% but 90%) yet gets full marks
// (得分 = 分值, 扣0分) wherever the document scores it.
import type { ActualStatement } from '../../src/facts/targets/by-indicator.js';
import type { IndicatorStatement, Stated } from '../../src/facts/targets/targets.js';
import { unitFamily } from '../../src/facts/targets/targets.js';
import { targetComparator } from '../../src/facts/targets/direction.js';
import { baseValue } from '../../src/facts/lang/numbers.js';
import { formatDecimal, intervalOf } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';

/** The actual misses the target: even the top of its written interval is below a ≥ threshold (the threshold itself is exact). */
function misses(target: Stated, actual: Stated, name: string): boolean {
  const t = target.q;
  const comparator = targetComparator(target, name);
  if (!comparator || unitFamily(t) !== unitFamily(actual.q)) return false;
  const threshold = baseValue(t);
  const [lo, hi] = intervalOf(actual.q);
  switch (comparator) {
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

/**
 * Another target of the indicator that the actual meets, stated more often than `t` (each at its own place): the
 * document's target, against which `t` is the odd one. Null when none outvotes it.
 */
function outvotingTarget(targets: Stated[], t: Stated, actual: Stated, name: string): Stated | null {
  const same = (x: Stated, y: Stated) =>
    x.q.comparator === y.q.comparator && unitFamily(x.q) === unitFamily(y.q) && baseValue(x.q).eq(baseValue(y.q));
  const votes = (x: Stated) => targets.filter((y) => same(x, y)).length;
  const met = targets.filter((x) => !same(x, t) && unitFamily(x.q) === unitFamily(t.q) && !misses(x, actual, name));
  met.sort((x, y) => votes(y) - votes(x));
  return met.length && votes(met[0]) > votes(t) ? met[0] : null;
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
      targetDiffers: {
        'zh-CN': '指标“{name}”此处目标写作{target}，实际值{actual}未达到它却得满分（{score}）；其他处目标为{other}',
        en: 'Indicator "{name}": the target written here is {target}, which the actual {actual} misses, yet it gets full marks ({score}); elsewhere the target is {other}',
      },
    },
  },
  check(ctx) {
    for (const { statements: group } of ctx.facts.targetIndicators) {
      const name = group[0].name;
      const targets = group.flatMap((s) => (s.target && targetComparator(s.target, name) ? [s.target] : []));
      const actuals = group.filter((s): s is ActualStatement => s.actual !== null);
      type Full = IndicatorStatement & { fullMarks: NonNullable<IndicatorStatement['fullMarks']> };
      const fulls = group.filter((s): s is Full => s.fullMarks?.full === true);
      // the sentence that gives the marks ("本项按满分计5分") before the table's cell: it is where the reason is written
      const full = fulls.find((s) => s.origin === 'text') ?? fulls[0];
      if (!full || group.some((s) => s.fullMarks && !s.fullMarks.full)) continue;
      for (const a of [...actuals].sort(
        (x, y) => Number(x.origin !== full.origin) - Number(y.origin !== full.origin),
      )) {
        // the target stated with this actual first, else any target of the indicator
        const t =
          (a.target && targetComparator(a.target, name) ? a.target : targets.find((x) => misses(x, a.actual, name))) ??
          null;
        if (!t || !misses(t, a.actual, name)) continue;
        const score = full.fullMarks.max ? `${full.fullMarks.score}/${full.fullMarks.max}` : full.fullMarks.score;
        // "年度目标值为不低于75%" where 表5 and the overview say ≥65%, which the actual meets: the target written
        // beside the actual is the slip, not the full marks
        const other = outvotingTarget(targets, t, a.actual, name);
        if (other) {
          ctx.report({
            messageId: 'targetDiffers',
            data: { name, actual: show(a.actual), target: show(t), score, other: show(other) },
            expected: show(other),
            actual: show(t),
            locations: [t.at, a.actual.at, full.fullMarks.at, other.at],
          });
          break;
        }
        ctx.report({
          messageId: 'missed',
          data: { name, actual: show(a.actual), target: show(t), score },
          expected: `得分低于满分（实际值${show(a.actual)}未达目标${show(t)}）`,
          actual: score,
          locations: [full.fullMarks.at, a.actual.at, t.at],
        });
        break;
      }
    }
  },
};

export default rule;
