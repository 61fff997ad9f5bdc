// The same unit field (主管部门, 项目单位…) names different units on the cover,
// in the text and in the attachment. Abbreviations name the same unit
// (工信局 = 工业和信息化局, 信丰县工信局 = 信丰县工业和信息化局; settings.unitAliases add more).
import { unitKey } from '../../src/facts/identity/identity.js';
import { sameUnit } from '../../src/facts/identity/units.js';
import type { Rule } from '../../src/model/rule.js';
import type { UnitField } from '../../src/facts/identity/unit-fields.js';

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
    // how often the document names each unit: the tie-breaker between two fields
    const mentions = new Map<string, number>();
    for (const u of id.mentions.units)
      mentions.set(unitKey(u.text, aliases), (mentions.get(unitKey(u.text, aliases)) ?? 0) + 1);
    // one programme's units (its form's 实施单位 in a department's report) are compared with that programme's only
    const byRole = new Map<string, UnitField[]>();
    const roleKey = (f: UnitField) => (f.scope === null ? f.role : `${f.role}|${f.scope}`);
    for (const f of id.unitFields) byRole.set(roleKey(f), [...(byRole.get(roleKey(f)) ?? []), f]);
    const majors = new Map<string, UnitField[]>();
    for (const [role, fields] of byRole) {
      const groups: UnitField[][] = [];
      for (const f of fields) {
        const g = groups.find((gr) => sameUnit(gr[0].value, f.value, aliases));
        if (g) g.push(f);
        else groups.push([f]);
      }
      const weight = (g: UnitField[]) =>
        g.length * 1000 +
        (mentions.get(unitKey(g[0].value, aliases)) ?? 0) * 10 +
        (g.some((f) => f.source === 'cover') ? 1 : 0);
      groups.sort((a, b) => weight(b) - weight(a));
      const [major, ...minor] = groups;
      majors.set(role, major);
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
    const evaluated = majors.get('项目单位');
    const evaluators = byRole.get('评价单位') ?? [];
    if (!evaluated || !id.selfEvaluation) return;
    for (const f of evaluators) {
      // signed by its supervising department, or by a unit the report speaks of elsewhere: not a leftover
      const supervisor = majors.get('主管部门');
      if (
        sameUnit(f.value, evaluated[0].value, aliases) ||
        (supervisor && sameUnit(f.value, supervisor[0].value, aliases))
      )
        continue;
      if ((mentions.get(unitKey(f.value, aliases)) ?? 0) > 1) continue;
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

export default rule;
