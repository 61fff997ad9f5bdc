import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/decode-text.js';

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    expect(decodeText(Buffer.from('项目得分 95 分', 'utf8'))).toEqual({
      text: '项目得分 95 分',
      encoding: 'utf-8',
      bom: false,
      replaced: 0,
    });
  });

  it('drops a UTF-8 BOM', () => {
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('一、项目概况', 'utf8')]);
    expect(decodeText(buf)).toEqual({ text: '一、项目概况', encoding: 'utf-8', bom: true, replaced: 0 });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM (Windows Notepad "Unicode")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('绩效评价', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: '绩效评价', encoding: 'utf-16le', bom: true, replaced: 0 });
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    expect(decodeText(be)).toEqual({ text: '绩效评价', encoding: 'utf-16be', bom: true, replaced: 0 });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    // GBK: 中 = D6 D0, 文 = CE C4, 你 = C4 E3, 好 = BA C3 (from the GB2312 code table)
    const buf = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x20, 0x31, 0x32, 0xc4, 0xe3, 0xba, 0xc3]);
    expect(decodeText(buf)).toEqual({ text: '中文 12你好', encoding: 'gb18030', bom: false, replaced: 0 });
  });

  it('recognises ASCII-heavy UTF-16LE without a BOM', () => {
    expect(decodeText(Buffer.from('Score: 95 points\n', 'utf16le')).text).toBe('Score: 95 points\n');
  });

  it('does not mistake UTF-8 Chinese for UTF-16', () => {
    expect(decodeText(Buffer.from('一二三四五六七八九十', 'utf8')).encoding).toBe('utf-8');
  });

  describe('UTF-8 with a few bad bytes stays UTF-8, with the bad bytes counted', () => {
    const report =
      '某县2024年农业项目绩效评价报告\n\n一、项目概况\n\n项目预算资金100万元，实际到位100万元，资金到位率100%。\n';

    it('one stray byte in the middle', () => {
      const utf8 = Buffer.from(report, 'utf8');
      const at = Buffer.byteLength(report.slice(0, 9)); // between two characters
      const bad = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xff]), utf8.subarray(at)]);
      const d = decodeText(bad);
      expect(d.encoding).toBe('utf-8');
      expect(d.replaced).toBe(1);
      expect(d.text.replace('\uFFFD', '')).toBe(report);
    });

    it('the last character cut off', () => {
      const utf8 = Buffer.from(report.trimEnd(), 'utf8');
      const d = decodeText(utf8.subarray(0, utf8.length - 1)); // half of 。
      expect(d.encoding).toBe('utf-8');
      expect(d.replaced).toBe(1);
      expect(d.text.startsWith('某县2024年农业项目绩效评价报告')).toBe(true);
    });

    it('a U+FFFD written in the file is not a replaced byte', () => {
      const d = decodeText(Buffer.concat([Buffer.from(`${report}\uFFFD`, 'utf8'), Buffer.from([0xc0])]));
      expect(d.replaced).toBe(1);
    });

    it('GBK text is still read as GB18030, and GBK with a bad byte too', () => {
      const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x20, 0x31, 0x32, 0xc4, 0xe3, 0xba, 0xc3]);
      expect(decodeText(gbk).encoding).toBe('gb18030');
      const broken = Buffer.concat([gbk, gbk, Buffer.from([0xff]), gbk]);
      const d = decodeText(broken);
      expect(d.encoding).toBe('gb18030');
      expect(d.text.startsWith('中文 12你好中文 12你好')).toBe(true);
    });

    it('many bad bytes are not "nearly valid": one in ten non-ASCII characters', () => {
      const chunk = Buffer.concat([Buffer.from('项目预算资金一百万元整', 'utf8'), Buffer.from([0xff])]);
      const d = decodeText(Buffer.concat(Array.from({ length: 10 }, () => chunk)));
      // GB18030 does not read it cleanly either: the reading that loses fewer characters, UTF-8
      expect(d.encoding).toBe('utf-8');
      expect(d.replaced).toBe(10);
    });
  });
});
