// A department's 三公经费 and income tables total their rows.
import moneyTotal from '../../../rules/money/column-total.js';
import { ruleTester } from '../../rule-tester.js';
import { byClass, byClassSpanned, byYear, continued, towns, withTable } from './tables.js';

/** The 三公经费 table as Word pastes it: the row continuing "其中：" is not indented. */
const SAN_GONG = withTable('表4 “三公”经费支出情况表（单位：万元）', [
  '项目\t2024年预算数\t2024年决算数\t2023年决算数',
  '因公出国（境）费\t0.00\t0.00\t0.00',
  '公务用车购置及运行维护费\t28.00\t24.36\t26.10',
  '其中：公务用车购置费\t0.00\t0.00\t0.00',
  '公务用车运行维护费\t28.00\t24.36\t26.10',
  '公务接待费\t6.50\t4.82\t5.37',
  '合计\t34.50\t29.18\t31.47',
]);

// X's 附件4: payments by contract, each contract closed by "<合同>小计", one contract's name in Latin letters.
// Read by hand: 668.70 + 341.67 = 1,010.37; 53.41 + 78.07 = 131.48; 1,010.37 + 131.48 = 1,141.85.
const payments = (total: string) =>
  withTable('附件4 合同付款明细', [
    '序号\t合同\t期次\t支付金额（万元）',
    '1\t施工一标段\t第1期\t668.70',
    '2\t施工一标段\t第2期\t341.67',
    '施工一标段小计\t—\t—\t1,010.37',
    '3\t管道CCTV检测\t第1期\t53.41',
    '4\t管道CCTV检测\t第2期\t78.07',
    '管道CCTV检测小计\t—\t—\t131.48',
    `合计\t—\t—\t${total}`,
  ]);

/**
 * R&D subsidies by category (Z's 表6 in small): each row's 补助金额 = its 核定研发投入 × its own 补助比例 (10 % for
 * 高新技术企业, 12 % for 科技型中小企业), 核定 below 申报 in some rows. Read by hand: 48.00, 32.05, 19.64, 15.00
 * (小计 114.69); 45.60, 27.60, 21.00, 13.20 (小计 107.40); 合计 222.09; 申报 1,180.50 + 950.00 = 2,130.50;
 * 核定 1,146.90 + 895.00 = 2,041.90.
 */
const subsidies = (...replace: [string, string][]) => {
  let rows = [
    '序号\t企业名称\t补助类别\t申报研发投入\t核定研发投入\t补助比例\t补助金额',
    '1\t甲科技有限公司\t高新技术企业\t500.00\t480.00\t10%\t48.00',
    '2\t乙科技有限公司\t高新技术企业\t320.50\t320.50\t10%\t32.05',
    '3\t丙科技有限公司\t高新技术企业\t210.00\t196.40\t10%\t19.64',
    '4\t丁科技有限公司\t高新技术企业\t150.00\t150.00\t10%\t15.00',
    '高新技术企业小计\t4家\t—\t1,180.50\t1,146.90\t—\t114.69',
    '5\t戊科技有限公司\t科技型中小企业\t400.00\t380.00\t12%\t45.60',
    '6\t己科技有限公司\t科技型中小企业\t250.00\t230.00\t12%\t27.60',
    '7\t庚科技有限公司\t科技型中小企业\t180.00\t175.00\t12%\t21.00',
    '8\t辛科技有限公司\t科技型中小企业\t120.00\t110.00\t12%\t13.20',
    '科技型中小企业小计\t4家\t—\t950.00\t895.00\t—\t107.40',
    '合计\t8家\t—\t2,130.50\t2,041.90\t—\t222.09',
  ].join('\n');
  for (const [from, to] of replace) rows = rows.replace(from, to);
  return withTable('表6 研发投入后补助资金分配明细表（单位：万元）', rows.split('\n'));
};

export const cases = ruleTester(moneyTotal, {
  base: SAN_GONG,
  valid: [
    {
      name: "each enterprise's 补助金额 is its 核定 × its category's rate, the 小计 and 合计 add up",
      text: subsidies(),
    },
    {
      // X's cause C: "管道CCTV检测小计" was one more row, the 合计 checked against 1,141.85 + 131.48
      name: 'a group subtotal whose name holds Latin letters ("管道CCTV检测小计") closes its group',
      text: payments('1,141.85'),
    },
    {
      name: 'a rate column (增减率（%）) is no amount to total',
      text: withTable('表2 收入情况表（单位：万元）', [
        '项目\t2024年决算数\t2023年决算数\t增减率（%）',
        '财政拨款收入\t3,256.80\t3,018.40\t7.90',
        '事业收入\t412.50\t398.60\t3.49',
        '其他收入\t86.20\t92.70\t-7.01',
        '本年收入合计\t3,755.50\t3,509.70\t7.00',
      ]),
    },
    {
      name: 'an average column (次均救助（元）): its 合计 is the average of the rows, not their sum',
      text: withTable('表8 各县（市）区临时救助情况', [
        '县（市）区\t救助人次\t拨付资金（万元）\t次均救助（元）',
        '东安区\t414\t21.26\t514',
        '阳明区\t239\t12.29\t514',
        '爱民区\t419\t21.50\t513',
        '合计\t1,072\t55.05\t514',
      ]),
    },
    {
      name: 'a 户均 column beside the amounts it is the average of',
      text: withTable('表3 补助发放情况（单位：元）', [
        '乡镇\t补助户数\t补助金额\t户均补助',
        '城关镇\t120\t96,000\t800',
        '河口镇\t80\t60,000\t750',
        '东山乡\t50\t40,000\t800',
        '合计\t250\t196,000\t784',
      ]),
    },
    {
      name: "a table whose groups close with a 小计 in the second column (a city's funds by year)",
      text: withTable('表12 大同市专项资金分年度使用情况（单位：万元）', [
        '年度\t子项目\t分配数\t支出数',
        '2021年\t传承人补助\t300.00\t290.00',
        '\t非遗工坊\t200.00\t190.00',
        '\t小计\t500.00\t480.00',
        '2022年\t传承人补助\t320.00\t310.00',
        '\t非遗工坊\t220.00\t210.00',
        '\t小计\t540.00\t520.00',
        '合计\t\t1,040.00\t1,000.00',
      ]),
    },
    { name: "each township's 小计 is its rows' sum, the 合计 the 小计 rows'", text: towns() },
    {
      name: 'a 合计 that counts only the rows, beside a 小计 of some of them (not counted twice)',
      text: withTable('表3 资金来源情况表（单位：万元）', [
        '资金来源\t预算数',
        '中央资金\t300.00',
        '省级资金\t200.00',
        '小计\t500.00',
        '县级资金\t100.00',
        '合计\t600.00',
      ]),
    },
    {
      name: 'two 小计 that do not add up: a grouping this reading may not see, nothing is said',
      text: towns(['\t9,340\t416.71', '\t9,340\t461.71'], ['\t8,920\t301.51', '\t8,920\t310.51']),
    },
    {
      name: 'a 小计 and the 合计 that both disagree: which is wrong cannot be told',
      text: towns(['\t9,340\t416.71', '\t9,340\t461.71'], ['1,007.87', '1,070.87']),
    },
    { name: 'a 小计 column that is the sum of the columns before it in every row', text: byYear() },
    {
      name: 'a 小计 column wrong in two rows: which columns it totals is not certain, nothing is said of it',
      text: byYear(['3,420.00', '3,240.00'], ['3,680.00', '3,860.00']),
    },
    {
      name: 'the rows a 其中 part takes cannot be told (its parts add up to no parent)',
      text: withTable('表4 支出表（单位：万元）', [
        '项目\t决算数',
        '基本支出\t100.00',
        '其中：人员经费\t70.00',
        '公用经费\t20.00',
        '项目支出\t50.00',
        '合计\t160.00',
      ]),
    },
    {
      name: 'a table by classification code: each 类 and 款 the sum of its lines, the 合计 of the 类 rows only',
      text: byClass(),
    },
    { name: 'the same with its 合计 label spanning the code and name columns', text: byClassSpanned(), format: 'md' },
    {
      name: 'a piece after "附件7（续）": its 合计 totals both pieces, not the rows on its page',
      text: continued(),
      format: 'md',
    },
    {
      name: 'a staffing table is counted by count/column-total, not here',
      text: withTable('表1 人员编制情况表（单位：人）', [
        '类别\t编制数\t实有人数',
        '行政编制\t18\t16',
        '参照公务员法管理事业编制\t12\t11',
        '其他事业编制\t30\t27',
        '合计\t60\t55',
      ]),
    },
  ],
  invalid: [
    {
      // Z's #4: 庚's 22.80 is 190 × 12 %, not its 核定 175.00 × its own 12 % = 21.00, which the 小计 counts
      name: 'a row that breaks 补助金额 = 核定 × its own 补助比例, the 小计 less the other rows restoring it (107.40 − 86.40 = 21.00): the row is blamed, not the 小计',
      text: subsidies(['12%\t21.00', '12%\t22.80']),
      errors: [
        {
          messageId: 'identity',
          at: '22.80',
          expected: '21.00',
          also: ['107.40', '12%', '175.00'],
          message:
            '“庚科技有限公司”的“补助金额”为22.80，但按本行“核定研发投入”175.00 × “补助比例”12%应为21.00，且107.40减去其余各行正是21.00：错的是这一行，不是107.40',
        },
      ],
    },
    {
      name: 'a 小计 that is wrong while every row keeps 补助金额 = 核定 × its rate: the 小计 stays blamed (45.60 + 27.60 + 21.00 + 13.20 = 107.40)',
      text: subsidies(['—\t107.40', '—\t170.40']),
      errors: [{ messageId: 'subtotal', at: '170.40', expected: '107.40' }],
    },
    {
      name: 'a 合计 not the sum of the subtotals, one of them named in Latin letters (1,010.37 + 131.48 = 1,141.85)',
      text: payments('1,241.85'),
      errors: [
        {
          messageId: 'total',
          at: '1,241.85',
          expected: '1141.85',
          message: '“支付金额（万元）”列合计为1,241.85，但各行（施工一标段小计、管道CCTV检测小计）之和为1141.85',
        },
      ],
    },
    {
      name: 'beside an average column, the amounts still total (21.26 + 12.29 + 21.50 = 55.05)',
      text: withTable('表8 各县（市）区临时救助情况', [
        '县（市）区\t救助人次\t拨付资金（万元）\t次均救助（元）',
        '东安区\t414\t21.26\t514',
        '阳明区\t239\t12.29\t514',
        '爱民区\t419\t21.50\t513',
        '合计\t1,072\t56.05\t514',
      ]),
      errors: [{ messageId: 'total', at: '56.05', expected: '55.05' }],
    },
    {
      name: 'a 合计 that is not the sum of the 类 rows (245.26 + 848.74 = 1,094.00)',
      text: byClass(['\t\t1,094.00', '\t\t1,049.00']),
      errors: [
        {
          messageId: 'total',
          at: '1,049.00',
          expected: '1094.00',
          message: '“本年支出合计”列合计为1,049.00，但各行（社会保障和就业支出、农林水支出）之和为1094.00',
        },
      ],
    },
    {
      name: 'a 款 that breaks both its lines and its 类 is blamed alone (500.00 + 348.74 = 848.74)',
      text: byClass(['21301\t农业农村\t848.74', '21301\t农业农村\t884.74']),
      errors: [
        {
          messageId: 'subtotal',
          at: '884.74',
          expected: '848.74',
          message: '“本年支出合计”列“农业农村”一组的小计为884.74，但该组各行（行政运行、其他农业农村支出）之和为848.74',
        },
      ],
    },
    {
      name: 'a total that is not the sum of the rows, the 其中 parts not counted twice (0 + 24.36 + 4.82 = 29.18)',
      replace: ['合计\t34.50\t29.18', '合计\t34.50\t29.81'],
      errors: [{ messageId: 'total', at: '29.81', expected: '29.18' }],
    },
    {
      name: 'a 小计 that breaks both its rows and the 合计 is blamed, not the 合计 (120.10 + 116.46 + 180.15 = 416.71)',
      text: towns(['\t9,340\t416.71', '\t9,340\t461.71']),
      errors: [
        {
          messageId: 'subtotal',
          at: '461.71',
          expected: '416.71',
          also: ['120.10', '116.46', '180.15'],
          message:
            '“投资（万元）”列“杭埠镇”一组的小计为461.71，但该组各行（三冲村管网改造、杨岗村入户工程、马冲村管网延伸）之和为416.71',
        },
      ],
    },
    {
      name: 'a row that breaks its 小计 while the 小计 rows make the 合计: the 小计 against its rows',
      text: towns(['180.15', '181.05']),
      errors: [{ messageId: 'subtotal', at: '416.71', expected: '417.61' }],
    },
    {
      name: "a 小计 column's cell that breaks both its row and the column's 合计 is blamed, not the 合计 (1,320.00 + 2,100.00)",
      text: byYear(['3,420.00', '3,240.00']),
      errors: [
        {
          messageId: 'row',
          at: '3,240.00',
          expected: '3420.00',
          also: ['1,320.00', '2,100.00'],
          message: '“2022年”行的“市县小计”为3,240.00，但其所计各列（传承人补助、非遗工坊）之和为3420.00',
        },
      ],
    },
    {
      name: 'a 合计 that is not the sum of the 小计 rows, each of which adds up (289.65 + 416.71 + 301.51)',
      text: towns(['1,007.87', '1,070.87']),
      errors: [
        {
          messageId: 'total',
          at: '1,070.87',
          expected: '1007.87',
          also: ['289.65', '416.71', '301.51'],
          message: '“投资（万元）”列合计为1,070.87，但各行（城关镇小计、杭埠镇小计、千人桥镇小计）之和为1007.87',
        },
      ],
    },
  ],
});
