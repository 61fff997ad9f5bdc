// The same unit field (主管部门, 项目单位…) names different units on the cover,
// in the text and in the attachment. Abbreviations name the same unit
// (工信局 = 工业和信息化局, 信丰县工信局 = 信丰县工业和信息化局; settings.unitAliases add more).
import { sharedIdentity, unitKey, type UnitField } from '../../src/facts/identity.js';
import { sameUnit } from '../../src/facts/units.js';
import type { Rule } from '../../src/rule.js';

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
    },
  },
  check(ctx) {
    const id = sharedIdentity(ctx);
    const aliases = ctx.settings.unitAliases ?? {};
    // how often the document names each unit: the tie-breaker between two fields
    const mentions = new Map<string, number>();
    for (const u of id.mentions.units) mentions.set(unitKey(u.text, aliases), (mentions.get(unitKey(u.text, aliases)) ?? 0) + 1);
    const byRole = new Map<string, UnitField[]>();
    for (const f of id.unitFields) byRole.set(f.role, [...(byRole.get(f.role) ?? []), f]);
    for (const [role, fields] of byRole) {
      const groups: UnitField[][] = [];
      for (const f of fields) {
        const g = groups.find((gr) => sameUnit(gr[0].value, f.value, aliases));
        if (g) g.push(f);
        else groups.push([f]);
      }
      if (groups.length < 2) continue;
      const weight = (g: UnitField[]) => g.length * 1000 + (mentions.get(unitKey(g[0].value, aliases)) ?? 0) * 10 + (g.some((f) => f.source === 'cover') ? 1 : 0);
      groups.sort((a, b) => weight(b) - weight(a));
      const [major, ...minor] = groups;
      for (const g of minor)
        for (const f of g)
          ctx.report({
            messageId: 'differs',
            data: { role, actual: f.value, expected: major[0].value },
            expected: major[0].value,
            actual: f.value,
            locations: [f.at, ...major.map((m) => m.at)],
          });
    }
  },
};

export default rule;
