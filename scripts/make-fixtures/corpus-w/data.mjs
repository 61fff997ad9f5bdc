// Figures of report W (牡丹江市民政局2024年度部门整体支出绩效自评报告), computed once, exactly: the department's
// staff by unit and category (编制数 / 实有人数), its income by source (2023 beside 2024), its spending by 功能分类 and
// 经济分类 (基本 / 项目), 三公经费 (预算 / 决算), the department's 自评表 and four 项目支出绩效自评表 (each out of 100,
// each with its own funds row), and each programme's own rows (areas, communities, equipment). Amounts are 万元 with
// two decimals (whole hundreds of 元); make-spec.mjs writes them into the spec, and check.mjs recomputes every total
// and rate from the spec itself, not from this file.
import { check, D, pct as pctOf, r2, rate, seeded, sum } from '../spec/figures.mjs';

const { rand, pick } = seeded(20250318); // the same rows on every build
export { pick, rand };
/** a 万元 amount with two decimals between lo and hi */
const amt = (lo, hi) => D(pick(lo * 100, hi * 100)).div(100);

// 牡丹江市's ten 县（市）区
export const AREAS = [
  '东安区',
  '阳明区',
  '爱民区',
  '西安区',
  '绥芬河市',
  '海林市',
  '宁安市',
  '穆棱市',
  '东宁市',
  '林口县',
];

// ---- staff: the bureau and its six 所属事业单位, 编制数 and 实有人数 by 行政 / 事业 / 工勤
export const UNITS = [
  ['牡丹江市民政局机关', [42, 0, 4], [39, 0, 4]],
  ['牡丹江市社会福利院', [0, 58, 6], [0, 52, 6]],
  ['牡丹江市儿童福利院', [0, 36, 4], [0, 33, 3]],
  ['牡丹江市救助管理站', [0, 18, 2], [0, 16, 2]],
  ['牡丹江市殡仪馆', [0, 45, 8], [0, 41, 7]],
  ['牡丹江市社会救助服务中心', [0, 15, 0], [0, 14, 0]],
  ['牡丹江市婚姻登记服务中心', [0, 12, 0], [0, 11, 0]],
].map(([name, quota, actual]) => ({ name, quota: quota.map(D), actual: actual.map(D) }));
export const QUOTA = [0, 1, 2].map((k) => sum(UNITS.map((u) => u.quota[k])));
export const ACTUAL = [0, 1, 2].map((k) => sum(UNITS.map((u) => u.actual[k])));
export const RETIRED = 186; // 离退休人员 (not in 实有人数)

// ---- the four programmes (项目支出 of the department's own budget), each its own funds and its own 自评表
const prog = (name, unit, plan, adjust, spentShare, carry) => {
  const full = plan.plus(adjust);
  return {
    name,
    unit,
    plan, // 年初预算数
    full, // 全年预算数
    carry, // 其中：上年结转资金
    spent: r2(full.times(spentShare)), // 全年执行数
  };
};
export const PROGS = [
  prog('城乡最低生活保障市级补助资金', '牡丹江市社会救助服务中心', D('6850.00'), D('412.60'), 0.9874, D('0')),
  prog('特困人员救助供养补助资金', '牡丹江市民政局社会救助科', D('2260.00'), D('138.40'), 0.9652, D('0')),
  prog(
    '城乡社区综合服务设施建设项目',
    '牡丹江市民政局基层政权建设和社区治理科',
    D('1180.00'),
    D('0'),
    0.9362,
    D('215.30'),
  ),
  prog('市殡仪馆火化设备更新改造项目', '牡丹江市殡仪馆', D('760.00'), D('-45.00'), 0.8917, D('120.00')),
];
for (const p of PROGS) {
  p.rate = rate(p.spent, p.full); // 执行率 = 全年执行数 ÷ 全年预算数
  p.fundsScore = r2(D(10).times(p.rate)); // 分值 10 × 执行率
  p.current = p.full.minus(p.carry); // 其中：当年财政拨款
}

// ---- P1 / P2 by area: each area's 分配资金 (万元) and people (人)
const split = (total, weights) => {
  const w = sum(weights);
  const parts = weights.map((x) => r2(total.times(x).div(w)));
  parts[parts.length - 1] = total.minus(sum(parts.slice(0, -1)));
  return parts;
};
const weights1 = AREAS.map(() => D(pick(60, 160)));
const weights2 = AREAS.map(() => D(pick(40, 120)));
/** a whole number of people split by weights, the last taking the rest */
const intSplit = (total, weights) =>
  split(
    D(total),
    weights.map((w) => w.plus(pick(0, 9))),
  ).map((x) => x.round());
const fixLast = (xs, total) => {
  xs[xs.length - 1] = D(total).minus(sum(xs.slice(0, -1)));
  return xs.map((x) => x.toNumber());
};
// the year-end people the 自评表s state: 城市低保 8,764, 农村低保 12,722; 集中供养 1,326, 分散供养 3,386
export const P1_PEOPLE = { urban: 8764, rural: 12722 };
export const P2_PEOPLE = { central: 1326, home: 3386 };
export const P1_AREAS = AREAS.map((name) => ({ name }));
const u1 = fixLast(intSplit(P1_PEOPLE.urban, weights1), P1_PEOPLE.urban);
const r1 = fixLast(intSplit(P1_PEOPLE.rural, weights1), P1_PEOPLE.rural);
split(PROGS[0].spent, weights1).forEach((x, i) => {
  P1_AREAS[i].paid = x;
  P1_AREAS[i].urban = u1[i];
  P1_AREAS[i].rural = r1[i];
});
export const P2_AREAS = AREAS.map((name) => ({ name }));
const c2 = fixLast(intSplit(P2_PEOPLE.central, weights2), P2_PEOPLE.central);
const h2 = fixLast(intSplit(P2_PEOPLE.home, weights2), P2_PEOPLE.home);
split(PROGS[1].spent, weights2).forEach((x, i) => {
  P2_AREAS[i].paid = x;
  P2_AREAS[i].central = c2[i]; // 集中供养
  P2_AREAS[i].home = h2[i]; // 分散供养
});
// P3: 24 communities, each its own investment (万元) and area (平方米)
const COMMUNITY = [
  '东安区七星街道长安社区',
  '东安区五星街道东村社区',
  '东安区新安街道通乡社区',
  '东安区长安街道东长安社区',
  '阳明区阳明街道前进社区',
  '阳明区新兴街道光华社区',
  '阳明区前进街道北山社区',
  '阳明区桦林镇桦林社区',
  '爱民区向阳街道北安社区',
  '爱民区黄花街道黄花社区',
  '爱民区东兴街道东兴社区',
  '爱民区北山街道福民社区',
  '西安区先锋街道和平社区',
  '西安区火车站街道站前社区',
  '西安区立新街道立新社区',
  '西安区沿江街道江滨社区',
  '绥芬河市绥芬河镇天长山社区',
  '海林市海林镇新华社区',
  '宁安市宁安镇西城社区',
  '穆棱市八面通镇红旗社区',
  '东宁市东宁镇明义社区',
  '林口县林口镇惠民社区',
  '海林市柴河镇松花社区',
  '宁安市东京城镇东京城社区',
];
const w3 = COMMUNITY.map(() => D(pick(30, 90)));
export const P3_ITEMS = COMMUNITY.map((name, i) => ({ name, area: pick(280, 960) }));
split(PROGS[2].full, w3).forEach((x, i) => {
  P3_ITEMS[i].budget = x;
});
split(PROGS[2].spent, w3).forEach((x, i) => {
  P3_ITEMS[i].spent = x;
});
P3_ITEMS.forEach((c, i) => {
  c.done = [3, 9, 15, 21].includes(i) ? '主体完工' : '已完工'; // 4 of 24 carried into 2025
});
export const P3_DONE = P3_ITEMS.filter((c) => c.done === '已完工').length;
// P4: equipment lines (万元)
export const P4_ITEMS = [
  ['平板式火化机', 2, '台'],
  ['火化机尾气处理系统', 2, '套'],
  ['骨灰冷却设备', 3, '台'],
  ['遗体冷藏柜', 12, '位'],
  ['遗物祭品焚烧炉', 1, '台'],
  ['在线监测系统', 1, '套'],
  ['配电增容改造', 1, '项'],
  ['火化车间通风改造', 1, '项'],
].map(([name, qty, unit]) => ({ name, qty, unit }));
const w4 = P4_ITEMS.map(() => D(pick(20, 90)));
split(PROGS[3].full, w4).forEach((x, i) => {
  P4_ITEMS[i].contract = x;
});
split(PROGS[3].spent, w4).forEach((x, i) => {
  P4_ITEMS[i].paid = x;
});

// ---- spending by 功能分类 (项 level): code, name, 基本支出, 项目支出 (万元); the programmes sit in their own 项
export const FUNC = [
  ['2010801', '行政运行（民政管理事务）', amt(1480, 1620), D(0)],
  ['2010802', '一般行政管理事务', D(0), amt(180, 260)],
  ['2010804', '基层政权建设和社区治理', D(0), PROGS[2].spent.plus(amt(40, 90))],
  ['2080501', '行政单位离退休', amt(620, 760), D(0)],
  ['2080505', '机关事业单位基本养老保险缴费支出', amt(520, 640), D(0)],
  ['2080506', '机关事业单位职业年金缴费支出', amt(160, 240), D(0)],
  ['2081001', '儿童福利', amt(780, 900), amt(120, 220)],
  ['2081002', '老年福利', amt(1300, 1480), amt(300, 420)],
  ['2081004', '殡葬', amt(980, 1120), PROGS[3].spent],
  ['2081005', '社会福利事业单位', amt(260, 340), amt(40, 90)],
  ['2081901', '城市最低生活保障金支出', D(0), r2(PROGS[0].spent.times('0.41'))],
  ['2081902', '农村最低生活保障金支出', D(0), PROGS[0].spent.minus(r2(PROGS[0].spent.times('0.41')))],
  ['2082001', '临时救助支出', D(0), amt(160, 240)],
  ['2082002', '流浪乞讨人员救助支出', amt(190, 250), amt(60, 110)],
  ['2082101', '城市特困人员救助供养支出', D(0), r2(PROGS[1].spent.times('0.36'))],
  ['2082102', '农村特困人员救助供养支出', D(0), PROGS[1].spent.minus(r2(PROGS[1].spent.times('0.36')))],
  ['2101101', '行政单位医疗', amt(110, 160), D(0)],
  ['2101102', '事业单位医疗', amt(150, 210), D(0)],
  ['2210201', '住房公积金', amt(310, 390), D(0)],
  ['2296002', '用于社会福利的彩票公益金支出', D(0), amt(420, 560)],
].map(([code, name, basic, project]) => ({ code, name, basic, project, total: basic.plus(project) }));
export const BASIC = sum(FUNC.map((f) => f.basic));
export const PROJECT = sum(FUNC.map((f) => f.project));
export const SPENT = BASIC.plus(PROJECT); // 全年执行数
// 经济分类: 基本支出 split into 工资福利 / 商品和服务 / 对个人和家庭的补助; 项目支出 into 商品和服务 / 对个人和家庭 / 资本性
const basicWage = r2(BASIC.times('0.712'));
const basicGoods = r2(BASIC.times('0.153'));
const projPeople = sum(PROGS.slice(0, 2).map((p) => p.spent)).plus(FUNC.find((f) => f.code === '2082001').project);
const projCapital = PROGS[3].spent.plus(r2(PROGS[2].spent.times('0.82')));
export const ECON = [
  ['工资福利支出', basicWage, D(0)],
  ['商品和服务支出', basicGoods, PROJECT.minus(projPeople).minus(projCapital)],
  ['对个人和家庭的补助', BASIC.minus(basicWage).minus(basicGoods), projPeople],
  ['资本性支出', D(0), projCapital],
].map(([name, basic, project]) => ({ name, basic, project, total: basic.plus(project) }));
check(sum(ECON.map((e) => e.total)).eq(SPENT), '经济分类 = 功能分类');

// ---- the budget: 年初预算 and 全年预算 (after 调整), basic and project; 全年预算 ≥ 执行
export const BASIC_FULL = r2(BASIC.div('0.9931'));
export const BASIC_PLAN = BASIC_FULL.minus(D('86.40'));
const otherProjSpent = PROJECT.minus(sum(PROGS.map((p) => p.spent)));
export const OTHER_PROJ_FULL = r2(otherProjSpent.div('0.9418'));
export const OTHER_PROJ_PLAN = OTHER_PROJ_FULL.minus(D('163.70'));
export const PROJECT_FULL = sum(PROGS.map((p) => p.full)).plus(OTHER_PROJ_FULL);
export const PROJECT_PLAN = sum(PROGS.map((p) => p.plan)).plus(OTHER_PROJ_PLAN);
export const FULL = BASIC_FULL.plus(PROJECT_FULL);
export const PLAN = BASIC_PLAN.plus(PROJECT_PLAN);
export const EXEC_RATE = rate(SPENT, FULL);
export const FUNDS_SCORE = r2(D(10).times(EXEC_RATE));
export const OTHER_PROJ_SPENT = otherProjSpent;

// ---- income by source, 2023 and 2024 (万元): 2024's add to the year's 全年预算数 (收入 incl. 上年结转)
const govFund = D('512.40'); // 政府性基金预算财政拨款 (福彩公益金)
const business = D('286.75'); // 事业收入 (殡仪馆 服务收费)
const other = D('38.20');
const carryIn = sum(PROGS.map((p) => p.carry)).plus(D('64.85'));
export const INCOME = [
  ['一般公共预算财政拨款收入', FULL.minus(govFund).minus(business).minus(other).minus(carryIn)],
  ['政府性基金预算财政拨款收入', govFund],
  ['事业收入', business],
  ['其他收入', other],
  ['上年结转结余', carryIn],
].map(([name, y24], i) => ({ name, y24, y23: r2(y24.times([0.9437, 1.0862, 0.9215, 1.31, 0.7748][i])) }));
export const INCOME24 = sum(INCOME.map((x) => x.y24));
export const INCOME23 = sum(INCOME.map((x) => x.y23));
check(INCOME24.eq(FULL), '收入 = 全年预算数');

// ---- 三公经费 (万元): 预算 and 决算
export const SANGONG = {
  abroad: [D('0'), D('0')],
  carBuy: [D('0'), D('0')],
  carRun: [D('18.60'), D('16.37')],
  reception: [D('4.20'), D('2.86')],
};
export const SANGONG_TOTAL = [0, 1].map((k) =>
  sum([SANGONG.abroad, SANGONG.carBuy, SANGONG.carRun, SANGONG.reception].map((x) => x[k])),
);
export const SANGONG23 = D('21.94'); // 2023年决算

// ---- indicator rows: [一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分, 偏差原因]
const row = (l1, l2, name, target, actual, weight, score, why = '') => ({
  l1,
  l2,
  name,
  target,
  actual,
  weight: D(weight),
  score: D(score),
  why,
});
/** the department's 自评表 (90 of 100; the funds row is the other 10) */
export const DEPT_ROWS = [
  row('产出指标', '数量指标', '城乡低保保障人数', '≥21000人', '21486人', 6, 6),
  row('产出指标', '数量指标', '特困人员救助供养人数', '≥4600人', '4712人', 6, 6),
  row(
    '产出指标',
    '数量指标',
    '新建改造城乡社区综合服务设施数',
    '24个',
    '20个',
    6,
    5,
    '4个社区综合服务设施主体完工，室内装修及设备安装结转至2025年，完成率83.33%，扣1分',
  ),
  row('产出指标', '数量指标', '火化设备更新数量', '2台（套）', '2台（套）', 5, 5),
  row('产出指标', '质量指标', '低保对象动态管理率', '100%', '100%', 5, 5),
  row('产出指标', '质量指标', '养老机构服务质量达标率', '≥95%', '97.3%', 5, 5),
  row('产出指标', '质量指标', '殡葬设施环保排放达标率', '100%', '100%', 4, 4),
  row('产出指标', '时效指标', '救助资金按月发放及时率', '100%', '100%', 5, 5),
  row(
    '产出指标',
    '时效指标',
    '项目按期完成率',
    '≥90%',
    '83.33%',
    4,
    3.2,
    '社区综合服务设施项目受冬季施工期影响，24个项目中4个未按期完工，扣0.8分',
  ),
  row('产出指标', '成本指标', '城市低保标准', '≥740元/人·月', '760元/人·月', 2, 2),
  row('产出指标', '成本指标', '三公经费控制率', '≤预算数', pctOf(SANGONG_TOTAL[1], SANGONG_TOTAL[0]), 2, 2),
  row('效益指标', '社会效益指标', '困难群众基本生活保障覆盖率', '100%', '100%', 8, 8),
  row('效益指标', '社会效益指标', '流浪乞讨人员救助率', '100%', '100%', 6, 6),
  row(
    '效益指标',
    '社会效益指标',
    '殡葬服务群众办事便利度提升',
    '明显提升',
    '较好提升',
    6,
    5,
    '网上预约系统2024年11月上线，运行时间较短',
  ),
  row('效益指标', '可持续影响指标', '社会救助长效机制健全', '健全', '健全', 5, 5),
  row('效益指标', '可持续影响指标', '社区服务设施持续发挥作用', '长期', '长期', 5, 5),
  row('满意度指标', '服务对象满意度指标', '困难群众满意度', '≥90%', '95.6%', 5, 5),
  row(
    '满意度指标',
    '服务对象满意度指标',
    '殡葬服务对象满意度',
    '≥90%',
    '88.4%',
    5,
    4.5,
    '火化等候时间较长，满意度低于目标值1.6个百分点，扣0.5分',
  ),
];
const PROG_ROWS = [
  [
    row('产出指标', '数量指标', '城市低保保障人数', '≥8500人', '8764人', 15, 15),
    row('产出指标', '数量指标', '农村低保保障人数', '≥12500人', '12722人', 15, 15),
    row('产出指标', '质量指标', '低保对象认定准确率', '≥98%', '98.6%', 10, 10),
    row('产出指标', '时效指标', '低保金按月足额发放率', '100%', '100%', 5, 5),
    row('产出指标', '成本指标', '农村低保标准', '≥5600元/人·年', '5760元/人·年', 5, 5),
    row('效益指标', '社会效益指标', '低保对象基本生活保障水平', '稳步提高', '稳步提高', 15, 15),
    row(
      '效益指标',
      '可持续影响指标',
      '低保动态管理机制',
      '持续有效',
      '持续有效',
      15,
      14,
      '2个县（市）区复核工作滞后1个月，扣1分',
    ),
    row('满意度指标', '服务对象满意度指标', '低保对象满意度', '≥90%', '96.2%', 10, 10),
  ],
  [
    row('产出指标', '数量指标', '集中供养特困人员数', '≥1300人', '1326人', 15, 15),
    row('产出指标', '数量指标', '分散供养特困人员数', '≥3300人', '3386人', 10, 10),
    row(
      '产出指标',
      '质量指标',
      '供养服务机构达标率',
      '100%',
      '92.31%',
      10,
      8.5,
      '13所供养服务机构中1所消防设施整改未完成，扣1.5分',
    ),
    row('产出指标', '时效指标', '供养金按月发放及时率', '100%', '100%', 10, 10),
    row('产出指标', '成本指标', '基本生活标准', '不低于当地低保标准1.3倍', '1.3倍', 5, 5),
    row('效益指标', '社会效益指标', '特困人员应养尽养率', '100%', '100%', 15, 15),
    row(
      '效益指标',
      '可持续影响指标',
      '照料护理水平',
      '持续提升',
      '有所提升',
      15,
      13,
      '失能特困人员护理人员配比1:5.2，未达到1:4的要求，扣2分',
    ),
    row('满意度指标', '服务对象满意度指标', '特困供养人员满意度', '≥90%', '93.8%', 10, 10),
  ],
  [
    row(
      '产出指标',
      '数量指标',
      '新建改造社区综合服务设施',
      '24个',
      '20个',
      15,
      12.5,
      '4个社区主体完工，装修及设备安装结转至2025年，完成率83.33%，扣2.5分',
    ),
    row('产出指标', '数量指标', '新增社区服务用房面积', '≥12000平方米', '13160平方米', 10, 10),
    row('产出指标', '质量指标', '工程验收合格率', '100%', '100%', 10, 10),
    row(
      '产出指标',
      '时效指标',
      '项目按期完工率',
      '≥90%',
      '83.33%',
      10,
      8,
      '受冬季施工期影响，4个项目未按期完工，扣2分',
    ),
    row('产出指标', '成本指标', '单位面积建设成本', '≤1100元/平方米', '1042元/平方米', 5, 5),
    row('效益指标', '社会效益指标', '社区服务项目开展数', '≥6项/社区', '7.2项/社区', 15, 15),
    row('效益指标', '可持续影响指标', '设施使用年限', '≥20年', '≥20年', 15, 15),
    row('满意度指标', '服务对象满意度指标', '社区居民满意度', '≥90%', '94.5%', 10, 10),
  ],
  [
    row('产出指标', '数量指标', '火化机更新数量', '2台', '2台', 15, 15),
    row('产出指标', '数量指标', '配套设备购置数量', '19台（套）', '19台（套）', 10, 10),
    row('产出指标', '质量指标', '设备验收合格率', '100%', '100%', 10, 10),
    row(
      '产出指标',
      '时效指标',
      '设备安装调试完成时间',
      '2024年10月底前',
      '2024年12月',
      10,
      7,
      '尾气处理系统到货延迟，安装调试推迟至2024年12月，扣3分',
    ),
    row('产出指标', '成本指标', '设备采购成本节约率', '≥3%', '5.9%', 5, 5),
    row('效益指标', '社会效益指标', '日均火化能力', '≥40具', '48具', 10, 10),
    row('效益指标', '生态效益指标', '烟尘排放浓度', '≤30mg/m³', '18mg/m³', 10, 10),
    row('效益指标', '可持续影响指标', '设备使用年限', '≥10年', '≥10年', 10, 10),
    row('满意度指标', '服务对象满意度指标', '丧属满意度', '≥90%', '91.7%', 10, 10),
  ],
];
PROGS.forEach((p, i) => {
  p.rows = PROG_ROWS[i];
  check(sum(p.rows.map((r) => r.weight)).eq(90), p.name + ' weights 90');
  p.total = sum(p.rows.map((r) => r.score)).plus(p.fundsScore);
});
check(sum(DEPT_ROWS.map((r) => r.weight)).eq(90), 'dept weights 90');
export const DEPT_TOTAL = sum(DEPT_ROWS.map((r) => r.score)).plus(FUNDS_SCORE);
export const grade = (s) => (D(s).gte(90) ? '优' : D(s).gte(80) ? '良' : D(s).gte(60) ? '中' : '差');

// ---- the other projects (其他民政业务): each 功能分类 row's 项目支出 outside the four programmes, with its budget
const OTHER_NAMES = {
  2010802: '民政业务管理及信息化运维',
  2010804: '社区治理能力提升及社会工作服务',
  2081001: '孤弃儿童养育及康复',
  2081002: '高龄津贴及经济困难老年人补贴',
  2081005: '福利院设施维修',
  2082001: '城乡临时救助',
  2082002: '流浪乞讨人员救助及返乡',
  2296002: '福利彩票公益金资助项目',
};
const progPart = { 2010804: PROGS[2].spent };
export const OTHER_PROJECTS = FUNC.filter((f) => OTHER_NAMES[f.code]).map((f) => ({
  code: f.code,
  name: OTHER_NAMES[f.code],
  spent: f.project.minus(progPart[f.code] ?? 0),
}));
{
  const rates = [0.912, 0.958, 0.934, 0.981, 0.887, 0.949, 0.962, 0.905];
  OTHER_PROJECTS.forEach((o, i) => {
    o.full = r2(o.spent.div(rates[i]));
  });
  const last = OTHER_PROJECTS.at(-1);
  last.full = OTHER_PROJ_FULL.minus(sum(OTHER_PROJECTS.slice(0, -1).map((o) => o.full)));
  check(sum(OTHER_PROJECTS.map((o) => o.spent)).eq(OTHER_PROJ_SPENT), 'other projects add up');
  check(
    OTHER_PROJECTS.every((o) => o.full.gte(o.spent)),
    'other projects: budget ≥ spent',
  );
}

// ---- P1 by month: people (城市 / 农村) and money paid (万元), adding to the two 功能分类 rows of 低保
const urbanPaid = FUNC.find((f) => f.code === '2081901').project;
const ruralPaid = FUNC.find((f) => f.code === '2081902').project;
const monthW = Array.from({ length: 12 }, (_, i) => D(i < 6 ? 100 : 103).plus(pick(0, 3)));
const urbanM = split(urbanPaid, monthW);
const ruralM = split(ruralPaid, monthW);
export const P1_MONTHS = monthW.map((_, i) => ({
  month: `${i + 1}月`,
  // 12月 the year-end people of the 自评表s; the months before a little fewer or more
  urban: i === 11 ? P1_PEOPLE.urban : P1_PEOPLE.urban - 120 + pick(0, 150),
  rural: i === 11 ? P1_PEOPLE.rural : P1_PEOPLE.rural - 160 + pick(0, 190),
  urbanPaid: urbanM[i],
  ruralPaid: ruralM[i],
}));
export const P1_URBAN_PAID = urbanPaid;
export const P1_RURAL_PAID = ruralPaid;

// ---- 临时救助 by area (人次, 万元), adding to 2082001's 项目支出
const tempW = AREAS.map(() => D(pick(30, 120)));
export const TEMP_AID = AREAS.map((name, i) => ({ name, times: Math.round(tempW[i].toNumber() * 4.6) }));
split(FUNC.find((f) => f.code === '2082001').project, tempW).forEach((x, i) => {
  TEMP_AID[i].paid = x;
});

// ---- 低保标准 by area (元/人·月 城市, 元/人·年 农村), each area's own
export const STANDARDS = AREAS.map((name, i) => ({
  name,
  urban: i < 4 ? 760 : 740 + 5 * pick(0, 4),
  rural: i < 4 ? 5760 : 5600 + 40 * pick(0, 4),
}));

// ---- the 13 特困 供养服务机构: beds, people, carers
export const HOMES = [
  '牡丹江市社会福利院',
  '东安区特困人员供养服务中心',
  '阳明区桦林镇敬老院',
  '爱民区三道关敬老院',
  '西安区温春镇敬老院',
  '绥芬河市特困人员供养服务中心',
  '海林市中心敬老院',
  '宁安市特困人员供养服务中心',
  '宁安市东京城敬老院',
  '穆棱市中心敬老院',
  '东宁市特困人员供养服务中心',
  '林口县中心敬老院',
  '林口县古城敬老院',
].map((name) => ({ name, beds: 90 + 10 * pick(0, 8) }));
{
  const central = sum(P2_AREAS.map((a) => D(a.central))).toNumber();
  const w = HOMES.map((h) => h.beds);
  const tot = w.reduce((a, b) => a + b, 0);
  let left = central;
  HOMES.forEach((h, i) => {
    h.people = i === HOMES.length - 1 ? left : Math.round((central * h.beds) / tot);
    left -= i === HOMES.length - 1 ? 0 : h.people;
    h.disabled = Math.round(h.people * (0.28 + rand() * 0.12));
    h.carers = Math.max(2, Math.round(h.disabled / (4.4 + rand() * 1.4)));
    h.ok = i === 8 ? '否' : '是';
  });
}
