// build-bundle-ascii.mjs: the CommonJS bundles' non-ASCII characters as escapes that mean the same
// where they stand (a regular expression with and without the u flag, a string, a comment, a
// String.raw piece of a RegExp source).
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script of the build
import { asciiSource } from '../../scripts/build-bundle-ascii.mjs';

const ascii = (s: string): string => asciiSource(s);
/** What a piece of source evaluates to, as JSON (a RegExp match array's elements, a boolean…). */
const value = (s: string): string => JSON.stringify(runInNewContext(s));

describe('asciiSource', () => {
  const same = [
    // regular expression literals, as the bundles hold them
    '/[一二三四五六七八九十]{1,3}、/u.exec("第十二、项")[0]',
    '/^（(\\d{1,2})）\\s?/.exec("（3） 产出")[1]',
    '"报告编号：晋衡".replace(/[：:]/g, "|")',
    // a needless escape of a Han character (no u flag): the character itself
    '/^\\中$/.test("中")',
    // an escaped backslash before one: a backslash, then the character
    '/^\\\\中$/.test("\\\\中")',
    // beyond the BMP: one code point under u, two code units without it
    '/^😀$/u.test("😀")',
    '/^[😀]$/u.test("😀")',
    '/^[😀]$/.test("😀")',
    '"a😀b".length',
    // a String.raw piece of a RegExp source (src/facts/lang/count-words.ts)
    'new RegExp(String.raw`(\\d{1,3}|[一二两三]{1,3})(?:个|项)`).exec("共三个")[0]',
    // strings and comments
    '"中文" + \'，\' // 注释\n',
    '/* 说明：“引号” */ "…".charCodeAt(0)',
  ];
  for (const s of same)
    it(`means the same, in ASCII: ${s.split('\n')[0]}`, () => {
      const out = ascii(s);
      expect(out).toMatch(/^[\x00-\x7f]*$/);
      expect(value(out)).toBe(value(s));
    });

  it('writes a character as its \\uXXXX escape and leaves ASCII alone', () => {
    expect(ascii('/[“”]/u; x = 1;')).toBe('/[\\u201C\\u201D]/u; x = 1;');
    expect(ascii('/^\\中$/')).toBe('/^\\u4E2D$/');
    expect(ascii('/^\\\\中$/')).toBe('/^\\\\\\u4E2D$/');
    expect(ascii('"😀"')).toBe('"\\uD83D\\uDE00"');
  });

  it('leaves U+2028 in a line comment, where it ends the comment (as an escape it would not)', () => {
    const s = '// a\u2028 1 + 1';
    expect(ascii(s)).toBe(s);
    expect(value(ascii(s))).toBe('2');
  });
});
