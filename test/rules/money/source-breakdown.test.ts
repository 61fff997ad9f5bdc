import { expect, it } from 'vitest';
import sourceBreakdown from '../../../rules/money/source-breakdown.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { bodyText, FUNDING_OK } from './common.js';
import { byClassSpanned, continued, withTable } from './tables.js';

/** Y's 一（二）: the whole's 到位 by its four levels (中央 / 自治区 / 市级 / 旗县), 中央 as given. */
const LEVELS = (central: string) =>
  `项目实际到位资金16,743.66万元，其中中央财政补助资金${central}万元、自治区财政补助资金4,128.38万元、市级财政资金1,432.04万元、旗县财政资金1,850.82万元。`;
/** 实际到位资金 57 with its parts, one left empty (市县财政). */
const fundsTable = (a: string, b: string) =>
  bodyText(
    [
      '资金情况',
      '',
      '计划投资额（万元）\t57\t实际到位资金（万元）\t57',
      `其中：中央财政\t0\t其中：中央财政\t${a}`,
      `省财政\t0\t省财政\t${b}`,
      '市县财政\t57\t市县财政\t',
      '',
    ].join('\n'),
  );
const byYear = (y2023: string) =>
  `2021—2024年，省财政累计安排专项资金26,900.00万元，其中2021年6,000.00万元、2022年6,500.00万元、2023年${y2023}万元、2024年7,400.00万元。`;
/** The same years as a list closed by its sum ("…、2024年7,400.00万元，合计26,900.00万元"), with no 其中. */
const closedYears = (y2023: string, close = '合计') =>
  `2021—2024年专项资金到位情况为：2021年6,000.00万元、2022年6,500.00万元、2023年${y2023}万元、2024年7,400.00万元，${close}26,900.00万元，全部按计划到位。`;
const spanReport = (sentence: string, table = '') =>
  `某省2021—2024年非遗保护专项资金绩效评价报告\n\n一、项目概况\n\n${sentence}\n\n${table}`;
const YEAR_TABLE =
  '表2 分年度预算（万元）\n\n年度\t传承人补助\t工坊建设\t合计\n2021年\t2,000.00\t4,000.00\t6,000.00\n2022年\t2,500.00\t4,000.00\t6,500.00\n2023年\t3,000.00\t4,000.00\t7,000.00\n2024年\t3,400.00\t4,000.00\t7,400.00';
/**
 * X's 表2: each year a pair of columns "YYYY年计划 | YYYY年到位", its 合计 row giving each year's 到位. Read by hand:
 * 到位 2023 1,200.00 + 800.00 = 2,000.00, 2024 1,000.00 + 500.00 = 1,500.00, whole 3,500.00.
 */
const KIND_PAIRS_TABLE =
  '表2 资金来源及到位情况（单位：万元）\n\n资金来源\t2023年计划\t2023年到位\t2024年计划\t2024年到位\t到位合计\n专项债券\t1,200.00\t1,200.00\t1,000.00\t1,000.00\t2,200.00\n县级财政资金\t800.00\t800.00\t600.00\t500.00\t1,300.00\n合计\t2,000.00\t2,000.00\t1,600.00\t1,500.00\t3,500.00';
const arrivedYears = (y2023: string, kind = '到位') =>
  `项目累计到位资金3,500.00万元，其中2023年${kind}${y2023}万元、2024年${kind}1,500.00万元。`;
/** Years as columns: "资金来源 | 2023年度 | 2024年度 | 合计", the 合计 row giving each year's amount. */
const twoYears = (y2024: string) => `两年共安排资金2,840.00万元，其中2023年度1,380.00万元、2024年度${y2024}万元。`;
const ACROSS_TABLE = (caption: string) =>
  `${caption}\n\n资金来源\t2023年度\t2024年度\t合计\n中央财政资金\t820.00\t860.00\t1,680.00\n县级财政资金\t560.00\t600.00\t1,160.00\n合计\t1,380.00\t1,460.00\t2,840.00`;
/** Each year over two columns (a two-row header): "2023年度" over `kinds`, the 合计 row last. */
const pairsTable = (kinds: [string, string]) =>
  '表3 分类别资金情况（单位：万元）\n\n<table><tr><td rowspan="2">补贴类别</td><td colspan="2">2023年度</td><td colspan="2">2024年度</td></tr>' +
  `<tr><td>${kinds[0]}</td><td>${kinds[1]}</td><td>${kinds[0]}</td><td>${kinds[1]}</td></tr>` +
  '<tr><td>培训补贴</td><td>460.00</td><td>435.00</td><td>480.00</td><td>456.10</td></tr>' +
  '<tr><td>岗位补贴</td><td>920.00</td><td>873.84</td><td>980.00</td><td>935.75</td></tr>' +
  '<tr><td>合计</td><td>1,380.00</td><td>1,308.84</td><td>1,460.00</td><td>1,391.85</td></tr></table>';
/** A bond project's sources, then its bonds by year in a sentence of their own ("专项债券共分5批次发行，其中…"). */
const BOND_SOURCES =
  '项目批复总投资20,400.00万元，资金来源为地方政府专项债券资金18,000.00万元（1.80亿元）和县级配套资金2,400.00万元。';
const bondYears = (y2023: string, lead = '专项债券共分5批次发行') =>
  `${lead}，其中2022年度8,000.00万元、2023年度${y2023}万元、2024年度3,500.00万元。`;
/** 表3: the years as rows, the bonds' own column beside the county's and their 合计. */
const bondTable = (bonds2023: string, county2023: string, total2023: string) =>
  `表3 项目资金来源分年度情况表（万元）\n\n年度\t专项债券资金\t县级配套资金\t合计\n2022年度\t8,000.00\t800.00\t8,800.00\n2023年度\t${bonds2023}\t${county2023}\t${total2023}\n2024年度\t3,500.00\t700.00\t4,200.00\n合计\t18,000.00\t2,400.00\t20,400.00`;
/** A transfer fund's 下达 by layer with each layer's share ("分别占…"): 600 + 250 + 100 + 50 = 1,000. */
const layers = (province: string, shares = '60.00%、25.00%、10.00%和5.00%') =>
  `沧州市2023年度城乡义务教育补助经费政策绩效评价报告\n\n一、基本情况\n\n2023年度，全市共下达城乡义务教育补助经费1,000.00万元，其中中央资金600.00万元、省级资金${province}万元、市级资金100.00万元、县级资金50.00万元，分别占${shares}。`;
/** A department's report with one HTML table (the 合计 spanning the label columns, as W's). */
const deptTable = (caption: string, rows: string[][]) =>
  `# 某局2024年度部门整体支出绩效自评报告\n\n# 一、部门收支\n\n${caption}\n\n<table>${rows
    .map(
      (r) =>
        `<tr>${r.map((c) => (c.startsWith('合计') ? `<td colspan="${c.slice(2)}">合计</td>` : `<td>${c}</td>`)).join('')}</tr>`,
    )
    .join('')}</table>\n`;
/** A department's tasks (W's 表3): one row's 主要内容 names a source word (彩票公益金), the others none. */
const TASKS = deptTable('表3 年度主要任务及预算执行情况（单位：万元）', [
  ['序号', '任务名称', '主要内容', '全年预算数', '全年执行数'],
  ['1', '机构正常运转', '保障人员工资和日常公用经费', '7,508.91', '7,457.10'],
  ['2', '城乡最低生活保障', '按月发放城乡低保金', '7,262.60', '7,171.09'],
  ['3', '其他民政业务', '临时救助、儿童和老年福利、彩票公益金项目等', '1,654.34', '1,558.06'],
  ['合计3', '16,425.85', '16,186.25'],
]);
/** Spending by 功能分类 (W's 表5, flat 7-digit codes): the last account is "用于社会福利的彩票公益金支出". */
const ACCOUNTS = deptTable('表5 支出决算（按功能分类科目）（单位：万元）', [
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  ['2010801', '行政运行', '1,490.34', '1,490.34', '0.00'],
  ['2081901', '城市最低生活保障金支出', '2,940.15', '0.00', '2,940.15'],
  ['2296002', '用于社会福利的彩票公益金支出', '492.73', '0.00', '492.73'],
  ['合计2', '4,923.22', '1,490.34', '3,432.88'],
]);
/** Sources, one of them a source word (彩票公益金): the budget adds up (300 + 120), the spending (280 + 100) not. */
const LOTTERY_SOURCE = withTable('表2 资金来源（单位：万元）', [
  '资金来源\t预算数\t支出数',
  '一般公共预算拨款\t300.00\t280.00',
  '彩票公益金\t120.00\t100.00',
  '合计\t420.00\t100.00',
]);
const pairsReport = (sentence: string, kinds: [string, string]) =>
  `# 某县2023—2024年就业补助资金绩效评价报告\n\n# 一、项目概况\n\n${sentence}\n\n${pairsTable(kinds)}\n`;

export const cases = ruleTester(
  sourceBreakdown,
  {
    // every column and sentence adds up
    base: FUNDING_OK,
    valid: [
      {
        name: 'a part the table states otherwise is left to money/consistency (县级 25 in the text, 20 in the table)',
        replace: ['县级资金20万元', '县级资金25万元'],
      },
      { name: 'an empty cell is not filled in, not zero', text: fundsTable('0', '0') },
      {
        name: 'a table by classification code: "其他农业农村支出" is an account, no source, and the 合计 totals the 类 rows',
        text: byClassSpanned(),
        format: 'md',
      },
      {
        name: "a table of tasks: the row whose 主要内容 names 彩票公益金 is a task, not the 合计's one source",
        text: TASKS,
        format: 'md',
      },
      {
        name: 'a table of accounts by 功能分类: "用于社会福利的彩票公益金支出" is an account, not a source',
        text: ACCOUNTS,
        format: 'md',
      },
      {
        name: 'a piece after "附件7（续）": its 合计 totals both pieces, not the rows on its page',
        text: continued(),
        format: 'md',
      },
      {
        name: 'the years add up to the total and agree with the table by year',
        text: spanReport(byYear('7,000.00'), YEAR_TABLE),
      },
      {
        name: 'a list of years closed by 合计 adds up and agrees with the table by year',
        text: spanReport(closedYears('7,000.00'), YEAR_TABLE),
      },
      {
        name: 'a list closed by 合计 whose items are not all years (a source among them) is no breakdown by year',
        text: spanReport(
          '专项资金到位情况为：2021年6,000.00万元、2022年6,500.00万元、市级配套资金7,100.00万元、2024年7,400.00万元，合计26,900.00万元。',
        ),
      },
      {
        name: 'one year and its 合计 is no list',
        text: spanReport('专项资金到位情况为：2024年7,400.00万元，合计26,900.00万元。'),
      },
      {
        name: 'the years add up and agree with a table with the years as columns',
        text: spanReport(twoYears('1,460.00'), ACROSS_TABLE('表2 资金来源情况表（单位：万元）')),
      },
      {
        name: "the bonds' years add up to the bonds of the sentence before (18,000.00), not to 总投资 20,400.00",
        text: spanReport(BOND_SOURCES + bondYears('6,500.00'), bondTable('6,500.00', '900.00', '7,400.00')),
      },
      {
        name: 'the sentence before names another fund only (县级配套资金): the bonds have no whole there',
        text: spanReport(`资金来源为县级配套资金2,400.00万元。${bondYears('6,050.00')}`),
      },
      {
        name: 'the sentence before is of another year (2021) than the parts (2022—2024)',
        text: spanReport(`2021年下达专项债券资金18,000.00万元。${bondYears('6,050.00')}`),
      },
      {
        name: 'the sentence before states the bonds of another kind (spent, the breakdown none)',
        text: spanReport(`项目累计支出专项债券资金18,000.00万元。${bondYears('6,050.00')}`),
      },
      {
        name: 'the lead names two funds (专项债券和县级配套资金): whose whole is uncertain',
        text: spanReport(BOND_SOURCES + bondYears('6,050.00', '专项债券和县级配套资金分年度安排')),
      },
      {
        name: "a fund's 下达 whose layers and their shares (分别占…) add up",
        text: layers('250.00'),
      },
      {
        name: 'a sentence comparing years',
        text: spanReport('累计安排26,900.00万元，较上期增加，其中2021年6,000.00万元、2022年6,500.00万元。'),
      },
      {
        // Y's 五: each 旗县's own 到位 with two of the four levels the report states 到位 in (一（二）)
        name: 'a place\'s list of some levels ("其中中央…、旗县…") where the document states 到位 from 自治区 and 市级 too',
        text: bodyText(
          [
            LEVELS('9,332.42'),
            '集宁区2024年实际到位资金4,089.75万元，其中中央财政补助资金2,424.14万元、旗县财政资金570.45万元。',
          ].join('\n\n'),
        ),
      },
    ],
    invalid: [
      {
        // Y #5: the four levels add to 17,043.66, not 16,743.66; they leave no level out
        name: 'a list naming every level the document states, whose parts do not add up',
        text: bodyText(LEVELS('9,632.42')),
        errors: [{ messageId: 'sum', actual: '16743.66万元', expected: '17043.66万元' }],
      },
      {
        name: 'a list of some levels whose parts exceed its whole: no part left out explains that',
        text: bodyText(
          [
            LEVELS('9,332.42'),
            '集宁区2024年实际到位资金4,089.75万元，其中中央财政补助资金3,424.14万元、旗县财政资金970.45万元。',
          ].join('\n\n'),
        ),
        errors: [{ messageId: 'sum', actual: '4089.75万元', expected: '4394.59万元' }],
      },
      {
        name: 'a list of two levels in a document that states no other level: the whole breakdown',
        text: bodyText(
          '集宁区2024年实际到位资金4,089.75万元，其中中央财政补助资金2,424.14万元、旗县财政资金570.45万元。',
        ),
        errors: [{ messageId: 'sum', actual: '4089.75万元', expected: '2994.59万元' }],
      },
      {
        name: 'a sentence whose parts do not add up (60 + 40.5 + 25 ≠ 120.5)',
        text: bodyText('该项目实际到位资金120.5万元，其中：中央资金60万元，省级资金40.5万元，县级资金25万元。'),
        errors: [{ messageId: 'sum', actual: '120.5万元', expected: '125.5万元' }],
      },
      {
        name: "the layer its own share disowns (省级 260 against 25.00% of 1,000; the others' shares agree): that layer, not the total",
        text: layers('260.00'),
        errors: [{ messageId: 'sharePart', actual: '260.00万元', expected: '250.00万元', at: '260.00万元' }],
      },
      {
        name: 'shares that agree with no single part (two disowned): the total is blamed',
        text: layers('260.00', '60.00%、25.00%、15.00%和5.00%'),
        errors: [{ messageId: 'sum', actual: '1000万元', expected: '1010万元' }],
      },
      {
        name: 'shares after a list that adds up to no part are passed over: the total is blamed',
        text: layers('260.00', '60.00%、25.00%和10.00%'),
        errors: [{ messageId: 'sum', actual: '1000万元', expected: '1010万元' }],
      },
      {
        name: 'a table column whose parts do not add up (columns in another order, 元: 600000 + 405000 + 185000)',
        replace: ['县级资金\t175000', '县级资金\t185000'],
        errors: [{ messageId: 'sum', table: { row: 4, col: 1 }, expected: '1190000元' }],
      },
      {
        name: 'sources with one source word among their rows: every row is a part (280 + 100 ≠ 100), not the lottery alone',
        text: LOTTERY_SOURCE,
        errors: [{ messageId: 'sum', actual: '100万元', expected: '380万元' }],
      },
      {
        name: 'filled parts beyond the total (30 + 40 > 57), one left empty',
        text: fundsTable('30', '40'),
        errors: [{ messageId: 'exceeds' }],
      },
      {
        name: 'an empty part reported when the option asks for it',
        text: fundsTable('0', '0'),
        options: { reportEmptyCells: true },
        errors: [{ messageId: 'empty' }],
      },
      {
        name: 'the years do not add up to the total: at the total',
        text: spanReport(byYear('7,100.00')),
        errors: [{ messageId: 'years', actual: '26900万元', expected: '27000万元', at: '26,900.00万元' }],
      },
      {
        name: "the years do not add up, in a paragraph that opens with a run-in heading ('1.资金安排。…')",
        text: spanReport(`（一）资金投入\n\n1.资金安排。${byYear('7,100.00')}`),
        errors: [{ messageId: 'years', actual: '26900万元', expected: '27000万元', at: '26,900.00万元' }],
      },
      {
        name: 'a list of years closed by 合计 / 共计 that does not add up: at the total',
        text: spanReport(closedYears('7,100.00')),
        errors: [{ messageId: 'years', actual: '26900万元', expected: '27000万元', at: '26,900.00万元' }],
      },
      {
        name: 'a list of years closed by its sum, one year written otherwise in the table by year: that year',
        text: spanReport(closedYears('7,100.00', '共计'), YEAR_TABLE),
        errors: [{ messageId: 'yearPart', actual: '7100万元', expected: '7000万元', at: '7,100.00万元' }],
      },
      {
        name: 'the year a table by year writes otherwise, when with it the years add up',
        text: spanReport(byYear('7,100.00'), YEAR_TABLE),
        errors: [{ messageId: 'yearPart', actual: '7100万元', expected: '7000万元', at: '7,100.00万元' }],
      },
      {
        name: 'the year a table with the years as columns writes otherwise (its 合计 row): that year, not the total',
        text: spanReport(twoYears('1,640.00'), ACROSS_TABLE('表2 资金来源情况表（单位：万元）')),
        errors: [{ messageId: 'yearPart', actual: '1640万元', expected: '1460万元', at: '1,640.00万元' }],
      },
      {
        name: 'a year spanning 预算 | 支出 under a two-row header: its 预算 column',
        text: pairsReport(twoYears('1,640.00'), ['预算', '支出']),
        format: 'md',
        errors: [{ messageId: 'yearPart', actual: '1640万元', expected: '1460万元', at: '1,640.00万元' }],
      },
      {
        name: "the bonds' years against the bonds of the sentence before: the year the table's bond column writes otherwise",
        text: spanReport(BOND_SOURCES + bondYears('6,050.00'), bondTable('6,500.00', '900.00', '7,400.00')),
        errors: [{ messageId: 'yearPart', actual: '6050万元', expected: '6500万元', at: '6,050.00万元' }],
      },
      {
        name: 'the whole in the last sentence of the paragraph before; no table: the total is blamed',
        text: spanReport(`${BOND_SOURCES}\n\n${bondYears('6,050.00')}`),
        errors: [{ messageId: 'years', actual: '18000万元', expected: '17550万元', at: '18,000.00万元' }],
      },
      {
        name: "a row's 合计 (bonds + county, 6,500.00) is not the bonds' year: the bond column agrees, the total is blamed",
        text: spanReport(BOND_SOURCES + bondYears('6,050.00'), bondTable('6,050.00', '450.00', '6,500.00')),
        errors: [{ messageId: 'years', actual: '18000万元', expected: '17550万元', at: '18,000.00万元' }],
      },
      {
        name: 'a year over columns none of which is a budget (支出 | 结余): no year is blamed, the total is',
        text: pairsReport(twoYears('1,640.00'), ['支出', '结余']),
        format: 'md',
        errors: [{ messageId: 'years', actual: '2840万元', expected: '3020万元', at: '2,840.00万元' }],
      },
      {
        // X #10: the finding stood at the total, which 表2 confirms
        name: 'years paired with kinds (2023年计划 | 2023年到位): the 到位 year its column writes otherwise, not the total',
        text: spanReport(arrivedYears('2,250.00'), KIND_PAIRS_TABLE),
        errors: [{ messageId: 'yearPart', actual: '2250万元', expected: '2000万元', at: '2,250.00万元' }],
      },
      {
        name: 'a year of another kind (支出) than the columns (到位): no year is blamed, the total is',
        text: spanReport(arrivedYears('2,250.00', '支出'), KIND_PAIRS_TABLE),
        errors: [{ messageId: 'years', actual: '3500万元', expected: '3750万元', at: '3,500.00万元' }],
      },
      {
        name: 'years as columns with no unit stated (they may count people): the total is blamed',
        text: spanReport(twoYears('1,640.00'), ACROSS_TABLE('表2 资金来源情况表')),
        errors: [{ messageId: 'years', actual: '2840万元', expected: '3020万元', at: '2,840.00万元' }],
      },
    ],
  },
  () => {
    // The seed's attachment: 计划投资额 57 = 0 + 0 + 57 (+ empty 其他); 实际使用 57 = 0 + 0 + 57;
    // 实际到位资金 57 with 中央 0, 省 0 and 市县财政 / 其他 left empty — an unfilled cell, not a contradiction.
    it.each(SEED_FORMATS)('seed (%s): no finding', async (fmt) => {
      expect(runRule(sourceBreakdown, await readFixture(SEED[fmt]))).toEqual([]);
    });
  },
);
