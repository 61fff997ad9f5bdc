import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/facts/lang/numbers.js';
import { consistent, formatDecimal, intervalOf, ratioConsistent, sumConsistent } from '../../src/facts/tolerance.js';

const q = (s: string) => parseQuantity(s)!;

describe('tolerance by written precision', () => {
  it('intervals are half a unit of the last written digit, in the base unit', () => {
    expect(intervalOf(q('329')).map((d) => d.toFixed())).toEqual(['328.5', '329.5']);
    expect(intervalOf(q('95.00%')).map((d) => d.toFixed())).toEqual(['0.94995', '0.95005']);
    expect(
      intervalOf({ value: new Decimal('1.5'), decimals: 1, scale: new Decimal(10000) }).map((d) => d.toFixed()),
    ).toEqual(['14500', '15500']);
  });
  it('329.2亿元 and 329亿元 agree; 329.6亿元 and 329亿元 do not', () => {
    expect(consistent(q('329.2亿元'), q('329亿元'))).toBe(true);
    expect(consistent(q('329.6亿元'), q('329亿元'))).toBe(false);
    expect(consistent(q('100%'), q('95.00%'))).toBe(false);
    expect(consistent(q('1.2万元'), q('12000元'))).toBe(true);
  });
  it('sums', () => {
    expect(sumConsistent([q('8'), q('10')], q('20'))).toBe(false);
    expect(sumConsistent([q('8'), q('10')], q('18'))).toBe(true);
    expect(sumConsistent([q('3.33'), q('3.33'), q('3.33')], q('10'))).toBe(true);
    expect(sumConsistent([q('3.31'), q('3.31'), q('3.31')], q('10'))).toBe(true);
    expect(sumConsistent([q('3.31'), q('3.31'), q('3.31')], q('10.00'))).toBe(false);
  });
  it('ratios as % or fraction', () => {
    expect(ratioConsistent(q('22.56'), q('68.77'), q('32.8%'))).toBe(true);
    expect(ratioConsistent(q('22.56'), q('68.77'), q('0.328'))).toBe(true);
    expect(ratioConsistent(q('22.56'), q('68.77'), q('35.1%'))).toBe(false);
    expect(ratioConsistent(q('23.25'), q('35'), q('66.43%'))).toBe(true);
    expect(ratioConsistent(q('5'), q('0'), q('10%'))).toBe(true);
  });
  it('formats plainly with the unit', () => {
    expect(formatDecimal(new Decimal('329.2'), '亿元')).toBe('329.2亿元');
    expect(formatDecimal(new Decimal('1e8'))).toBe('100000000');
    expect(formatDecimal(new Decimal(1).div(3), '分')).toBe('0.3333分');
  });
});
