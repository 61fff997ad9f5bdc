// Report texts the identity rules' tests share: a small report in another template, and a
// department's report with its programmes' 项目支出绩效自评表.
import { form } from '../score/forms.js';

export const COVER = '项目名称：城区道路照明维护项目\n主管部门：南康区城管局\n项目单位：南康区路灯管理所';

/** 2022年度城区道路照明维护项目 with its cover and the given body. */
export const other = (body: string, cover = COVER) =>
  `2022年度城区道路照明维护项目绩效评价报告\n\n${cover}\n\n${body}\n`;

/** A programme's form with its 主管部门 / 实施单位 row under 项目名称. */
const programme = (name: string, implementer: string) => {
  const lines = form(
    '项目名称',
    name,
    '9.6',
    [
      ['产出指标', '健身路径数量', 50, '50'],
      ['效益指标', '设施管护落实率', 40, '38'],
    ],
    '97.6',
  ).split('\n');
  return [lines[0], `主管部门\t临沂市体育局\t实施单位\t${implementer}`, ...lines.slice(1)].join('\n');
};
const DEPT_FORM = form(
  '部门名称',
  '临沂市体育局',
  '9.6',
  [
    ['产出指标', '赛事场次', 60, '59'],
    ['效益指标', '锻炼人数比例', 30, '30'],
  ],
  '98.6',
);

/**
 * A department's report with two programmes' forms: each form names its programme and its
 * 实施单位 (a unit under the department); neither is a leftover of another report.
 */
export const departmentWithForms = (
  closing = '2023年度部门整体支出自评得分96.85分，本年提高1.75分。',
  section = '临沂市2024年度健身设施建设补助项目全年预算680.00万元，全年执行652.80万元。',
) =>
  [
    '临沂市体育局2024年度部门整体支出绩效自评报告',
    '一、部门整体支出绩效自评表',
    DEPT_FORM,
    '二、项目支出绩效自评表',
    programme('临沂市2024年度健身设施建设补助项目', '临沂市全民健身中心'),
    '表3  项目支出绩效自评表',
    programme('临沂市2024年度竞技体育后备人才培养项目', '临沂市体育运动学校'),
    '三、自评结论',
    `经自评，部门整体支出绩效自评得分98.6分。${closing}`,
    '四、健身设施建设补助项目',
    section,
  ].join('\n\n');

/** A department-wide report (markdown): 部门整体支出 is no project. */
export const DEPARTMENT_MD =
  '# 江华县市场监督管理局2024年度部门整体支出绩效评价报告\n\n**部门名称：** 江华县市场监督管理局\n\n## 一、绩效评价指标分析\n\n### （一）投入指标\n\n' +
  '1. **A2-3 重点支出安排率。** 食品安全抽检、特种设备安全监察和综合执法办案三项重点项目预算467.30万元，占项目支出预算684.37万元的68.28%。该指标权重4分，扣除1分后得3分。\n';

// A report on a programme's span (2021—2024年) rather than one year: its years, its range, and
// one year's figures inside it (issue 11: "the evaluated period is a range").
const SPAN_TITLE = '某省2021—2024年农村饮水安全巩固提升项目绩效评价报告';
export const span = (...body: string[]) => [SPAN_TITLE, '一、项目基本情况', ...body].join('\n\n');
export const YEARS =
  '2021—2024年，省财政累计安排项目资金12000万元，其中2021年度预算2800万元、2022年度预算3000万元、2023年度预算3100万元、2024年度预算3100万元。截至2024年12月31日，项目资金累计到位12000万元，累计支出11400万元，执行率95%。';

/**
 * A county's construction project over two years (X's shape): its own name ends in 工程, a common noun too
 * ("工程量", "管网工程"); the cover names its implementing unit, whose name holds 项目.
 */
export const works = (body: string) =>
  `平远县农村供水保障及管网改造工程（2023—2024年）财政重点绩效评价报告\n\n项目名称：平远县农村供水保障及管网改造工程（2023—2024年）\n项目实施单位：平远县城乡供水项目建设管理中心\n\n一、项目概况\n\n平远县农村供水保障及管网改造工程建设期为2023年3月至2024年12月。\n\n${body}\n`;
