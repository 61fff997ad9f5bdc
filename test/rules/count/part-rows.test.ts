// "施工共划分为N个标段" against the tables that list the 标段 one by one (一标段 … 五标段).
import partRows from '../../../rules/count/part-rows.js';
import { ruleTester } from '../../rule-tester.js';

/** X's 表1 (first column 一标段 … 五标段, a 合计 row) and 表5 (施工一标段 … 施工五标段, then the service contracts). */
const LOTS = [
  '一标段\t水寨镇\t30.512\t2',
  '二标段\t华城镇\t22.546\t1',
  '三标段\t河东镇\t25.559\t2',
  '四标段\t安流镇\t23.945\t1',
  '五标段\t岐岭镇\t16.992\t1',
];
const report = (claim: string, lots = LOTS, contracts = 5) =>
  [
    '五华县城镇污水管网建设及提质增效工程财政重点绩效评价报告',
    '一、项目概况',
    `本项目施工${claim}，覆盖水寨镇、华城镇、河东镇、安流镇和岐岭镇。`,
    '表1 各标段建设内容及工程量',
    ['标段\t实施范围\t新建管网（km）\t提升泵站（座）', ...lots, '合计\t—\t119.554\t7'].join('\n'),
    '表5 招标情况（单位：万元）',
    [
      '合同\t招标控制价\t中标价',
      ...[...Array(contracts).keys()].map((i) => `施工${'一二三四五六'[i]}标段\t3,400.00\t3,300.00`),
      '勘察设计\t530.00\t520.00',
      '合计\t17,530.00\t17,020.00',
    ].join('\n'),
    '',
  ].join('\n\n');

export const cases = ruleTester(partRows, {
  base: report('共划分为5个标段'),
  valid: [
    { name: 'five 标段 claimed, the tables list 一标段 … 五标段', text: report('共划分为五个标段') },
    {
      name: 'a subset is no whole: "其中3个标段已完工"',
      text: report('共划分为5个标段，其中3个标段已完工'),
    },
    {
      name: 'a claim beyond a single table that may list only some (one table of 2)',
      text: report('共划分为5个标段', LOTS.slice(0, 2), 0),
    },
    {
      name: 'a table whose 标段 repeat (payments by lot) is no series',
      text: report('共划分为6个标段', [...LOTS.slice(0, 2), LOTS[0], LOTS[1], LOTS[2]], 0),
    },
  ],
  invalid: [
    {
      // X #6
      name: 'six claimed, both tables list five',
      text: report('共划分为6个标段'),
      errors: [{ messageId: 'rows', actual: '6个', expected: '5个', at: '6个标段' }],
    },
    {
      name: 'four claimed, a table lists a fifth: at least five',
      text: report('共分为四个标段', LOTS, 0),
      errors: [{ messageId: 'rows', actual: '4个', expected: '5个', at: '四个标段' }],
    },
  ],
});
