// A different project's name where the evaluated project's own name belongs
// (title, cover, contents, attachment title, "X项目评价得分…"): a template leftover.
import { type Identity } from '../../src/facts/identity/identity.js';
import { nameCore, relateNames } from '../../src/facts/lang/project-names.js';
import { findQuantities } from '../../src/facts/lang/numbers.js';
import { consistent } from '../../src/facts/tolerance.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { sentencesOf } from '../../src/facts/lang/boundaries.js';
import { isMoney } from '../../src/facts/funding/vocabulary.js';
import { cleanProjectName } from '../../src/facts/identity/project-name.js';

// 沧州市, 贵州省: a 州 another place word follows ends no place of its own
const SUFFIX = '(?:省|自治区|市|自治州|州|县|区|旗|镇|乡|街道)(?![省市县区旗])';
/** The places a title opens with: 天柱县高酿镇 → 天柱县, 高酿镇. */
const PLACES = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,6}?${SUFFIX})+`);
const PLACE_PART = new RegExp(`[\\u4e00-\\u9fff]{1,6}?${SUFFIX}`, 'g');

/** The place right before a name, after punctuation or another place ("综上，渡马镇" → 渡马镇); null when none. */
function placeBefore(text: string): string | null {
  const m = new RegExp(`(?:^|[^\\u4e00-\\u9fff]|${SUFFIX})([\\u4e00-\\u9fff]{2,4}?${SUFFIX})$`).exec(text);
  return m ? m[1] : null;
}

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
      otherPlace: {
        'zh-CN': '此处写的是{place}的“{name}”，而本报告评价的是{own}的项目（疑为其他地方模板遗留）',
        en: 'This names "{name}" of {place}, but the report evaluates the project of {own} (likely left over from another place\'s template)',
      },
    },
  },
  check(ctx) {
    const id = ctx.facts.identity;
    programmeSections(ctx, id);
    const own = id.projectCore;
    // a department-wide evaluation (部门整体支出) has no project of its own to confuse with another
    if (!own || !id.projectName || /^(?:部门整体|整体|部门)(?:支出)?$/.test(own)) return;
    const seg = ctx.segmenter();
    // the report's own places: those its title and cover name (天柱县高酿镇)
    const ownText = [ctx.doc.title ?? '', ...ctx.doc.cover.map((f) => f.value)].join('|');
    const ownPlace =
      (ctx.doc.title ?? '')
        .split(/(?:19|20)\d{2}/)[0]
        .match(PLACES)
        ?.join('') ?? null;
    const ownParts = ownPlace?.match(PLACE_PART) ?? [];
    const allText = id.mentions.projects.length ? ctx.facts.places.map((p) => p.text).join('|') : '';
    for (const m of id.mentions.projects) {
      // "渡马镇2023年村级公益事业一事一议财政奖补项目": the own project of a place the report is not about,
      // named nowhere else in it
      const before = m.place.text.slice(0, m.yearPrefix?.start ?? m.unitPrefix?.start ?? m.start);
      const place = placeBefore(before);
      if (
        place &&
        ownPlace &&
        !ownParts.some((p) => before.endsWith(p)) &&
        nameCore(m.name) === own &&
        !ownText.includes(place) &&
        allText.split(place).length === 2
      ) {
        ctx.report({
          messageId: 'otherPlace',
          data: { name: m.name, place, own: ownPlace },
          expected: ownPlace,
          actual: place,
          locations: [
            {
              block: m.place.block,
              ...(m.place.cell ? { cell: m.place.cell } : {}),
              start: before.length - place.length,
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
      if (allText.split(m.core).length > 4) continue;
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

/** A sentence that opens with a place (泰安市) at most before the name's year or unit. */
const OPENS = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,6}?${SUFFIX})*$`);

/**
 * A department's report with its programmes' forms: in a programme's section, a sentence that opens with
 * another project's name while stating that programme's own amounts (as its 项目支出绩效自评表 gives them)
 * names the wrong project: the figures tell which one is meant.
 */
function programmeSections(ctx: RuleContext, id: Identity): void {
  const scopeOf = ctx.facts.scopes;
  const funding = ctx.facts.funding;
  const seg = ctx.segmenter();
  for (const m of id.mentions.projects) {
    if (m.place.cell || m.core.length < 4) continue;
    const block = ctx.doc.blocks[m.place.block];
    if (block.kind !== 'paragraph') continue;
    const programme = scopeOf(m.place.block, m.start);
    if (!programme) continue;
    const own = nameCore(cleanProjectName(programme)?.name ?? programme);
    if (relateNames(m.core, own, seg) !== 'foreign') continue;
    const from = Math.min(m.start, m.yearPrefix?.start ?? m.start, m.unitPrefix?.start ?? m.start);
    const [ss, se] = sentencesOf(block.text).find(([a, b]) => from >= a && from < b) ?? [0, 0];
    if (!OPENS.test(block.text.slice(ss, from))) continue;
    // the programme's amounts as its form states them
    const formAmounts = funding.figures.flatMap((f) =>
      f.origin === 'table' && f.scope === programme && f.q && f.unitKnown && isMoney(f.q) && !f.q.value.isZero()
        ? [f.q]
        : [],
    );
    const stated = findQuantities(block.text.slice(m.end, se)).filter(isMoney);
    if (!stated.some((q) => formAmounts.some((f) => consistent(f, q)))) continue;
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
