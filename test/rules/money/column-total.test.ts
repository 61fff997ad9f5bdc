// money/column-total and count/column-total: a department's 三公经费, income and staffing tables total their rows.
import { describe, expect, it } from 'vitest';
import countTotal from '../../../rules/count/column-total.js';
import moneyTotal from '../../../rules/money/column-total.js';
import { docFromText, runRule } from '../../helpers.js';

const doc = (caption: string, rows: string[]) => docFromText(['某局2024年度部门整体支出绩效自评报告', '一、部门收支', caption, rows.join('\n') + '\n'].join('\n\n'));
/** The 三公经费 table as Word pastes it: the row continuing "其中：" is not indented. */
const sanGong = (total: string) =>
  doc('表4 “三公”经费支出情况表（单位：万元）', [
    '项目\t2024年预算数\t2024年决算数\t2023年决算数',
    '因公出国（境）费\t0.00\t0.00\t0.00',
    '公务用车购置及运行维护费\t28.00\t24.36\t26.10',
    '其中：公务用车购置费\t0.00\t0.00\t0.00',
    '公务用车运行维护费\t28.00\t24.36\t26.10',
    '公务接待费\t6.50\t4.82\t5.37',
    `合计\t34.50\t${total}\t31.47`,
  ]);

describe('money/column-total', () => {
  it('fires at a total that is not the sum of the rows, the 其中 parts not counted twice', () => {
    const fs = runRule(moneyTotal, sanGong('29.81'));
    expect(fs.map((f) => [f.locations[0].text, f.expected])).toEqual([['29.81', '29.18']]);
  });

  it('is quiet on the right total, and on a rate column (增减率（%）)', () => {
    expect(runRule(moneyTotal, sanGong('29.18'))).toEqual([]);
    const income = doc('表2 收入情况表（单位：万元）', [
      '项目\t2024年决算数\t2023年决算数\t增减率（%）',
      '财政拨款收入\t3,256.80\t3,018.40\t7.90',
      '事业收入\t412.50\t398.60\t3.49',
      '其他收入\t86.20\t92.70\t-7.01',
      '本年收入合计\t3,755.50\t3,509.70\t7.00',
    ]);
    expect(runRule(moneyTotal, income)).toEqual([]);
  });

  it("says nothing on a table whose groups close with a 小计 in the second column (a city's funds by year)", () => {
    const byYear = doc('表12 大同市专项资金分年度使用情况（单位：万元）', [
      '年度\t子项目\t分配数\t支出数',
      '2021年\t传承人补助\t300.00\t290.00',
      '\t非遗工坊\t200.00\t190.00',
      '\t小计\t500.00\t480.00',
      '2022年\t传承人补助\t320.00\t310.00',
      '\t非遗工坊\t220.00\t210.00',
      '\t小计\t540.00\t520.00',
      '合计\t\t1,040.00\t1,000.00',
    ]);
    expect(runRule(moneyTotal, byYear)).toEqual([]);
  });

  it('says nothing when the rows a 其中 part takes cannot be told (its parts add up to no parent)', () => {
    const unclear = doc('表4 支出表（单位：万元）', ['项目\t决算数', '基本支出\t100.00', '其中：人员经费\t70.00', '公用经费\t20.00', '项目支出\t50.00', '合计\t160.00']);
    expect(runRule(moneyTotal, unclear)).toEqual([]);
  });
});

describe('count/column-total', () => {
  const staff = (total: string) =>
    doc('表1 人员编制情况表（单位：人）', ['类别\t编制数\t实有人数', '行政编制\t18\t16', '参照公务员法管理事业编制\t12\t11', '其他事业编制\t30\t27', `合计\t60\t${total}`]);
  it('fires at a staffing total that is not the sum (counts are exact: 54 is not 55 within rounding)', () => {
    const fs = runRule(countTotal, staff('55'));
    expect(fs.map((f) => [f.locations[0].text, f.expected])).toEqual([['55', '54']]);
    expect(runRule(moneyTotal, staff('55'))).toEqual([]);
  });
  it('is quiet on the right total', () => {
    expect(runRule(countTotal, staff('54'))).toEqual([]);
  });
});
