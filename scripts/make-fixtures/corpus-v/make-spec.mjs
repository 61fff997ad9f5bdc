// Writes v-yiyuan-2022-2024.spec.md, the report-spec of report V (a firm's 单位整体支出绩效评价 of a district hospital
// over 2022—2024, commissioned by the 区财政局), from the figures of data.mjs and the text below.
// The spec is the report: build.mjs turns it into the four forms, check.mjs re-checks it.
//   node scripts/make-fixtures/corpus-v/make-spec.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, int, money, pct, sc2, sum } from '../spec/figures.mjs';
import * as V from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const NAME = V.NAME;
const TITLE = `${NAME}2022—2024年度单位整体支出绩效评价报告`;
const FIRM = '重庆渝衡会计师事务所有限公司';
const YEARS = V.YEARS;
// a contradiction not found in some forms: its entry in those forms is a known miss with the reason
const missedIn = (forms, reason) => Object.fromEntries(forms.map((f) => [f, { known_miss: true, reason }]));
const PDFMINER =
  "in pdfminer's text (pdf2txt) each cell is a text box of its own and a table written a row at a time is not rebuilt (only 表10, written a column at a time, is), so";

const spec = authoring();
const { P, H, caption, inj, injections: INJ, out } = spec;
const growth = (now, before) => pct(D(now).minus(before), before);
const y3 = (f) => [0, 1, 2].map(f);
const L1 = Object.fromEntries(V.LEVEL1.map((x) => [x.name, x]));
const LEVEL2 = new Set(V.INDICATORS.map((x) => x.l1 + x.l2)).size;

// ================= cover
P(
  `<p class="center">${TITLE}</p>`,
  `<p class="center">委托单位：重庆市綦江区财政局</p>`,
  `<p class="center">被评价单位：${NAME}</p>`,
  `<p class="center">评价机构：${FIRM}</p>`,
  '<p class="center">报告日期：二〇二五年六月</p>',
  BREAK,
);

// ================= 摘要
H(1, '摘要');
P(
  `受重庆市綦江区财政局（以下简称“区财政局”）委托，${FIRM}（以下简称“我公司”）组成评价组，于2025年4月至6月对${NAME}（以下简称“区人民医院”）2022—2024年度单位整体支出开展了第三方绩效评价。评价组采用我公司单位整体支出绩效评价指标体系，从投入、过程、产出、效益四个维度设置二级指标${LEVEL2}个、三级指标${V.INDICATORS.length}个，经资料审核、现场核查、问卷调查和座谈访谈，区人民医院2022—2024年度单位整体支出绩效评价${inj(
    3,
    'score',
    `综合得分为${sc2(V.TOTAL_S)}分`,
    `综合得分为${sc2(V.TOTAL_S.plus(1))}分`,
    `摘要“综合得分为${sc2(V.TOTAL_S.plus(1))}分”：表10和附件1的总分为${V.LEVEL1.map((x) => sc2(x.s)).join(' + ')} = ${sc2(V.TOTAL_S)}（四个一级指标得分之和），三、评价结论同为${sc2(V.TOTAL_S)}分`,
    sc2(V.TOTAL_S),
  )}，其中投入${sc2(L1.投入.s)}分、过程${sc2(L1.过程.s)}分、产出${sc2(L1.产出.s)}分、效益${sc2(L1.效益.s)}分，评价等级为“良”。`,
  `评价期内，区人民医院收入合计由2022年的${money(V.INCOME_TOTAL[0])}万元增至2024年的${money(V.INCOME_TOTAL[2])}万元，支出合计由${money(V.SPENT[0])}万元增至${money(V.SPENT[2])}万元；门诊人次由${int(V.WORK[0].v[0])}人次增至${int(V.WORK[0].v[2])}人次，出院人次由${int(V.WORK[2].v[0])}人次增至${int(V.WORK[2].v[2])}人次。医院在胸痛、卒中、创伤和危重孕产妇救治中心建设，县域医疗次中心建设，以及医共体建设等方面成效明显；但也存在预算编制不够精细、部分项目执行率偏低、固定资产利用不充分、绩效目标量化不足等问题。`,
  BREAK,
);

// ================= 一、基本情况
H(1, '一、基本情况');
H(2, '（一）单位概况');
P(
  `${NAME}始建于1939年，是綦江区政府举办的公益二类事业单位，为三级乙等综合医院，承担全区及周边地区的医疗救治、急诊急救、公共卫生服务、突发公共卫生事件医疗救援和基层医疗卫生机构业务指导等职能。医院实行“一院两区”管理，本部位于文龙街道，${V.CAMPUS}位于古南街道，2023年完成${V.CAMPUS}改造后开放床位由${V.WORK[4].v[0]}张增至${V.WORK[4].v[1]}张。`,
  `医院设职能科室18个、临床科室31个、医技科室12个，是重庆医科大学的教学医院和国家级住院医师规范化培训基地协同单位。${V.CAMPUS}设综合门诊、康复病区和老年病区，人员、财务和资产由医院统一管理，收支纳入医院统一核算。`,
);
H(2, '（二）人员情况');
P(
  `医院核定编制${V.QUOTA}名。2024年末${inj(
    8,
    'count',
    `在职职工${int(V.STAFF[2][2])}人`,
    `在职职工${int(V.STAFF[2][2] + 10)}人`,
    `一（二）“2024年末在职职工${int(V.STAFF[2][2] + 10)}人”：表1 2024年末合计 ${V.POSTS.map((p) => p.v[2][0] + p.v[2][1]).join(' + ')} = ${V.STAFF[2][2]}；同句“其中编制内${V.STAFF[2][0]}人、编制外${V.STAFF[2][1]}人”也只合${V.STAFF[2][2]}`,
    String(V.STAFF[2][2]),
    `在职职工${int(V.STAFF[2][2] + 10)}人`,
    missedIn(
      ['txt'],
      `${PDFMINER} 表1 gives no staffing table for the count of 在职职工 to be compared with (the .docx, .md and .pdf find it)`,
    ),
  )}，其中编制内${V.STAFF[2][0]}人、编制外${V.STAFF[2][1]}人；2023年末${int(V.STAFF[1][2])}人，2022年末${int(V.STAFF[0][2])}人。按岗位分，医师${V.POSTS[0].v[2][0] + V.POSTS[0].v[2][1]}人，护理${V.POSTS[1].v[2][0] + V.POSTS[1].v[2][1]}人，医技${V.POSTS[2].v[2][0] + V.POSTS[2].v[2][1]}人，具体见表1。`,
  caption('2022—2024年末人员情况表（单位：人）'),
  table(
    [
      ['岗位类别', { t: '2022年末', cs: 3 }, { t: '2023年末', cs: 3 }, { t: '2024年末', cs: 3 }],
      ['', '编制内', '编制外', '合计', '编制内', '编制外', '合计', '编制内', '编制外', '合计'],
    ],
    [
      ...V.POSTS.map((p) => [p.name, ...p.v.flatMap(([a, b]) => [String(a), String(b), String(a + b)])]),
      ['合计', ...V.STAFF.flatMap(([a, b, c]) => [String(a), String(b), int(c)])],
    ],
    { widths: [4, 2, 2, 2, 2, 2, 2, 2, 2, 2] },
  ),
);
H(2, '（三）收入情况');
const inc = V.INCOME;
// the 财政补助收入's share of each year's income, lowest first
const shares = y3((y) => pct(inc.财政补助收入[y], V.INCOME_TOTAL[y])).sort((a, b) =>
  D(a.replace('%', '')).cmp(b.replace('%', '')),
);
P(
  `2022—2024年，医院收入合计分别为${y3((y) => money(V.INCOME_TOTAL[y]) + '万元').join('、')}，2024年比2023年增长${growth(V.INCOME_TOTAL[2], V.INCOME_TOTAL[1])}。其中财政补助收入分别为${y3((y) => money(inc.财政补助收入[y]) + '万元').join('、')}，占收入合计的比重在${shares[0]}至${shares.at(-1)}之间；事业收入是医院最主要的收入来源，2024年达${money(inc.事业收入[2])}万元，约合${D(inc.事业收入[2]).div(10000).toDecimalPlaces(2).toFixed(2)}亿元，占${pct(inc.事业收入[2], V.INCOME_TOTAL[2])}；经营收入主要为停车场和职工食堂对外服务收入，其他收入主要为利息收入和进修培训收入。收入情况见表2。`,
  caption('2022—2024年度收入情况表（单位：万元）'),
  table(
    [['收入来源', '2022年', '2023年', '2024年', '2024年比2023年增长率']],
    [
      ...Object.entries(inc).map(([k, v]) => [k, ...v.map(money), growth(v[2], v[1])]),
      [
        '合计',
        money(V.INCOME_TOTAL[0]),
        inj(
          1,
          'money',
          money(V.INCOME_TOTAL[1]),
          money(V.INCOME_TOTAL[1].plus(36)),
          `表2 收入合计 2023年：${Object.values(inc)
            .map((v) => money(v[1]))
            .join(
              ' + ',
            )} = ${money(V.INCOME_TOTAL[1])}；一（三）正文“${money(V.INCOME_TOTAL[1])}万元”同；该行增长率${growth(V.INCOME_TOTAL[2], V.INCOME_TOTAL[1])}也按${money(V.INCOME_TOTAL[1])}算`,
          money(V.INCOME_TOTAL[1]),
          money(V.INCOME_TOTAL[1].plus(36)),
          missedIn(
            ['txt'],
            `${PDFMINER} 表2's 收入合计 is not added up from its rows (the .docx, .md and .pdf find it)`,
          ),
        ),
        money(V.INCOME_TOTAL[2]),
        growth(V.INCOME_TOTAL[2], V.INCOME_TOTAL[1]),
      ],
    ],
    { widths: [5, 4, 4, 4, 4] },
  ),
);
H(2, '（四）支出情况');
P(
  `2022—2024年，医院支出合计分别为${y3((y) => money(V.SPENT[y]) + '万元').join('、')}。按支出性质分，基本支出分别为${y3((y) => money(V.BASIC[y]) + '万元').join('、')}，其中人员经费${y3((y) => money(V.PERSONNEL[y])).join('万元、')}万元，公用经费${y3((y) => money(V.PUBLIC[y])).join('万元、')}万元；项目支出分别为${y3((y) => money(V.PROJECT_SPENT[y]) + '万元').join('、')}。2024年人员经费比2023年增长${growth(V.PERSONNEL[2], V.PERSONNEL[1])}，主要是新进人员和绩效工资调整；公用经费增长${growth(V.PUBLIC[2], V.PUBLIC[1])}。见表3。`,
  caption('2022—2024年度基本支出和项目支出情况表（单位：万元）'),
  table(
    [['项目', '2022年', '2023年', '2024年', '2024年比2023年增长率']],
    [
      ['人员经费', ...V.PERSONNEL.map(money), growth(V.PERSONNEL[2], V.PERSONNEL[1])],
      ['公用经费', ...V.PUBLIC.map(money), growth(V.PUBLIC[2], V.PUBLIC[1])],
      ['基本支出小计', ...V.BASIC.map(money), growth(V.BASIC[2], V.BASIC[1])],
      ['项目支出', ...V.PROJECT_SPENT.map(money), growth(V.PROJECT_SPENT[2], V.PROJECT_SPENT[1])],
      ['支出合计', ...V.SPENT.map(money), growth(V.SPENT[2], V.SPENT[1])],
    ],
    { widths: [5, 4, 4, 4, 4] },
  ),
  `按功能分类，支出主要集中在卫生健康支出（公立医院——综合医院），2024年为${money(V.FUNC[0].v[2])}万元，占支出合计的${pct(V.FUNC[0].v[2], V.SPENT[2])}；按经济分类，工资福利支出2024年为${money(V.ECON[0].v[2])}万元，商品和服务支出${money(V.ECON[1].v[2])}万元。见表4、表5。`,
);
const funcRows = [];
for (const c of V.FUNC_CLASSES.filter((x) => x.code.length === 3)) {
  funcRows.push([c.code, c.name, ...c.v.map(money)]);
  for (const k of V.FUNC_CLASSES.filter((x) => x.code.length === 5 && x.code.startsWith(c.code))) {
    funcRows.push([k.code, k.name, ...k.v.map(money)]);
    for (const f of V.FUNC.filter((x) => x.code.startsWith(k.code))) funcRows.push([f.code, f.name, ...f.v.map(money)]);
  }
}
P(
  caption('2022—2024年度支出功能分类情况表（单位：万元）'),
  table(
    [['科目编码', '科目名称', '2022年决算数', '2023年决算数', '2024年决算数']],
    [...funcRows, [{ t: '合计', cs: 2 }, ...V.SPENT.map(money)]],
    { widths: [3, 9, 4, 4, 4], split: 8 },
  ),
  caption('2022—2024年度支出经济分类情况表（单位：万元）'),
  table(
    [['科目编码', '科目名称', '2022年决算数', '2023年决算数', '2024年决算数']],
    [...V.ECON.map((e) => [e.code, e.name, ...e.v.map(money)]), [{ t: '合计', cs: 2 }, ...V.SPENT.map(money)]],
    { widths: [3, 9, 4, 4, 4] },
  ),
);
H(2, '（五）预算安排及执行情况');
P(
  `评价期内区财政局对医院的财政拨款预算逐年增加。2024年年初预算${money(V.BUDGET[2].start)}万元，年中追加公共卫生应急能力提升、县域医疗次中心建设等项目后调整为${money(V.BUDGET[2].adjusted)}万元，全年执行${money(V.BUDGET[2].spent)}万元，执行率${pct(V.BUDGET[2].spent, V.BUDGET[2].adjusted)}；2023年年初预算${money(V.BUDGET[1].start)}万元，调整为${money(V.BUDGET[1].adjusted)}万元，执行率${pct(V.BUDGET[1].spent, V.BUDGET[1].adjusted)}；2022年执行率${pct(V.BUDGET[0].spent, V.BUDGET[0].adjusted)}。见表6。`,
  caption('2022—2024年度财政拨款预算执行情况表（单位：万元）'),
  table(
    [['年度', '年初预算数', '调整后预算数', '调整额', '决算支出数', '执行率']],
    V.BUDGET.map((b, y) => [
      `${YEARS[y]}年`,
      money(b.start),
      money(b.adjusted),
      money(b.adjusted.minus(b.start)),
      money(b.spent),
      pct(b.spent, b.adjusted),
    ]),
    { widths: [3, 4, 4, 4, 4, 3] },
  ),
);
H(2, '（六）业务开展情况');
const W = V.WORK;
P(
  `评价期内医院业务量稳步增长。2024年门诊人次${int(W[0].v[2])}人次，比2023年的${int(W[0].v[1])}人次增长${growth(W[0].v[2], W[0].v[1])}；急诊人次${int(W[1].v[2])}人次；出院人次${int(W[2].v[2])}人次；住院手术${int(W[3].v[2])}台次，比2022年的${int(W[3].v[0])}台次增长${growth(W[3].v[2], W[3].v[0])}。病床使用率由2022年的${V.BED_USE[0]}提高到2024年的${V.BED_USE[2]}，平均住院日由${V.STAY[0]}天缩短到${V.STAY[2]}天。各科室门诊人次见附件4。`,
  caption('2022—2024年度主要业务量情况表'),
  table(
    [['指标', '单位', '2022年', '2023年', '2024年', '2024年比2023年增长率']],
    [
      ...W.map((w, i) => [
        w.name,
        w.unit,
        ...w.v.map(int),
        i === 2
          ? inj(
              2,
              'money',
              growth(w.v[2], w.v[1]),
              '4.82%',
              `表7 出院人次 2024年比2023年增长率：(${int(w.v[2])} − ${int(w.v[1])}) ÷ ${int(w.v[1])} = ${growth(w.v[2], w.v[1])}`,
              growth(w.v[2], w.v[1]),
              '4.82%',
              missedIn(
                ['txt'],
                `${PDFMINER} 表7's growth rates are not recomputed from its year columns (the .docx, .md and .pdf find it)`,
              ),
            )
          : growth(w.v[2], w.v[1]),
      ]),
      ['病床使用率', '%', ...V.BED_USE, '—'],
      ['平均住院日', '天', ...V.STAY, '—'],
    ],
    { widths: [5, 2, 4, 4, 4, 4] },
  ),
);
H(2, '（七）资产负债情况');
P(
  `2024年末医院资产总计${money(V.ASSET_TOTAL[2])}万元，负债合计${money(V.LIAB_TOTAL[2])}万元，净资产${money(V.NET[2])}万元，资产负债率${pct(V.LIAB_TOTAL[2], V.ASSET_TOTAL[2])}，比2022年末的${pct(V.LIAB_TOTAL[0], V.ASSET_TOTAL[0])}下降${D(pct(V.LIAB_TOTAL[0], V.ASSET_TOTAL[0]).replace('%', '')).minus(pct(V.LIAB_TOTAL[2], V.ASSET_TOTAL[2]).replace('%', '')).toFixed(2)}个百分点。非流动负债为2019年病房综合楼建设的长期借款，每年归还本金1,600.00万元。见表8。`,
  caption('2022—2024年末资产负债情况表（单位：万元）'),
  table(
    [['项目', '2022年末', '2023年末', '2024年末']],
    [
      ...Object.entries(V.ASSETS).map(([k, v]) => [k, ...v.map(money)]),
      ['资产总计', ...V.ASSET_TOTAL.map(money)],
      ...Object.entries(V.LIAB).map(([k, v]) => [k, ...v.map(money)]),
      ['负债合计', ...V.LIAB_TOTAL.map(money)],
      ['净资产', ...V.NET.map(money)],
      ['资产负债率', ...y3((y) => pct(V.LIAB_TOTAL[y], V.ASSET_TOTAL[y]))],
    ],
    { widths: [5, 4, 4, 4] },
  ),
);
H(2, '（八）重点项目情况');
const byYear = (yr) => V.PROJECTS.filter((p) => p.year === yr);
P(
  `评价期内医院共实施重点项目${V.PROJECTS.length}个（每年10个），预算合计${money(sum(V.PROJECT_BUDGET))}万元，实际支出${money(sum(V.PROJECT_SPENT))}万元。${YEARS.map((yr, y) => `${yr}年${byYear(yr).length}个项目预算${money(V.PROJECT_BUDGET[y])}万元，支出${money(V.PROJECT_SPENT[y])}万元，执行率${pct(V.PROJECT_SPENT[y], V.PROJECT_BUDGET[y])}`).join('；')}。各项目明细见附件2。`,
);
const p24 = byYear(2024);
const focus = [p24[2], p24[7], p24[8]];
P(
  ...focus.map(
    (p, i) =>
      `${i + 1}.${p.name}。该项目${p.year}年预算${money(p.budget)}万元，实际支出${money(p.spent)}万元，执行率${pct(p.spent, p.budget)}。${
        [
          '项目完成危重孕产妇救治中心标准化改造，配置产科重症监护单元床位12张，全年救治危重孕产妇46人，无孕产妇死亡。',
          '项目以区人民医院为牵头单位，带动11家乡镇卫生院开展远程心电、远程影像诊断，全年远程会诊3,412例。',
          `项目依托${V.CAMPUS}建设县域医疗次中心，因设备招标流标一次、部分设备到货延迟，年末尚有部分资金未支付。`,
        ][i]
      }`,
  ),
);
H(2, '（九）“三公”经费情况');
const SG = V.SANGONG;
P(
  `2024年医院“三公”经费预算${money(V.SANGONG_TOTAL[2])}万元，决算${money(V.SANGONG_TOTAL[3])}万元，其中公务用车运行维护费${money(SG.公务用车运行维护费[3])}万元，公务接待费${money(SG.公务接待费[3])}万元（即${int(SG.公务接待费[3].times(10000).toNumber())}元），未发生因公出国（境）费和公务用车购置费。2023年“三公”经费决算${money(V.SANGONG_TOTAL[1])}万元，其中公务用车购置费${money(SG.公务用车购置费[1])}万元，为更新一辆应急保障用车。见表9。`,
  caption('2022—2024年度“三公”经费情况表（单位：万元）'),
  table(
    [['项目', '2022年决算数', '2023年决算数', '2024年预算数', '2024年决算数']],
    [
      ['因公出国（境）费', ...SG['因公出国（境）费'].map(money)],
      ['公务用车购置及运行维护费', ...V.CAR.map(money)],
      ['其中：公务用车购置费', ...SG.公务用车购置费.map(money)],
      ['公务用车运行维护费', ...SG.公务用车运行维护费.map(money)],
      ['公务接待费', ...SG.公务接待费.map(money)],
      [
        '合计',
        ...V.SANGONG_TOTAL.slice(0, 3).map(money),
        inj(
          7,
          'money',
          money(V.SANGONG_TOTAL[3]),
          money(V.SANGONG_TOTAL[3].plus(1)),
          `表9“三公”经费合计 2024年决算数：0.00 + ${money(V.CAR[3])}（购置0.00 + 运行${money(SG.公务用车运行维护费[3])}，其中行不重复计）+ ${money(SG.公务接待费[3])} = ${money(V.SANGONG_TOTAL[3])}；正文“决算${money(V.SANGONG_TOTAL[3])}万元”同`,
          money(V.SANGONG_TOTAL[3]),
          money(V.SANGONG_TOTAL[3].plus(1)),
          missedIn(
            ['txt'],
            `${PDFMINER} 表9's 三公 合计 is not added up from its rows (the .docx, .md and .pdf find it)`,
          ),
        ),
      ],
    ],
    { widths: [7, 4, 4, 4, 4] },
  ),
);
H(2, '（十）政府采购情况');
const pur = (yr) => V.PURCHASES.filter((p) => p.year === yr);
const purSum = (xs, k) => sum(xs.map((p) => p[k]));
P(
  `评价期内医院共实施政府采购${V.PURCHASES.length}项，${YEARS.map((yr) => `${yr}年${pur(yr).length}项，采购预算${money(purSum(pur(yr), 'budget'))}万元，合同金额${money(purSum(pur(yr), 'contract'))}万元，节约率${pct(purSum(pur(yr), 'saving'), purSum(pur(yr), 'budget'))}`).join('；')}。明细见附件3。`,
  BREAK,
);

// ================= 二、评价工作开展情况
H(1, '二、绩效评价工作开展情况');
H(2, '（一）评价目的');
P(
  '通过对区人民医院单位整体支出的全面评价，了解财政资金和单位自有资金的使用效率和效果，分析单位整体支出在决策、管理、产出和效益方面存在的问题，为区财政局优化公立医院财政补助政策、完善预算安排提供参考，促进医院提升精细化管理水平。',
);
H(2, '（二）评价对象和范围');
P(
  `本次评价对象为${NAME}单位整体支出，范围包括医院本部和${V.CAMPUS}的全部收入和支出，${inj(
    9,
    'identity',
    '评价时段为2022年1月1日至2024年12月31日',
    '评价时段为2022年1月1日至2023年12月31日',
    '二（二）“评价时段为2022年1月1日至2023年12月31日”：标题、封面、摘要和全部表格的评价期都是2022—2024年度',
    '2022年1月1日至2024年12月31日',
  )}。`,
);
H(2, '（三）评价依据');
P(
  '《中华人民共和国预算法》及其实施条例；《中共中央 国务院关于全面实施预算绩效管理的意见》；《重庆市财政局关于印发〈重庆市市级部门（单位）整体支出绩效评价管理办法〉的通知》；《綦江区区级预算绩效管理办法》；《公立医院全面预算管理制度实施办法》；医院2022—2024年度部门预算、决算报表、审计报告及相关制度文件。',
);
H(2, '（四）评价指标体系');
P(
  `评价组依据我公司单位整体支出绩效评价通用指标框架，结合公立医院特点，设置投入、过程、产出、效益4个一级指标，权重分别为${V.LEVEL1.map((x) => x.w.toString()).join('、')}；设二级指标${LEVEL2}个、三级指标${V.INDICATORS.length}个，总权重100。评价结果分为四个等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。指标体系和评分情况见附件1。`,
);
H(2, '（五）评价方法和过程');
P(
  '评价采用比较法、因素分析法、公众评判法和成本效益分析法。评价工作分为前期准备、资料收集与现场核查、分析评价、报告撰写四个阶段：2025年4月上旬制定评价方案并征求区财政局意见；4月中旬至5月中旬收集医院预算、决算、财务报表、业务统计和项目资料，现场核查医院本部和古南院区，抽查凭证312份；5月发放满意度调查问卷1,120份；6月形成评价报告。',
  BREAK,
);

// ================= 三、评价结论
H(1, '三、评价结论');
P(
  `经评价，${NAME}2022—2024年度单位整体支出绩效评价综合得分${sc2(V.TOTAL_S)}分，${inj(
    5,
    'score',
    '评价等级为“良”',
    '评价等级为“优”',
    `三“综合得分${sc2(V.TOTAL_S)}分，评价等级为‘优’”：${sc2(V.TOTAL_S)}分在80分（含）至90分之间，按二（四）的等级标准为“良”（表10、附件1同）`,
    '良',
  )}。各一级指标得分情况见表10。`,
  caption('一级指标得分情况表'),
  table(
    [['一级指标', '权重', '得分', '得分率']],
    [
      ...V.LEVEL1.map((x) => [
        x.name,
        x.w.toString(),
        x.name === '过程'
          ? inj(
              4,
              'score',
              sc2(x.s),
              sc2(x.s.minus(1)),
              `表10 过程得分：附件1过程的三级指标 ${V.INDICATORS.filter((i) => i.l1 === '过程')
                .map((i) => sc2(i.s))
                .join(' + ')} = ${sc2(x.s)}；四（二）“过程指标…得${sc2(x.s)}分”同`,
              sc2(x.s),
              sc2(x.s.minus(1)),
              missedIn(
                ['txt'],
                `${PDFMINER} 附件1's third-level scores are not read, and 表10's 过程 得分 is compared with no other source (not traced further; the .docx, .md and .pdf find it)`,
              ),
            )
          : sc2(x.s),
        pct(x.s, x.w),
      ]),
      ['合计', '100', sc2(V.TOTAL_S), pct(V.TOTAL_S, 100)],
    ],
    { widths: [5, 3, 3, 3] },
  ),
  BREAK,
);

// ================= 四、绩效分析
H(1, '四、绩效指标分析');
const l2 = (a) => V.INDICATORS.filter((i) => i.l1 === a);
const cnt = (a) => new Set(l2(a).map((i) => i.l2)).size;
for (const [k, text] of [
  [
    '投入',
    `医院能够按照区财政局要求编制部门预算，预算编制与医院事业发展规划基本衔接，财政资金每年均足额到位。但预算编制以上年支出为基数，对业务量增长和设备更新需求测算不足，2024年财政拨款预算调整额达${money(V.BUDGET[2].adjusted.minus(V.BUDGET[2].start))}万元；部分项目绩效目标以工作内容代替，未设置可衡量的产出和效益指标。`,
  ],
  [
    '过程',
    `医院建立了全面预算管理、内部控制和资产管理等制度，会计核算基本规范。2024年财政拨款预算执行率${pct(V.BUDGET[2].spent, V.BUDGET[2].adjusted)}，“三公”经费控制在预算以内。抽查发现3笔培训费报销附件不全，固定资产中有部分大型设备年使用次数低于设计能力的40%；县域医疗次中心建设项目执行率偏低。`,
  ],
  [
    '产出',
    `医院门诊人次、出院人次和住院手术量均完成年度目标，病床使用率保持在90%以上，平均住院日持续缩短。2024年院内感染发生率0.86%，低于1.5%的控制目标；发生医疗纠纷14起，较2023年的17起有所下降，但次均门诊费用增幅高于全区平均水平。`,
  ],
  [
    '效益',
    `医院胸痛中心、卒中中心通过国家标准版认证，区域医疗服务能力明显提升，县域内就诊率达到91.2%；医共体带动基层服务能力提升。满意度调查显示，患者和职工总体满意度为${pct(V.SURVEY_TOTAL[2], V.SURVEY_TOTAL[1])}，其中住院患者满意度${pct(V.SURVEY[1].v[2], V.SURVEY[1].v[1])}，医院职工满意度${pct(V.SURVEY[2].v[2], V.SURVEY[2].v[1])}，见表11。`,
  ],
]) {
  H(2, `（${'一二三四'[['投入', '过程', '产出', '效益'].indexOf(k)]}）${k}指标`);
  P(
    `${k}指标权重${L1[k].w}，设二级指标${cnt(k)}个、三级指标${l2(k).length}个，得${sc2(L1[k].s)}分，得分率${pct(L1[k].s, L1[k].w)}。${text}`,
  );
}
P(
  caption('满意度调查情况表'),
  table(
    [['调查对象', '发放问卷（份）', '有效问卷（份）', '满意及基本满意（份）', '满意度']],
    [
      ...V.SURVEY.map((s) => [s.group, String(s.v[0]), String(s.v[1]), String(s.v[2]), pct(s.v[2], s.v[1])]),
      [
        '合计',
        int(V.SURVEY_TOTAL[0]),
        int(V.SURVEY_TOTAL[1]),
        int(V.SURVEY_TOTAL[2]),
        pct(V.SURVEY_TOTAL[2], V.SURVEY_TOTAL[1]),
      ],
    ],
    { widths: [4, 3, 3, 4, 3] },
  ),
);

// ================= 五—八
H(1, '五、主要成绩和经验');
P(
  '（一）坚持公益性定位，区域医疗中心作用逐步显现。医院牵头组建紧密型医共体，五大中心全部建成运行，急危重症救治能力明显提升，2024年转往市级医院的患者比2022年减少18.6%。',
  '（二）重点项目带动学科建设。重点专科建设项目连续三年投入，心血管内科、呼吸与危重症医学科成为市级临床重点专科。',
  `（三）内部管理逐步规范。医院推行全面预算管理和成本核算，${V.CAMPUS}与本部统一管理，实现人员、财务、物资统一调配。`,
);
H(1, '六、存在的问题');
P(
  '（一）预算编制精细化不足。预算编制以基数加增长为主，年中调整频繁，预算约束力不强。',
  '（二）部分项目执行进度偏慢。县域医疗次中心建设项目受招标流标影响，当年执行率不足九成。',
  '（三）资产使用效益有待提高。部分大型医疗设备使用率偏低，存在重购置、轻管理的现象。',
  '（四）绩效目标设置不够完整。单位整体绩效目标以定性描述为主，量化指标少，难以支撑绩效监控和评价。',
);
H(1, '七、意见和建议');
P(
  '（一）建立以业务量和成本核算为基础的预算编制机制，减少年中调整。',
  '（二）加强重点项目前期论证和采购计划管理，提高执行进度。',
  '（三）建立大型设备使用效益分析制度，对使用率低的设备实行院内调剂。',
  `（四）完善单位整体绩效目标，${inj(
    10,
    'identity',
    `${NAME}应结合公立医院绩效考核指标`,
    '重庆市綦江区人民医阮应结合公立医院绩效考核指标',
    '七（四）“重庆市綦江区人民医阮应结合公立医院绩效考核指标”：单位名称“医院”误为“医阮”，标题、封面和全文都是“重庆市綦江区人民医院”',
    NAME,
    '重庆市綦江区人民医阮',
  )}，设置可量化、可考核的产出和效益指标。`,
);
H(1, '八、其他需要说明的事项');
P(
  '本报告所用财务数据来源于医院2022—2024年度决算报表和经审计的财务报表，业务数据来源于医院统计报表和卫生健康统计直报系统。评价结论仅对评价期内的单位整体支出负责。',
  `<p class="right">${FIRM}</p>`,
  '<p class="right">二〇二五年六月十八日</p>',
);

// ================= 附件
H(1, '附件1 单位整体支出绩效评价指标体系及评分表');
const STANDARD = {
  预算编制科学性: '预算编制依据充分、测算合理，与事业发展规划相符得满分；每发现一处测算依据不足扣0.1分',
  财政资金到位率: '财政资金实际到位数÷计划到位数×100%，100%得满分，每低1个百分点扣0.1分',
  预算执行率: '调整后预算执行率达到100%得满分，每低1个百分点扣0.1分',
  病床使用率: '病床使用率不低于93%得满分，每低1个百分点扣0.2分',
};
const ind = [];
for (const a of ['投入', '过程', '产出', '效益']) {
  const xs = l2(a);
  xs.forEach((x, i) => {
    const n2 = xs.filter((z) => z.l2 === x.l2);
    ind.push([
      ...(i === 0 ? [{ t: `${a}（${L1[a].w}）`, rs: xs.length }] : []),
      ...(n2[0] === x ? [{ t: x.l2, rs: n2.length }] : []),
      x.l3,
      x.w.toString(),
      STANDARD[x.l3] ?? `${x.l3}达到评价标准得满分，未达到的按差距比例扣分`,
      sc2(x.s),
      x.s.eq(x.w) ? '—' : '部分指标未完全达标',
    ]);
  });
}
ind.push([{ t: '合计', cs: 3 }, '100', '', sc2(V.TOTAL_S), '']);
P(
  table([['一级指标', '二级指标', '三级指标', '权重', '评分标准', '得分', '扣分原因']], ind, {
    split: 7,
    widths: [3, 3, 5, 2, 11, 2, 5],
  }),
);
H(1, '附件2 2022—2024年度重点项目明细表');
P(
  '<p class="center">单位：万元</p>',
  table(
    [['序号', '年度', '项目名称', '预算数', '实际支出', '执行率']],
    [
      ...V.PROJECTS.map((p, i) => [
        String(i + 1),
        String(p.year),
        p.name,
        money(p.budget),
        money(p.spent),
        p === p24[8]
          ? inj(
              6,
              'money',
              pct(p.spent, p.budget),
              '80.89%',
              `附件2 2024年县域医疗次中心建设项目执行率：${money(p.spent)} ÷ ${money(p.budget)} = ${pct(p.spent, p.budget)}（一（八）3同）`,
              pct(p.spent, p.budget),
              '80.89%',
              missedIn(
                ['txt'],
                `${PDFMINER} 附件2's project rates are not recomputed from its 预算 and 支出 (the .docx, .md and .pdf find it)`,
              ),
            )
          : pct(p.spent, p.budget),
      ]),
      ...YEARS.map((yr, y) => [
        { t: `${yr}年小计`, cs: 3 },
        money(V.PROJECT_BUDGET[y]),
        money(V.PROJECT_SPENT[y]),
        pct(V.PROJECT_SPENT[y], V.PROJECT_BUDGET[y]),
      ]),
      [
        { t: '合计', cs: 3 },
        money(sum(V.PROJECT_BUDGET)),
        money(sum(V.PROJECT_SPENT)),
        pct(sum(V.PROJECT_SPENT), sum(V.PROJECT_BUDGET)),
      ],
    ],
    { split: 6, widths: [2, 3, 10, 4, 4, 3] },
  ),
);
H(1, '附件3 2022—2024年度政府采购明细表');
const purRows = [];
for (const yr of YEARS) {
  for (const p of pur(yr))
    purRows.push([
      String(purRows.length + 1 - YEARS.indexOf(yr)),
      String(yr),
      p.item,
      p.way,
      money(p.budget),
      money(p.contract),
      money(p.saving),
      pct(p.saving, p.budget),
    ]);
  const xs = pur(yr);
  purRows.push([
    { t: `${yr}年小计`, cs: 4 },
    money(purSum(xs, 'budget')),
    money(purSum(xs, 'contract')),
    money(purSum(xs, 'saving')),
    pct(purSum(xs, 'saving'), purSum(xs, 'budget')),
  ]);
}
purRows.push([
  { t: '合计', cs: 4 },
  money(purSum(V.PURCHASES, 'budget')),
  money(purSum(V.PURCHASES, 'contract')),
  money(purSum(V.PURCHASES, 'saving')),
  pct(purSum(V.PURCHASES, 'saving'), purSum(V.PURCHASES, 'budget')),
]);
P(
  '<p class="center">单位：万元</p>',
  table([['序号', '年度', '采购项目', '采购方式', '采购预算', '合同金额', '节约额', '节约率']], purRows, {
    split: 8,
    widths: [2, 3, 8, 4, 3, 3, 3, 3],
  }),
);
H(1, '附件4 2022—2024年度各科室门诊人次统计表');
P(
  '<p class="center">单位：人次</p>',
  table(
    [['序号', '科室', '2022年', '2023年', '2024年', '2024年比2023年增长率']],
    [
      ...V.DEPTS.map((d, i) => [String(i + 1), d.name, ...d.v.map(int), growth(d.v[2], d.v[1])]),
      [{ t: '合计', cs: 2 }, ...W[0].v.map(int), growth(W[0].v[2], W[0].v[1])],
    ],
    { split: 6, widths: [2, 7, 4, 4, 4, 4] },
  ),
);
H(1, '附件5 2022—2024年度分月业务量统计表');
const monthRows = [];
for (const [y, yr] of YEARS.entries()) {
  for (let m = 0; m < 12; m++) monthRows.push([`${yr}年${m + 1}月`, ...V.MONTHS[y][m].map(int)]);
  monthRows.push([`${yr}年合计`, ...[0, 2, 3].map((k) => int(V.WORK[k].v[y]))]);
}
P(table([['月份', '门诊人次', '出院人次', '住院手术台次']], monthRows, { split: 6, widths: [4, 4, 4, 4] }));

H(1, '附件6 2022—2024年度医疗设备购置明细表');
const eqRows = [];
for (const yr of YEARS) {
  const xs = V.EQUIPMENT.filter((e) => e.year === yr);
  for (const e of xs)
    eqRows.push([
      String(eqRows.length + 1 - YEARS.indexOf(yr)),
      String(yr),
      e.name,
      String(e.qty),
      money(e.price),
      money(e.amount),
      e.dept,
      int(e.uses),
    ]);
  eqRows.push([
    { t: `${yr}年小计`, cs: 3 },
    String(xs.reduce((a, e) => a + e.qty, 0)),
    '',
    money(sum(xs.map((e) => e.amount))),
    '',
    '',
  ]);
}
eqRows.push([
  { t: '合计', cs: 3 },
  String(V.EQUIPMENT.reduce((a, e) => a + e.qty, 0)),
  '',
  money(sum(V.EQUIPMENT.map((e) => e.amount))),
  '',
  '',
]);
P(
  '<p class="center">单位：台（套）、万元、次</p>',
  table([['序号', '购置年度', '设备名称', '数量', '单价', '金额', '使用科室', '2024年使用次数']], eqRows, {
    split: 7,
    widths: [2, 3, 8, 2, 3, 3, 5, 3],
  }),
);
H(1, '附件7 2022—2024年末各临床科室人员情况表');
P(
  '<p class="center">单位：人</p>',
  table(
    [
      ['序号', '科室', { t: '2022年末', cs: 2 }, { t: '2023年末', cs: 2 }, { t: '2024年末', cs: 2 }],
      ['', '', '编制内', '编制外', '编制内', '编制外', '编制内', '编制外'],
    ],
    V.DEPT_STAFF.map((d, i) => [String(i + 1), d.name, ...d.v.flatMap(([a, b]) => [String(a), String(b)])]),
    { split: 6, widths: [2, 7, 3, 3, 3, 3, 3, 3] },
  ),
);

// ================= write
const front = { name: 'v-yiyuan-2022-2024', title: TITLE, injections: INJ.sort((a, b) => a.id - b.id) };
writeFileSync(
  join(HERE, `${front.name}.spec.md`),
  `---\n${JSON.stringify(front, null, 2)}\n---\n\n${out.join('\n')}\n`,
);
console.log(`${front.name}.spec.md: ${out.length} lines, ${INJ.length} injections, ${spec.tableNo} captioned tables`);
