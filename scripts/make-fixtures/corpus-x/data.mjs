// Figures of report X (五华县城镇污水管网建设及提质增效工程（2023—2024年）财政重点绩效评价), computed once, exactly:
// the five 施工标段 and their roads (pipe in m, the 标段 in km), the funding by source × year (专项债, 中央预算内,
// 省级, 县级 with its 一般债券), the contracts (控制价, 中标价 = 合同价, 送审价, 审定价, 已付款) and every payment, the
// quarters' progress, the 变更签证 in 元, the plant's months (处理量, 进水/出水 COD, 达标天数), the questionnaire and
// the firm's indicator tree (1 / 1.1 / 1.1.1, 20/20/30/30). make-spec.mjs writes them into the spec; check.mjs
// recomputes every total and rate from the spec itself, not from this file.
import { check, D, r2, rate, seeded, sum } from '../spec/figures.mjs';

const { rand, pick } = seeded(20250318); // the same rows on every build
export { pick, rand };
const amt = (lo, hi) => r2(D(lo).plus(D(rand()).times(hi - lo))); // 万元, two decimals

export const COUNTY = '五华县';
export const PROJECT = '城镇污水管网建设及提质增效工程';

// 施工标段: name, town, roads (each a road with its pipe), pumping stations (座), households connected (户)
export const LOTS = [
  { no: '一', town: '水寨镇', area: '县城主城区', roads: 50, stations: 2 },
  { no: '二', town: '华城镇', area: '华城镇区', roads: 40, stations: 1 },
  { no: '三', town: '河东镇', area: '河东镇区及工业园', roads: 36, stations: 2 },
  { no: '四', town: '安流镇', area: '安流镇区', roads: 32, stations: 1 },
  { no: '五', town: '岐岭镇', area: '岐岭镇区及转水镇区', roads: 32, stations: 1 },
];
const ROADS = ['大道', '路', '街', '东路', '西路', '南路', '北路', '巷', '二路', '中路'];
const ROOTS =
  '华兴 建设 人民 新华 育才 和平 文化 环城 滨江 琴江 长乐 迎宾 工业 园区 中山 东风 团结 龙狮 狮雄 朝阳 光明 幸福 府前 沿河 金山 锦绣 桥东 河背 城南 城北 湖光 七都 五星 新城 龙岗 双龙'.split(
    ' ',
  );
const PIPES = ['DN300', 'DN400', 'DN500', 'DN600', 'DN800', 'De200', 'De300'];
const MATS = {
  DN300: 'HDPE双壁波纹管',
  DN400: 'HDPE双壁波纹管',
  DN500: '钢筋混凝土管',
  DN600: '钢筋混凝土管',
  DN800: '钢筋混凝土管',
  De200: 'PE实壁管',
  De300: 'PE实壁管',
};
let r = 0;
for (const lot of LOTS) {
  lot.name = `${lot.no}标段`;
  lot.roadRows = [];
  for (let i = 0; i < lot.roads; i++) {
    const root = ROOTS[(r * 7 + i * 3) % ROOTS.length];
    const road = `${lot.town.slice(0, 2)}${root}${ROADS[(r + i) % ROADS.length]}`;
    const pipe = PIPES[pick(0, PIPES.length - 1)];
    const kind = rand() < 0.72 ? '新建' : '修复';
    lot.roadRows.push({ road, pipe, mat: MATS[pipe], kind, m: pick(180, 1650), wells: 0 });
    r++;
  }
  // a road's name once in the lot (a name repeated would make two rows one)
  const seen = new Set();
  lot.roadRows.forEach((x, i) => {
    while (seen.has(x.road)) x.road = x.road.replace(/(..)$/, `${i % 9}$1`);
    seen.add(x.road);
  });
  for (const x of lot.roadRows) x.wells = Math.round(x.m / 40) + pick(0, 4);
  lot.newM = lot.roadRows.filter((x) => x.kind === '新建').reduce((a, x) => a + x.m, 0);
  lot.fixM = lot.roadRows.filter((x) => x.kind === '修复').reduce((a, x) => a + x.m, 0);
  lot.wells = lot.roadRows.reduce((a, x) => a + x.wells, 0);
  lot.households = pick(1800, 5200);
  lot.householdsDone = lot.households - (rand() < 0.4 ? 0 : pick(20, 160));
}
// 现场抽测: every 8th road of 附件2, its length measured by the firm (m), within ±1% of the settled length
export const SAMPLED = LOTS.flatMap((lot) =>
  lot.roadRows
    .filter((x, i) => i % 8 === 3)
    .map((x) => ({ lot, x, measured: x.m + pick(-Math.floor(x.m / 110), Math.floor(x.m / 110)) })),
);
export const km = (m) => D(m).div(1000).toFixed(3); // 12,486 m → "12.486"

// ---- contracts: the five 施工 lots and four services; 控制价 (预算), 中标价 = 合同价, 送审价, 审定价, 已付款 (万元)
export const SERVICES = [
  ['勘察设计', '梅州市华宇勘察设计院有限公司', 560, 720],
  ['工程监理', '广东正衡建设监理有限公司', 330, 420],
  ['全过程造价咨询', '广东诚达工程造价咨询有限公司', 120, 170],
  ['管道CCTV检测', '深圳市清源管道检测技术有限公司', 210, 300],
];
const BUILDERS = [
  '广东粤嘉建设工程有限公司',
  '梅州市恒基市政工程有限公司',
  '广东华潮建工集团有限公司',
  '中建鸿达建设有限公司',
  '广东梅江水务工程有限公司',
];
export const CONTRACTS = [
  ...LOTS.map((lot, i) => ({ name: `施工${lot.name}`, lot, firm: BUILDERS[i], ceiling: amt(3200, 6400) })),
  ...SERVICES.map(([name, firm, lo, hi]) => ({ name, firm, ceiling: amt(lo, hi) })),
];
for (const c of CONTRACTS) {
  c.bid = r2(c.ceiling.times(D(1).minus(D(pick(180, 620)).div(10000)))); // 中标价, 1.8%—6.2% below 控制价
  c.contract = c.bid; // 合同价 = 中标价
  c.submitted = r2(c.contract.times(D(1).plus(D(pick(200, 900)).div(10000)))); // 送审价
  c.audited = r2(c.submitted.times(D(1).minus(D(pick(150, 720)).div(10000)))); // 审定价
  c.cut = c.submitted.minus(c.audited);
  // payments: 4—7 instalments over 2023—2024, together 78%—92% of the 合同价
  const n = c.lot ? pick(5, 7) : pick(3, 4);
  const paid = r2(c.contract.times(D(pick(7800, 9200)).div(10000)));
  const parts = Array.from({ length: n }, () => pick(60, 140));
  const tot = parts.reduce((a, b) => a + b, 0);
  c.payments = [];
  let left = paid;
  parts.forEach((p, k) => {
    const a = k === n - 1 ? left : r2(paid.times(p).div(tot));
    left = left.minus(a);
    c.payments.push({ amount: a });
  });
  c.paid = paid;
  c.ratio = rate(c.paid, c.contract); // 付款比例 = 已付款 ÷ 合同价
}
// payment dates: spread over 2023-04 … 2024-12 in order
for (const c of CONTRACTS) {
  const n = c.payments.length;
  c.payments.forEach((p, k) => {
    const month = 4 + Math.floor(((k + 0.5) * 20) / n) + pick(0, 1); // months since 2023-01
    const y = 2023 + Math.floor((month - 1) / 12);
    const m = ((month - 1) % 12) + 1;
    p.date = `${y}-${String(m).padStart(2, '0')}-${String(pick(5, 27)).padStart(2, '0')}`;
    p.year = y;
  });
}
export const contractSum = (f) => sum(CONTRACTS.map(f));
// 其他费用 paid by the 建设单位 itself (万元, by year)
export const OTHER_COSTS = [
  ['征地拆迁及青苗补偿', amt(380, 520), amt(90, 160)],
  ['建设单位管理费', amt(80, 120), amt(90, 130)],
  ['招标代理及交易服务费', amt(40, 60), D(0)],
  ['路面恢复及交通疏导', amt(120, 200), amt(180, 260)],
];

// ---- funding: planned (概算) and arrived, by source × year
const spentByYear = (y) =>
  sum(CONTRACTS.flatMap((c) => c.payments.filter((p) => p.year === y).map((p) => p.amount))).plus(
    sum(OTHER_COSTS.map((o) => o[y === 2023 ? 1 : 2])),
  );
export const SPENT = { 2023: spentByYear(2023), 2024: spentByYear(2024) };
SPENT.total = SPENT[2023].plus(SPENT[2024]);
// 专项债 and 中央 arrive in full; 省级 in full; 县级 a little short in 2024
const spendNeed = SPENT.total;
export const SOURCES = [
  { name: '地方政府专项债券', plan: [D('9000.00'), D('6500.00')] },
  { name: '中央预算内投资', plan: [D('3800.00'), D('2200.00')] },
  { name: '省级财政补助资金', plan: [D('1200.00'), D('800.00')] },
  { name: '县级财政资金', plan: [amt(900, 1100), amt(1300, 1600)], note: '含一般债券' },
];
for (const s of SOURCES) s.arrived = [s.plan[0], s.plan[1]];
const county = SOURCES[3];
county.arrived = [county.plan[0], r2(county.plan[1].times('0.82'))];
export const GENERAL_BOND = D('600.00'); // 县级财政资金 中的一般债券 (2024), a different bond from 专项债
export const PLAN = { 2023: sum(SOURCES.map((s) => s.plan[0])), 2024: sum(SOURCES.map((s) => s.plan[1])) };
PLAN.total = PLAN[2023].plus(PLAN[2024]);
export const ARRIVED = { 2023: sum(SOURCES.map((s) => s.arrived[0])), 2024: sum(SOURCES.map((s) => s.arrived[1])) };
ARRIVED.total = ARRIVED[2023].plus(ARRIVED[2024]);
check(ARRIVED.total.gt(spendNeed), `到位 ${ARRIVED.total} ≥ 支出 ${spendNeed}`);
check(ARRIVED[2023].gt(SPENT[2023]), `2023 到位 ${ARRIVED[2023]} ≥ 支出 ${SPENT[2023]}`);
export const BUDGET = PLAN.total; // 批复概算总投资 = the planned sources

// ---- progress: each lot's cumulative 完成投资 share at the end of each quarter (2023Q1 … 2024Q4), and dates
export const QUARTERS = [
  '2023年一季度',
  '2023年二季度',
  '2023年三季度',
  '2023年四季度',
  '2024年一季度',
  '2024年二季度',
  '2024年三季度',
  '2024年四季度',
];
const day = (s) => new Date(s + 'T00:00:00Z').getTime() / 86400000;
export const days = (a, b) => day(b) - day(a);
LOTS.forEach((lot, i) => {
  lot.planStart = `2023-0${3 + (i % 2)}-${String(10 + i * 3).padStart(2, '0')}`;
  lot.start = `2023-0${3 + (i % 2)}-${String(12 + i * 4 + pick(0, 3)).padStart(2, '0')}`;
  lot.planEnd = `2024-0${6 + (i % 3)}-30`;
  lot.end =
    i === 2 || i === 4
      ? `2024-${String(9 + (i === 4 ? 2 : 1)).padStart(2, '0')}-${String(pick(10, 28))}`
      : `2024-0${6 + (i % 3)}-${String(pick(10, 28))}`;
  // 100% in the quarter the lot was finished, below it before
  const doneQ = 4 + Math.floor((Number(lot.end.slice(5, 7)) - 1) / 3);
  let p = 0;
  lot.progress = QUARTERS.map((q, k) => {
    if (k === 0) return D(0);
    if (k >= doneQ) return D(100);
    p = Math.min(96 - (doneQ - k) * 2, p + pick(12, 22));
    return D(p);
  });
  lot.delay = Math.max(0, days(lot.planEnd, lot.end));
});

// ---- 变更签证 (元, two decimals): 7—10 a lot, some reductions
export const CHANGES = [];
const WHAT = [
  '检查井位置调整',
  '管位避让既有燃气管',
  '增加破除恢复沥青路面',
  '管材规格变更',
  '新增接户支管',
  '顶管改明挖',
  '明挖改拉管',
  '增设临时排水',
  '取消部分支管',
  '增加淤泥清运',
  '修复工艺变更（CIPP改点状修复）',
  '增加交通疏导设施',
];
for (const lot of LOTS) {
  const n = pick(7, 10);
  for (let k = 1; k <= n; k++) {
    const sign = rand() < 0.22 ? -1 : 1;
    CHANGES.push({
      code: `WH-${lot.no}-BG${String(k).padStart(2, '0')}`,
      lot,
      what: WHAT[pick(0, WHAT.length - 1)],
      yuan: D(pick(1200000, 48000000)).div(100).times(sign),
      date: `202${k <= n / 2 ? 3 : 4}-${String(pick(1, 12)).padStart(2, '0')}-${String(pick(3, 28)).padStart(2, '0')}`,
    });
  }
}
for (const c of CHANGES) if (c.date < c.lot.start) c.date = c.lot.start.replace(/-(\d\d)$/, '-28');

// ---- the plant: 五华县城区污水处理厂 (设计规模4万吨/日), monthly 2023 and 2024
export const MONTHS = [];
for (const y of [2023, 2024]) {
  for (let m = 1; m <= 12; m++) {
    const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const cod = y === 2023 ? pick(118, 152) : pick(156, 205); // 进水 COD mg/L: 提质增效 raises it
    MONTHS.push({
      y,
      m,
      days: dim,
      volume: r2(D(pick(8400, 11600)).div(100)), // 万吨
      codIn: cod,
      codOut: pick(14, 27),
      okDays: dim - (rand() < 0.7 ? 0 : pick(1, 2)),
    });
  }
}
export const yearOf = (y) => MONTHS.filter((x) => x.y === y);

// ---- questionnaire: 300 issued, 8 questions, answers 满意 / 基本满意 / 不满意 of the valid ones
export const SURVEY = { issued: 300, valid: 287 };
export const QUESTIONS = [
  '对管网建设后道路积水、污水冒溢改善情况是否满意',
  '对施工期间围挡、文明施工情况是否满意',
  '对施工期间交通疏导安排是否满意',
  '对道路路面恢复质量是否满意',
  '对接户工程入户施工情况是否满意',
  '对周边河涌水体黑臭改善情况是否满意',
  '对施工噪声、扬尘控制情况是否满意',
  '对项目总体建设效果是否满意',
].map((q) => {
  const no = pick(4, 22);
  const part = pick(20, 60);
  return { q, yes: SURVEY.valid - no - part, part, no };
});

// ---- indicator tree: code, name, weight, score (third levels). 20 / 20 / 30 / 30.
const T = (code, name, weight, score) => ({ code, name, weight: D(weight), score: D(score) });
const arrivedRate = rate(ARRIVED.total, PLAN.total);
const spendRate = rate(SPENT.total, ARRIVED.total);
const surveyRate = rate(sum(QUESTIONS.map((q) => q.yes + q.part)), SURVEY.valid * QUESTIONS.length);
const okRate2024 = rate(sum(yearOf(2024).map((x) => x.okDays)), sum(yearOf(2024).map((x) => x.days)));
export const RATES = { arrivedRate, spendRate, surveyRate, okRate2024 };
export const TREE = [
  {
    code: '1',
    name: '项目决策',
    kids: [
      { code: '1.1', name: '项目立项', kids: [T('1.1.1', '立项依据充分性', 3, 3), T('1.1.2', '立项程序规范性', 3, 3)] },
      {
        code: '1.2',
        name: '绩效目标',
        kids: [T('1.2.1', '绩效目标合理性', 3, 2.5), T('1.2.2', '绩效指标明确性', 3, 2)],
      },
      {
        code: '1.3',
        name: '资金投入',
        kids: [T('1.3.1', '预算编制科学性', 4, 3.5), T('1.3.2', '资金分配合理性', 4, 4)],
      },
    ],
  },
  {
    code: '2',
    name: '项目过程',
    kids: [
      {
        code: '2.1',
        name: '资金管理',
        kids: [
          T('2.1.1', '资金到位率', 3, r2(arrivedRate.times(3))),
          T('2.1.2', '预算执行率', 3, r2(spendRate.times(3))),
          T('2.1.3', '资金使用合规性', 4, 3),
        ],
      },
      {
        code: '2.2',
        name: '组织实施',
        kids: [
          T('2.2.1', '管理制度健全性', 2, 2),
          T('2.2.2', '招标采购规范性', 3, 3),
          T('2.2.3', '合同管理规范性', 2, 1.5),
          T('2.2.4', '变更签证管理', 3, 2),
        ],
      },
    ],
  },
  {
    code: '3',
    name: '项目产出',
    kids: [
      {
        code: '3.1',
        name: '产出数量',
        kids: [
          T('3.1.1', '新建管网长度完成率', 4, 4),
          T('3.1.2', '管网修复长度完成率', 3, 3),
          T('3.1.3', '提升泵站建成数', 2, 2),
          T('3.1.4', '接户完成率', 3, 2.5),
        ],
      },
      {
        code: '3.2',
        name: '产出质量',
        kids: [T('3.2.1', '分部工程验收合格率', 4, 4), T('3.2.2', '闭水试验合格率', 3, 3)],
      },
      { code: '3.3', name: '产出时效', kids: [T('3.3.1', '按期完工率', 4, 2.4), T('3.3.2', '竣工结算及时性', 2, 1)] },
      { code: '3.4', name: '产出成本', kids: [T('3.4.1', '投资控制情况', 3, 3), T('3.4.2', '结算审减情况', 2, 1.5)] },
    ],
  },
  {
    code: '4',
    name: '项目效益',
    kids: [
      {
        code: '4.1',
        name: '生态效益',
        kids: [
          T('4.1.1', '进水COD浓度提升', 5, 4),
          T('4.1.2', '出水达标率', 5, 5),
          T('4.1.3', '黑臭水体消除情况', 4, 4),
        ],
      },
      {
        code: '4.2',
        name: '社会效益',
        kids: [T('4.2.1', '污水收集覆盖人口', 4, 3.5), T('4.2.2', '城区内涝及冒溢改善', 3, 2.5)],
      },
      {
        code: '4.3',
        name: '可持续影响',
        kids: [T('4.3.1', '管网运维机制', 3, 2), T('4.3.2', '资产移交及管护', 2, 1.5)],
      },
      { code: '4.4', name: '满意度', kids: [T('4.4.1', '群众满意度', 4, r2(surveyRate.times(4)))] },
    ],
  },
];
for (const f of TREE) {
  for (const s of f.kids) {
    s.weight = sum(s.kids.map((t) => t.weight));
    s.score = sum(s.kids.map((t) => t.score));
  }
  f.weight = sum(f.kids.map((s) => s.weight));
  f.score = sum(f.kids.map((s) => s.score));
}
check(
  TREE.map((f) => f.weight.toNumber()).join('/') === '20/20/30/30',
  'weights 20/20/30/30: ' + TREE.map((f) => f.weight).join('/'),
);
export const TOTAL_SCORE = sum(TREE.map((f) => f.score));
export const GRADES = [
  ['优', 90, 100],
  ['良', 80, 90],
  ['中', 60, 80],
  ['差', 0, 60],
];
export const grade = (x) => GRADES.find(([, lo]) => D(x).gte(lo))[0];
check(grade(TOTAL_SCORE) === '良', 'grade 良: ' + TOTAL_SCORE);
