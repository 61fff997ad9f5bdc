// score/funds-rate: the national 自评表's funds row scores 执行率 × 分值.
import { describe, expect, it } from 'vitest';
import fundsRate from '../../../rules/score/funds-rate.js';
import { docFromText, runRule } from '../../helpers.js';

/** A 自评表 whose 年度资金总额 row states the given 执行率 and 得分 (分值 10). */
const formWith = (rate: string, score: string) =>
  docFromText(
    [
      '某市2024年度健身设施建设补助项目绩效自评报告',
      [
        '项目名称\t某市2024年度健身设施建设补助项目',
        '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
        `\t年度资金总额\t600.00\t680.00\t652.80\t10\t${rate}\t${score}`,
        '绩效指标\t一级指标\t二级指标\t三级指标\t分值\t得分',
        '\t产出指标\t数量指标\t健身路径数量\t90\t90',
        `总分\t\t\t\t100\t`,
        '',
      ].join('\n'),
    ].join('\n\n'),
  );

describe('score/funds-rate', () => {
  it('fires at a funds score that 执行率 × 分值 does not give', () => {
    const fs = runRule(fundsRate, formWith('96.00%', '9.06'));
    expect(fs.map((f) => [f.locations[0].text, f.expected, f.locations[1].text])).toEqual([['9.06', '9.60分', '96.00%']]);
  });

  it('is quiet where it does, within the written precision, and at full marks from 100%', () => {
    expect(runRule(fundsRate, formWith('96.00%', '9.60'))).toEqual([]);
    expect(runRule(fundsRate, formWith('96.72%', '9.67'))).toEqual([]);
    expect(runRule(fundsRate, formWith('96.7%', '9.67'))).toEqual([]);
    expect(runRule(fundsRate, formWith('102.50%', '10.00'))).toEqual([]);
  });

  it('leaves a whole-number score alone (a local tier scheme: 执行率≥95%得满分)', () => {
    expect(runRule(fundsRate, formWith('96.00%', '10'))).toEqual([]);
  });
});
