// The same unit field (主管部门, 项目单位…) names different units on the cover,
// in the text and in the attachment. Abbreviations name the same unit
// (工信局 = 工业和信息化局, 信丰县工信局 = 信丰县工业和信息化局; settings.unitAliases add more).
// Which one the document stands by is the identity facts' vote (ctx.facts.unitStanding).
import { canonicalUnit, sameUnit } from '../../src/facts/identity/units.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';

const rule: Rule = {
  meta: {
    id: 'identity/unit-mismatch',
    description: {
      'zh-CN': '封面、正文与附件中的单位不一致',
      en: 'The cover, the text and the attachment name different units',
    },
    defaultSeverity: 'error',
    needsSegmenter: true,
    messages: {
      differs: {
        'zh-CN': '{role}此处为“{actual}”，其他处为“{expected}”',
        en: '{role} is "{actual}" here but "{expected}" elsewhere',
      },
      selfEvaluator: {
        'zh-CN': '本报告为自评，评价单位应为被评价单位“{expected}”，此处为“{actual}”',
        en: 'This is a self-evaluation, so the evaluating unit should be the evaluated "{expected}", but it is "{actual}" here',
      },
    },
  },
  check(ctx) {
    const id = ctx.facts.identity;
    const aliases = ctx.settings.unitAliases ?? {};
    const standing = ctx.facts.unitStanding;
    for (const { groups } of standing.votes) {
      const [major, ...minor] = groups;
      for (const g of minor)
        for (const f of g)
          ctx.report({
            messageId: 'differs',
            data: { role: f.role, actual: f.value, expected: major[0].value },
            expected: major[0].value,
            actual: f.value,
            locations: [f.at, ...major.map((m) => m.at)],
          });
    }
    // a self-evaluation (绩效自评, 部门自评) is signed by the unit it evaluates: another unit there is a leftover
    const evaluated = standing.of('项目单位');
    const evaluators = id.unitFields.filter((f) => f.role === '评价单位' && f.scope === null);
    if (!evaluated || !id.selfEvaluation) return;
    for (const f of evaluators) {
      // signed by its supervising department, or by a unit the report speaks of elsewhere: not a leftover
      const supervisor = standing.of('主管部门');
      if (
        sameUnit(f.value, evaluated[0].value, aliases) ||
        (supervisor && sameUnit(f.value, supervisor[0].value, aliases))
      )
        continue;
      if (namedElsewhere(ctx, f.value, evaluated[0].value)) continue;
      ctx.report({
        messageId: 'selfEvaluator',
        data: { actual: f.value, expected: evaluated[0].value },
        expected: evaluated[0].value,
        actual: f.value,
        locations: [f.at, ...evaluated.map((m) => m.at)],
      });
    }
  },
};

/**
 * Whether the report names the unit again (a unit it speaks of, not a leftover). Mentions count a unit under any
 * region (工信局 = 信丰县工业和信息化局); another place's unit of the own kind ("海口市美兰区教育局" in 琼山区教育局's
 * report) counts only as written with its place, since the own unit's mentions are no mentions of it.
 */
function namedElsewhere(ctx: RuleContext, unit: string, own: string): boolean {
  const aliases = ctx.settings.unitAliases ?? {};
  const theirs = canonicalUnit(unit, aliases);
  const mine = canonicalUnit(own, aliases);
  if (theirs.body === mine.body && theirs.region && mine.region && theirs.region !== mine.region)
    return ctx.facts.occurrences.count(unit) > 1;
  return ctx.facts.unitStanding.mentions(unit) > 1;
}

export default rule;
