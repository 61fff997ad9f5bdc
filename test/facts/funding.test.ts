import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFunding } from '../../src/facts/funding/funding.js';
import { docFromText, fixture, readFixture, SEED, SEED_FORMATS } from '../helpers.js';
import { selfEvalFundsBlock } from '../rules/money/common.js';
import { type FundFigure } from '../../src/facts/funding/figures.js';

const OK = readFileSync(fixture('money', 'funding-ok.txt'), 'utf8');
const show = (f: FundFigure) =>
  `${f.origin}:${f.kind}${f.variant && f.variant !== 'plain' ? '/' + f.variant : ''}${f.source ? '@' + f.source : ''}=${f.q ? f.q.value.toString() + (f.q.unit ?? '') : '∅'}`;

describe('funding figures from sentences', () => {
  it('reads 年初预算, 到位 with its parts by source, 到位率, 支出, 结转, 执行率', () => {
    const doc = docFromText(
      '某项目绩效评价报告\n\n该项目年初预算安排120.5万元，实际到位资金120.5万元，其中：中央资金60万元，省级资金40.5万元，县级资金20万元，资金到位率100%。全年实际支出118万元，结转资金2.5万元，预算执行率97.9%。',
    );
    const f = extractFunding(doc);
    expect(f.figures.map(show)).toEqual([
      'text:budget/initial=120.5万元',
      'text:arrived=120.5万元',
      'text:arrived@central=60万元',
      'text:arrived@province=40.5万元',
      'text:arrived@county=20万元',
      'text:arrivalRate=100%',
      'text:spent=118万元',
      'text:balance=2.5万元',
      'text:executionRate=97.9%',
    ]);
    expect(f.breakdowns).toHaveLength(1);
    expect(f.breakdowns[0].parts.map((p) => p.source)).toEqual(['central', 'province', 'county']);
  });

  it("leaves out money that is not the project's: other spending, purposes after 其中, growth", () => {
    const doc = docFromText(
      '某项目绩效评价报告\n\n全县一般公共预算支出12.8亿元，全年教育支出3.2亿元。项目实际支出95万元，其中支付设备款50万元，支付劳务费45万元。',
    );
    expect(extractFunding(doc).figures.map(show)).toEqual(['text:spent=95万元']);
  });

  it("reads a rate right after one source's amount as that source's, and one source alone as no breakdown", () => {
    const doc = docFromText(
      '某项目绩效评价报告\n\n项目资金实际到位180万元，资金到位率90%，其中县级配套资金到位12万元，到位率60%。',
    );
    const f = extractFunding(doc);
    expect(f.figures.map(show)).toEqual([
      'text:arrived=180万元',
      'text:arrivalRate=90%',
      'text:arrived@county=12万元',
      'text:arrivalRate@county=60%',
    ]);
  });

  it('keeps a sentence about one source to that source, 上级 as a source, and a grant named after its source', () => {
    const doc = docFromText(
      '某项目绩效评价报告\n\n2024年度，项目预算资金共计9,000.00万元，其中：中央财政城镇保障性安居工程补助资金5,826.00万元，省级财政补助资金1,142.00万元，市级财政补助资金380.00万元，县级财政配套资金1,652.00万元。' +
        '上级补助资金到位率100%；县级配套资金应到位1,652.00万元，实际到位1,196.00万元，到位率仅为72.40%。',
    );
    const f = extractFunding(doc);
    expect(f.figures.map(show)).toEqual([
      'text:budget=9000万元',
      'text:budget@central=5826万元',
      'text:budget@province=1142万元',
      'text:budget@city=380万元',
      'text:budget@county=1652万元',
      'text:arrivalRate@upper=100%',
      'text:arrived@county=1196万元',
      'text:arrivalRate@county=72.4%',
    ]);
  });

  it('takes no one source for a sentence that opens with a list of them', () => {
    const doc = docFromText('某项目绩效评价报告\n\n中央、省级资金应到位100万元，实际到位90万元，到位率90%。');
    expect(extractFunding(doc).figures.map((f) => f.source)).toEqual([null, null]);
  });
  it('reads several levels named together as 上级, a lottery fund as its own source, and a grant named 公益金', () => {
    const doc = docFromText(
      '某项目绩效评价报告\n\n项目预算资金1,350.00万元，其中中央专项彩票公益金120.00万元、省级补助资金285.00万元、县级财政资金815.00万元、县福彩公益金130.00万元。实际到位1,296.00万元，其中中央和省级资金405.00万元全部到位。',
    );
    const f = extractFunding(doc);
    expect(f.breakdowns[0].parts.map((p) => p.source)).toEqual(['central', 'province', 'county', 'lottery']);
    expect(f.figures.filter((x) => x.kind === 'arrived').map(show)).toEqual([
      'text:arrived=1296万元',
      'text:arrived@upper=405万元',
    ]);
  });
  it('reads 州级 (an autonomous prefecture) as the level of 市级', () => {
    const doc = docFromText(
      '某项目绩效评价报告\n\n项目预算资金2,860,000.00元，其中：中央财政奖补资金1,200,000.00元，省级财政奖补资金800,000.00元，州级财政奖补资金300,000.00元，县级财政配套资金560,000.00元。',
    );
    expect(extractFunding(doc).breakdowns[0].parts.map((p) => p.source)).toEqual([
      'central',
      'province',
      'city',
      'county',
    ]);
  });
  it("leaves out another year's figures: a clause dated by it", () => {
    const doc = docFromText(
      '2024年度城区道路照明维护项目绩效评价报告\n\n2024年度项目预算执行率88.50%。2023年度项目预算执行率为83.16%，截至2024年12月31日，实际支出7,561.44万元。',
    );
    expect(extractFunding(doc).figures.map(show)).toEqual(['text:executionRate=88.5%', 'text:spent=7561.44万元']);
  });

  it('reads 调整后预算 as its own variant', () => {
    const doc = docFromText('某项目绩效评价报告\n\n项目年初预算100万元，调整后预算120万元，实际到位120万元。');
    expect(extractFunding(doc).figures.map(show)).toEqual([
      'text:budget/initial=100万元',
      'text:budget/adjusted=120万元',
      'text:arrived=120万元',
    ]);
  });
});

describe('a transfer fund’s 下达 and its own name before the amount', () => {
  const TITLE = '沧州市2023年度城乡义务教育补助经费政策绩效评价报告';
  it('reads 下达 as the whole’s allotted budget, the fund’s own name between it and the amount, with its parts', () => {
    const doc = docFromText(
      `${TITLE}\n\n一、基本情况\n\n2023年度，全市共下达城乡义务教育补助经费94,907.27万元，其中中央资金60,307.78万元、省级资金17,341.15万元、市级资金5,151.75万元、县级资金12,106.59万元。`,
    );
    const f = extractFunding(doc);
    expect(f.figures.map(show)).toEqual([
      'text:budget/allotted=94907.27万元',
      'text:budget/allotted@central=60307.78万元',
      'text:budget/allotted@province=17341.15万元',
      'text:budget/allotted@city=5151.75万元',
      'text:budget/allotted@county=12106.59万元',
    ]);
    expect(f.breakdowns).toHaveLength(1);
  });
  // (a year between, "预算安排沧州市2023年度城乡…", is not read: the year is a quantity that cuts the label)
  it('reads the own name with its place, and 预算安排 before it, as the whole’s', () => {
    const doc = docFromText(`${TITLE}\n\n一、基本情况\n\n预算安排沧州市城乡义务教育补助经费共计94,907.27万元。`);
    expect(extractFunding(doc).figures.map(show)).toEqual(['text:budget=94907.27万元']);
  });
  it('reads no figure where another fund’s name stands between the kind word and the amount', () => {
    const doc = docFromText(
      `${TITLE}\n\n一、基本情况\n\n全市共下达学前教育发展资金3,200.00万元，预算安排沧州市校舍维修资金800.00万元。`,
    );
    expect(extractFunding(doc).figures.map(show)).toEqual([]);
  });
  it('keeps 下达 a statement of its own: a plain 预算 beside it is no restatement of it', async () => {
    const { fundStatements } = await import('../../src/facts/funding/statements.js');
    const doc = docFromText('某项目绩效评价报告\n\n项目预算100万元，共下达资金80万元，实际到位80万元，到位率80%。');
    const f = extractFunding(doc);
    expect(f.figures.map(show)).toEqual([
      'text:budget=100万元',
      'text:budget/allotted=80万元',
      'text:arrived=80万元',
      'text:arrivalRate=80%',
    ]);
    expect(fundStatements(f).every((s) => s.outliers.length === 0)).toBe(true);
  });
});

describe('whose a sentence’s figures are: one layer, projects it counts', () => {
  it('reads a later clause that opens with one source as that source’s, after a list of sources with no amount', () => {
    const doc = docFromText(
      '某项目绩效评价报告\n\n项目实际到位94,753.76万元，到位率99.84%。中央、省级和市级资金全部到位，县级资金应到位12,106.59万元，实际到位11,953.08万元，到位率98.73%。',
    );
    expect(extractFunding(doc).figures.map(show)).toEqual([
      'text:arrived=94753.76万元',
      'text:arrivalRate=99.84%',
      'text:arrived@county=11953.08万元',
      'text:arrivalRate@county=98.73%',
    ]);
  });
  it('keeps the whole’s figure after a clause that only names a source ("省财政追加…")', () => {
    const doc = docFromText(
      '某项目绩效评价报告\n\n2024年9月，省财政追加草原有害生物防治资金166.40万元，全年预算数为5,286.40万元。',
    );
    expect(extractFunding(doc).figures.map(show)).toEqual(['text:budget=5286.4万元']);
  });
  it('keeps the whole’s rate after the items of a 其中 list', () => {
    const doc = docFromText(
      '某项目绩效评价报告\n\n项目资金实际到位120万元，其中中央资金60万元，省级资金40万元，县级资金20万元，资金到位率100%。',
    );
    expect(extractFunding(doc).figures.map(show)).toContain('text:arrivalRate=100%');
  });
  it('reads no figure of the document’s from a sentence that counts projects before its first amount, also across "；"', () => {
    const doc = docFromText(
      '某项目绩效评价报告\n\n项目预算4,000.00万元。全市支持校舍维修改造项目96个，完工92个；计划投资3,662.52万元，完成投资3,445.76万元。评价期内共实施重点项目30个，预算合计20,580.00万元，实际支出19,465.03万元。',
    );
    expect(extractFunding(doc).figures.map(show)).toEqual(['text:budget=4000万元']);
  });
  it('still reads the amount of a sentence that counts projects only after it', () => {
    const doc = docFromText('某项目绩效评价报告\n\n项目预算3,662.52万元，完成维修改造项目96个。');
    expect(extractFunding(doc).figures.map(show)).toEqual(['text:budget=3662.52万元']);
  });
});

describe('funding figures from tables', () => {
  it('reads a table with kinds across and sources down, in 元 from the paragraph above', () => {
    const f = extractFunding(docFromText(OK));
    const table = f.figures.filter((x) => x.origin === 'table').map(show);
    expect(table).toContain('table:spent=1180000元');
    expect(table).toContain('table:arrived@county=200000元');
    expect(table).toContain('table:budget=1205000元');
    expect(table).toContain('table:balance@county=25000元');
    const spentBreakdown = f.breakdowns.find((b) => b.total.origin === 'table' && b.total.kind === 'spent')!;
    expect(spentBreakdown.parts.map((p) => p.q!.value.toNumber())).toEqual([600000, 405000, 175000]);
  });

  it('reads a two-row header: rates spanning both rows beside kinds under a spanning unit', () => {
    const html =
      '<table><tr><td rowspan="2">资金来源</td><td colspan="2">金额（万元）</td><td rowspan="2">到位率</td></tr>' +
      '<tr><td>预算数</td><td>到位数</td></tr>' +
      '<tr><td>中央资金</td><td>100.00</td><td>100.00</td><td>100.00%</td></tr>' +
      '<tr><td>县级资金</td><td>50.00</td><td>40.00</td><td>80.00%</td></tr>' +
      '<tr><td>合计</td><td>150.00</td><td>140.00</td><td>93.33%</td></tr></table>';
    const doc = docFromText(`# 某项目绩效评价报告\n\n${html}\n`, 'md');
    const table = extractFunding(doc)
      .figures.filter((x) => x.origin === 'table' && x.source === null)
      .map(show);
    expect(table).toEqual(['table:budget=150万元', 'table:arrived=140万元', 'table:arrivalRate=93.33%']);
  });

  it('reads label | value pairs with a header unit, any column order', () => {
    const doc = docFromText(
      [
        '某项目绩效评价报告',
        '',
        '资金情况',
        '',
        '实际使用（万元）\t30\t预算数（万元）\t40',
        '其中：中央财政\t10\t其中：中央财政\t20',
        '省财政\t20\t省财政\t',
        '',
      ].join('\n'),
    );
    const f = extractFunding(doc);
    expect(f.figures.map(show)).toEqual([
      'table:spent=30万元',
      'table:spent@central=10万元',
      'table:spent@province=20万元',
      'table:budget=40万元',
      'table:budget@central=20万元',
      'table:budget@province=∅',
    ]);
  });
});

describe('the national 项目支出绩效自评表', () => {
  const form = (rate: string) => `草原生态保护补助奖励项目绩效自评报告\n\n${selfEvalFundsBlock(rate)}`;
  it('reads 年度资金总额 as the total in 万元 and its split by appropriation, carry-over and other money', () => {
    const f = extractFunding(docFromText(form('96.72%')));
    expect(f.figures.filter((x) => x.kind === 'budget' && x.variant === 'plain').map(show)).toEqual([
      'table:budget=5286.4万元',
      'table:budget@current=5286.4万元',
      'table:budget@carried=0万元',
      'table:budget@other=0万元',
    ]);
  });
  it('leaves out money named after one of its purposes, not after the project', () => {
    const doc = docFromText(
      form('96.72%') +
        '\n年末结余173.54万元。草原监测及政策宣传培训资金结余7.14万元，草原生态保护补助奖励资金结余166.40万元。\n',
    );
    expect(
      extractFunding(doc)
        .figures.filter((x) => x.origin === 'text')
        .map(show),
    ).toEqual(['text:balance=173.54万元', 'text:balance=166.4万元']);
  });
});

describe('tables of programmes, not sources', () => {
  // a department-wide report's "主要项目支出情况" table: its 合计 is the programmes' subtotal, and "其他项目" is a programme
  const table = [
    '项目名称\t全年预算数\t实际支出\t执行率',
    '食品安全监督抽检经费\t216.00\t198.36\t91.83%',
    '市场监管综合执法办案经费\t132.80\t121.15\t91.23%',
    '其他项目\t131.07\t124.16\t94.73%',
    '合计\t480.87\t444.67\t92.47%',
  ];
  const doc = docFromText(
    [
      '某局部门整体支出绩效评价报告',
      '',
      '部门全年预算数2540.60万元，实际支出2436.65万元。',
      '',
      '主要项目支出情况（单位：万元）',
      '',
      ...table,
      '',
    ].join('\n'),
  );
  const f = extractFunding(doc);
  it('gives the total of an items-only table no place among the document figures', () => {
    const tableFigures = f.figures.filter((x) => x.origin === 'table');
    expect(tableFigures.filter((x) => x.source === null)).toEqual([]);
    expect(tableFigures.filter((x) => x.source === 'other')).toEqual([]);
    expect(f.figures.filter((x) => x.origin === 'text').map(show)).toEqual([
      'text:budget=2540.6万元',
      'text:spent=2436.65万元',
    ]);
  });
  it('still adds the rows up to their 合计', () => {
    const spent = f.breakdowns.find((b) => b.total.origin === 'table' && b.total.kind === 'spent')!;
    expect(spent.parts.map((p) => p.q?.value.toString())).toEqual(['198.36', '121.15', '124.16']);
  });
  it('keeps the 合计 of a table of spending categories (基本支出 / 项目支出) as the whole, and reads 决算数 as spending', () => {
    const d = docFromText(
      [
        '某局部门整体支出绩效评价报告',
        '',
        '部门全年决算数24,366,549.77元。',
        '',
        '支出情况（单位：元）',
        '',
        '支出类别\t全年预算数\t决算数',
        '基本支出\t18,562,300.00\t18,237,645.62',
        '项目支出\t6,843,700.00\t6,128,904.15',
        '合计\t25,406,000.00\t24,366,549.77',
        '',
      ].join('\n'),
    );
    const figs = extractFunding(d).figures;
    expect(figs.filter((x) => x.source === null).map(show)).toEqual([
      'text:spent=24366549.77元',
      'table:budget=25406000元',
      'table:spent=24366549.77元',
    ]);
  });
  it("leaves out an amount the sentence compares with (another year's)", () => {
    const d = docFromText(
      '某局部门整体支出绩效评价报告\n\n全年决算总额2,436.65万元，较2023年决算数2,570.27万元下降5.2%；三公经费比上年支出减少0.68万元。',
    );
    expect(extractFunding(d).figures.map(show)).toEqual(['text:spent=2436.65万元']);
  });
  it('does not take "三项重点项目预算" for the budget', () => {
    const d = docFromText(
      '某局部门整体支出绩效评价报告\n\n部门全年预算数2540.60万元。食品安全抽检和综合执法办案两项重点项目预算467.30万元，占项目支出预算的68.28%。',
    );
    expect(extractFunding(d).figures.map(show)).toEqual(['text:budget=2540.6万元']);
  });
});

describe('the seed', () => {
  // Read by hand: text 预算57万元, 实际到位57万元, 到位率100%, 共使用57万元, 结余资金0万元, 执行率100%,
  // 资金使用率100%; attachment 计划投资额 57 (0/0/57/empty), 实际到位资金 57 (0/0/empty/empty), 实际使用情况 57 (0/0/57/empty).
  it.each(SEED_FORMATS)('%s: every funding figure, and the empty cells as empty', async (fmt) => {
    const f = extractFunding(await readFixture(SEED[fmt]));
    const text = f.figures.filter((x) => x.origin === 'text').map(show);
    expect(text).toEqual([
      'text:budget=57万元',
      'text:arrived=57万元',
      'text:arrivalRate=100%',
      'text:spent=57万元',
      'text:balance=0万元',
      'text:executionRate=100%',
      'text:executionRate=100%',
    ]);
    const totals = f.breakdowns
      .filter((b) => b.total.origin === 'table')
      .map((b) => [show(b.total), ...b.parts.map(show)]);
    expect(totals).toEqual([
      [
        'table:budget=57万元',
        'table:budget@central=0万元',
        'table:budget@province=0万元',
        'table:budget@cityCounty=57万元',
        'table:budget@other=∅',
      ],
      [
        'table:arrived=57万元',
        'table:arrived@central=0万元',
        'table:arrived@province=0万元',
        'table:arrived@cityCounty=∅',
        'table:arrived@other=∅',
      ],
      [
        'table:spent=57万元',
        'table:spent@central=0万元',
        'table:spent@province=0万元',
        'table:spent@cityCounty=57万元',
        'table:spent@other=∅',
      ],
    ]);
  });
});
