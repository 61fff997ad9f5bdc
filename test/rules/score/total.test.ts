import grade from '../../../rules/score/grade.js';
import total from '../../../rules/score/total.js';
import { ruleTester } from '../../rule-tester.js';
import { dept, form, prog } from './forms.js';
import {
  ACROSS,
  ACROSS_SUMMARY,
  coded,
  LETTER_CODED,
  OTHER_TEMPLATE,
  otherScoreRules,
  ownFirstLevels,
} from './texts.js';

// Q's layout: first-level cells coded by a lone letter (A决策 over A1…, A101…), and the overall score in
// prose. Read by hand: 13.5 + 18 = 31.5, the table's 合计.
const letterCoded = (prose: string) =>
  [
    '某项目绩效评价报告',
    '三、综合评价结论',
    `经综合评价，本项目综合得分${prose}分，评价等级为“中”。`,
    ...LETTER_CODED,
  ].join('\n\n');

// A department-wide report with its 部门整体支出绩效自评表 and a programme's 项目支出绩效自评表, each
// out of 100: each form's tree is checked on its own.
const twoForms = (programmeForm: string, prose = '该项目自评得分97.6分。') =>
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
  ].join('\n\n');

// T's 附件1: a "决策小计" row closes each first level (its 分值 and 得分 that first level's), a 合计 row
// ends the table. Read by hand: 决策 4.5 + 3 = 7.5 of 10, 过程 8 + 9 = 17 of 20, total 24.5 of 30.
const subtotalled = (prose: string) =>
  [
    '某项目绩效评价报告',
    '三、综合评价结论',
    `经综合评价，本项目综合得分${prose}分。`,
    '附件1 绩效评价指标评分表',
    '一级指标\t二级指标\t三级指标\t分值\t得分',
    '1.决策\t1.1项目立项\t立项依据充分性\t5\t4.5',
    '\t1.2资金投入\t资金到位率\t5\t3',
    '决策小计\t\t\t10\t7.5',
    '2.过程\t2.1资金管理\t资金使用合规性\t10\t8',
    '\t2.2组织实施\t管理制度健全性\t10\t9',
    '过程小计\t\t\t20\t17',
    '合计\t\t\t30\t24.5',
  ].join('\n\n');

// X's 表15: codes 1 … 4 in a column left of the names, the closing row's label in the code column and its
// name a dash ("合计 | — | 100 | 87.26"). Read by hand: 18 + 16.59 + 26.4 + 26.27 = 87.26 of 20 + 20 + 30 + 30.
const dashTotal = (prose: string, dash = '—') =>
  [
    '某工程财政重点绩效评价报告',
    '六、综合评价结论',
    `经评价，本项目综合得分${prose}分，评价等级为“良”。`,
    '表15 综合评分表',
    '编码\t一级指标\t权重\t得分\t得分率',
    '1\t项目决策\t20\t18\t90.00%',
    '2\t项目过程\t20\t16.59\t82.95%',
    '3\t项目产出\t30\t26.4\t88.00%',
    '4\t项目效益\t30\t26.27\t87.57%',
    `合计\t${dash}\t100\t87.26\t87.26%`,
  ].join('\n\n');

// S's 四（二）: run-in first levels, then a paragraph of its own closing the section with the department's
// score and last year's. Read by hand: 附件1's 总分 96 = 29 + 29 + 38.
const closing = (score: string) =>
  [
    '四、绩效自评结果',
    '（一）部门整体支出自评结果',
    '1.产出指标（分值60分）。设数量、质量2个二级指标，得58分。',
    '2.效益指标（分值40分）。设社会效益1个二级指标，得38分。',
    `综上，我局部门整体支出绩效自评得分${score}分。2023年度部门整体支出绩效自评得分92分，本年提高4分。`,
    '附件1 评分表',
    '一级指标\t二级指标\t三级指标\t分值\t得分',
    '产出指标\t数量指标\t新建面积\t30\t29',
    '\t质量指标\t验收合格率\t30\t29',
    '效益指标\t社会效益指标\t受益户数\t40\t38',
    '总分\t\t\t100\t96',
  ].join('\n\n');

// Y's .txt before its contents were read right: the chapters above 四 were lost, and the first level with the
// most scored children (产出: 13.00 + 10.00 + 6.00 + 6.00 = 35.00, 12.00 + 9.30 + 5.75 + 4.75 = 31.80) was taken
// for the analysis; 89.93 is the whole's.
const oneFirstLevel = (root: string) =>
  [
    '某市2024年保障性安居工程专项资金绩效评价报告',
    '（三）评价方法',
    '评价组综合得分89.93分，评价等级为“良”。',
    root,
    '1.公租房保障（分值13.00分，得分12.00分）',
    '公租房保障完成较好。',
    '2.城市棚户区改造（分值10.00分，得分9.30分）',
    '棚改推进有序。',
    '3.保障性租赁住房（分值6.00分，得分5.75分）',
    '保租房筹集完成。',
    '4.配套基础设施（分值6.00分，得分4.75分）',
    '配套项目完工滞后。',
  ].join('\n\n');

export const cases = ruleTester(total, {
  base: OTHER_TEMPLATE,
  valid: [
    {
      // X's cause B: the dash was a fifth first level (200 points, 174.52 scored)
      name: 'a closing row labelled in the code column, its name a dash, is the total, not a fifth first level',
      text: dashTotal('87.26'),
    },
    { name: 'the same with the dash written "--" (docx2txt)', text: dashTotal('87.26', '--') },
    {
      name: "last year's score and grade, given for comparison, are not this report's",
      replace: [
        '经评价，本项目总得分85分，评价等级为“良”。',
        '经评价，本项目总得分85分，评价等级为“良”。与上年相比，该项目2022年度资金绩效评价得分为92.5分，等级为“优”。',
      ],
      with: [grade],
    },
    {
      name: "a part's score later in the sentence of the total is not the total",
      replace: [
        '经评价，本项目总得分85分，评价等级为“良”。',
        '经评价，本项目总得分85分，其中项目资金执行率得分9.67分，评价等级为“良”。',
      ],
    },
    {
      name: 'a table nested by codes: only the first-level rows (A, B) add into the total; no score rule fires',
      text: coded('21.44', '综上，该指标得21.44分。'),
      with: otherScoreRules(total),
    },
    {
      // the whole's label in the clause is not enough when an indicator's points open the sentence
      name: "an indicator's 评价得分 after its points in the sentence is the indicator's, not the total",
      replace: [
        '经评价，本项目总得分85分，评价等级为“良”。',
        '经评价，本项目总得分85分，评价等级为“良”。其中决策指标分值20分，评价得分17分；过程指标综合得分26分。',
      ],
    },
    {
      name: 'a sentence naming 指标 after the total (其中决策指标…) keeps it the total',
      replace: ['经评价，本项目总得分85分', '经评价，本项目综合得分85分，其中决策指标得18分'],
    },
    { name: 'first-level cells coded by a lone letter, the prose total agreeing', text: letterCoded('31.5') },
    {
      name: "a closing paragraph after run-in first levels: its score is the whole's, last year's (本年提高) is not",
      text: closing('96'),
      with: otherScoreRules(total),
    },
    {
      // before: 决策小计 and 过程小计 were two more first levels, the first levels adding to 49 against 24.5
      name: 'a scoring table whose "决策小计" rows close each first level; no score rule fires',
      text: subtotalled('24.5'),
      with: otherScoreRules(total),
    },
    { name: 'a summary laid out across, its 合计 and the prose total agreeing', text: ACROSS_SUMMARY },
    {
      // W's .docx (AbiWord's shifted merges): only third-level rows carry points, 42 in all, no total stated.
      // With no first level's own 分值 written there is nothing to point at: before, a finding without a
      // location stopped the whole file (E_INTERNAL)
      name: 'first levels with no points of their own, their rows adding to 42 and no total stated: nothing said',
      text: [
        '某项目绩效评价报告',
        '附件1 绩效评价指标评分表',
        '一级指标\t二级指标\t三级指标\t分值\t得分',
        '决策\t项目立项\t立项依据充分性\t12\t11',
        '\t资金投入\t资金到位率\t10\t9',
        '过程\t资金管理\t资金使用合规性\t20\t18',
      ].join('\n\n'),
    },
    {
      // before: both forms' first levels were one tree, adding up to 200 against a 总分 of 100
      name: "two 自评表 in one report (a department's and a programme's), each out of 100; no score rule fires",
      text: twoForms(prog),
      with: otherScoreRules(total),
    },
    {
      name: "one first level's heading taken for the analysis: its second levels are no first levels, 89.93 no sum of theirs",
      text: oneFirstLevel('（三）产出指标（分值35.00分，扣分3.20分，得分31.80分）'),
    },
    {
      name: 'first-level scores listed before the analysis that the 自评表 rows make, and the total they add up to',
      text: ownFirstLevels(),
    },
    {
      name: 'a first level that looks short only through a second level written off its row (重点工作 26.5 over a row of 27.5): the total stands',
      text: ownFirstLevels().replace('2.服务成效。', '2.服务成效。重点工作得26.5分。'),
    },
  ],
  invalid: [
    {
      // AC #1 / #2: 服务成效 stated 56.5 where its rows make 55.5, and the conclusion's total made with it
      name: "a stated total made with a first level its rows contradict: the rows count, so the prose total is flagged, not the table's",
      text: ownFirstLevels('运行管理指标分值40分，得分39分；服务成效指标分值60分，得分56.5分。', undefined, '95.5'),
      // by hand: 19 + 20 + 27.5 + 28 = 94.5, the table's 总分
      errors: [{ messageId: 'total', at: '95.5分', expected: '94.5分' }],
    },
    {
      name: 'the same tree under a heading titled as the analysis: its children are the first levels',
      text: oneFirstLevel('四、绩效评价指标分析（得分31.80分）'),
      // by hand: 12.00 + 9.30 + 5.75 + 4.75 = 31.80 scored, 13 + 10 + 6 + 6 = 35 points, no 100
      errors: [
        { messageId: 'total', at: '89.93分', expected: '31.8分' },
        { messageId: 'notHundred', at: '13.00分', expected: '100分' },
      ],
    },
    {
      name: 'the prose total against a table whose closing row is labelled in its code column: 87.26, not 174.52',
      text: dashTotal('86.26'),
      errors: [{ messageId: 'total', at: '86.26分', expected: '87.26分' }],
    },
    {
      // Q #1, where the first level is known from the summary laid out across only
      name: 'the prose total against the first level of a summary laid out across',
      text: ACROSS_SUMMARY,
      replace: ['综合得分90.53分', '综合得分91.53分'],
      errors: [
        {
          messageId: 'total',
          actual: '91.53分',
          expected: '90.53分',
          at: '91.53分',
          also: ['90.53', '13.50', '17.87', '37.04', '22.12'],
        },
      ],
    },
    {
      name: "a summary laid out across whose 合计 is not its 得分 row's sum (13.50 + 17.87 + 37.04 + 22.12 = 90.53)",
      text: ACROSS,
      replace: ['22.12\t90.53', '22.12\t90.35'],
      errors: [{ messageId: 'total', data: { where: '汇总表' }, actual: '90.35分', expected: '90.53分', at: '90.35' }],
    },
    {
      // before: A决策 and B过程 were first-level nodes without figures, the first level had no sum, and
      // of one table and one sentence the table was blamed
      name: 'the prose total against first-level cells coded by a lone letter (A决策（15分）): the prose is blamed',
      text: letterCoded('32.5'),
      errors: [{ messageId: 'total', at: '32.5分', expected: '31.5分' }],
    },
    {
      // read by hand: 20 + 30 + 40 = 90 first-level points, each written in its own row, no total stated
      name: 'first levels that state their own points adding to 90, no total stated: not 100',
      text: [
        '某项目绩效评价报告',
        '附件1 一级指标得分汇总表',
        '一级指标\t分值\t得分',
        '决策\t20\t18',
        '过程\t30\t27',
        '效益\t40\t36',
      ].join('\n\n'),
      errors: [{ messageId: 'notHundred', actual: '90分', expected: '100分' }],
    },
    {
      name: 'the prose total against a scoring table whose "决策小计" rows are its first levels: 7.5 + 17',
      text: subtotalled('25.5'),
      errors: [{ messageId: 'total', at: '25.5分', expected: '24.5分' }],
    },
    {
      // before: "综上，…自评得分98分" was read as the last run-in's (效益指标), among three figures, and dropped
      name: "a closing paragraph after run-in first levels states the whole's score: against the first levels",
      text: closing('98'),
      errors: [{ messageId: 'total', at: '98分', expected: '96分' }],
    },
    {
      // V #3: the 摘要's sentence describes the indicator system, then states the whole's 综合得分 in a clause
      name: 'a 综合得分 in its own clause after the indicator system is described is the total',
      replace: ['经评价，本项目总得分85分', '评价组设置一级指标4个、二级指标6个，本项目综合得分为88分'],
      errors: [{ messageId: 'total', actual: '88分', expected: '85分', at: '88分' }],
    },
    {
      name: 'a stated total other than the sum of the first-level scores',
      replace: ['经评价，本项目总得分85分', '经评价，本项目总得分88分'],
      errors: [{ messageId: 'total', actual: '88分', expected: '85分', at: '88分' }],
    },
    {
      name: "a programme's 总分 that is not the sum of its own form's rows, with its own sum",
      text: twoForms(
        form(
          '项目名称',
          '某市2024年度健身设施建设补助项目',
          '9.6',
          [
            ['产出指标', '健身路径数量', 50, '50'],
            ['效益指标', '设施管护落实率', 40, '38'],
          ],
          '99.6',
        ),
      ),
      errors: [{ messageId: 'total', at: '99.6', expected: '97.6分' }],
    },
    {
      name: "the programme's total stated in its own section against its form, not the department's",
      text: twoForms(prog, '该项目自评得分96.6分。'),
      errors: [{ messageId: 'total', at: '96.6分', expected: '97.6分' }],
    },
  ],
});
