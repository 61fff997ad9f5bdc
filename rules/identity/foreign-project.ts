// A different project's name where the evaluated project's own name belongs
// (title, cover, contents, attachment title, "X项目评价得分…"): a template leftover.
import { cleanProjectName, sharedIdentity } from '../../src/facts/identity.js';
import { nameCore, relateNames } from '../../src/facts/identity-names.js';
import type { Rule } from '../../src/rule.js';

const rule: Rule = {
  meta: {
    id: 'identity/foreign-project',
    description: {
      'zh-CN': '报告中出现其他项目的名称（模板遗留）',
      en: "Another project's name appears where the evaluated project belongs (template leftover)",
    },
    defaultSeverity: 'error',
    needsSegmenter: true,
    messages: {
      foreign: {
        'zh-CN': '此处写的是“{name}”，而本报告评价的项目是“{project}”（疑为其他项目模板遗留）',
        en: 'This names "{name}", but the report evaluates "{project}" (likely left over from another project\'s template)',
      },
    },
  },
  check(ctx) {
    const id = sharedIdentity(ctx);
    const own = id.projectCore;
    // a department-wide evaluation (部门整体支出) has no project of its own to confuse with another
    if (!own || !id.projectName || /^(?:部门整体|整体|部门)(?:支出)?$/.test(own)) return;
    const seg = ctx.segmenter();
    const known = new Set((ctx.settings.knownNames ?? []).map((n) => nameCore(cleanProjectName(n)?.name ?? n)));
    for (const m of id.mentions.projects) {
      // short cores ("绩效项目", "重点项目") are descriptions, not names
      if (!m.slot || m.core.length < 4 || known.has(m.core)) continue;
      if (relateNames(m.core, own, seg) !== 'foreign') continue;
      ctx.report({
        messageId: 'foreign',
        data: { name: m.name, project: id.projectName },
        expected: id.projectName,
        actual: m.name,
        locations: [{ block: m.place.block, ...(m.place.cell ? { cell: m.place.cell } : {}), start: m.start, end: m.end }],
      });
    }
  },
};

export default rule;
