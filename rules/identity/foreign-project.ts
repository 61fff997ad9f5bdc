// A different project's name where the evaluated project's own name belongs
// (title, cover, contents, attachment title, "X项目评价得分…"): a template leftover.
import { type Identity } from '../../src/facts/identity/identity.js';
import { relateNames, withoutPlace } from '../../src/facts/lang/project-names.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { sentenceAt } from '../../src/facts/lang/boundaries.js';
import { projectCoreOf } from '../../src/facts/identity/project-name.js';
import { ownText } from '../../src/facts/identity/part-scopes.js';
import { isPlaces, placeParts } from '../../src/facts/lang/places.js';

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
      programme: {
        'zh-CN': '此处写的是“{name}”，而本节所述数额属于“{project}”（疑为其他项目模板遗留）',
        en: 'This names "{name}", but the amounts stated here are those of "{project}" (likely left over from another project\'s template)',
      },
      unit: {
        'zh-CN': '此处承诺改进的是“{name}”，而本报告是“{own}”的报告（疑为其他地方模板遗留）',
        en: 'The commitment here is made by "{name}", but the report is that of "{own}" (likely left over from another place\'s template)',
      },
      otherPlace: {
        'zh-CN': '此处写的是{place}的“{name}”，而本报告评价的是{own}的项目（疑为其他地方模板遗留）',
        en: 'This names "{name}" of {place}, but the report evaluates the project of {own} (likely left over from another place\'s template)',
      },
    },
  },
  check(ctx) {
    const id = ctx.facts.identity;
    programmeSections(ctx, id);
    ownUnitSlots(ctx);
    const own = id.projectCore;
    // a department-wide evaluation (部门整体支出, 单位整体支出) has no project of its own to confuse with another
    if (!own || !id.projectName || id.departmentWide) return;
    const seg = ctx.segmenter();
    // where the project is (天柱县高酿镇), and the text naming the report's own subject: its title, cover and name
    const ownPlace = id.ownPlace;
    const ownParts = ownPlace ? placeParts(ownPlace) : [];
    const naming = ownText(ctx.doc, id);
    const written = ctx.facts.occurrences;
    for (const m of id.mentions.projects) {
      // "综上，渡马镇2023年村级公益事业一事一议财政奖补项目", "对鄂尔多斯市2024年X专项资金", "锦州市X专项资金": the
      // own project or fund under a place that is neither the report's nor inside it (written with one of the own
      // place's parts: "鞍山市海城市"), named nowhere else in it (a 旗县 or 区县 the report lists is written again
      // and again)
      const lead = m.leadingPlace;
      if (
        lead &&
        ownPlace &&
        !m.slip &&
        !placeParts(lead.text).some((p) => ownParts.includes(p)) &&
        withoutPlace(m.core, lead.text) === withoutPlace(own, ownPlace) &&
        !naming.includes(lead.text) &&
        written.count(lead.text) === 1
      ) {
        ctx.report({
          messageId: 'otherPlace',
          data: { name: m.name, place: lead.text, own: ownPlace },
          expected: ownPlace,
          actual: lead.text,
          locations: [
            {
              block: m.place.block,
              ...(m.place.cell ? { cell: m.place.cell } : {}),
              start: lead.start,
              end: m.end,
            },
          ],
        });
        continue;
      }
      // short cores ("绩效项目", "重点项目") are descriptions, not names
      if (!m.slot || m.core.length < 4 || id.knownCores.has(m.core)) continue;
      // a sub-programme or partner the report names again and again (文化生态保护区 in its tables and text) is
      // one of its own subjects; a leftover of another template is named once or twice
      if (written.count(m.core) > 3) continue;
      if (relateNames(m.core, own, seg, id.projectPlace) !== 'foreign') continue;
      ctx.report({
        messageId: 'foreign',
        data: { name: m.name, project: id.projectName },
        expected: id.projectName,
        actual: m.name,
        locations: [
          { block: m.place.block, ...(m.place.cell ? { cell: m.place.cell } : {}), start: m.start, end: m.end },
        ],
      });
    }
  },
};

/**
 * A department's report: "鸡西市民政局将在编制…" in its improvements, where 牡丹江市民政局 states what it will
 * do, names another city's bureau of its kind in the own unit's place (src/facts/identity/unit-slots.ts).
 */
function ownUnitSlots(ctx: RuleContext): void {
  for (const s of ctx.facts.foreignUnitSlots)
    ctx.report({
      messageId: 'unit',
      data: { name: s.written, own: s.own },
      expected: s.own,
      actual: s.written,
      locations: [{ block: s.block, start: s.start, end: s.end }],
    });
}

/**
 * A department's report with its programmes' forms: in a programme's section, a sentence that opens with
 * another project's name while stating that programme's own amounts (as its 项目支出绩效自评表 gives them)
 * names the wrong project: the figures tell which one is meant.
 */
function programmeSections(ctx: RuleContext, id: Identity): void {
  const scopeOf = ctx.facts.scopes;
  const seg = ctx.segmenter();
  for (const m of id.mentions.projects) {
    if (m.place.cell || m.core.length < 4) continue;
    const block = ctx.doc.blocks[m.place.block];
    if (block.kind !== 'paragraph') continue;
    const programme = scopeOf(m.place.block, m.start);
    if (!programme) continue;
    const own = projectCoreOf(programme);
    if (relateNames(m.core, own, seg) !== 'foreign') continue;
    const from = Math.min(m.start, m.yearPrefix?.start ?? m.start, m.unitPrefix?.start ?? m.start);
    const [ss, se] = sentenceAt(block.text, from);
    // a sentence that opens with the name, at most after a place (泰安市) before its year or unit
    const opening = block.text.slice(ss, from);
    if (opening && !isPlaces(opening)) continue;
    // the rest of the sentence states the programme's own amounts, as its form gives them
    if (!ctx.facts.programmeAmounts.restated(programme, m.place.block, m.end, se)) continue;
    ctx.report({
      messageId: 'programme',
      data: { name: m.name, project: programme },
      expected: programme,
      actual: m.name,
      locations: [{ block: m.place.block, start: from, end: m.end }],
    });
  }
}

export default rule;
