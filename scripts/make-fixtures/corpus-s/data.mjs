// Figures of report S (沛县农业农村局2024年度部门整体支出绩效自评报告), computed once, exactly. Amounts are 万元
// with two decimals (whole 分 of a 万元, kept as Decimal); the 农机购置补贴 list is whole 元 in multiples of 100, so
// that its 万元 totals are exact. make-spec.mjs writes them into the spec; check.mjs recomputes every total, rate and
// score from the spec itself, independently of this file.
import { check, D, r2, seeded, sum } from '../spec/figures.mjs';

const { rand, pick } = seeded(20250318); // the same rows on every build
export { pick };
/** an amount in 万元 between lo and hi, whole 分 of a 万元 */
const amt = (lo, hi) => D(pick(Math.round(lo * 100), Math.round(hi * 100))).div(100);

export const YEAR = 2024;
export const PREV = 2023;
export const COUNTY = '沛县';
export const DEPT = '沛县农业农村局';

// ---------------------------------------------------------------- units and staff
// [name, kind, 编制 {行政, 参公, 事业}, 实有在职, 2023年末实有, 编外聘用, 离退休]
export const UNITS = [
  ['沛县农业农村局机关', '行政单位', [32, 0, 0], 30, 31, 6, 41],
  ['沛县农业技术推广中心', '公益一类事业单位', [0, 0, 38], 35, 36, 4, 29],
  ['沛县动物疫病预防控制中心', '公益一类事业单位', [0, 0, 30], 28, 28, 3, 22],
  ['沛县农业综合行政执法大队', '参照公务员法管理事业单位', [0, 26, 0], 24, 22, 5, 8],
  ['沛县农村经济经营管理站', '公益一类事业单位', [0, 0, 12], 11, 11, 1, 9],
  ['沛县农业机械化技术推广站', '公益一类事业单位', [0, 0, 15], 13, 14, 1, 11],
  ['沛县水产技术推广站', '公益二类事业单位', [0, 0, 10], 9, 9, 0, 7],
].map(([name, kind, posts, staff, staff23, hired, retired]) => ({ name, kind, posts, staff, staff23, hired, retired }));
export const STAFF = UNITS.reduce((a, u) => a + u.staff, 0);
export const POSTS = UNITS.reduce((a, u) => a + u.posts[0] + u.posts[1] + u.posts[2], 0);
check(STAFF === 150 && POSTS === 163, 'staff 150 of 163 posts');

// ---------------------------------------------------------------- programmes (万元)
// the five with a 项目支出绩效自评表: [name, unit index, 年初预算, 全年预算, 全年执行, 2023年执行]
const MAIN = [
  ['沛县2024年度高标准农田建设项目', 0, 1800, 2460, 2389.62, 2108.45],
  ['动物防疫补助经费', 2, 386, 412.8, 398.26, 372.9],
  ['基层农技推广体系改革与建设补助项目', 1, 180, 196, 187.35, 176.2],
  ['农机购置与应用补贴', 5, 680, 820, null, 712.3], // 执行 = the 补贴 list's total
  ['农产品质量安全监管经费', 3, 85, 92.6, 88.47, 81.36],
];
const OTHER = [
  ['耕地地力保护补贴发放工作经费', 4],
  ['农村人居环境整治提升补助', 0],
  ['农业面源污染综合治理', 1],
  ['秸秆综合利用补助', 1],
  ['农村宅基地管理与改革', 4],
  ['农业保险保费补贴（县级配套）', 0],
  ['家庭农场和农民合作社培育', 4],
  ['高素质农民培育', 1],
  ['种业振兴行动', 1],
  ['农作物重大病虫害统防统治', 1],
  ['重大动物疫病应急物资储备', 2],
  ['畜禽粪污资源化利用', 2],
  ['水产养殖尾水治理', 6],
  ['渔业资源增殖放流', 6],
  ['农村集体“三资”监管平台运维', 4],
  ['农业综合执法装备购置', 3],
  ['农产品质量安全检测运行', 3],
  ['农业农村统计调查', 0],
  ['农业防灾减灾与抗旱', 0],
  ['设施蔬菜生产基地提升', 1],
  ['智慧农业服务平台运维', 0],
  ['农机安全监理与培训', 5],
  ['农村改厕后续管护', 0],
  ['乡村产业发展项目库建设', 0],
];

// ---------------------------------------------------------------- 农机购置与应用补贴: the list paid (元)
export const TOWNS = [
  '沛城街道',
  '大屯街道',
  '汉源街道',
  '龙固镇',
  '杨屯镇',
  '敬安镇',
  '河口镇',
  '栖山镇',
  '鹿楼镇',
  '朱寨镇',
  '张寨镇',
  '胡寨镇',
  '魏庙镇',
  '五段镇',
  '大屯镇',
].filter((t) => t !== '大屯镇'); // 14 towns (大屯 is a 街道)
// 机具品目 and 补贴标准 (元 a 台, multiples of 100)
export const MACHINES = [
  ['轮式拖拉机（100—120马力）', 14800],
  ['轮式拖拉机（140—160马力）', 22600],
  ['自走式谷物联合收割机（6—8kg/s）', 38500],
  ['自走式玉米收获机（4行）', 46200],
  ['旋耕机（2.0—2.5m）', 2100],
  ['深松机（4—5铲）', 3900],
  ['免耕播种机（4行）', 5600],
  ['植保无人驾驶航空器（30L）', 11400],
  ['秸秆粉碎还田机（2m）', 3300],
  ['粮食烘干机（20吨/批）', 52800],
  ['水稻插秧机（6行乘坐式）', 17600],
  ['打捆机（方捆）', 8900],
];
const SUR = ['张', '王', '李', '刘', '陈', '杨', '赵', '孙', '周', '吴', '朱', '魏', '胡', '郭'];
const GIV = ['某某', '某', '某军', '某华', '某强', '某峰', '某民', '某伟'];
export const SUBSIDY = [];
for (const town of TOWNS) {
  const n = pick(13, 19);
  for (let i = 0; i < n; i++) {
    const [machine, std] = MACHINES[pick(0, MACHINES.length - 1)];
    const qty = std > 30000 ? 1 : pick(1, 2);
    const coop = rand() < 0.3;
    const who = coop
      ? `沛县${['丰收', '绿野', '金穗', '众农', '惠民', '兴田', '润禾'][pick(0, 6)]}农机专业合作社`
      : SUR[pick(0, SUR.length - 1)] + GIV[pick(0, GIV.length - 1)];
    SUBSIDY.push({ town, who, machine, std, qty, amount: std * qty });
  }
}
export const SUBSIDY_YUAN = SUBSIDY.reduce((a, x) => a + x.amount, 0);
// the programme also pays 作业补贴 (深松、秸秆还田): a fixed 万元 figure of its own
export const WORK_SUBSIDY = D('286.40');
MAIN[3][4] = D(SUBSIDY_YUAN).div(10000).plus(WORK_SUBSIDY).toNumber();

export const PROGRAMMES = [
  ...MAIN.map(([name, unit, initial, budget, spent, spent23]) => ({
    name,
    unit,
    main: true,
    initial: D(initial),
    budget: D(budget),
    spent: D(spent),
    spent23: D(spent23),
  })),
  ...OTHER.map(([name, unit]) => {
    const initial = amt(8, 160);
    const budget = initial.plus(rand() < 0.5 ? 0 : amt(1, 30));
    const spent = r2(budget.times(0.86 + rand() * 0.14));
    const spent23 = rand() < 0.2 ? D(0) : r2(budget.times(0.7 + rand() * 0.3));
    return { name, unit, main: false, initial, budget, spent, spent23 };
  }),
];
export const PROJ = {
  initial: sum(PROGRAMMES.map((p) => p.initial)),
  budget: sum(PROGRAMMES.map((p) => p.budget)),
  spent: sum(PROGRAMMES.map((p) => p.spent)),
  spent23: sum(PROGRAMMES.map((p) => p.spent23)),
};

// ---------------------------------------------------------------- basic spending by unit (万元)
for (const u of UNITS) {
  u.personnel = r2(amt(14.2, 16.8).times(u.staff).plus(amt(3.1, 3.6).times(u.retired)));
  u.office = r2(amt(2.0, 2.6).times(u.staff));
  u.projects = sum(PROGRAMMES.filter((p) => UNITS[p.unit] === u).map((p) => p.spent));
  u.spent = u.personnel.plus(u.office).plus(u.projects);
  u.spent23 = r2(u.spent.times(0.86 + rand() * 0.1));
  // income: 事业收入 only at the 水产站 (its 苗种 and 检测 services), 其他收入 small (利息, 租金)
  u.feeIncome = u.name.includes('水产') ? D('46.50') : D(0);
  u.otherIncome = amt(0.4, 12.5);
  u.carriedIn = amt(5, 160);
  u.fiscal = r2(u.spent.minus(u.feeIncome).minus(u.otherIncome).plus(amt(-4, 30)));
  u.income = u.fiscal.plus(u.feeIncome).plus(u.otherIncome);
  u.carriedOut = u.carriedIn.plus(u.income).minus(u.spent);
  u.income23 = r2(u.income.times(0.87 + rand() * 0.1));
  check(u.carriedOut.gt(0), `${u.name} carries over`);
}
export const BASIC = {
  personnel: sum(UNITS.map((u) => u.personnel)),
  office: sum(UNITS.map((u) => u.office)),
};
BASIC.spent = BASIC.personnel.plus(BASIC.office);
BASIC.budget = r2(BASIC.spent.plus(amt(18, 40)));
BASIC.initial = r2(BASIC.budget.minus(amt(60, 120)));
export const TOTAL = {
  spent: BASIC.spent.plus(PROJ.spent),
  budget: BASIC.budget.plus(PROJ.budget),
  initial: BASIC.initial.plus(PROJ.initial),
  spent23: sum(UNITS.map((u) => u.spent23)),
  income: sum(UNITS.map((u) => u.income)),
  income23: sum(UNITS.map((u) => u.income23)),
  fiscal: sum(UNITS.map((u) => u.fiscal)),
  fee: sum(UNITS.map((u) => u.feeIncome)),
  other: sum(UNITS.map((u) => u.otherIncome)),
  carriedIn: sum(UNITS.map((u) => u.carriedIn)),
  carriedOut: sum(UNITS.map((u) => u.carriedOut)),
};
check(sum(UNITS.map((u) => u.spent)).eq(TOTAL.spent), 'units add up to the whole');
// by source (the department form's 按收入性质分): 其他资金 = 事业收入 + 其他收入, spent whole
export const SOURCE = {
  other: { initial: r2(TOTAL.fee.plus(TOTAL.other).minus(6)), budget: TOTAL.fee.plus(TOTAL.other).plus(3.2) },
};
SOURCE.other.spent = TOTAL.fee.plus(TOTAL.other);
SOURCE.fiscal = {
  initial: TOTAL.initial.minus(SOURCE.other.initial),
  budget: TOTAL.budget.minus(SOURCE.other.budget),
  spent: TOTAL.spent.minus(SOURCE.other.spent),
};

// ---------------------------------------------------------------- 三公经费 (万元)
// [row, 2024预算, 2024决算, 2023决算]; 公务用车 = 购置 + 运行维护 (其中 rows)
export const SANGONG = {
  abroad: [D(0), D(0), D(0)],
  carBuy: [D('26.00'), D('24.86'), D(0)],
  carRun: [D('31.50'), D('28.73'), D('30.12')],
  reception: [D('6.80'), D('4.96'), D('5.84')],
};
SANGONG.car = [0, 1, 2].map((i) => SANGONG.carBuy[i].plus(SANGONG.carRun[i]));
SANGONG.total = [0, 1, 2].map((i) => SANGONG.abroad[i].plus(SANGONG.car[i]).plus(SANGONG.reception[i]));

// ---------------------------------------------------------------- economic classification (万元)
// basic: 人员经费 → 301 and 303's 退休费/生活补助; 公用经费 → 302. project → 302, 303, 310, 312.
const split = (total, weights) => {
  const w = sum(weights.map(D));
  const parts = weights.map((x) => r2(total.times(x).div(w)));
  parts[parts.length - 1] = total.minus(sum(parts.slice(0, -1)));
  return parts;
};
const pers = split(BASIC.personnel, [30, 14, 4, 16, 9, 4, 6, 3, 11, 3]);
// 公用经费 holds the 三公 running costs (公务接待费, 公务用车运行维护费) exactly
const officeRest = BASIC.office.minus(SANGONG.reception[1]).minus(SANGONG.carRun[1]);
const off = split(officeRest, [22, 3, 9, 6, 8, 7, 2, 5, 10, 4, 6, 18]);
// project spending: the 公务用车购置 (31013) exactly, the rest split
const projRest = PROJ.spent.minus(SANGONG.carBuy[1]);
const proj = split(projRest, [4, 3, 2, 6, 9, 8, 30, 6, 9, 14, 7, 2]);
// [code, name, basic, project]
export const ECON = [
  ['301', '工资福利支出'],
  ['30101', '基本工资', pers[0], 0],
  ['30102', '津贴补贴', pers[1], 0],
  ['30103', '奖金', pers[2], 0],
  ['30107', '绩效工资', pers[3], 0],
  ['30108', '机关事业单位基本养老保险缴费', pers[4], 0],
  ['30110', '职工基本医疗保险缴费', pers[5], 0],
  ['30113', '住房公积金', pers[6], 0],
  ['30199', '其他工资福利支出', pers[7], 0],
  ['302', '商品和服务支出'],
  ['30201', '办公费', off[0], proj[0]],
  ['30205', '水费', off[1], 0],
  ['30206', '电费', off[2], 0],
  ['30207', '邮电费', off[3], 0],
  ['30211', '差旅费', off[4], proj[1]],
  ['30213', '维修（护）费', off[5], proj[2]],
  ['30215', '会议费', off[6], 0],
  ['30216', '培训费', off[7], proj[3]],
  ['30217', '公务接待费', SANGONG.reception[1], 0],
  ['30226', '劳务费', off[8], proj[4]],
  ['30227', '委托业务费', off[9], proj[5]],
  ['30228', '工会经费', off[10], 0],
  ['30231', '公务用车运行维护费', SANGONG.carRun[1], 0],
  ['30299', '其他商品和服务支出', off[11], proj[6]],
  ['303', '对个人和家庭的补助'],
  ['30302', '退休费', pers[8], 0],
  ['30305', '生活补助', pers[9], proj[7]],
  ['30399', '其他对个人和家庭的补助', 0, proj[8]],
  ['310', '资本性支出'],
  ['31002', '办公设备购置', 0, proj[9]],
  ['31003', '专用设备购置', 0, proj[10]],
  ['31005', '基础设施建设', 0, proj[11]],
  ['31013', '公务用车购置', 0, SANGONG.carBuy[1]],
];
// 31005 基础设施建设 should hold 高标准农田; keep the split as it is: the table is about classes, not programmes

// ---------------------------------------------------------------- functional classification (万元)
// basic spending by 项: 行政运行 / 事业运行 by unit kind, the 养老 / 医疗 / 公积金 items from 人员经费's shares
const adminBasic = sum(
  UNITS.filter((u) => u.kind !== '公益一类事业单位' && u.kind !== '公益二类事业单位').map((u) =>
    u.personnel.plus(u.office),
  ),
);
const pension = pers[4];
const medical = pers[5];
const housing = pers[6];
const runBasic = BASIC.spent.minus(pension).minus(medical).minus(housing);
const [adminRun, unitRun] = split(runBasic, [adminBasic.toNumber(), BASIC.spent.minus(adminBasic).toNumber()]);
const [pensionA, pensionB] = split(pension, [7, 3]);
const [medA, medB] = split(medical, [3, 7]);
const fproj = split(PROJ.spent, [8, 6, 7, 3, 10, 5, 3, 9, 30, 6, 3, 10]);
// [code, name, basic, project]
export const FUNC = [
  ['208', '社会保障和就业支出'],
  ['20805', '行政事业单位养老支出'],
  ['2080505', '机关事业单位基本养老保险缴费支出', pensionA, 0],
  ['2080506', '机关事业单位职业年金缴费支出', pensionB, 0],
  ['210', '卫生健康支出'],
  ['21011', '行政事业单位医疗'],
  ['2101101', '行政单位医疗', medA, 0],
  ['2101102', '事业单位医疗', medB, 0],
  ['213', '农林水支出'],
  ['21301', '农业农村'],
  ['2130101', '行政运行', adminRun, 0],
  ['2130104', '事业运行', unitRun, 0],
  ['2130106', '科技转化与推广服务', 0, fproj[0]],
  ['2130108', '病虫害控制', 0, fproj[1]],
  ['2130109', '农产品质量安全', 0, fproj[2]],
  ['2130110', '执法监管', 0, fproj[3]],
  ['2130119', '防灾救灾', 0, fproj[4]],
  ['2130122', '农业生产发展', 0, fproj[5]],
  ['2130124', '农村合作经济', 0, fproj[6]],
  ['2130135', '农业生态资源保护', 0, fproj[7]],
  ['2130153', '农田建设', 0, fproj[8]],
  ['2130199', '其他农业农村支出', 0, fproj[9]],
  ['21307', '农村综合改革'],
  ['2130705', '对村民委员会和村党支部的补助', 0, fproj[10]],
  ['2130799', '其他农村综合改革支出', 0, fproj[11]],
  ['221', '住房保障支出'],
  ['22102', '住房改革支出'],
  ['2210201', '住房公积金', housing, 0],
];
// 2023's figure of each 项 line: this year's × a factor
for (const r of FUNC)
  if (r.length > 2)
    r.push(
      r2(
        D(r[2])
          .plus(r[3])
          .times(0.8 + rand() * 0.25),
      ),
    );
for (const r of ECON)
  if (r.length > 2)
    r.push(
      r2(
        D(r[2])
          .plus(r[3])
          .times(0.8 + rand() * 0.25),
      ),
    );

// ---------------------------------------------------------------- government procurement
const PURCHASES = [
  ['农田建设', '工程', '公开招标'],
  ['检测设备', '货物', '公开招标'],
  ['疫苗', '货物', '公开招标'],
  ['办公设备', '货物', '网上商城'],
  ['技术服务', '服务', '竞争性磋商'],
  ['印刷', '服务', '询价'],
  ['车辆', '货物', '公开招标'],
  ['软件运维', '服务', '竞争性磋商'],
];
const ITEMS = {
  农田建设: ['高标准农田建设（{t}片区）施工', '高标准农田建设（{t}片区）监理'],
  检测设备: ['农残快速检测仪', '气相色谱仪', '兽药残留检测试剂盒'],
  疫苗: ['口蹄疫O型—A型二价灭活疫苗', '高致病性禽流感H5+H7灭活疫苗', '小反刍兽疫活疫苗', '猪瘟活疫苗'],
  办公设备: ['台式计算机', '多功能一体机', '笔记本电脑', '空调'],
  技术服务: ['耕地质量等级调查评价', '测土配方施肥数据分析', '病虫害监测预警服务', '农村集体资产清查审计'],
  印刷: ['惠农政策宣传资料印刷', '农业技术培训教材印制'],
  车辆: ['执法执勤用车（新能源）', '动物防疫专用冷链车'],
  软件运维: ['智慧农业服务平台运维', '农村“三资”监管平台运维'],
};
export const PROCUREMENT = [];
for (let i = 0; i < 64; i++) {
  const [kind, cls, way] = PURCHASES[i < 10 ? (i % 2 === 0 ? 0 : 1) : pick(0, PURCHASES.length - 1)];
  const names = ITEMS[kind];
  const name = names[pick(0, names.length - 1)].replace('{t}', TOWNS[pick(0, TOWNS.length - 1)]);
  const unit =
    kind === '疫苗' ? 2 : kind === '农田建设' ? 0 : kind === '检测设备' ? 3 : kind === '软件运维' ? 0 : pick(0, 6);
  const budget =
    kind === '农田建设' ? amt(120, 380) : kind === '车辆' ? amt(12, 26) : kind === '疫苗' ? amt(20, 60) : amt(0.8, 22);
  const contract = r2(budget.times(0.88 + rand() * 0.12));
  const sme = rand() < 0.78;
  PROCUREMENT.push({ unit, name, cls, way, budget, contract, sme });
}
export const PROC = {
  budget: sum(PROCUREMENT.map((p) => p.budget)),
  contract: sum(PROCUREMENT.map((p) => p.contract)),
  sme: sum(PROCUREMENT.filter((p) => p.sme).map((p) => p.contract)),
};

// ---------------------------------------------------------------- fixed assets (万元): class × [年初原值, 增加, 减少, 累计折旧]
export const ASSETS = [
  ['房屋及构筑物', D('3862.40'), D('0'), D('0'), D('1486.25')],
  ['通用设备', D('612.35'), D('48.62'), D('36.80'), D('401.17')],
  ['专用设备', D('1284.60'), D('176.45'), D('52.30'), D('722.48')],
  ['车辆', D('318.70'), D('24.86'), D('41.20'), D('236.54')],
  ['文物和陈列品', D('6.20'), D('0'), D('0'), D('0')],
  ['图书和档案', D('12.84'), D('0.96'), D('0'), D('0')],
  ['家具和用具', D('148.36'), D('12.48'), D('8.72'), D('96.31')],
];
for (const a of ASSETS) a.push(a[1].plus(a[2]).minus(a[3])); // 年末原值
// vehicles and large equipment held (count)
// [类型, 2023年末, 本年增加, 本年减少]
export const VEHICLES = [
  ['执法执勤用车', 6, 1, 2],
  ['特种专业技术用车', 5, 1, 1],
  ['应急保障用车', 2, 0, 0],
];

// ---------------------------------------------------------------- scores
// indicator rows: [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因]
export const DEPT_LAST_SCORE = D('92.15');
// the department form (部门整体支出绩效自评表) and one 项目支出绩效自评表 for each main programme: each out of 100, the
// funds row 分值 10 scored 执行率 × 10; the indicators 产出 50, 效益 30, 满意度 10
const I = (l1, l2, l3, target, actual, weight, score, why = '') => ({
  l1,
  l2,
  l3,
  target,
  actual,
  weight: D(weight),
  score: D(score),
  why,
});
export const DEPT_FORM = [
  I('产出指标', '数量指标', '新建高标准农田面积', '≥3.2万亩', '3.26万亩', 8, 8),
  I('产出指标', '数量指标', '农机购置补贴机具数量', '≥230台', '{machines}台', 6, 6),
  I('产出指标', '数量指标', '动物强制免疫病种', '5种', '5种', 6, 6),
  I('产出指标', '数量指标', '基层农技人员培训', '≥180人次', '186人次', 5, 5),
  I('产出指标', '质量指标', '应免畜禽免疫密度', '≥90%', '93.6%', 6, 6),
  I('产出指标', '质量指标', '农产品例行监测合格率', '≥98%', '98.7%', 6, 6),
  I('产出指标', '质量指标', '高标准农田工程验收合格率', '100%', '100%', 5, 5),
  I('产出指标', '时效指标', '补贴资金兑付及时率', '100%', '96.8%', 4, 3.5, '部分合作社购机资料补正滞后，兑付延后'),
  I('产出指标', '成本指标', '高标准农田亩均财政投入', '≤1,500元', '1,466元', 4, 4),
  I('效益指标', '经济效益指标', '粮食总产量', '≥62万吨', '62.8万吨', 8, 8),
  I('效益指标', '社会效益指标', '区域性重大动物疫情发生次数', '0次', '0次', 6, 6),
  I('效益指标', '社会效益指标', '农业主推技术到位率', '≥95%', '95.4%', 6, 6),
  I('效益指标', '生态效益指标', '秸秆综合利用率', '≥95%', '96.1%', 5, 5),
  I(
    '效益指标',
    '可持续影响指标',
    '县级以上新型农业经营主体数量',
    '≥2,100家',
    '2,068家',
    5,
    4.2,
    '部分家庭农场经营不善注销',
  ),
  I('满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '88.6%', 5, 4.5, '部分农户对补贴到账时间不满意'),
  I('满意度指标', '服务对象满意度指标', '新型经营主体满意度', '≥90%', '92.4%', 5, 5),
];
export const FORMS = [
  [
    I('产出指标', '数量指标', '新建高标准农田面积', '≥3.2万亩', '3.26万亩', 15, 15),
    I('产出指标', '数量指标', '新建灌排泵站', '≥24座', '24座', 10, 10),
    I('产出指标', '质量指标', '工程验收合格率', '100%', '100%', 10, 10),
    I('产出指标', '时效指标', '工程按期完工率', '100%', '92%', 8, 7, '两个片区受汛期影响延期完工'),
    I('产出指标', '成本指标', '亩均财政投入', '≤1,500元', '1,466元', 7, 7),
    I('效益指标', '经济效益指标', '项目区亩均增产粮食', '≥50公斤', '56公斤', 10, 10),
    I('效益指标', '社会效益指标', '受益农户', '≥1.1万户', '1.16万户', 10, 10),
    I('效益指标', '可持续影响指标', '工程管护责任落实率', '100%', '95%', 10, 9, '部分村级管护协议签订滞后'),
    I('满意度指标', '服务对象满意度指标', '受益农户满意度', '≥90%', '93.5%', 10, 10),
  ],
  [
    I('产出指标', '数量指标', '强制免疫病种', '5种', '5种', 10, 10),
    I('产出指标', '数量指标', '采购强制免疫疫苗', '≥620万头（羽）份', '648万头（羽）份', 10, 10),
    I('产出指标', '数量指标', '免疫抗体监测样品', '≥6,000份', '6,240份', 10, 10),
    I('产出指标', '质量指标', '应免畜禽免疫密度', '≥90%', '93.6%', 10, 10),
    I('产出指标', '时效指标', '春秋两季集中免疫完成时限', '5月、11月底前', '按期完成', 5, 5),
    I('产出指标', '成本指标', '疫苗采购价格', '不高于省指导价', '低于省指导价', 5, 5),
    I('效益指标', '社会效益指标', '区域性重大动物疫情发生次数', '0次', '0次', 15, 15),
    I('效益指标', '可持续影响指标', '强制免疫抗体合格率', '≥70%', '82.4%', 15, 15),
    I('满意度指标', '服务对象满意度指标', '养殖场户满意度', '≥90%', '87.2%', 10, 9, '部分散养户对免疫时间安排有意见'),
  ],
  [
    I('产出指标', '数量指标', '培训基层农技人员', '≥180人次', '186人次', 10, 10),
    I('产出指标', '数量指标', '建设农业科技示范基地', '≥12个', '12个', 10, 10),
    I('产出指标', '数量指标', '培育农业科技示范主体', '≥1,200户', '1,236户', 10, 10),
    I('产出指标', '质量指标', '主推技术到位率', '≥95%', '95.4%', 10, 10),
    I('产出指标', '时效指标', '培训任务完成时限', '11月底前', '11月底前', 5, 5),
    I('产出指标', '成本指标', '示范基地补助标准', '≤5万元/个', '5万元/个', 5, 5),
    I('效益指标', '经济效益指标', '示范主体亩均节本增效', '≥100元', '112元', 10, 10),
    I('效益指标', '社会效益指标', '农技人员在岗服务率', '≥95%', '96.2%', 10, 10),
    I(
      '效益指标',
      '可持续影响指标',
      '农技推广信息平台使用率',
      '≥80%',
      '76.5%',
      10,
      9,
      '部分老年示范户使用手机平台不熟练',
    ),
    I('满意度指标', '服务对象满意度指标', '示范主体满意度', '≥90%', '94.1%', 10, 10),
  ],
  [
    I('产出指标', '数量指标', '补贴机具数量', '≥220台', '{machines}台', 15, 15),
    I('产出指标', '数量指标', '受益购机户', '≥200户次', '{buyers}户次', 10, 10),
    I('产出指标', '数量指标', '深松作业面积', '≥8万亩', '8.3万亩', 5, 5),
    I('产出指标', '质量指标', '补贴机具核验率', '100%', '100%', 10, 10),
    I('产出指标', '时效指标', '补贴资金兑付及时率', '100%', '96.8%', 5, 4, '部分合作社购机资料补正滞后'),
    I('产出指标', '成本指标', '单机补贴额', '不超过省定额', '未超过', 5, 5),
    I('效益指标', '经济效益指标', '农作物耕种收综合机械化率', '≥90%', '91.6%', 15, 15),
    I('效益指标', '生态效益指标', '秸秆机械化还田率', '≥80%', '83.2%', 15, 15),
    I('满意度指标', '服务对象满意度指标', '购机户满意度', '≥90%', '92.8%', 10, 10),
  ],
  [
    I('产出指标', '数量指标', '农产品例行监测样品', '≥1,200批次', '1,236批次', 10, 10),
    I('产出指标', '数量指标', '执法检查生产经营主体', '≥600家次', '648家次', 10, 10),
    I('产出指标', '数量指标', '农产品快速检测', '≥12,000批次', '12,460批次', 10, 10),
    I('产出指标', '质量指标', '例行监测合格率', '≥98%', '98.7%', 10, 10),
    I('产出指标', '时效指标', '问题产品处置及时率', '100%', '100%', 5, 5),
    I('产出指标', '成本指标', '定量检测单批次成本', '≤350元', '338元', 5, 5),
    I('效益指标', '社会效益指标', '重大农产品质量安全事件', '0起', '0起', 15, 15),
    I('效益指标', '可持续影响指标', '开具承诺达标合格证主体', '≥800家', '752家', 15, 13.5, '部分小农户开证意识不强'),
    I('满意度指标', '服务对象满意度指标', '消费者满意度', '≥90%', '91.2%', 10, 10),
  ],
];
for (const f of [DEPT_FORM, ...FORMS]) check(sum(f.map((x) => x.weight)).eq(90), 'indicators out of 90');
export const MACHINE_COUNT = SUBSIDY.reduce((a, x) => a + x.qty, 0);
export const BUYERS = SUBSIDY.length;
