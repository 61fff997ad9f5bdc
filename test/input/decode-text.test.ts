import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/decode-text.js';

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    expect(decodeText(Buffer.from('项目得分 95 分', 'utf8'))).toEqual({ text: '项目得分 95 分', encoding: 'utf-8', bom: false });
  });

  it('drops a UTF-8 BOM', () => {
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('一、项目概况', 'utf8')]);
    expect(decodeText(buf)).toEqual({ text: '一、项目概况', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM (Windows Notepad "Unicode")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('绩效评价', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: '绩效评价', encoding: 'utf-16le', bom: true });
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    expect(decodeText(be)).toEqual({ text: '绩效评价', encoding: 'utf-16be', bom: true });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    // GBK: 中 = D6 D0, 文 = CE C4, 你 = C4 E3, 好 = BA C3 (from the GB2312 code table)
    const buf = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x20, 0x31, 0x32, 0xc4, 0xe3, 0xba, 0xc3]);
    expect(decodeText(buf)).toEqual({ text: '中文 12你好', encoding: 'gb18030', bom: false });
  });

  it('recognises ASCII-heavy UTF-16LE without a BOM', () => {
    expect(decodeText(Buffer.from('Score: 95 points\n', 'utf16le')).text).toBe('Score: 95 points\n');
  });

  it('does not mistake UTF-8 Chinese for UTF-16', () => {
    expect(decodeText(Buffer.from('一二三四五六七八九十', 'utf8')).encoding).toBe('utf-8');
  });
});
