// Cover fields ("项目单位：工信局", "评价时间：2024年1月1日至…") as key/value pairs.
// Several fields may share one line ("项目单位：工信局主管部门：工信局").
import type { CoverField, Paragraph } from '../model/document.js';

/** Suffixes that end a cover key; a prefix from KEY_PREFIX may stand before them. */
const KEY_HEAD = '(?:项目|主管|实施|评价|委托|填报|组织|建设|预算|资金|报告|联系|报送|编制)';
const KEY_TAIL =
  '(?:单位|部门|时间|时段|类型|方式|机构|名称|负责人|联系人|电话|日期|期间|周期|金额|文号|级别|地点|年度)';
const KEYED = new RegExp(`(${KEY_HEAD}?${KEY_TAIL}(?:（盖章）)?)：`, 'g');
const LEADING_KEY = /^([\u4e00-\u9fff（）]{2,12})：/;
/**
 * "项目单位　信丰县工信局": a known key set off by spaces instead of a colon. Normalized text drops
 * spaces between Chinese characters, so the raw text says whether they were there.
 */
const SPACED_KEY = new RegExp(`^(${KEY_HEAD}?${KEY_TAIL})\\s+(?=\\S)`);

export function parseCoverFields(p: Paragraph): CoverField[] {
  const text = p.text;
  const marks: Array<{ key: string; keyStart: number; valueStart: number }> = [];
  const lead = LEADING_KEY.exec(text);
  const spaced = lead || text.includes('：') ? null : SPACED_KEY.exec(p.raw.normalize('NFKC').trim());
  if (lead) marks.push({ key: lead[1], keyStart: 0, valueStart: lead[0].length });
  else if (spaced && text.startsWith(spaced[1]))
    marks.push({ key: spaced[1], keyStart: 0, valueStart: spaced[1].length });
  for (const m of text.matchAll(KEYED)) {
    const keyStart = m.index!;
    if (marks.some((k) => keyStart < k.valueStart)) continue;
    marks.push({ key: m[1], keyStart, valueStart: keyStart + m[0].length });
  }
  marks.sort((a, b) => a.keyStart - b.keyStart);
  return marks.map((k, i) => {
    const endRaw = i + 1 < marks.length ? marks[i + 1].keyStart : text.length;
    let valueStart = k.valueStart;
    let valueEnd = endRaw;
    while (valueStart < valueEnd && /\s/.test(text[valueStart])) valueStart++;
    while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1])) valueEnd--;
    return {
      key: k.key.replace(/（盖章）$/, ''),
      value: text.slice(valueStart, valueEnd),
      block: p.index,
      valueStart,
      valueEnd,
    };
  });
}
