// Report texts the score rules' tests share: the inline report in another template (summary 指标名称 | 权重 |
// 指标分值 | 指标得分 | 得分率 | 等级, headings "（一）决策指标（共20分，得18分）", codes A1…), and reports
// in other layouts, each with the one figure a test changes as a parameter.
import { readFileSync } from 'node:fs';
import type { Rule } from '../../../src/model/rule.js';
import { scoreRules } from '../../../rules/score/index.js';
import { fixture } from '../../helpers.js';

export const OTHER_TEMPLATE = readFileSync(fixture('score', 'other-template.txt'), 'utf8');

/** The other score rules, to run with one so that a row also says none of them fires. */
export const otherScoreRules = (rule: Rule) => scoreRules.filter((r) => r.meta.id !== rule.meta.id);

// A summary table whose hierarchy is only in its codes (A over A101, B over B101…), and a
// narrative that opens each paragraph with the code and name of the indicator it scores.
export const coded = (b102: string, sentence: string) =>
  [
    '某项目绩效评价报告',
    '',
    '三、评价结论',
    '',
    '指标编码\t指标名称\t分值\t得分',
    'A\t决策\t50\t49',
    'A101\t立项依据充分性\t25\t25',
    'A102\t绩效目标合理性\t25\t24',
    'B\t过程\t50\t46.44',
    'B101\t资金到位率\t25\t25',
    `B102\t预算执行率\t25\t${b102}`,
    '合计\t\t100\t95.44',
    '',
    '四、绩效评价指标分析',
    '',
    '（一）决策指标（A）',
    '',
    'A101、A102：立项依据充分，目标基本合理，分别得25分、24分。',
    '',
    '（二）过程指标（B）',
    '',
    'B101资金到位率：到位率100%，得25分。',
    '',
    `B102预算执行率：预算执行率85.75%，按“执行率×分值”计分。${sentence}`,
    '',
  ].join('\n');

// The section's text names one of its sub-indicators and gives its 分值, 扣分 and 得分; the
// attachment gives that sub-indicator's 分值 and 得分 (read by hand: 8 − 1 = 7, the table's 7).
export const subInParent = (score: string) =>
  [
    '某项目绩效评价报告',
    '',
    '三、评价结论',
    '',
    '一级指标\t分值\t二级指标\t分值\t得分',
    '产出\t50\t产出数量\t42\t42',
    '\t\t产出质量\t8\t7',
    '效益\t50\t满意度\t50\t50',
    '合计\t\t\t100\t99',
    '',
    '四、指标分析',
    '',
    '（一）产出指标',
    '',
    `产出数量得42分。抽查发现资料不全，产出质量指标分值8分，扣1分，得${score}分。`,
    '',
    '（二）效益指标',
    '',
    '满意度指标得50分。',
    '',
  ].join('\n');

// The central-transfer self-evaluation layout: first-level sections named "（二）产出指标完成情况"
// that do not restate their scores, the score in the first sentence, sub-indicators "1.数量指标（25分，得24分）",
// grading thresholds in the text. Read by hand: 28 + 28 = 56, 17 + 18 = 35, 56 + 35 = 91 (优).
export const scoresInText = (social: string) =>
  [
    '某项目绩效自评报告',
    '',
    '三、自评结论',
    '',
    '评分等级标准为：综合得分90分（含）以上为优，80分（含）至90分为良。经自评，本项目综合得分91分，评价等级为“优”。',
    '',
    '一级指标\t分值\t得分',
    '产出指标\t60\t56',
    '效益指标\t40\t35',
    '合计\t100\t91',
    '',
    '四、绩效指标完成情况分析',
    '',
    '（一）产出指标完成情况',
    '',
    '产出指标分值60分，自评得分56分。',
    '',
    '1.数量指标（30分，得28分）',
    '',
    '2.质量指标（30分，得28分）',
    '',
    '（二）效益指标完成情况',
    '',
    '效益指标分值40分，自评得分35分。',
    '',
    `1.社会效益指标（20分，得${social}分）`,
    '',
    '2.可持续影响指标（20分，得18分）',
    '',
  ].join('\n');

// "一级指标 | 分值 | 得分 | 二级指标 | 分值 | 得分": each level's score column is its own.
export const scorePerLevel = (first: string) =>
  [
    '某项目绩效评价报告',
    '',
    '三、评价结论',
    '',
    '一级指标\t分值\t得分\t二级指标\t分值\t得分',
    `产出\t60\t${first}\t产出数量\t30\t28`,
    '\t\t\t产出质量\t30\t27',
    '效益\t40\t38\t社会效益\t40\t38',
    '合计\t100\t93\t\t\t',
    '',
  ].join('\n');

// Word's two-row header: 分值 and 权重 span both rows, "评价结果" spans 得分 | 得分率 (read by hand:
// 过程 17.74 of 20 = 88.70%; the heading's 17.47 is the one that disagrees). Markdown with an HTML table.
export const twoRowHeader = (process: string) =>
  '# 某项目绩效评价报告\n\n## 三、评价结论\n\n' +
  '<table><tr><td rowspan="2">一级指标</td><td rowspan="2">分值</td><td rowspan="2">权重</td><td colspan="2">评价结果</td></tr>' +
  '<tr><td>得分</td><td>得分率</td></tr>' +
  '<tr><td>决策</td><td>30</td><td>30%</td><td>28</td><td>93.33%</td></tr>' +
  '<tr><td>过程</td><td>20</td><td>20%</td><td>17.74</td><td>88.70%</td></tr>' +
  '<tr><td>产出</td><td>50</td><td>50%</td><td>46</td><td>92.00%</td></tr>' +
  '<tr><td>合计</td><td>100</td><td>100%</td><td>91.74</td><td>91.74%</td></tr></table>' +
  `\n\n## 四、指标分析\n\n### （一）项目决策（分值30分，得分28分）\n\n### （二）项目过程（分值20分，得分${process}分）\n\n### （三）项目产出（分值50分，得分46分）\n`;

// A third-party report: "X指标分析" sections, a summary sentence listing the sub-indicators, a four-level table (md).
export const thirdParty = (decision: string) =>
  [
    '四、绩效评价指标分析',
    '（一）决策指标分析',
    `决策指标包括项目立项和绩效目标2个二级指标，满分6分，评价组核定得${decision}分，得分率91.67%。`,
    '1.项目立项',
    '（1）立项依据充分性（A11）。本指标满分3分，评价组核定得3分。项目符合政策，得2分；纳入年度计划，得1分。',
    '2.绩效目标',
    '（1）绩效指标明确性（A21）。本指标满分3分，评价组核定得2.5分。部分指标未量化，扣减0.5分。',
    '附件：评分表',
    '<table><tr><td colspan="4">评价指标</td><td rowspan="2">分值</td><td rowspan="2">得分</td></tr>' +
      '<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>四级指标</td></tr>' +
      '<tr><td rowspan="3">A决策</td><td rowspan="2">A1项目立项</td><td rowspan="2">A11立项依据充分性</td><td>A111符合政策</td><td>2</td><td>2</td></tr>' +
      '<tr><td>A112纳入计划</td><td>1</td><td>1</td></tr>' +
      '<tr><td>A2绩效目标</td><td>A21绩效指标明确性</td><td>A211指标量化</td><td>3</td><td>2.5</td></tr></table>',
  ].join('\n\n');

// A clause naming a sub-indicator by the start of its name scores it (产出时效 scored in the narrative, the table 6).
export const namedByStart = (timely: string) =>
  [
    '四、绩效评价指标分析',
    '（一）过程指标分析',
    '过程指标满分10分，得9分。',
    '1.组织实施（10分）：管理制度健全，得4分；制度执行有效性方面，扣1分，得5分。',
    '（二）产出指标分析',
    `产出指标满分10分，得10分。1.产出数量（4分）：得4分。2.产出时效（6分）：扣0分，得${timely}分。`,
    '附件：评分表',
    '一级指标\t二级指标\t三级指标\t分值\t得分',
    '过程\t组织实施\t管理制度健全性\t4\t4',
    '\t\t制度执行有效性\t6\t5',
    '产出\t产出数量\t完成数量\t4\t4',
    '\t产出时效\t完成及时性\t6\t6',
  ]
    .join('\n\n')
    .replace(/\n\n(?=\t|过程\t|产出\t)/g, '\n');

// Q's layout: the overall score in prose, a summary laid out across (项目 | 决策 | 过程 | 产出 | 效益 | 合计
// over 分值 / 得分 / 得分率), and each first level's section restating its score over its second-level
// headings. Read by hand: 决策 5 + 8.5 = 13.5, 过程 9.37 + 8.5 = 17.87, 产出 11.74 + 11.1 + 6.7 + 7.5 = 37.04,
// 效益 9.5 + 12.62 = 22.12; 13.5 + 17.87 + 37.04 + 22.12 = 90.53 of 15 + 20 + 40 + 25 = 100; the rates
// 13.5 ÷ 15 = 90.00%, 17.87 ÷ 20 = 89.35%, 37.04 ÷ 40 = 92.60%, 22.12 ÷ 25 = 88.48%, 90.53 ÷ 100 = 90.53%.
// ACROSS_SUMMARY is the report up to its summary: the first level is known from that table only.
export const ACROSS_SUMMARY = [
  '某县农村供水保障工程建设项目绩效评价报告',
  '三、综合评价情况及评价结论',
  '经综合评价，本项目综合得分90.53分。各一级指标得分情况见表10。',
  '表10 绩效评价得分汇总表',
  '项目\t决策\t过程\t产出\t效益\t合计',
  '分值\t15\t20\t40\t25\t100',
  '得分\t13.50\t17.87\t37.04\t22.12\t90.53',
  '得分率\t90.00%\t89.35%\t92.60%\t88.48%\t90.53%',
].join('\n\n');
export const ACROSS = [
  ACROSS_SUMMARY,
  '四、绩效评价指标分析',
  '（一）项目决策情况',
  '决策指标满分15分，得13.50分，得分率90.00%。',
  '1.项目立项（5分，得5分）',
  '立项依据充分。',
  '2.资金投入（10分，得8.5分）',
  '预算编制偏粗。',
  '（二）项目过程情况',
  '过程指标满分20分，得17.87分，得分率89.35%。',
  '1.资金管理（10分，得9.37分）',
  '资金到位及时。',
  '2.组织实施（10分，得8.5分）',
  '制度执行不到位。',
  '（三）项目产出情况',
  '产出指标满分40分，得37.04分，得分率92.60%。',
  '1.产出数量（12分，得11.74分）',
  '管网建设完成。',
  '2.产出质量（12分，得11.1分）',
  '水质基本达标。',
  '3.产出时效（8分，得6.7分）',
  '个别子项目延期。',
  '4.产出成本（8分，得7.5分）',
  '造价控制在概算内。',
  '（四）项目效益情况',
  '效益指标满分25分，得22.12分，得分率88.48%。',
  '1.社会效益（10分，得9.5分）',
  '普及率提高。',
  '2.可持续影响（15分，得12.62分）',
  '管护机制基本健全。',
].join('\n\n');

/** Q's layout: first-level cells coded by a lone letter (A决策 over A1…, A101…), an analysis section per first
 * level. Read by hand: 13.5 + 18 = 31.5, the table's 合计. */
export const LETTER_CODED = [
  '四、绩效评价指标分析',
  '（一）项目决策情况',
  '决策指标满分15分，得13.5分。',
  '（二）项目过程情况',
  '过程指标满分20分，得18分。',
  '附件1 评分表',
  '一级指标\t二级指标\t三级指标\t分值\t得分',
  'A决策（15分）\tA1项目立项（15分）\tA101立项依据充分性\t15\t13.5',
  'B过程（20分）\tB1资金管理（20分）\tB101资金到位率\t20\t18',
  '合计\t\t\t35\t31.5',
];

/**
 * A department's self-evaluation whose first-level names are its own (运行管理 / 服务成效), written on every row of the
 * 自评表: "（一）自评得分情况" states each first-level score in a "；"-list before the analysis, and the analysis' run-in
 * sections ("1.运行管理。") close with "运行管理得分39分". The rows make 运行管理 19 + 20 = 39, 服务成效 27.5 + 28 = 55.5.
 */
export const ownFirstLevels = (
  list = '运行管理指标分值40分，得分39分；服务成效指标分值60分，得分55.5分。',
  own = '运行管理得分39分。',
  total = '94.5',
) =>
  [
    '青原市松阳区文化局2024年度部门整体支出绩效自评报告',
    '',
    '一、自评结论',
    '',
    `我局2024年度部门整体支出绩效自评得分为${total}分。`,
    '',
    '二、部门整体支出绩效自评情况',
    '',
    '（一）自评得分情况',
    '',
    `经自评，部门整体支出绩效自评表总分94.5分。${list}`,
    '',
    '表1 部门整体支出绩效自评表',
    '',
    '一级指标\t二级指标\t三级指标\t分值\t得分',
    '运行管理\t资金管理\t预算编制准确率\t20\t19',
    '运行管理\t资产管理\t资产账实相符率\t20\t20',
    '服务成效\t重点工作\t文化活动开展场次\t30\t27.5',
    '服务成效\t社会效益\t群众满意度\t30\t28',
    '总分\t\t\t100\t94.5',
    '',
    '（二）主要绩效指标完成情况',
    '',
    `1.运行管理。全年预算编制准确率96%，扣1分。资产账实相符率100%。${own}`,
    '',
    '2.服务成效。全年开展文化活动110场，未达到120场的年度指标值，扣2.5分；群众满意度92%，扣2分。',
  ].join('\n');

// AA's template: each second level a line "资金投入（权重2分，得2分）" between the third levels' run-ins
// "1．资金到位率（权重2分）。指标解释：…。评分标准：…得2分；…。评价情况：…该指标得1.5分。", and one table
// 一级 | 二级 | 三级 | 指标解释 | 评分标准 | 权重（分） | 得分
export const runInTemplate = (given: string, cut = '0.5') =>
  [
    '五、绩效指标分析',
    '（一）决策指标（权重6分）',
    '决策指标下设2个二级指标、3个三级指标，权重6分，评价得分5分，得分率83.33%。',
    '项目立项（权重2分，得2分）',
    '1．立项依据充分性（权重2分）。指标解释：是否符合政策。评分标准：依据充分得2分；依据不充分酌情扣分。评价情况：依据充分。该指标得2分。',
    '绩效目标（权重4分，得3分）',
    `2．绩效目标合理性（权重2分）。指标解释：目标是否合理。评分标准：目标合理得2分；目标值偏低的扣0.5—1分。评价情况：目标偏低，扣${cut}分。该指标得${given}分。`,
    '3．绩效指标明确性（权重2分）。指标解释：是否量化。评分标准：指标清晰量化得满分；缺少量化标准的扣0.5分。评价情况：缺少量化，扣0.5分。该指标得1.5分。',
    // a second level the table below does not name (its row unreadable): no name of the run-in above
    '资金投入（权重3分，得3分）',
    '（二）过程指标（权重4分）',
    '过程指标下设1个二级指标、1个三级指标，权重4分，评价得分4分，得分率100.00%。',
    '资金管理（权重4分，得4分）',
    '1．资金到位率（权重4分）。指标解释：到位比例。评分标准：到位率100%得4分；每低1个百分点扣0.5分。评价情况：到位率100%。该指标得4分。',
    '六、存在的问题',
    '表9 青原市某资金绩效评价指标评分表',
    [
      '一级指标\t二级指标\t三级指标\t指标解释\t评分标准\t权重（分）\t得分',
      '决策\t项目立项\t立项依据充分性\t是否符合\t依据充分得2分\t2\t2',
      '\t绩效目标\t绩效目标合理性\t是否合理\t目标合理得2分\t2\t1.5',
      '\t\t绩效指标明确性\t是否量化\t量化得2分\t2\t1.5',
      '过程\t资金管理\t资金到位率\t到位比例\t到位率100%得4分\t4\t4',
      '合计\t\t\t\t\t10\t9',
    ].join('\n'),
  ].join('\n\n');

// AA's layout whole: a summary 一级指标 | 权重（分） | 得分 | 得分率, the conclusion's totals, each first level a section
// with its second levels as lines "资金管理（权重4分，得3.5分）" and its third levels as run-ins (no heading for a second
// level), and the one table 一级 | 二级 | 三级 | … | 权重（分） | 得分. 过程 = 2 + 1.5 = 3.5; the total 5 + 3.5 = 8.5.
export const levelLines = (summaryProcess: string, conclusion: string) =>
  [
    '三、评价结论',
    `经评价，滨川市某补助资金绩效评价得分8.5分，其中决策指标得5分、过程指标得3.5分。综合上述情况，该项目综合得分${conclusion}分。`,
    '表7 一级指标得分情况',
    [
      '一级指标\t权重（分）\t得分\t得分率',
      '决策\t6\t5\t83.33%',
      `过程\t4\t${summaryProcess}\t87.50%`,
      '合计\t10\t8.5\t85.00%',
    ].join('\n'),
    '五、绩效指标分析',
    '（一）决策指标（权重6分）',
    '决策指标下设2个二级指标、3个三级指标，权重6分，评价得分5分，得分率83.33%。',
    '项目立项（权重2分，得2分）',
    '1．立项依据充分性（权重2分）。评分标准：依据充分得2分。评价情况：依据充分。该指标得2分。',
    '绩效目标（权重4分，得3分）',
    '2．绩效目标合理性（权重2分）。评分标准：目标合理得2分；目标偏低的扣0.5分。评价情况：目标偏低，扣0.5分。该指标得1.5分。',
    '3．绩效指标明确性（权重2分）。评分标准：指标量化得2分；缺少量化的扣0.5分。评价情况：缺少量化，扣0.5分。该指标得1.5分。',
    '（二）过程指标（权重4分）',
    '过程指标下设1个二级指标、2个三级指标，权重4分，评价得分3.5分，得分率87.50%。',
    '资金管理（权重4分，得3.5分）',
    '1．资金到位率（权重2分）。评分标准：全部到位得2分。评价情况：全部到位。该指标得2分。',
    '2．预算执行率（权重2分）。评分标准：执行率100%得2分；每低1个百分点扣0.1分。评价情况：执行率95%，扣0.5分。该指标得1.5分。',
    '六、存在的问题',
    '表17 滨川市某补助资金绩效评价指标体系及评分表',
    [
      '一级指标\t二级指标\t三级指标\t指标解释\t评分标准\t权重（分）\t得分',
      '决策\t项目立项\t立项依据充分性\t是否符合政策\t依据充分得2分\t2\t2',
      '\t绩效目标\t绩效目标合理性\t目标是否合理\t目标合理得2分\t2\t1.5',
      '\t\t绩效指标明确性\t是否量化\t量化得2分\t2\t1.5',
      '过程\t资金管理\t资金到位率\t到位比例\t全部到位得2分\t2\t2',
      '\t\t预算执行率\t执行比例\t执行率100%得2分\t2\t1.5',
      '合计\t\t\t\t\t10\t8.5',
    ].join('\n'),
  ].join('\n\n');
