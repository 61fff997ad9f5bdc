import { expect, it } from 'vitest';
import consistency from '../../../rules/money/consistency.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { bodyText, FUNDING_OK } from './common.js';
import { byClass } from './tables.js';

// the text's breakdown 600,000+300,000+100,000+90,000 ≠ 1,100,000 and the table's adds up:
// of the two statements of the 县级 budget, the table's is the one the document stands by
const TIE = [
  '项目预算1,100,000.00元，其中中央资金600,000.00元、省级资金300,000.00元、市级资金100,000.00元、县级资金90,000.00元。',
  '',
  '资金来源\t资金情况（元）\t\t执行率',
  '\t预算安排\t实际到位\t',
  '中央财政\t600,000.00\t600,000.00\t100%',
  '省级财政\t300,000.00\t300,000.00\t100%',
  '市级财政\t100,000.00\t100,000.00\t100%',
  '县级财政\t100,000.00\t100,000.00\t100%',
  '合计\t1,100,000.00\t1,100,000.00\t100%',
  '',
].join('\n');

/** Y's 五 and 六（一）: a place's whole 到位 with its 旗县 part, then a run-in heading on the 旗县 money and that place's clause. */
const RUN_IN = (arrived: string) =>
  [
    '乌兰察布市2024年城镇保障性安居工程专项资金政策绩效评价报告',
    '',
    '五、旗县市区情况',
    '',
    '（三）四子王旗',
    '',
    '四子王旗2024年实际到位资金965.81万元，其中中央财政补助资金433.77万元、旗县财政资金69.27万元。',
    '',
    '六、存在的问题',
    '',
    `（一）旗县配套资金未全部到位。商都县应到位75.37万元，实际到位57.65万元，到位率76.49%；四子王旗应到位113.20万元，实际到位${arrived}万元。`,
    '',
  ].join('\n');
/** Per-year pairs under a header whose spans are flattened to empty cells (as pandoc writes them), then the two-year pair. */
const yearPairs = (spent: string) =>
  bodyText(
    [
      `两年累计支出${spent}万元，预算执行率95.50%。`,
      '',
      '表3 分类别分年度资金预算及支出情况表（单位：万元）',
      '',
      '补贴类别\t2023年度\t\t2024年度\t\t两年合计\t\t执行率',
      '\t预算\t支出\t预算\t支出\t预算\t支出\t',
      '职业技能培训补贴\t460.00\t435.00\t480.00\t456.10\t940.00\t891.10\t94.80%',
      '公益性岗位补贴\t430.00\t412.92\t450.00\t434.01\t880.00\t846.93\t96.24%',
      '合计\t890.00\t847.92\t930.00\t890.11\t1,820.00\t1,738.03\t95.50%',
      '',
    ].join('\n'),
  );

/** A department's spending, then its 基本支出 by 经济分类 (code | account | 决算数), one row given. */
const byEconomicClass = (row: string) =>
  [
    '某局2024年度部门整体支出绩效自评报告',
    '一、部门收支',
    '2024年度我局全年支出1,094.00万元，其中基本支出553.70万元。',
    '表6 基本支出决算表（按经济分类，单位：万元）',
    ['科目编码\t科目名称\t决算数', '30101\t基本工资\t500.00', row, '30201\t办公费\t12.50', '合计\t\t553.70'].join(
      '\n',
    ) + '\n',
  ].join('\n\n');
/** A fund's year, then each county's run-in paragraph ("2．青岭朝鲜族自治县。…全年支出…，执行率…"), then a months' span. */
const COUNTIES = (months: string) =>
  [
    '青原市2024年度医疗救助补助资金绩效评价报告',
    '',
    '一、资金使用情况',
    '',
    '全市下达资金11,903.31万元，全年支出11,297.71万元，执行率94.91%。',
    '',
    '二、各县（市、区）实施情况',
    '',
    '1．松阳县。2024年下达资金2,012.63万元，全年支出1,880.96万元，执行率93.46%。',
    '',
    '2．青岭朝鲜族自治县。2024年下达资金2,611.52万元，全年支出2,436.12万元，执行率93.28%。',
    '',
    '青岭朝鲜族自治县执行率最低，为93.28%，全年支出2,436.12万元。',
    '',
    `全年支出中，${months}支出3,827.59万元，占全年支出的33.88%。`,
    '',
  ].join('\n');

export const cases = ruleTester(
  consistency,
  {
    // text (万元) and table (元) agree
    base: FUNDING_OK,
    valid: [
      {
        name: 'accounts "其他行政运行支出", "其他农业农村支出" are no funds from the source 其他 (their 500.00, 348.74 and 0.00 are not one figure)',
        text: byClass(['2130101\t行政运行', '2130102\t其他行政运行支出']),
      },
      {
        name: 'accounts of the 经济分类 ("30199 | 其他工资福利支出 | 41.20") name no 支出 of the department',
        text: byEconomicClass('30199\t其他工资福利支出\t41.20'),
      },
      {
        name: "a 合计 row's per-year 支出 (847.92, 890.11 under 2023年度 / 2024年度) are those years', not the programme's",
        text: yearPairs('1,738.03'),
      },
      {
        name: '年初预算 and 调整后预算 are kept apart',
        text: bodyText('项目年初预算100万元，调整后预算120万元。预算数为120万元。'),
      },
      {
        name: 'the 市级 and 县级 parts of one breakdown are not compared with each other',
        text: bodyText('项目预算1286.5万元，其中省级补助634.3万元、市级补助250万元、县级配套402.2万元。'),
      },
      {
        name: '"县级资金到位…" is the county\'s amount, not the whole project\'s',
        text: bodyText('项目实际到位资金100万元。资金落实方面，县级资金到位20万元，未全额到位。'),
      },
      {
        // U: "中央、省级和市级资金全部到位" lists sources with no amount; the 县级 clause after it is the 县级's
        name: "one layer's 到位 and 到位率 after a list of the other layers, not the whole's",
        text: bodyText(
          '项目实际到位94,753.76万元，到位率99.84%。中央、省级和市级资金全部到位，县级资金应到位12,106.59万元，实际到位11,953.08万元，到位率98.73%。',
        ),
      },
      {
        // U: a county of the report's own city opening a clause after "如下：" states that county's figures
        name: 'each county\'s clause after "如下：" is that county\'s',
        text: bodyText(
          '项目实际到位94,753.76万元，实际支出91,052.88万元，执行率96.09%。各县（市、区）资金使用情况如下：运河区下达资金5,971.03万元，到位资金5,965.54万元，实际支出5,824.82万元，执行率97.64%；新华区下达资金4,860.05万元，到位资金4,832.43万元，实际支出4,565.01万元，执行率94.47%。',
        ),
      },
      {
        // U's 六（二）: "X中的Y" names the sub-fund Y (listed by "包括…三项") as the clause's subject
        name: 'a listed sub-fund named as "经费中的Y" states its own 支出',
        text: bodyText(
          [
            '经费包括公用经费补助资金、校舍安全保障长效机制资金、免费教科书资金三项。',
            '项目实际到位94,753.76万元，实际支出91,052.88万元。',
            '截至2023年底，经费中的校舍安全保障长效机制资金到位2,615.40万元，支出2,230.23万元，执行率85.27%。',
          ].join('\n\n'),
        ),
      },
      {
        name: 'the 分值 beside a rate in a scoring table is not the rate',
        text: bodyText(
          '项目到位资金100万元，预算100万元，资金到位率100%。\n\n附表\n\n一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分\n过程\t资金管理\t资金到位率\t4\t得分=到位率×分值\t4\n',
        ),
      },
      {
        // Y's 一（二） and 表1: 内蒙古's four layers; "自治区财政" holds 区财政 and "旗县" 县财政, yet they are two layers
        name: 'the 自治区 and 旗县 layers of one list, and the 旗县 row of a table by layer, are two sources',
        text: bodyText(
          [
            '全市实际到位资金16,743.66万元。分层级看，中央财政补助资金到位9,332.42万元、自治区财政补助资金到位4,128.38万元、市级财政资金到位1,432.04万元、旗县财政资金到位1,850.82万元。',
            '',
            '表1 资金下达及到位情况（单位：万元）',
            '',
            '资金层级\t下达资金\t实际到位\t到位率',
            '中央财政补助资金\t9,332.42\t9,332.42\t100.00%',
            '自治区财政补助资金\t4,128.38\t4,128.38\t100.00%',
            '市级财政资金\t1,432.04\t1,432.04\t100.00%',
            '旗县财政资金\t1,949.58\t1,850.82\t94.93%',
            '合计\t16,842.42\t16,743.66\t99.41%',
            '',
          ].join('\n'),
        ),
      },
      {
        // Y's 六（一） against 五: the run-in heading says whose money the place's clause states
        name: 'a run-in heading naming one layer ("（一）旗县配套资金未全部到位。") makes its clauses that layer\'s',
        text: RUN_IN('69.27'),
      },
      {
        // AA's 四（九）6 and 附件3: an autonomous county's name runs past six characters; "10月至12月" is a quarter
        name: "an autonomous county's run-in paragraph is that county's, some months' 支出 those months'",
        text: COUNTIES('10月至12月'),
      },
      ...['上半年', '第四季度', '7—9月'].map((months) => ({
        name: `a part of the year ("${months}支出") is that period's`,
        text: COUNTIES(months),
      })),
    ],
    invalid: [
      {
        name: 'a row naming the 支出 with no account code beside it is the department’s (1,049.00 against 1,094.00)',
        text:
          byEconomicClass('30199\t其他工资福利支出\t41.20') + '\n表7 支出情况（单位：万元）\n\n全年支出\t1,049.00\n',
        errors: [{ messageId: 'differs', actual: '1049.00万元', expected: '1094.00万元' }],
      },
      {
        // "1月至12月" is the whole year: its 支出 is the year's, against 11,297.71
        name: "a span of months that is the whole year states the year's 支出",
        text: COUNTIES('1月至12月'),
        errors: [{ messageId: 'differs', actual: '3827.59万元' }],
      },
      {
        name: "the layer a run-in heading names, against the same place's part of that layer",
        text: RUN_IN('79.27'),
        errors: [{ messageId: 'differs', actual: '79.27万元', expected: '69.27万元' }],
      },
      {
        name: 'one 旗县 layer stated twice otherwise (旗级 and 旗县 are one county layer)',
        text: bodyText(
          '项目实际到位资金16,743.66万元，其中自治区财政补助资金4,128.38万元、旗县财政资金1,850.82万元。资金落实方面，旗级财政资金到位1,805.82万元。',
        ),
        errors: [{ messageId: 'differs', actual: '1805.82万元', expected: '1850.82万元' }],
      },
      {
        // the whole's clause before the first part clause stays the whole's (94,853.76 against 94,753.76)
        name: 'the whole’s figure in the clause before a county’s, against the whole’s',
        text: bodyText(
          '项目实际到位94,753.76万元。截至年底，实际到位94,853.76万元，各县（市、区）资金到位情况如下：运河区下达资金5,971.03万元，到位资金5,965.54万元；新华区下达资金4,860.05万元，到位资金4,832.43万元。',
        ),
        errors: [{ messageId: 'differs', actual: '94853.76万元', expected: '94753.76万元' }],
      },
      {
        name: "the programme's spending against the two-year pair's 合计 (1,700.00 in the text, 1,738.03 in the table)",
        text: yearPairs('1,700.00'),
        errors: [{ messageId: 'differs', actual: '1700.00万元', expected: '1738.03万元' }],
      },
      {
        name: 'once, at the table figure that differs from the two sentences (118万元 = 1180000元)',
        replace: ['合计\t1180000', '合计\t1150000'],
        errors: [{ messageId: 'differs', at: '1150000', also: ['118万元', '118万元'], expected: '118万元' }],
      },
      {
        name: 'once, at the sentence that differs from the other statements',
        replace: ['项目支出118万元', '项目支出108万元'],
        errors: [{ messageId: 'differs', at: '108万元' }],
      },
      {
        name: 'a part the table states otherwise (县级 25 in the text, 20 in the table; money/source-breakdown leaves it here)',
        replace: ['县级资金20万元', '县级资金25万元'],
        errors: [{ messageId: 'differs', actual: '25万元', expected: '200000元' }],
      },
      {
        name: 'on two statements that disagree, the later one',
        text: bodyText('项目预算50万元。\n\n附表\n\n资金来源\t预算数（万元）\t支出数（万元）\n合计\t55\t50\n'),
        errors: [{ messageId: 'differs', at: '55', also: ['50万元'] }],
      },
      {
        name: 'between two equal statements, the one whose breakdown does not add up, in a table whose unit is in the spanning header',
        text: bodyText(TIE),
        errors: [{ messageId: 'differs', at: '90,000.00元', expected: '100000.00元', also: ['100,000.00'] }],
      },
      {
        name: 'a table rate against a text rate: the one its operands do not give (96.27%), not the one they do (96.7% = 5112.86 ÷ 5286.40)',
        text: bodyText(
          [
            '项目资金（万元）\t\t全年预算数\t全年执行数\t执行率',
            '\t年度资金总额\t5286.40\t5112.86\t96.27%',
            '',
            '截至2024年12月31日，项目全年执行5,112.86万元，执行率96.7%。',
            '',
          ].join('\n'),
        ),
        errors: [{ messageId: 'differs', actual: '96.27%', table: true }],
      },
    ],
  },
  () => {
    it.each(SEED_FORMATS)('seed (%s): 57万元 everywhere, no finding', async (fmt) => {
      expect(runRule(consistency, await readFixture(SEED[fmt]))).toEqual([]);
    });
  },
);
