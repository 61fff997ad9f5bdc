// A growth rate a sentence states beside both figures it compares, recomputed.
import statedGrowth from '../../../rules/money/stated-growth.js';
import { ruleTester } from '../../rule-tester.js';
import { bodyText } from './common.js';

/**
 * Z's 四（六）, read by hand: (103.57 − 86.42) ÷ 86.42 = 17.15 ÷ 86.42 = 0.19845 → 19.84%; 22.68% is the growth from
 * 84.42 (19.15 ÷ 84.42 = 0.22684). 745 ÷ 612 − 1 = 133 ÷ 612 = 21.73%.
 */
const output = (rate: string) =>
  bodyText(
    `2024年全市专利申请量6,437件，授权量4,352件，其中发明专利授权745件，较上年612件增长21.73%。全市技术合同成交额103.57亿元，较上年86.42亿元增长${rate}，技术合同登记数1,596项。`,
  );

export const cases = ruleTester(statedGrowth, {
  base: output('19.84%'),
  valid: [
    {
      // Z's 四（一）: 7,298.39 ÷ 54,466.05 = 0.13400 → 13.40%
      name: 'an earlier year named between the figures ("较2022年度") is a word, not a figure',
      text: bodyText('受补助企业2023年度核定研发投入61,764.44万元，较2022年度54,466.05万元增长13.40%。'),
    },
    { name: 'a rate written to fewer decimals holds within its precision (19.8%)', replace: ['19.84%', '19.8%'] },
    {
      name: '亿元 beside 万元 is not converted: another figure, nothing said (864,200.00万元 would give 19.84%)',
      replace: [['86.42亿元增长19.84%', '864,200.00万元增长22.68%']],
    },
    {
      name: 'no earlier figure stated ("较上年增长22.68%"): nothing to recompute',
      replace: ['较上年86.42亿元增长19.84%', '较上年增长22.68%'],
    },
    {
      name: 'the earlier figure is another subject\'s (a name between: "，登记合同成交额较上年")',
      replace: ['，较上年86.42亿元增长19.84%', '，登记合同成交额较上年86.42亿元增长22.68%'],
    },
    {
      name: 'a rounded rate is no exact growth ("增长22.68%左右")',
      replace: ['增长19.84%', '增长22.68%左右'],
    },
    {
      name: 'a rounded figure is no exact growth ("约103.57亿元")',
      replace: [
        ['成交额103.57亿元', '成交额约103.57亿元'],
        ['增长19.84%', '增长22.68%'],
      ],
    },
    {
      name: 'a rate beside a rate (执行率95.00%, 90.00%): a change of 百分点 or a growth, which is unknown; not recomputed',
      text: bodyText('项目预算执行率95.00%，较上年90.00%提高5.00%。'),
    },
    {
      // (1,500.00 − 1,200.00) ÷ 1,500.00 = 20.00%
      name: 'a fall is (earlier − later) ÷ earlier',
      text: bodyText('全年会议费支出1,200.00万元，较上年1,500.00万元下降20.00%。'),
    },
  ],
  invalid: [
    {
      // Z #7
      name: 'Z #7: 103.57亿元 against 86.42亿元 is up 19.84%, not 22.68%',
      replace: ['19.84%', '22.68%'],
      errors: [
        { messageId: 'rise', expected: '19.84%', actual: '22.68%', at: '22.68%', also: ['103.57亿元', '86.42亿元'] },
      ],
    },
    {
      name: 'a count grows too: 745件 against 612件 is 21.73%, not 27.73%',
      replace: ['21.73%', '27.73%'],
      errors: [{ messageId: 'rise', expected: '21.73%', at: '27.73%', also: ['745件', '612件'] }],
    },
    {
      name: 'a fall the figures do not give: 1,200.00 against 1,500.00 is down 20.00%, not 25.00%',
      text: bodyText('全年会议费支出1,200.00万元，较上年1,500.00万元下降25.00%。'),
      errors: [{ messageId: 'fall', expected: '20.00%', at: '25.00%' }],
    },
    {
      name: 'an earlier year named between the figures, the rate wrong: 13.40%, not 13.04%',
      text: bodyText('受补助企业2023年度核定研发投入61,764.44万元，较2022年度54,466.05万元增长13.04%。'),
      errors: [{ messageId: 'rise', expected: '13.40%', at: '13.04%' }],
    },
  ],
});
