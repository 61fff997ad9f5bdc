// Figures of report AC (海口市琼山区教育局2024年度部门整体支出绩效自评报告), computed once, exactly: the bureau's
// schools (学段, 班级, 学生, 教职工, 生均公用经费), staff by 编制 category, income and spending 决算 (功能分类 with
// 基本 / 项目, 经济分类 of 基本支出), 三公经费, 政府采购, the department's 自评表 (its own indicator set: 预算执行 10 +
// 部门管理 / 履职效能 / 社会效应) and three 项目支出绩效自评表 (each out of 100, each its own funds row), and each
// programme's own rows (schools' 公用经费, repair contracts, training classes). Amounts are 万元 with two decimals;
// check.mjs recomputes every total and rate from the spec, not from this file.
import { check, D, pct, r2, seeded, sum } from '../spec/figures.mjs';

const { pick } = seeded(20250326);
export const grade = (s) => (D(s).gte(90) ? '优' : D(s).gte(80) ? '良' : D(s).gte(60) ? '中' : '差');

// ---- schools: 学段 (初中 / 小学 / 九年一贯制), 班级数, 在校学生数, 教职工数; 生均公用经费 元/生·年 by 学段
export const STD = { 初中: D(1000), 小学: D(800) };
const TOWNS = ['府城', '云龙', '红旗', '三门坡', '大坡', '甲子', '龙塘', '旧州', '三江', '东昌'];
const names = [
  ['琼山区第一中学', '初中'],
  ['琼山区第二中学', '初中'],
  ['琼山区第三中学', '初中'],
  ...TOWNS.slice(1, 5).map((t) => [`琼山区${t}中学`, '初中']),
  ['琼山区府城第一小学', '小学'],
  ['琼山区府城第二小学', '小学'],
  ['琼山区府城第三小学', '小学'],
  ...TOWNS.slice(1).map((t) => [`琼山区${t}镇中心小学`, '小学']),
];
export const SCHOOLS = names.map(([name, stage]) => {
  const classes = stage === '初中' ? pick(18, 42) : pick(12, 36);
  const students = classes * pick(stage === '初中' ? 44 : 40, stage === '初中' ? 50 : 46);
  const staff = Math.round(classes * (stage === '初中' ? 3.4 : 2.6)) + pick(0, 6);
  // 公用经费 in 元 then 万元 (students × 标准 is whole hundreds of 元)
  const funds = D(students).times(STD[stage]).div(10000);
  return { name, stage, classes, students, staff, funds };
});
export const STUDENTS = SCHOOLS.reduce((a, s) => a + s.students, 0);
export const CLASSES = SCHOOLS.reduce((a, s) => a + s.classes, 0);
export const SCHOOL_STAFF = SCHOOLS.reduce((a, s) => a + s.staff, 0);
export const SCHOOL_FUNDS = sum(SCHOOLS.map((s) => s.funds));

// ---- staff by 编制 category: 编制数, 实有人数
export const STAFF = [
  ['行政编制', 28, 26],
  ['参照公务员法管理事业编制', 12, 11],
  ['事业编制（专任教师）', SCHOOL_STAFF - 118 + 62, SCHOOL_STAFF - 118],
  ['事业编制（教辅及管理）', 132, 118],
  ['工勤编制', 18, 2 + 0],
].map(([cat, quota, actual]) => ({ cat, quota, actual }));
export const QUOTA = STAFF.reduce((a, s) => a + s.quota, 0);
export const ACTUAL = STAFF.reduce((a, s) => a + s.actual, 0);
export const RETIRED = 1126; // 离退休人员, not in 实有人数

// ---- the three programmes
// P1 义务教育学校生均公用经费补助: 全年预算 = the schools' 公用经费 (按在校生核定); 执行 = the schools' 支出
export const P1_SPENT_SHARE = SCHOOLS.map((s, i) => (i % 5 === 3 ? D('0.94') : i % 7 === 2 ? D('0.97') : D(1)));
export const P1_ROWS = SCHOOLS.map((s, i) => ({ ...s, spent: r2(s.funds.times(P1_SPENT_SHARE[i])) }));
// P2 中小学校舍维修改造: 12 contracts (合同金额, 已支付)
const WORKS = [
  ['琼山区第一中学', '教学楼屋面防水及外墙修缮', '285.60', '285.60'],
  ['琼山区云龙中学', '学生宿舍楼加固改造', '196.40', '176.76'],
  ['琼山区红旗中学', '食堂改造及排水管网更换', '142.80', '142.80'],
  ['琼山区府城第二小学', '综合楼门窗更换及电路改造', '88.50', '88.50'],
  ['琼山区三门坡中学', '运动场塑胶跑道翻新', '126.30', '126.30'],
  ['琼山区大坡镇中心小学', '厕所改造', '46.20', '46.20'],
  ['琼山区甲子镇中心小学', '教学楼外立面及围墙修缮', '74.90', '67.41'],
  ['琼山区龙塘镇中心小学', '学生宿舍卫生间改造', '58.70', '58.70'],
  ['琼山区旧州镇中心小学', '教室照明改造', '32.40', '32.40'],
  ['琼山区三江镇中心小学', '校舍屋面防渗漏维修', '63.10', '63.10'],
  ['琼山区东昌镇中心小学', '消防设施改造', '41.80', '41.80'],
  ['琼山区府城第三小学', '功能室装修改造', '55.30', '49.77'],
].map(([school, work, contract, paid], i) => ({
  no: `QSJW-2024-${String(i + 1).padStart(2, '0')}`,
  school,
  work,
  contract: D(contract),
  paid: D(paid),
}));
export { WORKS };
export const WORKS_CONTRACT = sum(WORKS.map((w) => w.contract));
export const WORKS_PAID = sum(WORKS.map((w) => w.paid));
// P3 中小学教师培训: classes (人数, 天数, 经费)
export const CLASSES_T = [
  ['新任教师岗前培训', 126, 10, '18.90'],
  ['中小学班主任能力提升培训', 240, 5, '21.60'],
  ['初中学科骨干教师培训', 180, 7, '25.20'],
  ['小学学科骨干教师培训', 220, 7, '30.80'],
  ['乡村教师信息技术应用能力培训', 360, 3, '16.20'],
  ['中小学校长任职资格培训', 45, 15, '13.50'],
  ['心理健康教育教师专项培训', 96, 4, '5.76'],
  ['教研员及学科带头人研修', 60, 12, '14.40'],
].map(([name, people, days, cost]) => ({ name, people, days, cost: D(cost) }));
export const TRAIN_PEOPLE = CLASSES_T.reduce((a, c) => a + c.people, 0);
export const TRAIN_COST = sum(CLASSES_T.map((c) => c.cost));

const prog = (name, plan, full, spent, carry, other) => ({
  name,
  plan,
  full,
  spent,
  carry, // 上年结转资金 (全年预算 and 执行 of it)
  other, // 其他资金
  fiscal: full.minus(carry).minus(other), // 当年财政拨款
});
export const P1 = prog(
  '义务教育学校生均公用经费补助',
  D('1820.00'),
  SCHOOL_FUNDS,
  sum(P1_ROWS.map((r) => r.spent)),
  D(0),
  D(0),
);
export const P2 = prog('中小学校舍维修改造', D('1100.00'), D('1180.00'), WORKS_PAID, D('120.00'), D(0));
export const P3 = prog('中小学教师培训', D('160.00'), D('158.00'), TRAIN_COST, D(0), D('12.00'));
export const PROGS = [P1, P2, P3];
for (const p of PROGS) {
  p.rate = r2(p.spent.times(100).div(p.full));
  p.fundsScore = r2(p.rate.div(10)); // 分值10 × 执行率
  check(p.spent.lte(p.full), p.name + ' spent');
}
// the part of each programme's 执行 from 当年财政拨款 / 上年结转 / 其他: 结转 and 其他 spent whole first
for (const p of PROGS) {
  p.spentCarry = p.carry;
  p.spentOther = p.other;
  p.spentFiscal = p.spent.minus(p.carry).minus(p.other);
}

// ---- the department: 基本支出 by 经济分类 (人员经费 / 公用经费)
export const PERSONNEL = [
  ['30101', '基本工资', '9862.44'],
  ['30102', '津贴补贴', '5128.36'],
  ['30103', '奖金', '1436.20'],
  ['30107', '绩效工资', '8964.58'],
  ['30108', '机关事业单位基本养老保险缴费', '3315.72'],
  ['30110', '职工基本医疗保险缴费', '1582.16'],
  ['30112', '其他社会保障缴费', '96.84'],
  ['30113', '住房公积金', '2486.30'],
  ['30199', '其他工资福利支出', '412.68'],
  ['30302', '退休费', '186.40'],
  ['30305', '生活补助', '64.32'],
].map(([code, name, v]) => ({ code, name, v: D(v) }));
export const PUBLIC_USE = [
  ['30201', '办公费', '318.46'],
  ['30205', '水费', '126.84'],
  ['30206', '电费', '402.18'],
  ['30207', '邮电费', '58.92'],
  ['30211', '差旅费', '42.36'],
  ['30213', '维修（护）费', '286.54'],
  ['30216', '培训费', '38.60'],
  ['30217', '公务接待费', '3.86'],
  ['30228', '工会经费', '368.22'],
  ['30229', '福利费', '214.60'],
  ['30231', '公务用车运行维护费', '18.42'],
  ['30239', '其他交通费用', '96.40'],
  ['30299', '其他商品和服务支出', '122.75'],
].map(([code, name, v]) => ({ code, name, v: D(v) }));
export const PERSONNEL_TOTAL = sum(PERSONNEL.map((r) => r.v));
export const PUBLIC_TOTAL = sum(PUBLIC_USE.map((r) => r.v));
export const BASIC = PERSONNEL_TOTAL.plus(PUBLIC_TOTAL);

// other projects of the department (not self-evaluated one by one)
export const OTHERS = [
  ['2050201', '学前教育普惠性幼儿园奖补', '642.50'],
  ['2050203', '初中学生营养改善计划', '486.30'],
  ['2050202', '小学学生营养改善计划', '738.64'],
  ['2050299', '课后服务经费补助', '512.00'],
  ['2050803', '中小学教师继续教育学分管理', '26.40'],
  ['2050999', '校园安保购买服务', '368.80'],
  ['2050999', '中小学校园视频监控运维', '84.60'],
  ['2050204', '普通高中国家助学金', '0.00'],
]
  .filter((o) => o[2] !== '0.00')
  .map(([code, name, v]) => ({ code, name, v: D(v) }));

// ---- spending by 功能分类: 项 code, name, 基本, 项目 (programmes placed in their 项)
const P1_MID = sum(P1_ROWS.filter((r) => r.stage === '初中').map((r) => r.spent));
const P1_PRI = sum(P1_ROWS.filter((r) => r.stage === '小学').map((r) => r.spent));
export { P1_MID, P1_PRI };
const other = (code) => sum(OTHERS.filter((o) => o.code === code).map((o) => o.v));
export const FUNC = [
  ['2050101', '行政运行', '1286.42', D(0)],
  ['2050201', '学前教育', '0.00', other('2050201')],
  ['2050202', '小学教育', '14806.55', P1_PRI.plus(other('2050202'))],
  ['2050203', '初中教育', '10942.18', P1_MID.plus(other('2050203'))],
  ['2050299', '其他普通教育支出', '0.00', other('2050299')],
  ['2050803', '培训支出', '0.00', P3.spent.plus(other('2050803'))],
  ['2050999', '其他教育费附加安排的支出', '0.00', WORKS_PAID.plus(other('2050999'))],
  ['2080505', '机关事业单位基本养老保险缴费支出', '3315.72', D(0)],
  ['2101102', '事业单位医疗', '1582.16', D(0)],
  ['2210201', '住房公积金', '2486.30', D(0)],
].map(([code, name, b, p]) => ({ code, name, basic: D(b), project: p }));
// 行政运行 takes what the named 项 leave of 基本支出
{
  const rest = BASIC.minus(sum(FUNC.slice(1).map((f) => f.basic)));
  FUNC[0].basic = rest;
  check(rest.gt(0), 'basic rest');
}
export const PROJECT = sum(FUNC.map((f) => f.project));
export const SPENT = BASIC.plus(PROJECT);
check(PROJECT.eq(sum(PROGS.map((p) => p.spent)).plus(sum(OTHERS.map((o) => o.v)))), 'project = progs + others');

// ---- income 决算 (2024, 2023): rows by source; 全年预算数 of the department = 收入总计
export const INCOME = {
  2024: { gen: D('41210.40'), fund: D('586.00'), biz: D('0'), oth: D('86.52'), carry: D('846.30') },
  2023: { gen: D('39864.18'), fund: D('520.00'), biz: D('0'), oth: D('72.10'), carry: D('612.84') },
};
for (const y of [2024, 2023]) {
  const i = INCOME[y];
  i.year = i.gen.plus(i.fund).plus(i.biz).plus(i.oth); // 本年收入合计
  i.total = i.year.plus(i.carry); // 收入总计
}
export const FULL = INCOME[2024].total; // 全年预算数
check(SPENT.lt(FULL), `spent ${SPENT} < full ${FULL}`);
export const PLAN = D('40960.00'); // 年初预算数
// the funds rows: 当年财政拨款 = 一般公共预算 + 政府性基金; 上年结转; 其他 = 事业 + 其他收入
export const FUNDS = {
  fiscal: { plan: D('40300.00'), full: INCOME[2024].gen.plus(INCOME[2024].fund) },
  carry: { plan: D('600.00'), full: INCOME[2024].carry },
  other: { plan: D('60.00'), full: INCOME[2024].biz.plus(INCOME[2024].oth) },
};
check(FUNDS.fiscal.plan.plus(FUNDS.carry.plan).plus(FUNDS.other.plan).eq(PLAN), 'plan parts');
// 执行: 结转 spent whole, 其他 spent whole, the rest from 当年财政拨款
FUNDS.carry.spent = FUNDS.carry.full;
FUNDS.other.spent = FUNDS.other.full;
FUNDS.fiscal.spent = SPENT.minus(FUNDS.carry.spent).minus(FUNDS.other.spent);
export const RATE = r2(SPENT.times(100).div(FULL));
export const FUNDS_SCORE = r2(RATE.div(10));

// ---- 三公经费 (万元): 预算, 决算, 2023 决算
export const SANGONG = {
  abroad: [D(0), D(0), D(0)],
  carBuy: [D(0), D(0), D(0)],
  carRun: [D('22.00'), D('18.42'), D('20.16')],
  recep: [D('5.00'), D('3.86'), D('4.52')],
};
// ---- 政府采购: 货物 / 工程 / 服务 (采购预算, 合同金额)
export const PROCURE = [
  ['货物类', '1286.40', '1218.62'],
  ['工程类', '1180.00', '1152.40'],
  ['服务类', '468.00', '452.36'],
].map(([kind, budget, contract]) => ({ kind, budget: D(budget), contract: D(contract) }));

const sgBudget = sum(Object.values(SANGONG).map((v) => v[0]));
const sgSpent = sum(Object.values(SANGONG).map((v) => v[1]));
// ---- indicator rows: [一级, 二级, 三级, 指标值, 实际, 分值, 得分, 偏差原因]
export const DEPT_ROWS = [
  ['部门管理', '资金管理', '预算编制准确率', '≥95%', '96.82%', 3, 3, ''],
  ['部门管理', '资金管理', '“三公经费”控制率', '≤100%', 'SANGONG_RATE', 2, 2, ''],
  ['部门管理', '资金管理', '结转结余率', '≤5%', 'CARRY_RATE', 2, 2, ''],
  ['部门管理', '预算管理', '预决算信息公开', '按规定公开', '按规定公开', 3, 3, ''],
  ['部门管理', '预算管理', '绩效目标覆盖率', '100%', '100%', 2, 2, ''],
  ['部门管理', '资产管理', '资产账实相符率', '100%', '98.4%', 3, 2.5, '2所学校部分设备未及时登记入账，已督促整改'],
  ['部门管理', '人员管理', '在编人员控制', '不超编', '不超编', 3, 3, ''],
  ['部门管理', '政府采购管理', '政府采购执行率', '≥95%', 'PROC_RATE', 2, 2, ''],
  ['履职效能', '重点工作履行', '义务教育巩固率', '≥98%', '99.12%', 6, 6, ''],
  ['履职效能', '重点工作履行', '公用经费按标准拨付学校覆盖率', '100%', '100%', 6, 6, ''],
  ['履职效能', '重点工作履行', '校舍维修改造项目完工数', '12个', '12个', 6, 6, ''],
  ['履职效能', '重点工作履行', '教师培训人次', '≥1200人次', `${'TRAIN'}人次`, 5, 5, ''],
  ['履职效能', '重点工作履行', '课后服务学校覆盖率', '100%', '100%', 5, 5, ''],
  [
    '履职效能',
    '履职目标实现',
    '义务教育学校大班额比例',
    '≤2%',
    '2.6%',
    6,
    4.5,
    '府城片区学位需求增长快，新建学校尚未投入使用',
  ],
  ['履职效能', '履职目标实现', '学生营养改善计划覆盖率', '100%', '100%', 5, 5, ''],
  ['履职效能', '履职目标实现', '校园安全责任事故', '0起', '0起', 6, 6, ''],
  ['履职效能', '履职目标实现', '资金支付及时率', '≥95%', '93.8%', 5, 4, '校舍维修项目尾款待审计结算'],
  ['社会效应', '社会效益', '义务教育学校标准化达标率', '≥90%', '92.5%', 5, 5, ''],
  ['社会效应', '社会效益', '适龄儿童少年入学率', '100%', '100%', 5, 5, ''],
  ['社会效应', '服务对象满意度', '学生家长满意度', '≥90%', '93.6%', 5, 5, ''],
  ['社会效应', '服务对象满意度', '教职工满意度', '≥90%', '88.4%', 5, 4, '绩效工资分配办法宣传解释不够'],
].map(([l1, l2, l3, target, actual, weight, score, why]) => ({
  l1,
  l2,
  l3,
  target,
  actual: actual
    .replace('TRAIN', String(TRAIN_PEOPLE))
    .replace('SANGONG_RATE', pct(sgSpent, sgBudget))
    .replace('CARRY_RATE', pct(FULL.minus(SPENT), FULL))
    .replace('PROC_RATE', pct(sum(PROCURE.map((r) => r.contract)), sum(PROCURE.map((r) => r.budget)))),
  weight: D(weight),
  score: D(score),
  why,
}));
check(sum(DEPT_ROWS.map((r) => r.weight)).eq(90), 'dept weights 90');
export const DEPT_TOTAL = FUNDS_SCORE.plus(sum(DEPT_ROWS.map((r) => r.score)));
export const levelOf = (rows, l1) => rows.filter((r) => r.l1 === l1);

const row = (l1, l2, l3, target, actual, weight, score, why = '') => ({
  l1,
  l2,
  l3,
  target,
  actual,
  weight: D(weight),
  score: D(score),
  why,
});
const p1Done = P1_ROWS.length;
P1.rows = [
  row('产出指标', '数量指标', '补助学校数', `${p1Done}所`, `${p1Done}所`, 15, 15),
  row('产出指标', '数量指标', '惠及在校学生数', '≥20000人', `${STUDENTS}人`, 10, 10),
  row('产出指标', '质量指标', '公用经费按标准核拨率', '100%', '100%', 10, 10),
  row('产出指标', '时效指标', '资金下达及时率', '100%', '100%', 5, 5),
  row('产出指标', '成本指标', '初中生均公用经费标准', '1000元/生·年', '1000元/生·年', 5, 5),
  row('产出指标', '成本指标', '小学生均公用经费标准', '800元/生·年', '800元/生·年', 5, 5),
  row('效益指标', '社会效益', '学校正常运转保障率', '100%', '100%', 15, 15),
  row('效益指标', '可持续影响', '学校公用经费使用规范率', '≥95%', '92.0%', 15, 13, '2所学校存在公用经费列支不规范问题'),
  row('满意度指标', '服务对象满意度', '学校满意度', '≥90%', '95.2%', 10, 10),
];
P2.rows = [
  row('产出指标', '数量指标', '维修改造项目数', '12个', '12个', 10, 10),
  row('产出指标', '数量指标', '维修改造面积', '≥2.5万平方米', '2.68万平方米', 10, 10),
  row('产出指标', '质量指标', '竣工验收合格率', '100%', '100%', 10, 10),
  row('产出指标', '时效指标', '项目按期完工率', '100%', '91.7%', 10, 8, '1个项目因雨季停工延期15天'),
  row('产出指标', '成本指标', '项目结算控制在合同价内', '100%', '100%', 10, 10),
  row('效益指标', '社会效益', '校舍安全隐患消除率', '≥98%', '98.6%', 15, 15),
  row('效益指标', '可持续影响', '维修设施保修期内正常使用率', '≥95%', '97.0%', 15, 15),
  row('满意度指标', '服务对象满意度', '师生满意度', '≥90%', '91.8%', 10, 10),
];
P3.rows = [
  row('产出指标', '数量指标', '培训班次', '8个', '8个', 10, 10),
  row('产出指标', '数量指标', '培训人次', '≥1200人次', `${TRAIN_PEOPLE}人次`, 10, 10),
  row('产出指标', '质量指标', '培训考核合格率', '≥95%', '97.3%', 10, 10),
  row('产出指标', '时效指标', '培训计划完成及时率', '100%', '87.5%', 10, 8, '1个班次因台风推迟至2025年1月'),
  row('产出指标', '成本指标', '人均培训成本', '≤0.12万元', '0.11万元', 10, 10),
  row('效益指标', '社会效益', '参训教师教学能力提升率', '≥85%', '88.6%', 15, 15),
  row('效益指标', '可持续影响', '培训成果校本转化率', '≥60%', '52.0%', 15, 12, '部分学校校本研修跟进不足'),
  row('满意度指标', '服务对象满意度', '参训教师满意度', '≥90%', '94.1%', 10, 10),
];
for (const p of PROGS) {
  check(sum(p.rows.map((r) => r.weight)).eq(90), p.name + ' weights');
  p.total = p.fundsScore.plus(sum(p.rows.map((r) => r.score)));
}
// ---- survey (满意度调查): group, 发放, 回收有效, 满意 (非常满意 + 满意)
export const SURVEY = [
  ['学生家长', 1500, 1462, 1368],
  ['教职工', 600, 586, 518],
  ['学校（校长）', 22, 22, 21],
].map(([group, sent, valid, ok]) => ({ group, sent, valid, ok }));
