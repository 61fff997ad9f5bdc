// A closing sentence names the wrong indicator: under "3、产出时效" the text says
// "根据评分标准，产出质量指标共扣0分" (copied from the previous section).
// X must be the indicator of the section the sentence stands in, or one of its
// ancestors or one of its own sub-indicators ("产出质量指标分值8分" under 产出指标);
// only an X that is another section's (or the indicator table's) name is reported.
import { spanIn } from '../../src/facts/identity/places.js';
import { labelName } from '../../src/facts/identity/labels.js';
import { indicatorName, namesMatch } from '../../src/facts/lang/indicator-names.js';
import {
  ENUMERATION_AFTER,
  ENUMERATION_BEFORE,
  NAME_BEFORE_FIGURE,
  NO_INDICATOR_NAME,
} from '../../src/facts/lang/score-words.js';
import type { IndicatorFacts } from '../../src/facts/indicators/indicators.js';
import type { Document, Section } from '../../src/model/document.js';
import type { Rule } from '../../src/model/rule.js';

function chain(doc: Document, id: number | null): Section[] {
  const out: Section[] = [];
  for (let s = id; s !== null; s = doc.sections[s].parent) out.push(doc.sections[s]);
  return out;
}

/**
 * `name` is an indicator under the indicator of the section the sentence stands in (only
 * that one: a sibling of the section is under its parent too, and is what this rule catches).
 */
function isSubIndicator(facts: IndicatorFacts, section: Section, name: string): boolean {
  const n = indicatorName(name);
  for (const node of facts.nodes) {
    if (!namesMatch(node.name, n)) continue;
    for (let p = node.parent; p !== null; p = facts.nodes[p].parent) {
      const sec = facts.nodes[p].section;
      if (sec === section.id) return true;
    }
  }
  return false;
}

const rule: Rule = {
  meta: {
    id: 'text/label-mismatch',
    description: {
      'zh-CN': '小结句中的指标名称与所在章节不符（复制粘贴遗留）',
      en: 'A summary sentence names another indicator than its section (copy-paste leftover)',
    },
    defaultSeverity: 'error',
    messages: {
      label: {
        'zh-CN': '本节是“{expected}”，但此句写的是“{actual}指标”',
        en: 'This section is "{expected}", but the sentence says "{actual}指标"',
      },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const { facts } = ctx.facts.indicators[0];
    // the names the report gives its sections and table rows: what a label may name
    const { labels } = ctx.facts.identity;
    for (const p of ctx.facts.places) {
      if (p.cell || (p.role !== 'body' && p.role !== 'heading')) continue;
      const block = doc.blocks[p.block];
      if (block.kind !== 'paragraph' || block.sectionId === null) continue;
      const sections = chain(doc, block.sectionId);
      // only the text of an indicator's own section closes that indicator
      if (!facts.nodes.some((n) => n.id !== 0 && n.section === sections[0].id)) continue;
      for (const m of p.text.matchAll(NAME_BEFORE_FIGURE)) {
        const label = m[1];
        if (NO_INDICATOR_NAME.test(label)) continue;
        const named = labels.endingOf(label);
        // "设数量、质量2个二级指标9个三级指标": a level word counted, no indicator's name
        if (!named || NO_INDICATOR_NAME.test(named)) continue;
        const here = sections.map((s) => labelName(s.title));
        // "产出指标完成情况" is 产出's section
        if (here.some((t) => t === named || t.includes(named) || named.endsWith(t))) continue;
        // "其中产出指标50分、效益指标30分": an enumeration of the indicators, no closing sentence
        if (
          ENUMERATION_AFTER.test(p.text.slice(m.index! + m[0].length)) ||
          ENUMERATION_BEFORE.test(p.text.slice(0, m.index!))
        )
          continue;
        if (isSubIndicator(facts, sections[0], named)) continue;
        // the section at the level of the one the label names, else the innermost
        const other = labels.sectionTitled(named);
        const own = (other && sections.find((s) => s.level === other.level)) ?? sections[0];
        const start = m.index! + label.length - named.length;
        ctx.report({
          messageId: 'label',
          data: { expected: labelName(own.title), actual: named },
          expected: `${labelName(own.title)}指标`,
          actual: `${named}指标`,
          locations: [spanIn(p, start, start + named.length + 2), { block: own.block, start: own.start, end: own.end }],
        });
      }
    }
  },
};

export default rule;
