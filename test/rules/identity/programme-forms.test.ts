// A department's report with its programmes' 项目支出绩效自评表: each form names its programme and its
// 实施单位 (a unit under the department); neither is a leftover of another report.
import { describe, expect, it } from 'vitest';
import foreignProject from '../../../rules/identity/foreign-project.js';
import unitMismatch from '../../../rules/identity/unit-mismatch.js';
import wrongYear from '../../../rules/identity/wrong-year.js';
import { summarizeIdentity } from '../../../src/facts/identity/identity.js';
import { docFromText, runRule } from '../../helpers.js';
import { form } from '../score/forms.js';

/** A programme's form with its 主管部门 / 实施单位 row under 项目名称. */
const programme = (name: string, implementer: string) => {
  const lines = form('项目名称', name, '9.6', [['产出指标', '健身路径数量', 50, '50'], ['效益指标', '设施管护落实率', 40, '38']], '97.6').split('\n');
  return [lines[0], `主管部门\t临沂市体育局\t实施单位\t${implementer}`, ...lines.slice(1)].join('\n');
};

const dept = form('部门名称', '临沂市体育局', '9.6', [['产出指标', '赛事场次', 60, '59'], ['效益指标', '锻炼人数比例', 30, '30']], '98.6');

const report = (closing = '2023年度部门整体支出自评得分96.85分，本年提高1.75分。', section = '临沂市2024年度健身设施建设补助项目全年预算680.00万元，全年执行652.80万元。') =>
  docFromText(
    [
      '临沂市体育局2024年度部门整体支出绩效自评报告',
      '一、部门整体支出绩效自评表',
      dept,
      '二、项目支出绩效自评表',
      programme('临沂市2024年度健身设施建设补助项目', '临沂市全民健身中心'),
      '表3  项目支出绩效自评表',
      programme('临沂市2024年度竞技体育后备人才培养项目', '临沂市体育运动学校'),
      '三、自评结论',
      `经自评，部门整体支出绩效自评得分98.6分。${closing}`,
      '四、健身设施建设补助项目',
      section,
    ].join('\n\n'),
  );

describe("a department's report with its programmes' forms", () => {
  it("is about the department: the forms' 项目名称 name programmes, not the report's object", () => {
    expect(summarizeIdentity(report(), {})).toEqual({ projectName: '部门整体', year: 2024, evaluated: { from: 2024, to: 2024 } });
    // before: the first form's programme was the report's project, and the second's name a leftover
    expect(runRule(foreignProject, report())).toEqual([]);
  });

  it("compares a programme's 实施单位 with that programme's only", () => {
    // before: 临沂市全民健身中心 and 临沂市体育运动学校 against the department's 临沂市体育局
    expect(runRule(unitMismatch, report()).map((f) => f.message)).toEqual([]);
  });

  it('leaves last year\'s score set against this year\'s ("…，本年提高1.75分") alone, and still dates a stale year', () => {
    expect(runRule(wrongYear, report())).toEqual([]);
    const fs = runRule(wrongYear, report('2023年度部门整体支出绩效目标全部完成。'));
    expect(fs.map((f) => f.locations[0].text)).toEqual(['2023年度']);
  });

  it("reports another project's name opening a sentence that states the programme's own amounts, in its section", () => {
    const fs = runRule(foreignProject, report(undefined, '临沂市2024年度青少年校园足球推广项目全年预算680.00万元，全年执行652.80万元。'));
    expect(fs.map((f) => [f.locations[0].text, f.expected])).toEqual([['2024年度青少年校园足球推广项目', '临沂市2024年度健身设施建设补助项目']]);
    // another project named there with amounts of its own is another project
    expect(runRule(foreignProject, report(undefined, '临沂市2024年度青少年校园足球推广项目全年预算120.00万元，另行评价。'))).toEqual([]);
  });
});
