import crossSource from '../../../rules/score/cross-source.js';
import { ruleTester } from '../../rule-tester.js';
import { ACROSS, coded, OTHER_TEMPLATE, otherScoreRules, runInTemplate, subInParent, twoRowHeader } from './texts.js';

const others = otherScoreRules(crossSource);

// Z's template: one score table per first-level indicator, in that indicator's own section, closed by a bare
// 小计 (that indicator's score); the summary has 过程 6.5 = 4 + 2.5
const perFirstLevel = (subtotal: string) => {
  const table = (rows: string[]) => ['二级指标\t编码\t三级指标\t分值\t评分标准\t得分', ...rows].join('\n');
  return [
    '三、评价结论',
    '编码\t一级指标\t分值\t得分\t得分率\nA\t决策\t6\t5\t83.33%\nB\t过程\t8\t6.5\t81.25%\n合计\t—\t14\t11.5\t82.14%',
    '五、绩效评价指标分析',
    '（一）决策指标（6分）',
    '表10 A 决策指标评分表',
    table([
      '项目立项\tA11\t立项依据充分性\t3\t依据充分得满分\t3',
      '\tA12\t立项程序规范性\t3\t程序规范得满分\t2',
      '小计\t\t\t6\t\t5',
    ]),
    '（二）过程指标（8分）',
    '表11 B 过程指标评分表',
    table([
      '资金管理\tB11\t资金到位率\t4\t到位得满分\t4',
      '组织实施\tB21\t制度执行有效性\t4\t执行有效得满分\t2.5',
      `小计\t\t\t8\t\t${subtotal}`,
    ]),
  ].join('\n\n');
};

// Two sub-indicators scored in one sentence, each by its bare name straight before its own 得 (AB's 四（一）), and
// the 摘要's list of the first levels' scores by their bare names (AB's "其中决策17.1分、过程17.3分…"):
// by hand 3.5 + 3 + 2 = 8.5 (决策), 9 (产出), 8.5 + 9 = 17.5
const twoNamedTable = (clarity: string) =>
  [
    '一级指标\t二级指标\t三级指标\t分值\t得分',
    '决策\t绩效目标\t绩效目标合理性\t4\t3.5',
    `\t\t绩效指标明确性\t4\t${clarity}`,
    '\t资金投入\t预算编制科学性\t2\t2',
    '产出\t产出数量\t改造完成率\t10\t9',
    '合计\t\t\t20\t17.5',
  ].join('\n');
const twoNamed = (clarity: string, inTable = '3', output = '9') =>
  [
    '某项目绩效评价报告',
    '一、摘要',
    `经评价，项目综合得分17.5分，其中决策8.5分、产出${output}分，评价等级为“良”。`,
    '三、评价结论',
    '一级指标\t分值\t得分\n决策\t10\t8.5\n产出\t10\t9\n合计\t20\t17.5',
    '四、绩效评价指标分析',
    '（一）决策指标',
    `决策指标满分10分，得分8.5分。目标与任务匹配，但未设置长效运行的指标，绩效目标合理性得3.5分、绩效指标明确性得${clarity}分。预算编制科学性得2分。`,
    '（二）产出指标',
    '产出指标满分10分，得分9分。',
    '附件1 评分表',
    twoNamedTable(inTable),
  ].join('\n\n');

export const cases = ruleTester(crossSource, {
  base: OTHER_TEMPLATE,
  valid: [
    {
      name: 'a code table and its narrative agree (B102 21.44 in both)',
      text: coded('21.44', '综上，该指标得21.44分。'),
    },
    {
      name: 'a sub-indicator scored in its parent section as the table has it (8 − 1 = 7); no score rule fires',
      text: subInParent('7'),
      with: others,
    },
    {
      name: 'a summary whose header spans two rows, read under 评价结果 | 得分; no score rule fires',
      text: twoRowHeader('17.74'),
      format: 'md',
      with: others,
    },
    {
      name: "one score table per first-level indicator, each bare 小计 the summary's row; no score rule fires",
      text: perFirstLevel('6.5'),
      with: others,
    },
    {
      name: 'two sub-indicators scored in one sentence, each by the name right before it, as the table has them; no score rule fires',
      text: twoNamed('3.0'),
      with: others,
    },
    {
      // "评分标准：目标合理得2分；…" is the rule's full marks, not the score; "绩效目标（权重4分，得3分）" and
      // "资金投入（权重3分，得3分）" are second levels' lines, not the run-in above them
      name: "run-ins whose 评分标准 states full marks, between second levels' lines",
      text: runInTemplate('1.5'),
    },
  ],
  invalid: [
    {
      // Q #2: the across summary's 37.40 against the section's 37.04 and its children's 11.74 + 11.1 + 6.7 + 7.5
      name: 'a first-level score in a summary laid out across that the section and its children contradict',
      text: ACROSS,
      replace: ['得分\t13.50\t17.87\t37.04', '得分\t13.50\t17.87\t37.40'],
      errors: [
        {
          messageId: 'differs',
          data: { name: '项目产出', kind: '得分', where: '汇总表' },
          actual: '37.40分',
          expected: '37.04分',
          at: '37.40',
          also: ['37.04分'],
        },
      ],
    },
    {
      name: 'prose restating a first-level score against the summary laid out across and the children',
      text: ACROSS,
      replace: ['产出指标满分40分，得37.04分', '产出指标满分40分，得37.40分'],
      errors: [
        {
          messageId: 'differs',
          data: { where: '正文' },
          actual: '37.40分',
          expected: '37.04分',
          at: '37.40分',
          also: ['37.04'],
        },
      ],
    },
    {
      name: 'a heading restating another score than the summary, the children and the attachment',
      replace: ['（二）过程指标（共30分，得27分）', '（二）过程指标（共30分，得25分）'],
      // the summary's A2 过程 row (27) is the place it conflicts with
      errors: [
        {
          messageId: 'differs',
          data: { name: '过程', kind: '得分' },
          actual: '25分',
          expected: '27分',
          at: '25分',
          also: ['27'],
        },
      ],
    },
    {
      name: 'a heading score the narrative and the attachment contradict (组织实施 10 against 12)',
      replace: ['2、组织实施（指标分值15分，评价得分12分）', '2、组织实施（指标分值15分，评价得分10分）'],
      errors: [{ messageId: 'differs', actual: '10分', expected: '12分', at: '10分' }],
    },
    {
      name: '"该指标" in a paragraph opened by "B102预算执行率：" is B102, not the section 过程',
      text: coded('21.44', '综上，该指标得21.34分。'),
      errors: [{ messageId: 'differs', actual: '21.34分', expected: '21.44分', at: '21.34分' }],
    },
    {
      name: 'a sub-indicator scored in its parent section against the table and 分值 − 扣分: once, at the narrative; no other score rule fires',
      text: subInParent('6'),
      with: others,
      errors: [{ messageId: 'differs', expected: '7分', at: '6分' }],
    },
    {
      name: 'a heading score against a summary whose header spans two rows; no other score rule fires',
      text: twoRowHeader('17.47'),
      format: 'md',
      with: others,
      errors: [{ messageId: 'differs', expected: '17.74分', at: '17.47分' }],
    },
    {
      name: "a first-level table's bare 小计 against the summary's row (7.5 vs 6.5); no other score rule fires",
      text: perFirstLevel('7.5'),
      with: others,
      errors: [{ messageId: 'differs', expected: '6.5分', at: '7.5' }],
    },
    {
      name: "the attachment's 绩效指标明确性 (2) against the second of two scores in one sentence (3.0): its own name, not the first's",
      text: twoNamed('3.0', '2'),
      errors: [
        {
          messageId: 'differs',
          data: { name: '绩效指标明确性', kind: '得分', where: '附表' },
          actual: '2分',
          expected: '3.0分',
          at: '2',
        },
      ],
    },
    {
      name: "the 摘要's list of first-level scores by bare names (产出9.5分) against the tables and the section (9)",
      text: twoNamed('3.0', '3', '9.5'),
      errors: [
        {
          messageId: 'differs',
          data: { name: '产出', kind: '得分', where: '正文' },
          actual: '9.5分',
          expected: '9分',
          at: '9.5分',
        },
      ],
    },
  ],
});
