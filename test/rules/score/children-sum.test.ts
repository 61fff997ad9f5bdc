import childrenSum from '../../../rules/score/children-sum.js';
import crossSource from '../../../rules/score/cross-source.js';
import range from '../../../rules/score/range.js';
import { ruleTester } from '../../rule-tester.js';
import { coded, namedByStart, OTHER_TEMPLATE, ownFirstLevels, scoresInText, thirdParty } from './texts.js';

// 产出数量 lowered to 20 everywhere it is stated (heading, attachment, deduction) but the
// summary's 产出 row: 产出's children now make 20 + 25 = 45 against its 50.
const PARENT_OFF: Array<[string, string]> = [
  ['1、产出数量（指标分值25分，评价得分20分）', '1、产出数量（指标分值20分，评价得分20分）'],
  ['产出\t产出数量\t完成数量\t25', '产出\t产出数量\t完成数量\t20'],
  ['该项指标扣5分，得分20分。', '该项指标扣0分，得分20分。'],
];

export const cases = ruleTester(childrenSum, {
  base: OTHER_TEMPLATE,
  valid: [
    {
      name: 'a clause naming a sub-indicator by the start of its name scores it, as the table does',
      text: namedByStart('6'),
      with: [crossSource],
    },
    {
      name: 'a four-level table whose sections state their scores in a summary sentence',
      text: thirdParty('5.5'),
      format: 'md',
      with: [crossSource, range],
    },
    {
      name: 'sub-indicators "1.数量指标（30分，得28分）" add up to their first-level section',
      text: scoresInText('17'),
    },
    {
      name: 'first-level scores listed before the analysis ("运行管理指标分值40分，得分39分；…") that the 自评表 rows make',
      text: ownFirstLevels(),
    },
    {
      name: 'a listed name that is no first-level indicator of the 自评表 scores nothing',
      text: ownFirstLevels('文化服务指标分值60分，得分57分。'),
    },
    {
      name: 'a clause whose points its 自评表 rows do not make (70 over rows of 30 + 30): the table is read in part, nothing is said',
      text: ownFirstLevels('运行管理指标分值40分，得分39分；服务成效指标分值70分，得分56.5分。'),
    },
    {
      name: 'a clause after the list that names the whole ("综合得分94.5分") is not the last-named indicator\'s',
      text: ownFirstLevels('运行管理指标分值40分，服务成效指标分值60分，综合得分94.5分。'),
    },
  ],
  invalid: [
    {
      name: 'each "；"-clause scores the indicator it names: 服务成效 stated 56.5, its 自评表 rows make 27.5 + 28 = 55.5',
      text: ownFirstLevels('运行管理指标分值40分，得分39分；服务成效指标分值60分，得分56.5分。'),
      errors: [{ messageId: 'sum', at: '56.5分', expected: '55.5分', actual: '56.5分' }],
    },
    {
      name: '"运行管理得分38分" under "1.运行管理" beside a named deduction of a row: the section\'s own score (19 + 20 = 39)',
      text: ownFirstLevels('服务成效指标分值60分，得分55.5分。', '运行管理得分38分。'),
      errors: [{ messageId: 'sum', at: '38分', expected: '39分' }],
    },
    {
      name: 'a parent whose children add up to another 分值',
      replace: PARENT_OFF,
      errors: [{ messageId: 'sum', expected: '45分', actual: '50分' }],
    },
    {
      name: 'a code row (B) whose children (B101, B102) add up to another figure',
      text: coded('21.34', '综上，该指标得21.34分。'),
      errors: [{ messageId: 'sum', expected: '46.34分' }],
    },
    {
      name: 'a sub-indicator named by the start of its name, scored otherwise than its children: the child, not its parent through it',
      text: namedByStart('5'),
      with: [crossSource],
      errors: [{ messageId: 'sum', at: '5分' }],
    },
    {
      name: "a section's own score its children do not make (3 + 2.5 ≠ 5)",
      text: thirdParty('5'),
      format: 'md',
      with: [crossSource, range],
      errors: [{ messageId: 'sum', at: '5分' }],
    },
    {
      name: 'sub-indicators added to their first-level section (社会效益 16 + 18 = 34, not the stated 35)',
      text: scoresInText('16'),
      errors: [{ messageId: 'sum', expected: '34分' }],
    },
    {
      name: 'reports the child its own children contradict, not its parent through it',
      text: [
        '三、评价结论',
        '一级指标\t分值\t得分',
        '产出\t10\t10',
        '四、绩效评价指标分析',
        '（一）产出指标分析',
        '1.产出数量（4分）：完成全部任务，得4分。',
        '2.产出时效（6分）：部分站点延期，扣2分，得3分。',
        '附件：评分表',
        '一级指标\t二级指标\t三级指标\t分值\t得分\n产出\t产出数量\t完成数量\t4\t4\n\t产出时效\t站点建设完成及时性\t6\t6',
      ].join('\n\n'),
      errors: [{ messageId: 'sum', at: '3分', expected: '6分' }],
    },
  ],
});
