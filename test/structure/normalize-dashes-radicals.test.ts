// Dashes and radicals the writers of .md and .pdf leave in the text: pandoc's "---" / "--",
// pdf.js's U+2015 and the CJK Radicals Supplement (corpus R: "鹿寨县2023---2024年", "2023―2024",
// "就业⻅习补贴"). The normalized text reads them as the dash or ideograph; rawIndex still
// points each normalized char at the raw text it came from.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/structure/normalize.js';

/** The raw text behind normalized chars [from, to). */
function rawOf(raw: string, n: ReturnType<typeof normalize>, from: number, to: number): string {
  return raw.slice(n.rawIndex[from], n.rawIndex[to]);
}

describe('normalize: hyphen runs and U+2015 as dashes', () => {
  it('reads pandoc\'s "---" between digits or ideographs as —, and its raw span stays the three hyphens', () => {
    const raw = '鹿寨县2023---2024年就业补助资金';
    const n = normalize(raw);
    expect(n.text).toBe('鹿寨县2023—2024年就业补助资金');
    const at = n.text.indexOf('—');
    expect(rawOf(raw, n, at, at + 1)).toBe('---');
    expect(rawOf(raw, n, at + 1, at + 5)).toBe('2024');
    expect(n.rawIndex[n.text.length]).toBe(raw.length);
  });

  it('reads "--" as – and "------" (pandoc\'s ——) as ——', () => {
    expect(normalize('按工种800--1,800元').text).toBe('按工种800–1,800元');
    const raw = '资金------主要用于';
    const n = normalize(raw);
    expect(n.text).toBe('资金——主要用于');
    expect(rawOf(raw, n, 2, 3)).toBe('---');
    expect(rawOf(raw, n, 3, 4)).toBe('---');
  });

  it('reads a date range written with "---" after an ideograph', () => {
    expect(normalize('2025年2月17日---2月28日').text).toBe('2025年2月17日—2月28日');
  });

  it('reads U+2015 (pdf.js on a Chromium PDF) as —', () => {
    expect(normalize('鹿寨县2023―2024年').text).toBe('鹿寨县2023—2024年');
    expect(normalize('评价期间：2023年1月1日――2024年12月31日').text).toBe('评价期间：2023年1月1日——2024年12月31日');
  });

  it('reads docx2txt\'s " -- " between two digits as —, its raw span the hyphens', () => {
    const raw = '五华县城镇污水管网建设及提质增效工程（2023 -- 2024年）';
    const n = normalize(raw);
    expect(n.text).toBe('五华县城镇污水管网建设及提质增效工程（2023—2024年）');
    const at = n.text.indexOf('—');
    expect(rawOf(raw, n, at - 4, at + 5)).toBe('2023 -- 2024');
    expect(rawOf(raw, n, at + 1, at + 5)).toBe('2024');
    // a cell's lone dash and a threshold's "5% -- 10%" are no range of two numbers
    expect(normalize('合计 -- 100').text).not.toContain('—');
    expect(normalize('5% -- 10%').text).toBe('5% -- 10%');
    expect(normalize('2023 --- 2024').text).toBe('2023 --- 2024');
  });

  it('leaves rule lines, table separators and hyphens between letters or spaces alone', () => {
    for (const s of [
      '---',
      '------',
      '|---|---|',
      '| --- | --- |',
      '-------- -----------',
      'a---b',
      '2023 --- 2024',
      '年-- 2',
      '1----2',
      '2023-2024',
    ]) {
      expect(normalize(s).text).toBe(s.replace(/ {2,}/g, ' '));
    }
  });
});

describe('normalize: CJK Radicals Supplement', () => {
  it("maps the radicals Chromium's PDF text carries to the ideographs, one char for one", () => {
    const raw = '就业⻅习补贴、⻩冕镇、⻰江、⺠政、⻙某某、⻓期';
    const n = normalize(raw);
    expect(n.text).toBe('就业见习补贴、黄冕镇、龙江、民政、韦某某、长期');
    expect(n.text.length).toBe(raw.length);
    expect(n.rawIndex.slice(0, -1)).toEqual([...raw].map((_, i) => i));
  });

  it('leaves the unified ideographs and other CJK text as they were', () => {
    expect(normalize('见黄龙民韦长').text).toBe('见黄龙民韦长');
  });
});

describe('a character outside the BMP', () => {
  it('keeps one offset per UTF-16 unit, so what follows it is quoted from its own place', () => {
    // an Ext-B ideograph in a person's or a village's name (𠀀, 𫟅) is two UTF-16 units in raw and in the text
    const raw = '𠀀村 2024 年投入12万元';
    const n = normalize(raw);
    expect(n.text).toBe('𠀀村2024年投入12万元');
    expect(n.rawIndex.length).toBe(n.text.length + 1);
    const at = n.text.indexOf('12万元');
    expect(raw.slice(n.rawIndex[at], n.rawIndex[at + '12万元'.length])).toBe('12万元');
  });
});
