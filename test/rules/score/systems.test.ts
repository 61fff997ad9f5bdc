// A department-wide report with its 部门整体支出绩效自评表 and a programme's 项目支出绩效自评表, each
// out of 100: the score rules check each form's tree on its own.
import { describe, expect, it } from 'vitest';
import { scoreRules } from '../../../rules/score/index.js';
import total from '../../../rules/score/total.js';
import { docFromText, runRule } from '../../helpers.js';
import { dept, form, prog } from './forms.js';

const report = (programmeForm: string, prose = '该项目自评得分97.6分。') =>
  docFromText(
    [
      '某市体育局2024年度部门整体支出绩效自评报告',
      '一、部门整体支出绩效自评表',
      dept,
      '二、项目支出绩效自评表',
      programmeForm,
      '三、自评结论',
      '经自评，部门整体支出绩效自评得分98.6分。',
      '四、健身设施建设补助项目',
      prose,
    ].join('\n\n'),
  );

describe('two 自评表 in one report', () => {
  it('no score rule reports anything on the consistent report', () => {
    // before: both forms' first levels were one tree, adding up to 200 against a 总分 of 100
    expect(runRule(scoreRules, report(prog)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it("reports a programme's 总分 that is not the sum of its own rows, with its own sum", () => {
    const wrong = form('项目名称', '某市2024年度健身设施建设补助项目', '9.6', [['产出指标', '健身路径数量', 50, '50'], ['效益指标', '设施管护落实率', 40, '38']], '99.6');
    const fs = runRule(total, report(wrong));
    expect(fs.map((f) => [f.locations[0].text, f.expected])).toEqual([['99.6', '97.6分']]);
  });

  it("reports the programme's total stated in its own section against its form, not the department's", () => {
    const fs = runRule(total, report(prog, '该项目自评得分96.6分。'));
    expect(fs.map((f) => [f.locations[0].text, f.expected])).toEqual([['96.6分', '97.6分']]);
  });
});
