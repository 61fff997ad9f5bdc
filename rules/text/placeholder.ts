// Template placeholders never filled in: xx / XX / ×× / ＊＊ / ___ / 某某 / 【…填写…】.
// Letters inside words ("Xbox", "XXL") and URLs or e-mail addresses are not placeholders, nor is
// a person's name printed masked (脱敏: "韦某某", "5 吴某某" in a roster, "韦某某、覃某某" in a list,
// "1  集宁区  新华街道  段某某 5 …" in a table row laid out as text, "单位负责人：王××" in a person's field,
// "特困人员李某某。" after a person's category) nor a phone number's hidden digits ("0898-657×××××"): the masks
// family, src/facts/lang/masks.ts, and the person words, src/facts/lang/persons.ts.
import { spanIn, type TextPlace } from '../../src/facts/identity/places.js';
import { endsWithPersonWord } from '../../src/facts/lang/persons.js';
import type { Document, TextContent } from '../../src/model/document.js';
import type { Rule } from '../../src/model/rule.js';
import { MASKED_NAME, NAME_ALONE, maskedNameInField, maskedPhone } from '../../src/facts/lang/masks.js';

const PLACEHOLDER =
  /(?<![A-Za-z0-9])[xX]{2,}(?![A-Za-z])|[×✕╳]{2,}|[*＊]{2,}|_{3,}|某某|[○〇□]{2,}(?![一二三四五六七八九])|【[^】]{0,20}(?:填写|填报|请输入|待定|待补充|此处|输入)[^】]{0,20}】|（(?:请)?(?:填写|待补充|待定)[^）]{0,20}）/g;
// normalization writes the URL's colon full-width
const URL = /(?:https?[:：]\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+\.[\w.]+/g;

const ITEM = /[^、，,；;：:。\s（）()]+/g;
/** What ends a clause after a name: "江源区特困人员李某某。住院总费用…". */
const CLAUSE_END = /^(?:$|[。，；,;：:）)、\s])/;
/** What parts the fields of a table row laid out as text: a run of spaces (lynx, pdftotext) or a "|" (a grid's rule). */
const FIELD_EDGE = /[\s|｜]/;

/**
 * Is the mask at [at, end) (某某, ××) the masked tail of a name? Only where the position says so: the place is
 * the name alone, a person's field holds it ("负责人：王××"), the name is an item of a list ("、", "，") beside
 * another masked name, or it follows a person's category word and ends its clause ("特困人员李某某。").
 * "某某县", "某某项目", "负责人：某某" and "某某某" have no surname before 某某 and still fire.
 */
function maskedName(text: string, at: number, end: number, source: TextContent | undefined): boolean {
  const surname = text[at - 1];
  if (!surname || surname === '某' || !/[\u4e00-\u9fff]/.test(surname)) return false;
  if (NAME_ALONE.test(text.trim())) return true;
  if (maskedNameInField(text, at, end)) return true;
  if (source && fieldOfItsOwn(source, at - 1, end)) return true;
  // a person's category, then the name, then the clause ends: "低保对象王某某。", "户主张某某，" (written
  // together: "户主 县 某某" is two fields, a label then a place)
  if (
    endsWithPersonWord(text.slice(0, at - 1)) &&
    CLAUSE_END.test(text.slice(end)) &&
    (!source || source.rawIndex[at - 1] === source.rawIndex[at - 2] + 1)
  )
    return true;
  const items = [...text.matchAll(ITEM)].map((m) => ({ start: m.index!, text: m[0] }));
  const i = items.findIndex((it) => it.start === at - 1);
  if (i < 0 || items[i].text.slice(1, 1 + end - at) !== text.slice(at, end) || !MASKED_NAME.test(items[i].text))
    return false;
  const listed = (a: { start: number; text: string }, b: { start: number; text: string }) =>
    /^[、，,]$/.test(text.slice(a.start + a.text.length, b.start));
  const prev = items[i - 1];
  const next = items[i + 1];
  return (
    (prev !== undefined && listed(prev, items[i]) && MASKED_NAME.test(prev.text) && prev.text[0] !== '某') ||
    (next !== undefined && listed(items[i], next) && MASKED_NAME.test(next.text) && next.text[0] !== '某')
  );
}

/**
 * Does the name at [start, end) of the normalized text stand as a field of its own in the text as written:
 * a space or a "|" on each side (or the text's edge), one of them at least a space or a "|"? Normalizing drops
 * the spaces between Han characters and figures, so a row of a table laid out as text ("段某某 5 40") is
 * one run there. "县 某某项目" and "单位名称 某某单位" still fire: 某某 is no field's end there.
 */
function fieldOfItsOwn(source: TextContent, start: number, end: number): boolean {
  const from = source.rawIndex[start];
  const to = source.rawIndex[end - 1] + 1;
  if (source.raw.slice(from, to) !== source.text.slice(start, end)) return false;
  const before = source.raw[from - 1];
  const after = source.raw[to];
  const edge = (ch: string | undefined) => ch === undefined || FIELD_EDGE.test(ch);
  return edge(before) && edge(after) && (before !== undefined || after !== undefined);
}

/** The paragraph or cell a place reads, for its text as written. */
function sourceOf(doc: Document, p: TextPlace): TextContent | undefined {
  const b = doc.blocks[p.block];
  if (!b) return undefined;
  if (b.kind === 'paragraph') return b;
  return p.cell ? b.cells.find((c) => c.row === p.cell!.row && c.col === p.cell!.col) : undefined;
}

const rule: Rule = {
  meta: {
    id: 'text/placeholder',
    description: {
      'zh-CN': '模板占位符未填写（xx、××、___、某某等）',
      en: 'Template placeholders left in (xx, ××, ___, 某某…)',
    },
    defaultSeverity: 'error',
    messages: {
      placeholder: {
        'zh-CN': '占位符“{actual}”未替换为实际内容',
        en: 'The placeholder "{actual}" was never filled in',
      },
    },
  },
  check(ctx) {
    for (const p of ctx.facts.places) {
      const urls = [...p.text.matchAll(URL)].map((m) => [m.index!, m.index! + m[0].length]);
      // a line of only underscores or asterisks is a rule, and ** is bold in markdown
      if (/^[_*＊\s-]+$/.test(p.text)) continue;
      for (const m of p.text.matchAll(PLACEHOLDER)) {
        const s = m.index!;
        if (urls.some(([a, b]) => s >= a && s < b)) continue;
        if (ctx.doc.format === 'md' && /^\*+$/.test(m[0])) continue;
        const e = s + m[0].length;
        if ((m[0] === '某某' || /^[×✕╳]{2}$/.test(m[0])) && maskedName(p.text, s, e, sourceOf(ctx.doc, p))) continue;
        if (/^[×✕╳*＊]+$/.test(m[0]) && maskedPhone(p.text, s, e)) continue;
        ctx.report({
          messageId: 'placeholder',
          data: { actual: m[0] },
          actual: m[0],
          locations: [spanIn(p, s, s + m[0].length)],
        });
      }
    }
  },
};

export default rule;
