// Report V's figures: one district hospital's whole spending over 2022—2024 (万元 to the 分, counts whole), in
// decimal.js. Fixed figures where the text leans on them, the long lists drawn from a fixed pseudo-random sequence;
// every total is computed here and asserted, so make-spec.mjs only prints.
import { D, check, r2, rate, seeded, sum } from '../spec/figures.mjs';

export const NAME = '重庆市綦江区人民医院';
export const SHORT = '区人民医院';
export const CAMPUS = '綦江区人民医院古南院区';
export const YEARS = [2022, 2023, 2024];
const { rand, pick } = seeded(20250611);
/** an amount in 万元 between lo and hi, to the 分 */
const amount = (lo, hi) => r2(D(lo).plus(D(hi - lo).times(rand())));

// ---- income by source (万元)
export const INCOME = {
  财政补助收入: [D('6842.35'), D('7215.60'), D('7598.42')],
  事业收入: [D('52318.74'), D('56907.15'), D('58326.08')],
  经营收入: [D('186.20'), D('203.45'), D('215.90')],
  其他收入: [D('412.58'), D('389.27'), D('451.36')],
};
export const INCOME_TOTAL = [0, 1, 2].map((y) => sum(Object.values(INCOME).map((v) => v[y])));

// ---- spending: 基本支出 (人员经费 + 公用经费) and 项目支出, by year
export const PERSONNEL = [D('31256.48'), D('33871.92'), D('35412.67')];
export const PUBLIC = [D('21873.15'), D('23116.84'), D('23488.30')];
export const PROJECT_SPENT = [D('5918.62'), D('6632.15'), D('6914.26')];
export const BASIC = [0, 1, 2].map((y) => PERSONNEL[y].plus(PUBLIC[y]));
export const SPENT = [0, 1, 2].map((y) => BASIC[y].plus(PROJECT_SPENT[y]));
YEARS.forEach((_, y) => check(SPENT[y].lt(INCOME_TOTAL[y]), 'spending under income ' + y));

// ---- functional classification: 项 lines by year, each line's share of the year's spending; the last line takes
// the remainder so that the lines add to SPENT exactly
export const FUNC = [
  { code: '2100201', name: '综合医院', share: 0.842 },
  { code: '2100408', name: '基本公共卫生服务', share: 0.031 },
  { code: '2100409', name: '重大公共卫生服务', share: 0.022 },
  { code: '2101102', name: '事业单位医疗', share: 0.018 },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出', share: 0.052 },
  { code: '2210201', name: '住房公积金', share: 0 },
];
for (const f of FUNC) f.v = SPENT.map((s) => r2(s.times(f.share)));
FUNC.at(-1).v = SPENT.map((s, y) => s.minus(sum(FUNC.slice(0, -1).map((f) => f.v[y]))));
export const FUNC_CLASSES = [
  { code: '210', name: '卫生健康支出', of: ['2100201', '2100408', '2100409', '2101102'] },
  { code: '21002', name: '公立医院', of: ['2100201'] },
  { code: '21004', name: '公共卫生', of: ['2100408', '2100409'] },
  { code: '21011', name: '行政事业单位医疗', of: ['2101102'] },
  { code: '208', name: '社会保障和就业支出', of: ['2080505'] },
  { code: '20805', name: '行政事业单位养老支出', of: ['2080505'] },
  { code: '221', name: '住房保障支出', of: ['2210201'] },
  { code: '22102', name: '住房改革支出', of: ['2210201'] },
];
for (const c of FUNC_CLASSES) c.v = [0, 1, 2].map((y) => sum(c.of.map((k) => FUNC.find((f) => f.code === k).v[y])));

// ---- economic classification (类 only), the same total
export const ECON = [
  { code: '301', name: '工资福利支出', share: 0.561 },
  { code: '302', name: '商品和服务支出', share: 0.352 },
  { code: '303', name: '对个人和家庭的补助', share: 0.021 },
  { code: '310', name: '资本性支出', share: 0 },
];
for (const e of ECON) e.v = SPENT.map((s) => r2(s.times(e.share)));
ECON.at(-1).v = SPENT.map((s, y) => s.minus(sum(ECON.slice(0, -1).map((e) => e.v[y]))));

// ---- the 财政拨款 budget: 年初, 调整后, spent (= 财政补助收入 spent in the year)
export const BUDGET = [
  { start: D('6210.00'), adjusted: D('6905.80') },
  { start: D('6650.00'), adjusted: D('7302.45') },
  { start: D('7080.00'), adjusted: D('7712.30') },
];
BUDGET.forEach((b, y) => {
  b.spent = INCOME.财政补助收入[y];
  b.rate = rate(b.spent, b.adjusted);
});

// ---- workload
export const WORK = [
  { name: '门诊人次', unit: '人次', v: [0, 0, 0] }, // = the departments' sum, below
  { name: '急诊人次', unit: '人次', v: [68215, 72406, 75933] },
  { name: '出院人次', unit: '人次', v: [38642, 41275, 43018] },
  { name: '住院手术台次', unit: '台次', v: [12408, 13562, 14217] },
  { name: '实际开放床位', unit: '张', v: [1150, 1200, 1200] },
];
export const BED_USE = ['91.36%', '93.08%', '94.21%'];
export const STAY = ['8.6', '8.3', '8.1'];
export const DEPTS = [
  '心血管内科',
  '呼吸与危重症医学科',
  '消化内科',
  '神经内科',
  '肾内科',
  '内分泌科',
  '血液内科',
  '风湿免疫科',
  '老年病科',
  '感染科',
  '普通外科',
  '骨科',
  '神经外科',
  '泌尿外科',
  '心胸外科',
  '烧伤整形科',
  '妇科',
  '产科',
  '儿科',
  '新生儿科',
  '眼科',
  '耳鼻咽喉科',
  '口腔科',
  '皮肤科',
  '中医科',
  '康复医学科',
  '肿瘤科',
  '疼痛科',
  '精神心理科',
  '全科医学科',
  '健康管理中心',
  '发热门诊',
  '急诊科',
  '重症医学科',
  '麻醉科',
  '古南院区综合门诊',
].map((name) => {
  const base = pick(6000, 48000);
  const v = [base, Math.round(base * (1 + pick(-4, 12) / 100)), 0];
  v[2] = Math.round(v[1] * (1 + pick(-3, 11) / 100));
  return { name, v };
});
WORK[0].v = [0, 1, 2].map((y) => DEPTS.reduce((a, d) => a + d.v[y], 0));

// ---- staff by post at each year's end: [编制内, 编制外]
export const POSTS = [
  {
    name: '医师',
    v: [
      [312, 96],
      [321, 104],
      [330, 108],
    ],
  },
  {
    name: '护理',
    v: [
      [298, 268],
      [305, 281],
      [309, 287],
    ],
  },
  {
    name: '医技',
    v: [
      [86, 42],
      [88, 45],
      [91, 46],
    ],
  },
  {
    name: '药剂',
    v: [
      [38, 12],
      [39, 13],
      [39, 14],
    ],
  },
  {
    name: '行政管理',
    v: [
      [31, 8],
      [30, 8],
      [30, 7],
    ],
  },
  {
    name: '后勤保障',
    v: [
      [12, 41],
      [12, 44],
      [13, 42],
    ],
  },
];
export const STAFF = [0, 1, 2].map((y) => {
  const a = POSTS.reduce((s, p) => s + p.v[y][0], 0);
  const b = POSTS.reduce((s, p) => s + p.v[y][1], 0);
  return [a, b, a + b];
});
export const QUOTA = 830; // 核定编制

// ---- 三公 by year: [2022决算, 2023决算, 2024预算, 2024决算]
export const SANGONG = {
  '因公出国（境）费': [D(0), D(0), D(0), D(0)],
  公务用车购置费: [D(0), D('24.80'), D(0), D(0)],
  公务用车运行维护费: [D('18.46'), D('17.92'), D('19.00'), D('16.38')],
  公务接待费: [D('2.35'), D('1.84'), D('2.00'), D('1.26')],
};
export const CAR = [0, 1, 2, 3].map((k) => SANGONG.公务用车购置费[k].plus(SANGONG.公务用车运行维护费[k]));
export const SANGONG_TOTAL = [0, 1, 2, 3].map((k) =>
  SANGONG['因公出国（境）费'][k].plus(CAR[k]).plus(SANGONG.公务接待费[k]),
);

// ---- assets and liabilities at each year's end
export const ASSETS = {
  流动资产: [D('38415.62'), D('41872.30'), D('44106.85')],
  固定资产净值: [D('52306.18'), D('55941.07'), D('58217.46')],
  在建工程: [D('6120.40'), D('3258.16'), D('1873.92')],
  无形资产: [D('1842.55'), D('1796.20'), D('1755.34')],
};
export const ASSET_TOTAL = [0, 1, 2].map((y) => sum(Object.values(ASSETS).map((v) => v[y])));
export const LIAB = {
  流动负债: [D('21346.27'), D('22518.94'), D('23042.11')],
  非流动负债: [D('15800.00'), D('14200.00'), D('12600.00')],
};
export const LIAB_TOTAL = [0, 1, 2].map((y) => sum(Object.values(LIAB).map((v) => v[y])));
export const NET = [0, 1, 2].map((y) => ASSET_TOTAL[y].minus(LIAB_TOTAL[y]));

// ---- key projects: ten a year, each its own budget and spending
const PROJECT_NAMES = [
  [
    '基本公共卫生服务项目',
    '重大公共卫生服务项目',
    '胸痛中心建设项目',
    '卒中中心建设项目',
    '医疗设备购置项目',
    '信息化建设项目',
    '重点专科建设项目',
    '住院医师规范化培训项目',
    '古南院区改造项目',
    '院感防控能力提升项目',
  ],
  [
    '基本公共卫生服务项目',
    '重大公共卫生服务项目',
    '创伤中心建设项目',
    '医疗设备购置项目',
    '智慧医院建设项目',
    '重点专科建设项目',
    '住院医师规范化培训项目',
    '古南院区改造项目',
    '医共体建设项目',
    '急诊急救能力提升项目',
  ],
  [
    '基本公共卫生服务项目',
    '重大公共卫生服务项目',
    '危重孕产妇救治中心建设项目',
    '医疗设备更新项目',
    '智慧医院建设项目',
    '重点专科建设项目',
    '住院医师规范化培训项目',
    '医共体建设项目',
    '县域医疗次中心建设项目',
    '公共卫生应急能力提升项目',
  ],
];
export const PROJECTS = [];
PROJECT_NAMES.forEach((names, y) => {
  // the year's projects add up to its 项目支出: drawn weights scaled to it
  const target = PROJECT_SPENT[y];
  const raw = names.map(() => [amount(180, 1400), D(0.86 + 0.14 * rand())]);
  const scale = target.div(sum(raw.map(([b, k]) => b.times(k))));
  const xs = names.map((name, i) => {
    const budget = r2(raw[i][0].times(scale).div(10).round().times(10));
    const spent = r2(budget.times(raw[i][1]));
    return { year: YEARS[y], name, budget, spent, rate: rate(spent, budget) };
  });
  const diff = target.minus(sum(xs.map((x) => x.spent)));
  const last = xs.at(-1);
  last.spent = last.spent.plus(diff);
  if (last.spent.gt(last.budget)) last.budget = r2(last.spent.div(0.95).div(10).ceil().times(10));
  last.rate = rate(last.spent, last.budget);
  check(last.spent.gt(0), 'last project positive ' + y);
  PROJECTS.push(...xs);
});
export const PROJECT_BUDGET = YEARS.map((yr) => sum(PROJECTS.filter((p) => p.year === yr).map((p) => p.budget)));
YEARS.forEach((yr, y) =>
  check(sum(PROJECTS.filter((p) => p.year === yr).map((p) => p.spent)).eq(PROJECT_SPENT[y]), 'projects ' + yr),
);

// ---- procurement: 20 a year
const ITEMS = [
  'CT机',
  '彩色多普勒超声诊断仪',
  '数字化X射线摄影系统',
  '全自动生化分析仪',
  '血液透析机',
  '呼吸机',
  '麻醉工作站',
  '腹腔镜系统',
  '电子胃肠镜',
  '心电监护仪',
  '医用耗材配送服务',
  '物业管理服务',
  '医疗废物处置服务',
  '信息系统运维服务',
  '病房改造工程',
  '消防设施维保',
  '食堂食材采购',
  '办公家具',
  '被服洗涤服务',
  '安保服务',
  '核磁共振成像系统',
  '移动DR',
  '输液泵',
  '除颤仪',
  '手术无影灯',
  '高压氧舱维保',
  '污水处理运维',
  '电梯维保',
];
const WAYS = ['公开招标', '竞争性磋商', '询价', '单一来源', '网上商城'];
export const PURCHASES = [];
YEARS.forEach((year) => {
  for (let i = 0; i < 20; i++) {
    const budget = r2(amount(8, 620));
    const contract = r2(budget.times(0.82 + 0.17 * rand()));
    PURCHASES.push({ year, item: ITEMS[pick(0, ITEMS.length - 1)], way: WAYS[pick(0, 4)], budget, contract });
  }
});
for (const p of PURCHASES) {
  p.saving = p.budget.minus(p.contract);
  p.rate = rate(p.saving, p.budget);
}

// ---- survey by group: [发放, 有效, 满意及基本满意]
export const SURVEY = [
  { group: '门诊患者', v: [420, 406, 372] },
  { group: '住院患者', v: [320, 312, 294] },
  { group: '医院职工', v: [220, 213, 181] },
  { group: '辖区居民', v: [160, 151, 133] },
];
export const SURVEY_TOTAL = [0, 1, 2].map((k) => SURVEY.reduce((a, s) => a + s.v[k], 0));

// ---- the firm's indicator template: 一级 (权重), 二级, 三级 with 权重 and 得分 (two decimals)
export const INDICATORS = [
  ['投入', '预算编制', '预算编制科学性', 3, 2.7],
  ['投入', '预算编制', '绩效目标合理性', 3, 2.4],
  ['投入', '预算编制', '绩效指标明确性', 2, 1.6],
  ['投入', '资金保障', '财政资金到位率', 3, 3],
  ['投入', '资金保障', '人员编制保障', 2, 1.85],
  ['投入', '资金保障', '收入结构合理性', 2, 1.7],
  ['过程', '预算执行', '预算执行率', 4, 3.76],
  ['过程', '预算执行', '预算调整率', 2, 1.5],
  ['过程', '预算执行', '结转结余控制', 2, 1.8],
  ['过程', '预算执行', '“三公”经费控制', 2, 2],
  ['过程', '财务管理', '财务管理制度健全性', 2, 1.9],
  ['过程', '财务管理', '资金使用合规性', 3, 2.55],
  ['过程', '财务管理', '会计核算规范性', 2, 1.8],
  ['过程', '资产管理', '资产管理制度健全性', 2, 1.8],
  ['过程', '资产管理', '固定资产利用率', 2, 1.65],
  ['过程', '业务管理', '政府采购规范性', 2, 1.7],
  ['过程', '业务管理', '重点项目管理', 2, 1.55],
  ['产出', '数量', '门诊服务量完成率', 4, 4],
  ['产出', '数量', '出院人次完成率', 4, 3.8],
  ['产出', '数量', '住院手术量完成率', 3, 3],
  ['产出', '质量', '病床使用率', 3, 2.8],
  ['产出', '质量', '平均住院日', 3, 2.4],
  ['产出', '质量', '院内感染发生率', 3, 2.85],
  ['产出', '质量', '医疗纠纷发生情况', 3, 2.4],
  ['产出', '时效', '重点项目完成及时性', 3, 2.25],
  ['产出', '成本', '次均门诊费用控制', 4, 3.2],
  ['效益', '社会效益', '区域医疗服务能力提升', 6, 5.4],
  ['效益', '社会效益', '分级诊疗落实情况', 5, 4.1],
  ['效益', '社会效益', '公共卫生服务成效', 5, 4.45],
  ['效益', '可持续影响', '人才队伍建设', 4, 3.4],
  ['效益', '可持续影响', '信息化水平提升', 3, 2.55],
  ['效益', '满意度', '患者满意度', 4, 3.65],
  ['效益', '满意度', '职工满意度', 3, 2.5],
].map(([l1, l2, l3, w, s]) => ({ l1, l2, l3, w: D(w), s: r2(s) }));
export const LEVEL1 = ['投入', '过程', '产出', '效益'].map((name) => {
  const xs = INDICATORS.filter((x) => x.l1 === name);
  return { name, w: sum(xs.map((x) => x.w)), s: sum(xs.map((x) => x.s)) };
});
export const TOTAL_W = sum(LEVEL1.map((x) => x.w));
export const TOTAL_S = sum(LEVEL1.map((x) => x.s));
check(TOTAL_W.eq(100), 'weights add to 100: ' + TOTAL_W);
export const GRADE = (s) => (s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差');
check(GRADE(TOTAL_S) === '良', 'grade 良: ' + TOTAL_S);

// ---- by month: 门诊人次, 出院人次, 住院手术台次, each year's months adding to its WORK figure (December takes the
// remainder)
export const MONTHS = YEARS.map((_, y) => {
  const ks = [0, 2, 3];
  const weights = Array.from({ length: 12 }, () => 0.9 + 0.2 * rand());
  const tw = weights.reduce((a, b) => a + b, 0);
  const rows = weights.map((w) => ks.map((k) => Math.round((WORK[k].v[y] * w) / tw)));
  ks.forEach((k, j) => {
    rows[11][j] = WORK[k].v[y] - rows.slice(0, 11).reduce((a, r) => a + r[j], 0);
  });
  return rows;
});

// ---- medical equipment bought, by year: 数量 × 单价 (万元) = 金额
const KIT = [
  '彩色多普勒超声诊断仪',
  '数字化X射线摄影系统',
  '全自动生化分析仪',
  '血液透析机',
  '有创呼吸机',
  '麻醉机',
  '腹腔镜系统',
  '电子胃肠镜',
  '心电监护仪',
  '输液泵',
  '除颤仪',
  '高频电刀',
  '血气分析仪',
  '全自动化学发光免疫分析仪',
  '移动DR',
  '多功能手术床',
  '婴儿培养箱',
  '眼科光学相干断层扫描仪',
  '口腔综合治疗台',
  '康复训练系统',
];
export const EQUIPMENT = [];
YEARS.forEach((year) => {
  for (let i = 0; i < 18; i++) {
    const qty = pick(1, 6);
    const price = r2(amount(3, 160));
    EQUIPMENT.push({
      year,
      name: KIT[pick(0, KIT.length - 1)],
      qty,
      price,
      amount: r2(price.times(qty)),
      dept: DEPTS[pick(0, 34)].name,
      uses: pick(180, 5200),
    });
  }
});

// ---- staff by clinical department at each year's end (编制内, 编制外): a list, not the posts' split
export const DEPT_STAFF = DEPTS.map((d) => ({ name: d.name, v: YEARS.map(() => [pick(6, 30), pick(2, 16)]) }));
