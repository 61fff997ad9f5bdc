// Word's number formats (w:numFmt) as Word renders them: 一 (chineseCounting),
// ① (decimalEnclosedCircle), 甲 (ideographTraditional), a (lowerLetter)…
import Nzh from 'nzh';

const CN_DIGITS = '〇一二三四五六七八九';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** The formats formatNumber renders; any other falls back to decimal. */
export const SUPPORTED_NUM_FORMATS = [
  'decimal',
  'decimalZero',
  'decimalFullWidth',
  'decimalFullWidth2',
  'decimalHalfWidth',
  'chineseCounting',
  'chineseCountingThousand',
  'japaneseCounting',
  'taiwaneseCounting',
  'ideographDigital',
  'chineseLegalSimplified',
  'ideographLegalTraditional',
  'taiwaneseCountingThousand',
  'ideographTraditional',
  'ideographZodiac',
  'decimalEnclosedCircle',
  'decimalEnclosedCircleChinese',
  'ideographEnclosedCircle',
  'decimalEnclosedParen',
  'decimalEnclosedFullstop',
  'upperLetter',
  'lowerLetter',
  'upperRoman',
  'lowerRoman',
  'none',
  'bullet',
] as const;

/** Renders counter value n (>= 0) in Word number format fmt. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return n === 0 ? '〇' : Nzh.cn.encodeS(n); // 十, 十一, 二十, 一百零一
    case 'ideographDigital':
      return String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)]);
    case 'chineseLegalSimplified':
      return n === 0 ? '零' : Nzh.cn.encodeB(n, { tenMin: false }); // 壹, 壹拾
    case 'ideographLegalTraditional':
      return n === 0 ? '零' : Nzh.hk.encodeB(n, { tenMin: false });
    case 'ideographTraditional':
      return n >= 1 ? STEMS[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? BRANCHES[(n - 1) % 12] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return enclosedCircle(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1); // ①..⑳
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21); // ㉑..㉟
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36); // ㊱..㊿
  return String(n);
}

/** Word's letter numbering repeats the letter: 26 → z, 27 → aa, 53 → aaa. */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
