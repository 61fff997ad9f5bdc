import { describe, expect, it } from 'vitest';
import { captionNumber, referredTables } from '../../../src/facts/lang/table-refs.js';

describe('table references', () => {
  it('reads the tables a sentence points to', () => {
    expect(referredTables('2022年度各县（市、区）资金下达和支出情况见表8（2022年度资金全部到位）')).toEqual(['表8']);
    expect(referredTables('具体情况详见表4、表5，人员情况如附表2所示')).toEqual(['表4', '表5', '附表2']);
    expect(referredTables('表8列示了各县情况')).toEqual([]);
  });
  it('reads the table a caption names, not a sentence or a numbered row', () => {
    expect(captionNumber('表8 2022年度各县（市、区）资金下达及支出情况')).toBe('表8');
    expect(captionNumber('附表2：人员构成情况')).toBe('附表2');
    expect(captionNumber('表8.1 分县情况')).toBeNull();
    expect(
      captionNumber(
        '表8显示，2022年度各县资金全部到位，执行率为实际支出÷下达资金，其中运河区、新华区和泊头市支出进度较快，均超过全市平均水平。',
      ),
    ).toBeNull();
  });
});
