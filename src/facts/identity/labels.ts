// The names the report gives its parts: its sections' titles and its tables' short cells ("产出质量",
// "满意度", "数量指标"), each without the 情况 / 指标 a heading or a header adds. A closing sentence's
// "产出质量指标共扣0分" names one of them: text/label-mismatch asks which, and which section it titles.
import type { Document, Section } from '../../model/document.js';

/** A cell short enough to be a name, and nothing but Chinese: "产出质量", not "资金到位率达100%". */
const NAME_CELL = /^[\u4e00-\u9fff]{2,10}$/;

/** A title or label without the word a heading or header adds: "数量指标" → 数量, "产出指标完成情况" → 产出指标完成. */
export function labelName(text: string): string {
  return text.replace(/(?:情况|指标)$/, '');
}

export interface Labels {
  /** Every name (labelName of a section title or a short cell), two characters or more for a title. */
  names: ReadonlySet<string>;
  /** The longest ending of a phrase that is a name ("根据评分标准产出质量" → 产出质量), null when none. */
  endingOf(phrase: string): string | null;
  /** The first section whose title is the name. */
  sectionTitled(name: string): Section | undefined;
}

export function documentLabels(doc: Document): Labels {
  const names = new Set(doc.sections.map((s) => labelName(s.title)).filter((t) => t.length >= 2));
  for (const t of doc.tables) for (const c of t.cells) if (NAME_CELL.test(c.text)) names.add(labelName(c.text));
  return {
    names,
    endingOf(phrase) {
      // the phrase may start with words like "因此" or "根据评分标准": the longest ending that is a name
      for (let i = 0; i <= phrase.length - 2; i++) {
        const name = labelName(phrase.slice(i));
        if (names.has(name)) return name;
      }
      return null;
    },
    sectionTitled: (name) => doc.sections.find((s) => labelName(s.title) === name),
  };
}
