// Writes t-lenglian-2022-2024.spec.md, the report-spec of report T, from the figures of data.mjs and the text below.
// The spec is the report: build it with build.mjs, check it with check.mjs.
//   node scripts/make-fixtures/corpus-t/make-spec.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, int, money, pct, r2, sc2 as sc, sum, wan } from '../spec/figures.mjs';
import * as R from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const NAME = '元谋县农产品冷链物流园区建设项目';
const TITLE = '元谋县2022—2024年农产品冷链物流园区建设项目';
// a sub-project named the same way everywhere (a trap: not a slip in NAME, not another project)
const PLATFORM = R.SUBS[4].name;
const FIRM = '云南滇衡工程管理咨询有限公司';
const OWNER = '元谋县城乡发展投资有限公司';

// a contradiction not found in some forms: its entry in those forms is a known miss with the reason
const missedIn = (forms, reason) => Object.fromEntries(forms.map((f) => [f, { known_miss: true, reason }]));
const EVERY_FORM = ['docx', 'md', 'pdf', 'txt'];
const MUTOOL_CELLS = "in MuPDF's text every table cell is a line of its own and no table is rebuilt from it, so";

const spec = authoring();
const { P, H, caption, inj } = spec;
const Y = R.YEARS;
const [F1, F2, F3, F4] = R.TREE;
const TOTAL = R.TOTAL_SCORE;
const BOND = R.BOND_TOTAL; // 万元
const BS = R.BOND_SPENT.div(10000); // 万元
const CS = R.COUNTY_SPENT.div(10000);
const w = (yuan) => wan(yuan); // 元 → "1,234.56" 万元
const subBondSpent = (i) => sum(R.SPENT[i].bond);
const subCountySpent = (i) => sum(R.SPENT[i].county);
const thirds = R.TREE.flatMap((f) => f.kids.flatMap((s) => s.kids));
const third = (code) => thirds.find((t) => t.code === code);
const seconds = R.TREE.flatMap((f) => f.kids);
const fmtScore = (t) => `（分值${sc(t.weight).replace(/\.00$/, '')}分，得分${sc(t.score)}分）`;
const PRE = { budget: D('186.50'), spent: D('179.32') }; // 2021 前期工作经费 (万元), another year's

const subBondSpentAll = (i) => sum(R.SPENT[i].bond);
const subCountySpentAll = (i) => sum(R.SPENT[i].county);
const LATE_NOTE = {
  施工5标: '供电工程完成约85%、消防工程完成约70%',
  信息化: '冷链追溯系统尚在联调，视频监控系统和数据机房尚未验收',
};
// 单位工程 (a long table not about scores): [子项目 index, 单位工程, 计划开工, 实际开工, 计划完工, 实际完工]
const UNITS = [
  [0, ['高温库（1号库）', '高温库（2号库）', '低温库', '气调库', '预冷间', '制冷机房', '冷库配电房', '冷库装卸月台']],
  [1, ['果蔬交易大棚A区', '果蔬交易大棚B区', '果蔬交易大棚C区', '综合服务楼', '检验检测中心', '交易广场及停车场']],
  [2, ['分拣包装车间1号', '分拣包装车间2号', '配送中心', '装卸平台', '包装材料库']],
  [3, ['园区主干道', '园区次干道', '给水管网', '雨污水管网', '供电工程', '消防工程', '绿化工程']],
  [4, ['交易结算系统', '仓储管理系统', '冷链追溯系统', '视频监控系统', '数据机房']],
];
const PROGRESS = [];
for (const [si, names] of UNITS)
  names.forEach((u, k) => {
    const late = si === 4 ? k >= 2 : si === 3 && k >= 4 && k <= 5;
    const startM = 5 + ((si * 3 + k) % 6);
    const plan = `2022-${String(startM).padStart(2, '0')}`;
    const actual = `2022-${String(Math.min(12, startM + (k % 2))).padStart(2, '0')}`;
    const endPlan = si === 4 ? '2024-06' : si === 3 && k < 4 ? '2023-12' : '2024-06';
    const endActual = late ? '未完工' : si === 3 && k < 4 ? '2023-12' : `2024-0${3 + ((k + si) % 4)}`;
    PROGRESS.push([
      String(PROGRESS.length + 1),
      R.SUBS[si].name,
      u,
      plan,
      si === 4 ? '2023-09' : actual,
      endPlan,
      si === 4 && !late ? '2024-08' : endActual,
      late ? '在建' : '已完工',
    ]);
  });
// 资产移交: [资产名称, 所属子项目, 数量, 单位, 原值（万元）, 移交日期]
// each completed unit's share of its sub-project's spending (bonds and county funds, 万元), weights 3, 4, 5, …
const doneUnits = PROGRESS.filter((p) => p[7] === '已完工');
const ASSETS = doneUnits.map((p, k) => {
  const si = R.SUBS.findIndex((s) => s.name === p[1]);
  const mine = doneUnits.filter((x) => x[1] === p[1]);
  const wt = (u) => 3 + (doneUnits.indexOf(u) % 4);
  const spent = subBondSpentAll(si).plus(subCountySpentAll(si)).div(10000);
  const value = r2(
    spent
      .times('0.9')
      .times(wt(p))
      .div(sum(mine.map((u) => D(wt(u))))),
  );
  return [
    p[2],
    p[1],
    String(1 + (k % 3)),
    /系统|机房/.test(p[2]) ? '套' : /管网|道/.test(p[2]) ? '项' : '栋',
    value,
    p[6] === '2023-12' ? '2024-01-15' : '2024-07-10',
  ];
});

// ================= cover
P(
  `<p class="center">${TITLE}</p>`,
  '<p class="center">（地方政府专项债券）</p>',
  '<p class="center">财政重点绩效评价报告</p>',
  '<p class="center">报告编号：滇衡绩评〔2025〕第019号</p>',
  `项目名称：${NAME}`,
  '项目主管部门：元谋县发展和改革局',
  `项目实施单位：${OWNER}`,
  '委托单位：元谋县财政局',
  `评价机构：${FIRM}`,
  '评价期间：2022年1月1日—2024年12月31日',
  '项目负责人：杨卫东',
  '报告日期：2025年6月18日',
  BREAK,
  `<p class="center">${TITLE}（地方政府专项债券）财政重点绩效评价报告</p>`,
  `根据《中共中央 国务院关于全面实施预算绩效管理的意见》、《财政部关于印发〈地方政府专项债券项目资金绩效管理办法〉的通知》（财预〔2021〕61号）、《云南省财政厅关于进一步加强地方政府专项债券项目全生命周期绩效管理的通知》和《元谋县财政局关于开展2025年度财政重点绩效评价工作的通知》（元财绩〔2025〕5号）要求，${FIRM}（以下简称“我公司”）受元谋县财政局委托，组成评价组，对${NAME}（以下简称“冷链物流园项目”）2022—2024年专项债券资金的使用和项目建设运营情况开展了财政重点绩效评价。评价组采取资料核查、现场勘查、账务核对、合同及结算资料审查、问卷调查和座谈访谈等方式，对项目决策、过程、产出和效益进行了全面评价，现将评价情况报告如下。`,
);

// ================= 一、项目基本情况
H(1, '一、项目基本情况');
H(2, '（一）项目背景');
P(
  '元谋县位于云南省楚雄彝族自治州北部，金沙江干热河谷，光热资源充足，是全国重要的冬春早熟蔬菜生产基地和“南菜北运”重要基地，全县常年蔬菜播种面积约35万亩，年产蔬菜约120万吨，主要销往北京、上海、成都、重庆等大中城市。长期以来，全县农产品产地预冷、冷藏和冷链运输能力不足，果蔬产后损耗率约18%，旺季集中上市时压价、滞销现象时有发生，制约了农民增收和产业提质增效。',
  `为补齐冷链物流短板，元谋县人民政府于2021年启动${NAME}前期工作，项目列入《云南省“十四五”冷链物流发展规划》重点项目库和国家发展改革委地方政府专项债券项目储备库。2021年度县级财政安排项目前期工作经费${money(PRE.budget)}万元，实际支出${money(PRE.spent)}万元，执行率${pct(PRE.spent, PRE.budget)}，主要用于可行性研究、地质勘察和初步设计；前期工作经费不在本次评价范围内。`,
  `项目于2021年12月取得元谋县发展和改革局可行性研究报告批复（元发改审〔2021〕142号），2022年3月取得初步设计及概算批复（元发改审〔2022〕27号），批复总投资${money(R.INVEST)}万元。项目由元谋县发展和改革局主管，${OWNER}作为项目法人负责建设和运营，县财政局负责专项债券资金的申报、拨付和还本付息管理。项目于2022年5月开工，2024年6月主体工程完工，2024年7月起试运营。`,
);
H(2, '（二）建设内容及规模');
P(
  `项目位于元谋县元马镇物茂片区，规划用地面积186.4亩，建设内容分为5个子项目：${R.SUBS.map((s) => s.name).join('、')}。各子项目建设内容及概算投资见表1。`,
  caption('项目建设内容及概算投资表'),
  table(
    [['序号', '子项目', '主要建设内容', '建设规模', '概算投资（万元）']],
    [
      [
        '1',
        R.SUBS[0].name,
        '高温库、低温库、气调库、预冷间及制冷机房',
        '冷库库容3.2万吨，预冷能力每日1,200吨',
        money(R.SUBS[0].budget),
      ],
      ['2', R.SUBS[1].name, '果蔬交易大棚、综合服务楼、检验检测中心', '建筑面积2.46万平方米', money(R.SUBS[1].budget)],
      ['3', R.SUBS[2].name, '分拣包装车间、配送中心及装卸平台', '建筑面积1.38万平方米', money(R.SUBS[2].budget)],
      ['4', R.SUBS[3].name, '园区道路、给排水、供电、消防、绿化', '道路4.3公里，管网9.8公里', money(R.SUBS[3].budget)],
      [
        '5',
        R.SUBS[4].name,
        '交易结算、仓储管理、冷链追溯系统及机房',
        '软件系统6套，监控点位420个',
        money(R.SUBS[4].budget),
      ],
      [{ t: '合计', cs: 4 }, money(R.INVEST)],
    ],
    { widths: [2, 8, 12, 10, 5] },
  ),
  `其中，${PLATFORM}由${R.LOTS[6].firm}承建，建设交易结算、仓储管理和冷链追溯三大系统，${PLATFORM}与省级农产品冷链追溯平台实现数据对接。`,
);
H(2, '（三）资金来源及债券发行情况');
P(
  `项目批复总投资${money(R.INVEST)}万元，资金来源为地方政府专项债券资金${money(BOND)}万元（${BOND.div(10000).toFixed(2)}亿元）和县级配套资金${money(R.COUNTY_TOTAL)}万元。专项债券共分${R.BONDS.length}批次发行，其中2022年度${money(R.BOND_YEAR[2022])}万元、${inj(1, 'money', `2023年度${money(R.BOND_YEAR[2023])}万元`, '2023年度6,050.00万元', `一（三）“专项债券共分5批次发行，其中2022年度8,000.00万元、2023年度6,050.00万元、2024年度3,500.00万元”：8,000 + 6,050 + 3,500 = 17,550 ≠ 专项债券资金18,000.00万元；表2 2023年两批5,000.00 + 1,500.00 = 6,500.00，表3 2023年度专项债券6,500.00`, '6500', '2023年度6,050.00万元')}、2024年度${money(R.BOND_YEAR[2024])}万元。县级配套资金分年度安排，其中2022年度${money(R.COUNTY_YEAR[2022])}万元、2023年度${money(R.COUNTY_YEAR[2023])}万元、2024年度${money(R.COUNTY_YEAR[2024])}万元。`,
  caption('专项债券发行情况表'),
  table(
    [['批次', '债券名称', '额度下达文号', '下达日期', '发行日期', '期限（年）', '利率（%）', '发行金额（万元）']],
    [
      ...R.BONDS.map((b, i) => [
        String(i + 1),
        b.name,
        b.quota,
        b.quotaDate,
        b.date,
        String(b.term),
        b.rate,
        money(b.amount),
      ]),
      [{ t: '合计', cs: 7 }, money(BOND)],
    ],
    { widths: [2, 10, 7, 5, 5, 3, 3, 5] },
  ),
  '说明：第3批、第5批债券额度由省财政厅提前下达，额度下达文件日期分别为2022年12月20日和2023年12月22日，债券于次年发行，额度计入发行年度。债券均为每年付息一次、到期一次偿还本金。',
  caption('项目资金来源分年度情况表（万元）'),
  table(
    [['年度', '专项债券资金', '县级配套资金', '合计']],
    [
      ...Y.map((y) => [
        `${y}年度`,
        money(R.BOND_YEAR[y]),
        money(R.COUNTY_YEAR[y]),
        money(R.BOND_YEAR[y].plus(R.COUNTY_YEAR[y])),
      ]),
      ['合计', money(BOND), money(R.COUNTY_TOTAL), money(R.INVEST)],
    ],
    { widths: [4, 5, 5, 5] },
  ),
);
H(2, '（四）资金使用情况');
P(
  `截至2024年12月31日，项目累计支出专项债券资金${money(BS)}万元，${inj(2, 'money', `支出进度${R.BOND_RATE}`, '支出进度96.45%', `一（四）“累计支出专项债券资金${money(BS)}万元，支出进度96.45%”：${money(BS)} ÷ 18,000.00 = ${R.BOND_RATE}（表4合计、三级指标2.1.1均为${R.BOND_RATE}）`, R.BOND_RATE.replace('%', ''), '支出进度96.45%')}，尚未支出${money(BOND.minus(BS))}万元；其中2022年度支出${w(R.BOND_SPENT_YEAR[2022])}万元、2023年度支出${w(R.BOND_SPENT_YEAR[2023])}万元、2024年度支出${w(R.BOND_SPENT_YEAR[2024])}万元。累计支出县级配套资金${money(CS)}万元，占县级配套资金的${pct(CS, R.COUNTY_TOTAL)}。`,
  `专项债券资金发行${money(BOND)}万元与实际使用${money(BS)}万元之间的差额${money(BOND.minus(BS))}万元，主要为施工5标和信息化标段尚未结算的工程款及质保金，资金存放于县财政专项债券资金专户。`,
  caption('专项债券资金分子项目分年度支出情况表（万元）'),
  table(
    [
      [
        { t: '子项目', rs: 2 },
        { t: '债券资金安排', rs: 2 },
        { t: '支出', cs: 4 },
        { t: '支出进度', rs: 2 },
      ],
      ['2022年度', '2023年度', '2024年度', '累计'],
    ],
    [
      ...R.SUBS.map((s, i) => [
        s.name,
        money(sum(s.bond)),
        ...R.SPENT[i].bond.map(w),
        w(subBondSpent(i)),
        pct(subBondSpent(i).div(10000), sum(s.bond)),
      ]),
      ['合计', money(BOND), ...Y.map((y) => w(R.BOND_SPENT_YEAR[y])), money(BS), R.BOND_RATE],
    ],
    { widths: [8, 5, 5, 5, 5, 5, 4] },
  ),
  caption('县级配套资金分子项目分年度支出情况表（万元）'),
  table(
    [['子项目', '配套资金安排', '2022年度支出', '2023年度支出', '2024年度支出', '累计支出', '支出进度']],
    [
      ...R.SUBS.map((s, i) => [
        s.name,
        money(s.county),
        ...R.SPENT[i].county.map(w),
        w(subCountySpent(i)),
        pct(subCountySpent(i).div(10000), s.county),
      ]),
      ['合计', money(R.COUNTY_TOTAL), ...Y.map((y) => w(R.COUNTY_SPENT_YEAR[y])), money(CS), pct(CS, R.COUNTY_TOTAL)],
    ],
    { widths: [8, 5, 5, 5, 5, 5, 4] },
  ),
);
R.SUBS.forEach((s, i) => {
  const b = R.SPENT[i].bond;
  P(
    `${i + 1}.${s.name}。该子项目安排专项债券资金${money(sum(s.bond))}万元、县级配套资金${money(s.county)}万元，累计支出专项债券资金${w(subBondSpent(i))}万元，其中2022年度${w(b[0])}万元、2023年度${w(b[1])}万元、2024年度${w(b[2])}万元，支出进度${pct(subBondSpent(i).div(10000), sum(s.bond))}；累计支出县级配套资金${w(subCountySpent(i))}万元。${
      [
        '冷库主体于2023年10月封顶，制冷机组于2024年4月完成安装调试，6月通过竣工验收。',
        '交易大棚和综合服务楼于2024年5月完工，检验检测中心于2024年6月投入使用。',
        '分拣包装车间于2024年3月完工，配送中心于2024年6月完成设备安装。',
        '园区道路及给排水管网于2023年12月完工，供电、消防及绿化工程（施工5标）截至评价时仍在施工。',
        '平台硬件于2024年8月完成部署，交易结算和仓储管理系统上线试运行，冷链追溯系统尚在联调。',
      ][i]
    }`,
  );
});
H(2, '（五）还本付息情况');
const paid = (y) => R.SCHEDULE.find((s) => s.year === y).interest;
P(
  `项目专项债券均按年付息、到期一次还本。截至2024年12月31日，已按期支付债券利息${money(R.INTEREST_PAID)}万元，其中2023年度${money(paid(2023))}万元、2024年度${money(paid(2024))}万元，付息资金由县级财政预算安排；尚无到期本金。按债券期限测算，债券存续期内应付利息合计${money(R.INTEREST_TOTAL)}万元，应还本金${money(BOND)}万元，本息合计${money(R.INTEREST_TOTAL.plus(BOND))}万元，最后一笔本金于${R.LAST_YEAR}年到期。分年度还本付息计划见表6。`,
  caption('专项债券分年度还本付息计划表（万元）'),
  table(
    [['年度', '应付利息', '应还本金', '本息合计', '备注']],
    [
      ...R.SCHEDULE.map((s) => [
        `${s.year}年`,
        money(s.interest),
        s.principal.eq(0) ? '0.00' : money(s.principal),
        money(s.total),
        s.year <= 2024
          ? '已支付'
          : s.principal.gt(0)
            ? `${R.BONDS.filter((b) => b.maturity === s.year)
                .map((b) => b.name.replace(/^(\d{4})年云南省政府专项债券/, '$1年'))
                .join('、')}到期`
            : '',
      ]),
      ['合计', money(R.INTEREST_TOTAL), money(BOND), money(R.INTEREST_TOTAL.plus(BOND)), ''],
    ],
    { split: 8, widths: [4, 5, 5, 5, 8] },
  ),
);
H(2, '（六）项目收益与融资自求平衡情况');
const dueOps = R.DUE_TOTAL;
P(
  `根据项目实施方案及“一案两书”（实施方案、财务评价报告书、法律意见书），项目收益来源于冷库租赁、交易服务费、分拣加工服务和停车及其他收入，运营期为2025—2044年。经测算，运营期内项目收入合计${money(sum(R.BALANCE.map((b) => b.income)))}万元，运营成本合计${money(sum(R.BALANCE.map((b) => b.cost)))}万元，净收益合计${money(R.NET_TOTAL)}万元；运营期应还本息合计${money(dueOps)}万元（2023、2024年度利息${money(R.INTEREST_PAID)}万元已由县级财政预算安排支付，不计入运营期），本息覆盖倍数为${R.COVER.toFixed(2)}倍，满足不低于1.1倍的要求。`,
  caption('项目收益与融资自求平衡测算表（万元）'),
  table(
    [['年度', ...R.INCOME_KINDS, '收入合计', '运营成本', '净收益', '应还本息', '覆盖倍数']],
    [
      ...R.BALANCE.map((b) => [
        `${b.year}年`,
        ...b.inc.map(money),
        money(b.income),
        money(b.cost),
        money(b.net),
        money(b.due),
        r2(b.net.div(b.due)).toFixed(2),
      ]),
      [
        '合计',
        ...R.INCOME_KINDS.map((_, k) => money(sum(R.BALANCE.map((b) => b.inc[k])))),
        money(sum(R.BALANCE.map((b) => b.income))),
        money(sum(R.BALANCE.map((b) => b.cost))),
        money(R.NET_TOTAL),
        money(dueOps),
        R.COVER.toFixed(2),
      ],
    ],
    { split: 7, widths: [3, 4, 4, 4, 4, 4, 4, 4, 4, 3] },
  ),
  `2024年7月至12月为试运营期，一案两书预期收入${money(R.TRIAL_PLAN)}万元，实际实现收入${money(R.TRIAL_ACTUAL)}万元，收益实现程度${R.TRIAL_RATE}，主要原因是冷库出租率低于预期、分拣加工业务尚未全面开展。`,
  caption('2024年试运营期收益实现情况表（万元）'),
  table(
    [['收入项目', '一案两书预期', '实际收入', '实现程度']],
    [
      ...R.TRIAL.map(([k, a, b]) => [k, money(a), money(b), pct(b, a)]),
      ['合计', money(R.TRIAL_PLAN), money(R.TRIAL_ACTUAL), R.TRIAL_RATE],
    ],
    { widths: [6, 5, 5, 4] },
  ),
);
H(2, '（七）绩效目标');
const TARGETS = [
  ['产出指标', '数量指标', '冷库库容', '≥3.0万吨', '3.2万吨', '完成'],
  ['产出指标', '数量指标', '交易市场建筑面积', '≥2.4万平方米', '2.46万平方米', '完成'],
  ['产出指标', '数量指标', '园区道路', '≥4.2公里', '4.3公里', '完成'],
  ['产出指标', '数量指标', '给排水管网', '≥9.6公里', '9.8公里', '完成'],
  ['产出指标', '质量指标', '工程验收合格率', '100%', '100%', '完成'],
  ['产出指标', '时效指标', '主体工程完工时间', '2024年6月底前', '2024年6月', '完成'],
  ['产出指标', '成本指标', '总投资控制', `≤${money(R.INVEST)}万元`, `${money(BS.plus(CS))}万元（未完成结算）`, '完成'],
  ['效益指标', '经济效益', '年交易量增长率', '≥10%', '8.6%', '未完成'],
  ['效益指标', '经济效益', '试运营期收入', `≥${money(R.TRIAL_PLAN)}万元`, `${money(R.TRIAL_ACTUAL)}万元`, '未完成'],
  ['效益指标', '社会效益', '新增就业岗位', '≥300个', '286个', '基本完成'],
  ['效益指标', '社会效益', '果蔬产后损耗率降低', '≥5个百分点', '4.2个百分点', '基本完成'],
  ['效益指标', '可持续影响', '偿债资金按期归集', '按期', '部分按期', '基本完成'],
  ['满意度指标', '服务对象满意度', '服务对象满意度', '≥90%', R.SURVEY_RATE, '基本完成'],
];
P(
  '项目总体绩效目标为：2024年6月底前建成冷库库容3.0万吨以上、交易市场2.4万平方米以上，形成产地预冷、冷藏、分拣、交易、配送一体化的冷链物流园区，降低果蔬产后损耗，带动农民增收，项目收益满足债券本息偿还要求。年度绩效目标及完成情况见表9。',
  caption('绩效目标及完成情况表'),
  table([['一级指标', '二级指标', '三级指标', '目标值', '完成值', '完成情况']], TARGETS, {
    split: 7,
    widths: [4, 4, 6, 6, 7, 3],
  }),
);

// ================= 二、绩效评价工作开展情况
H(1, '二、绩效评价工作开展情况');
H(2, '（一）评价对象和范围');
P(
  `本次评价对象为${NAME}2022—2024年使用的专项债券资金${money(BOND)}万元及县级配套资金${money(R.COUNTY_TOTAL)}万元，评价范围包括项目决策、资金管理、组织实施、产出和效益。${inj(3, 'identity', '评价期间为2022年1月1日至2024年12月31日', '评价期间为2022年1月1日至2025年12月31日', '二（一）“评价期间为2022年1月1日至2025年12月31日”：封面“评价期间：2022年1月1日—2024年12月31日”、标题“2022—2024年”和全文评价的都是2022—2024年；报告日期2025年6月18日，2025年12月31日尚未到来', '2022年1月1日至2024年12月31日', '2022年1月1日至2025年12月31日')}，涉及元谋县发展和改革局、元谋县财政局、${OWNER}及各参建单位。`,
);
H(2, '（二）评价指标体系');
const n2 = seconds.length,
  n3 = thirds.length;
P(
  `评价组依据《地方政府专项债券项目资金绩效管理办法》和《云南省财政支出绩效评价指标体系（共性指标框架）》，结合专项债券项目特点，设置了决策、过程、产出、效益4个一级指标，采用百分制，分值分别为${R.TREE.map((f) => sc(f.weight).replace(/\.00$/, '')).join('分、')}分。指标体系共设一级指标4个、二级指标${n2}个、${inj(4, 'count', `三级指标${n3}个`, `三级指标${n3 - 2}个`, `二（二）“共设一级指标4个、二级指标${n2}个、三级指标${n3 - 2}个”：表10和附件1列出的三级指标为决策${F1.kids.flatMap((s) => s.kids).length} + 过程${F2.kids.flatMap((s) => s.kids).length} + 产出${F3.kids.flatMap((s) => s.kids).length} + 效益${F4.kids.flatMap((s) => s.kids).length} = ${n3}个`, String(n3))}，三级指标编码采用“一级.二级.三级”三段式（如1.1.1），各指标的评分要点和扣分说明见附件1。`,
  caption('绩效评价指标体系表'),
  table(
    [['一级指标', '二级指标', '编码', '三级指标', '分值']],
    R.TREE.flatMap((f) =>
      f.kids.flatMap((s, j) =>
        s.kids.map((t, k) => [
          ...(j === 0 && k === 0
            ? [
                {
                  t: `${f.code}.${f.name}（${sc(f.weight).replace(/\.00$/, '')}分）`,
                  rs: f.kids.flatMap((x) => x.kids).length,
                },
              ]
            : []),
          ...(k === 0
            ? [{ t: `${s.code} ${s.name}（${sc(s.weight).replace(/\.00$/, '')}分）`, rs: s.kids.length }]
            : []),
          t.code,
          t.name,
          sc(t.weight).replace(/\.00$/, ''),
        ]),
      ),
    ).concat([[{ t: '合计', cs: 4 }, '100']]),
    { split: 9, widths: [5, 7, 3, 9, 3] },
  ),
  '评价结果实行百分制，按综合得分划分为四个等级，等级划分标准见表11。',
  caption('绩效评价等级划分表'),
  table(
    [['等级', '分值区间', '说明']],
    [
      ['优', '90（含）—100分', '绩效目标全面实现，管理规范'],
      ['良', '80（含）—90分', '绩效目标基本实现，管理较规范'],
      ['中', '60（含）—80分', '绩效目标部分实现，管理存在较多问题'],
      ['差', '60分以下', '绩效目标未实现或管理存在重大问题'],
    ],
    { widths: [3, 6, 12] },
  ),
);
H(2, '（三）评价方法和抽样情况');
const SAMPLE = R.PAYMENTS.filter((_, i) => i % 2 === 0);
const SAMPLE_AMT = sum(SAMPLE.map((p) => p.amount));
const ALL_PAID = sum(R.PAYMENTS.map((p) => p.amount));
P(
  `评价组采用比较法、因素分析法、公众评判法和成本效益分析法。对资金支付按凭证逐年抽样核查，共抽查支付凭证${SAMPLE.length}笔，抽查金额${money(SAMPLE_AMT)}元（${w(SAMPLE_AMT)}万元），占累计支付金额${w(ALL_PAID)}万元的${pct(SAMPLE_AMT, ALL_PAID)}；对${R.LOTS.length}个标段（合同）的招标、合同、变更、计量支付和结算资料全部核查；现场勘查冷库、交易市场、分拣中心和园区道路等单位工程；向入驻商户、种植户及合作社、冷链运输企业和园区周边群众发放满意度调查问卷${R.SURVEY_N + 18}份，收回有效问卷${R.SURVEY_N}份。`,
  caption('资金支付抽查情况表'),
  table(
    [['年度', '支付笔数', '支付金额（元）', '抽查笔数', '抽查金额（元）', '抽查比例']],
    [
      ...Y.map((y) => {
        const all = R.PAYMENTS.filter((p) => p.year === y);
        const s = SAMPLE.filter((p) => p.year === y);
        const a = sum(all.map((p) => p.amount)),
          b = sum(s.map((p) => p.amount));
        return [`${y}年度`, String(all.length), money(a), String(s.length), money(b), pct(b, a)];
      }),
      [
        '合计',
        String(R.PAYMENTS.length),
        money(ALL_PAID),
        String(SAMPLE.length),
        money(SAMPLE_AMT),
        pct(SAMPLE_AMT, ALL_PAID),
      ],
    ],
    { widths: [4, 3, 6, 3, 6, 4] },
  ),
);
H(2, '（四）评价工作过程');
P(
  caption('评价工作时间安排表'),
  table(
    [['阶段', '时间', '主要工作']],
    [
      ['前期准备', '2025年3月10日—3月21日', '成立评价组，收集基础资料，制定评价工作方案和指标体系'],
      ['方案论证', '2025年3月24日—3月28日', '征求县财政局、县发展改革局意见，修改完善评价方案'],
      ['现场评价', '2025年3月31日—4月30日', '资料核查、账务核对、现场勘查、问卷调查和座谈'],
      ['综合分析', '2025年5月6日—5月23日', '汇总分析数据，评分，撰写评价报告初稿'],
      ['征求意见', '2025年5月26日—6月6日', '向被评价单位反馈评价结果，征求意见'],
      ['报告定稿', '2025年6月9日—6月18日', '修改完善并提交评价报告'],
    ],
    { widths: [4, 7, 14] },
  ),
);

// ================= 三、综合评价情况及评价结论
H(1, '三、综合评价情况及评价结论');
const across = (f) => [sc(f.weight), sc(f.score), pct(f.score, f.weight)];
const A1 = across(F1),
  A2 = across(F2),
  A3 = across(F3),
  A4 = across(F4);
P(
  `经评价，${NAME}${inj(5, 'score', `综合得分${sc(TOTAL)}分`, `综合得分${sc(TOTAL.plus(1))}分`, `三“经评价，${NAME}综合得分${sc(TOTAL.plus(1))}分”：${R.TREE.map((f) => sc(f.score)).join(' + ')} = ${sc(TOTAL)}（表14合计、附件1合计）`, sc(TOTAL), `综合得分${sc(TOTAL.plus(1))}分`)}，评价等级为“${R.grade(TOTAL)}”。其中，决策指标得${sc(F1.score)}分，过程指标得${sc(F2.score)}分，产出指标得${sc(F3.score)}分，效益指标得${sc(F4.score)}分。各一级指标得分情况见表14。`,
  caption('综合评分汇总表'),
  table(
    [['项目', '决策', '过程', '产出', '效益', '合计']],
    [
      ['分值', A1[0], A2[0], A3[0], A4[0], sc(100)],
      [
        '得分',
        A1[1],
        inj(
          6,
          'score',
          A2[1],
          '21.37',
          `三 表14（汇总表横排）过程得分21.37：同列分值25.00、得分率${A2[2]}给出${A2[1]}，${A2[2]} × 25 = ${A2[1]}；过程下二级指标${F2.kids.map((s) => sc(s.score)).join(' + ')} = ${A2[1]}；${[A1[1], '21.37', A3[1], A4[1]].join(' + ')} = ${sc(TOTAL.minus(F2.score).plus('21.37'))} ≠ 合计${sc(TOTAL)}`,
          A2[1],
          '21.37',
        ),
        A3[1],
        A4[1],
        sc(TOTAL),
      ],
      ['得分率', A1[2], A2[2], A3[2], A4[2], pct(TOTAL, 100)],
    ],
    { widths: [4, 4, 4, 4, 4, 4] },
  ),
  `评价组认为，项目立项依据充分，债券资金使用基本合规，冷库、交易市场等主体工程按期建成，园区已初步形成集产地预冷、冷藏、分拣、交易、配送于一体的冷链物流体系，对降低果蔬产后损耗、带动农产品外销发挥了积极作用。但项目也存在债券资金支出进度偏慢、部分标段延期、结算审核核减率较高、试运营期收益未达一案两书预期、偿债资金归集不及时等问题。`,
);

// ================= 四、绩效评价指标分析
H(1, '四、绩效评价指标分析');
const EVAL = {
  '1.1.1':
    '项目符合《云南省“十四五”冷链物流发展规划》和专项债券支持的“农林水利”“冷链物流设施”领域，属于公益性项目且有一定收益。',
  '1.1.2': '项目可行性研究、初步设计、环评、用地等手续齐全，但初步设计批复时间（2022年3月）晚于第一批债券额度下达。',
  '1.2.1': '项目在债券申报时填报了绩效目标，产出目标与实施方案一致，但未设置收益类目标。',
  '1.2.2': '绩效指标大部分已量化，但“工程质量达标”等指标表述笼统。',
  '1.3.1': `一案两书测算本息覆盖倍数${R.COVER.toFixed(2)}倍，但冷库租赁单价参照昆明市场价格，测算依据不足。`,
  '1.3.2': `专项债券资金${money(BOND)}万元、县级配套资金${money(R.COUNTY_TOTAL)}万元均已足额到位，到位率100%。`,
  '2.1.1': `截至2024年末累计支出专项债券资金${money(BS)}万元，支出进度${R.BOND_RATE}，得分=5×${R.BOND_RATE}=${sc(third('2.1.1').score)}分。`,
  '2.1.2': '抽查支付凭证未发现挤占挪用，但2笔进度款支付凭证未附监理签认的计量单。',
  '2.1.3': `2023、2024年度应付利息${money(R.INTEREST_PAID)}万元均按期足额支付。`,
  '2.2.1': '制定了项目建设管理办法和资金管理办法，但未制定专项债券项目资产管理办法。',
  '2.2.2': `${R.LOTS.length}个标段均依法公开招标，合同签订规范，但施工1标2项设计变更未及时履行审批程序。`,
  '2.2.3': '监理单位常驻现场，质量安全总体可控；施工5标、信息化标段延期，部分监理日志记录不完整。',
  '2.2.4': `已完成结算审核的标段${R.LOTS.filter((l) => l.audited).length}个，施工5标、信息化标段尚未结算；已完工资产已办理移交。`,
  '3.1.1': '建成冷库库容3.2万吨，达到目标值。',
  '3.1.2': '建成交易市场建筑面积2.46万平方米，达到目标值。',
  '3.1.3': '建成园区道路4.3公里、给排水管网9.8公里，供电、消防工程尚未完工。',
  '3.2.1': '已完工单位工程均通过验收，验收合格率100%。',
  '3.2.2': '施工1标、施工2标、施工3标、施工4标结算核减率均超过3%。',
  '3.3.1': '冷库、交易市场等主体工程于2024年6月完工，施工5标、信息化标段未按合同工期完工。',
  '3.4.1': `累计支出${money(BS.plus(CS))}万元，未超过批复概算；${PLATFORM}部分硬件单价高于同期市场价。`,
  '4.1.1': `试运营期实际收入${money(R.TRIAL_ACTUAL)}万元，一案两书预期${money(R.TRIAL_PLAN)}万元，实现程度${R.TRIAL_RATE}，得分=6×${R.TRIAL_RATE}=${sc(third('4.1.1').score)}分。`,
  '4.1.2': '2024年园区农产品交易量38.6万吨，较上年增长8.6%。',
  '4.2.1': '园区新增装卸、分拣、仓储、管理等就业岗位286个。',
  '4.2.2': '据抽样测算，园区服务范围内果蔬产后损耗率由18.0%降至13.8%，降低4.2个百分点。',
  '4.3.1': '明确了运营主体和收费标准，但试运营收入未按月归集至偿债资金专户。',
  '4.4.1': `收回有效问卷${R.SURVEY_N}份，满意度${R.SURVEY_RATE}，得分=6×${R.SURVEY_RATE}=${sc(third('4.4.1').score)}分。`,
};
const CN = ['一', '二', '三', '四'];
R.TREE.forEach((f, i) => {
  const rate = pct(f.score, f.weight);
  H(2, `（${CN[i]}）${f.name}指标${fmtScore(f)}`);
  const n3f = f.kids.flatMap((s) => s.kids).length;
  const sentence = `${f.name}指标分值${sc(f.weight).replace(/\.00$/, '')}分，得分${sc(f.score)}分，得分率${rate}`;
  P(
    `${f.name}指标下设${f.kids.length}个二级指标、${n3f}个三级指标，${
      i === 3
        ? inj(
            8,
            'score',
            sentence,
            sentence.replace(rate, '85.60%'),
            `四（四）“${f.name}指标分值30分，得分${sc(f.score)}分，得分率85.60%”：${sc(f.score)} ÷ 30 = ${rate}（表14）`,
            rate.replace('%', ''),
            '得分率85.60%',
          )
        : sentence
    }。`,
  );
  f.kids.forEach((s) => {
    H(3, `${s.code} ${s.name}${fmtScore(s)}`);
    s.kids.forEach((t) =>
      P(
        `${t.code} ${t.name}（分值${sc(t.weight).replace(/\.00$/, '')}分，得${sc(t.score)
          .replace(/\.00$/, '')
          .replace(/(\.\d)0$/, '$1')}分）。${EVAL[t.code]}${t.note === '无扣分。' || /按/.test(t.note) ? '' : t.note}`,
      ),
    );
    if (s.code === '2.2') {
      const settled = R.LOTS.filter((l) => l.audited);
      P(
        '各标段合同价、送审价及审定价情况见表15。',
        caption('标段合同及结算审核情况表（元）'),
        table(
          [['标段', '建设内容', '中标单位', '合同价', '送审价', '审定价', '核减额', '核减率']],
          [
            ...R.LOTS.map((l) => [
              l.lot,
              l.what,
              l.firm,
              money(l.contract),
              l.sent ? money(l.sent) : '未结算',
              l.audited ? money(l.audited) : '未结算',
              l.audited ? money(l.sent.minus(l.audited)) : '—',
              l.audited ? pct(l.sent.minus(l.audited), l.sent) : '—',
            ]),
            [
              { t: '已结算标段合计', cs: 3 },
              money(sum(settled.map((l) => l.contract))),
              money(sum(settled.map((l) => l.sent))),
              money(sum(settled.map((l) => l.audited))),
              money(sum(settled.map((l) => l.sent.minus(l.audited)))),
              pct(sum(settled.map((l) => l.sent.minus(l.audited))), sum(settled.map((l) => l.sent))),
            ],
          ],
          { widths: [3, 7, 9, 5, 5, 5, 4, 3] },
        ),
        `施工1标合同价${money(R.LOTS[0].contract)}元，因冷库保温层做法变更，送审价${money(R.LOTS[0].sent)}元，经元谋县财政投资评审中心审定为${money(R.LOTS[0].audited)}元，核减${money(R.LOTS[0].sent.minus(R.LOTS[0].audited))}元，核减率${pct(R.LOTS[0].sent.minus(R.LOTS[0].audited), R.LOTS[0].sent)}，审定价低于合同价。`,
        ...R.LOTS.map(
          (l, k) =>
            `（${k + 1}）${l.lot}（${l.what}）。中标单位为${l.firm}，合同价${money(l.contract)}元（${wan(l.contract)}万元）${
              l.audited
                ? `，送审价${money(l.sent)}元，审定价${money(l.audited)}元，核减${money(l.sent.minus(l.audited))}元，核减率${pct(l.sent.minus(l.audited), l.sent)}${l.audited.gt(l.contract) ? '，审定价高于合同价，主要为设计变更增加的工程量' : ''}。`
                : `，截至评价时${LATE_NOTE[l.lot]}，尚未办理结算。`
            }`,
        ),
      );
    }
    if (s.code === '3.3') {
      P(
        '各单位工程建设进度见表16。',
        caption('单位工程建设进度表'),
        table([['序号', '子项目', '单位工程', '计划开工', '实际开工', '计划完工', '实际完工', '状态']], PROGRESS, {
          split: 9,
          widths: [2, 6, 8, 4, 4, 4, 4, 3],
        }),
      );
    }
    if (s.code === '4.4') {
      P(
        '满意度调查按调查对象分类统计，结果见表18。',
        caption('满意度调查汇总表'),
        table(
          [['调查对象', '有效问卷', '很满意', '满意', '一般', '不满意', '满意率']],
          [
            ...R.SURVEY.map(([g, v]) => [
              g,
              String(v.reduce((a, b) => a + b, 0)),
              ...v.map(String),
              pct(
                v[0] + v[1],
                v.reduce((a, b) => a + b, 0),
              ),
            ]),
            ['合计', String(R.SURVEY_N), ...R.SURVEY_TOTAL.map(String), R.SURVEY_RATE],
          ],
          { widths: [6, 3, 3, 3, 3, 3, 3] },
        ),
      );
    }
  });
  if (i === 2) {
    P(
      `已完工资产均已办理移交，移交资产原值合计${money(sum(ASSETS.map((a) => a[4])))}万元，见表17。`,
      caption('资产移交情况表'),
      table(
        [['序号', '资产名称', '所属子项目', '数量', '原值（万元）', '移交日期', '接收单位']],
        [
          ...ASSETS.map((a, k) => [String(k + 1), a[0], a[1], a[2] + a[3], money(a[4]), a[5], OWNER]),
          [{ t: '合计', cs: 4 }, money(sum(ASSETS.map((a) => a[4]))), '', ''],
        ],
        { split: 8, widths: [2, 8, 6, 4, 4, 4, 8] },
      ),
    );
  }
});

// ================= 五—八
H(1, '五、主要成效');
P(
  `（一）补齐了县域冷链物流设施短板。项目建成冷库库容3.2万吨、预冷能力每日1,200吨，全县冷库总库容由2021年末的1.1万吨增加到4.3万吨，产地预冷覆盖率由不足20%提高到约55%。`,
  '（二）降低了果蔬产后损耗。据评价组抽样测算，园区服务范围内番茄、辣椒、四季豆等主要蔬菜的产后损耗率由18.0%降至13.8%，按2024年园区交易量测算减少损耗约1.6万吨。',
  '（三）带动了农产品外销和农民增收。2024年园区农产品交易量38.6万吨，较上年增长8.6%，冷链直发北京、上海、成都等城市的车次达4,260车次，入驻商户142户，带动周边种植户约2.1万户。',
  `（四）形成了一定的项目收益。2024年7月至12月试运营期实现收入${money(R.TRIAL_ACTUAL)}万元，其中冷库租赁收入${money(R.TRIAL[0][2])}万元，为后续偿还债券本息奠定了基础。`,
);
H(1, '六、存在的主要问题');
P(
  `（一）债券资金支出进度偏慢。截至2024年末，${inj(10, 'identity', NAME, '元谋县农产品冷链物流园区建没项目', '六（一）“元谋县农产品冷链物流园区建没项目”：项目名称中“建设”误为“建没”（一个字），全文其余处均为“元谋县农产品冷链物流园区建设项目”', NAME)}仍有专项债券资金${money(BOND.minus(BS))}万元未支出，主要是施工5标和信息化标段进度滞后、部分标段结算审核周期较长，资金闲置时间较长，增加了利息负担。`,
  `（二）部分标段建设延期。施工5标（供电、消防及绿化工程）和信息化标段（${PLATFORM}）合同工期分别于2024年3月和2024年6月到期，截至评价时仍未完工，延期原因主要是设计变更和设备供货滞后，建设单位未按合同约定追究延期责任。`,
  '（三）结算审核核减率较高。已完成结算审核的标段中，施工1标至施工4标核减率均超过3%，反映出施工单位送审不实、建设单位初审把关不严。',
  `（四）试运营期收益未达预期。2024年7月至12月试运营期实际收入${money(R.TRIAL_ACTUAL)}万元，仅为一案两书预期的${R.TRIAL_RATE}；冷库出租率约62%，分拣加工业务尚未全面开展。若运营期收益持续低于测算，将影响债券本息的按期偿还。`,
  '（五）偿债资金归集和资产管理不够规范。试运营收入未按月归集至偿债资金专户，未制定专项债券项目形成资产的管理办法，部分移交资产未登记资产卡片。',
);
H(1, '七、有关建议');
P(
  '（一）加快债券资金支出。建设单位应加快施工5标和信息化标段建设，及时办理计量支付和结算，县财政局对闲置超过一年的债券资金按规定调整用途。',
  '（二）强化合同和工期管理。严格执行合同工期和违约条款，完善设计变更审批程序，督促监理单位完整记录监理日志。',
  '（三）严格结算送审把关。建设单位应对施工单位报送的结算资料进行初审，对送审不实的按合同约定处理，降低核减率。',
  `（四）提升运营收益，确保按期偿债。运营主体应加大冷库招商力度，尽快开展分拣加工业务，按月将项目收入归集至偿债资金专户，确保${inj(9, 'identity', NAME, '元谋县城乡供水一体化建设项目', `七（四）“确保元谋县城乡供水一体化建设项目专项债券本息按期偿还”：一句讲本项目运营收益归集和偿债，却写成另一个项目的名称；本报告评价的是${NAME}`, NAME)}专项债券本息按期偿还。`,
  '（五）完善资产管理。制定专项债券项目资产管理办法，对已移交资产登记入账、建立资产卡片，明确运营维护责任。',
);
H(1, '八、其他需要说明的事项');
P(
  '（一）2025年度该项目无新增专项债券额度。省财政厅已于2024年12月提前下达元谋县2025年度新增专项债券额度（云财债〔2024〕131号），其中未安排本项目，本报告不作评价。',
  '（二）本报告中资金数据截至2024年12月31日，项目运营数据截至2025年3月31日。2021年度的前期工作经费和2025年度的运营收入仅作背景说明，未纳入评分。',
  '（三）本报告仅供委托单位和被评价单位使用，评价结论基于被评价单位提供资料的真实性和完整性。',
  `<p class="right">${FIRM}</p>`,
  '<p class="right">2025年6月18日</p>',
  BREAK,
);

// ================= 附件
H(1, '附件1 绩效评价指标评分表');
P(
  table(
    [['一级指标', '二级指标', '编码', '三级指标', '分值', '评分要点', '扣分说明', '得分']],
    R.TREE.flatMap((f) => [
      ...f.kids.flatMap((s, j) =>
        s.kids.map((t, k) => [
          ...(j === 0 && k === 0 ? [{ t: `${f.code}.${f.name}`, rs: f.kids.flatMap((x) => x.kids).length }] : []),
          ...(k === 0 ? [{ t: `${s.code} ${s.name}`, rs: s.kids.length }] : []),
          t.code,
          t.name,
          sc(t.weight),
          t.point,
          t.note,
          sc(t.score),
        ]),
      ),
      [{ t: `${f.name}小计`, cs: 4 }, sc(f.weight), '', '', sc(f.score)],
    ]).concat([[{ t: '合计', cs: 4 }, sc(100), '', '', sc(TOTAL)]]),
    { split: 6, widths: [3, 4, 3, 5, 2, 10, 8, 2] },
  ),
  BREAK,
);
H(1, '附件2 专项债券及配套资金支付明细表');
P('单位：元');
const payRows = [];
for (const y of Y) {
  const ps = R.PAYMENTS.filter((p) => p.year === y);
  ps.forEach((p) =>
    payRows.push([
      String(R.PAYMENTS.indexOf(p) + 1),
      p.voucher,
      `${y}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`,
      p.firm,
      R.SUBS[p.sub].name,
      p.kind,
      p.src,
      money(p.amount),
    ]),
  );
  const tot = money(sum(ps.map((p) => p.amount)));
  payRows.push([
    { t: `${y}年度小计`, cs: 7 },
    y === 2023
      ? inj(
          7,
          'money',
          tot,
          money(sum(ps.map((p) => p.amount)).plus(90000)),
          `附件2“2023年度小计”：上方${ps.length}笔2023年度支付合计${tot}元（= 表4与表5 2023年度支出${w(R.BOND_SPENT_YEAR[2023])} + ${w(R.COUNTY_SPENT_YEAR[2023])}万元）；合计行${money(ALL_PAID)}为三个年度实际小计之和`,
          tot.replace(/,/g, ''),
          money(sum(ps.map((p) => p.amount)).plus(90000)),
          missedIn(
            ['txt'],
            `${MUTOOL_CELLS} 附件2's 2023年度小计 is not read against its payments (the .docx, .md and .pdf find it)`,
          ),
        )
      : tot,
  ]);
}
payRows.push([{ t: '合计', cs: 7 }, money(ALL_PAID)]);
P(
  table([['序号', '凭证号', '支付日期', '收款单位', '子项目', '款项性质', '资金来源', '金额']], payRows, {
    split: 16,
    widths: [2, 4, 4, 9, 8, 3, 3, 5],
  }),
  BREAK,
);
H(1, '附件3 专项债券资金分月支付进度表');
{
  const rows = [];
  let cum = D(0);
  for (const y of Y)
    for (let m = y === 2022 ? 5 : 1; m <= 12; m++) {
      const month = sum(
        R.PAYMENTS.filter((p) => p.year === y && p.month === m && p.src === '专项债券').map((p) => p.amount),
      );
      cum = cum.plus(month);
      const issued = sum(R.BONDS.filter((b) => b.date <= `${y}-${String(m).padStart(2, '0')}-31`).map((b) => b.amount));
      rows.push([`${y}年${m}月`, w(month), w(cum), money(issued), pct(cum.div(10000), issued)]);
    }
  P(
    '说明：累计发行额为截至当月末已发行的专项债券金额，累计支付进度=累计支付÷累计发行额。',
    table([['月份', '当月支付（万元）', '累计支付（万元）', '累计发行额（万元）', '累计支付进度']], rows, {
      split: 12,
      widths: [4, 5, 5, 5, 4],
    }),
    BREAK,
  );
}
H(1, '附件4 满意度调查问卷统计表');
const QUESTIONS = [
  '冷库租赁价格是否合理',
  '预冷、冷藏服务是否及时',
  '交易市场设施是否完善',
  '交易结算是否方便快捷',
  '分拣包装服务能否满足需要',
  '园区道路及停车是否方便',
  '园区卫生及环境是否整洁',
  '冷链追溯信息是否准确',
  '园区管理人员服务态度',
  '项目对农产品销售的带动作用',
  '项目对减少果蔬损耗的作用',
  '对项目建设运营的总体评价',
];
P(
  `说明：每份问卷对下列12个问题作答，各问题的有效回答均为${R.SURVEY_N}份；“总体评价”一题的统计结果即表18。`,
  table(
    [['序号', '问题', '很满意', '满意', '一般', '不满意', '满意率']],
    QUESTIONS.map((q, i) => {
      let v;
      if (i === QUESTIONS.length - 1) v = R.SURVEY_TOTAL;
      else {
        const a = 120 + ((i * 17) % 40),
          b = 170 + ((i * 29) % 40),
          c = 20 + ((i * 7) % 15);
        v = [a, b, c, R.SURVEY_N - a - b - c];
      }
      return [String(i + 1), q, ...v.map(String), pct(v[0] + v[1], R.SURVEY_N)];
    }),
    { split: 6, widths: [2, 10, 3, 3, 3, 3, 3] },
  ),
  BREAK,
);
H(1, '附件5 评价工作组成员');
P(
  table(
    [['姓名', '职务/职称', '单位', '评价分工']],
    [
      ['杨卫东', '项目负责人/高级工程师', FIRM, '统筹评价工作，审核报告'],
      ['李建华', '注册造价工程师', FIRM, '合同、结算及工程进度核查'],
      ['普兰英', '注册会计师', FIRM, '债券资金使用及还本付息核查'],
      ['赵明亮', '经济师', FIRM, '项目收益与融资平衡分析'],
      ['何丽萍', '助理工程师', FIRM, '现场勘查及问卷调查'],
      ['张德华', '高级经济师（外聘专家）', '云南农业大学', '冷链物流运营效益评价'],
    ],
    { widths: [3, 6, 9, 8] },
  ),
);

// ---- write
spec.write(HERE, 't-lenglian-2022-2024', `${TITLE}（地方政府专项债券）财政重点绩效评价报告`);
