// National-layout 自评表 as pasted text, for the tests of documents that hold several (a department's and a programme's).

/**
 * A national-layout 自评表 as pasted text: what it scores, its funds row (分值 10), two first-level
 * indicators and its 总分. Rows: [一级, 三级, 分值, 得分].
 */
export function form(
  key: '项目名称' | '部门名称',
  name: string,
  fundsScore: string,
  rows: [string, string, number, string][],
  total: string,
  funds = ['600.00', '680.00', '652.80', '96.00%'],
): string {
  return [
    `${key}\t${name}`,
    '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    `\t年度资金总额\t${funds.join('\t').replace(/\t([^\t]*)$/, '\t10\t$1')}\t${fundsScore}`,
    '绩效指标\t一级指标\t二级指标\t三级指标\t分值\t得分',
    ...rows.map(([l1, l3, max, got]) => `\t${l1}\t${l1.replace('指标', '')}二级\t${l3}\t${max}\t${got}`),
    `总分\t\t\t\t100\t${total}`,
    '',
  ].join('\n');
}

export const dept = form(
  '部门名称',
  '某市体育局',
  '9.6',
  [
    ['产出指标', '赛事场次', 60, '59'],
    ['效益指标', '锻炼人数比例', 30, '30'],
  ],
  '98.6',
);
export const prog = form(
  '项目名称',
  '某市2024年度健身设施建设补助项目',
  '9.6',
  [
    ['产出指标', '健身路径数量', 50, '50'],
    ['效益指标', '设施管护落实率', 40, '38'],
  ],
  '97.6',
);
