// Figures of report R (鹿寨县2023—2024年就业补助资金), computed once, exactly. Amounts are whole 元 (multiples of
// 100, so that every 万元 figure is exact to two decimals); make-spec.mjs writes them into the spec, and check.mjs
// recomputes every total, rate and 标准 × 数量 from the spec itself, independently of this file.
import { check, D, pct, r2, seeded, sum } from '../spec/figures.mjs';

const { rand, pick } = seeded(20250520); // the same rows on every build
export { pick };

export const YEARS = [2023, 2024];
export const SOURCES = ['中央财政资金', '自治区财政资金', '县级财政资金'];
// 万元
export const BUDGET = { 2023: [D(820), D(360), D(200)], 2024: [D(860), D(380), D(220)] };
export const YEAR_BUDGET = Object.fromEntries(YEARS.map((y) => [y, sum(BUDGET[y])]));
export const TOTAL_BUDGET = sum(YEARS.map((y) => YEAR_BUDGET[y]));
check(TOTAL_BUDGET.eq(2840), 'budget 2,840.00');

export const TOWNS = ['鹿寨镇', '中渡镇', '寨沙镇', '平山镇', '黄冕镇', '四排镇', '江口乡', '导江乡', '拉沟乡'];
const TOWN_W = [24, 13, 12, 10, 9, 9, 8, 8, 7];

export const CATS = ['职业技能培训补贴', '社会保险补贴', '公益性岗位补贴', '一次性创业补贴', '就业见习补贴'];
// budget by category (万元), each year adding to the year's budget
export const CAT_BUDGET = { 2023: [460, 240, 430, 100, 150].map(D), 2024: [480, 260, 450, 110, 160].map(D) };
YEARS.forEach((y) => check(sum(CAT_BUDGET[y]).eq(YEAR_BUDGET[y]), `category budget ${y}`));

// standard × quantity for the four categories paid by time or head (元); training is paid per class below
export const STD = {
  社会保险补贴: {
    unit: '人月',
    2023: { std: 560, qty: 4070, people: 412 },
    2024: { std: 580, qty: 4280, people: 436 },
  },
  公益性岗位补贴: {
    unit: '人月',
    2023: { std: 1850, qty: 2232, people: 214 },
    2024: { std: 1850, qty: 2346, people: 227 },
  },
  一次性创业补贴: {
    unit: '人',
    2023: { std: 5000, qty: 184, people: 184 },
    2024: { std: 5000, qty: 203, people: 203 },
  },
  就业见习补贴: {
    unit: '人月',
    2023: { std: 1500, qty: 940, people: 186 },
    2024: { std: 1600, qty: 950, people: 194 },
  },
};
for (const c of Object.keys(STD)) for (const y of YEARS) STD[c][y].amount = D(STD[c][y].std).times(STD[c][y].qty);

// 工种: standard per 取证人次 (元)
export const TRADES = [
  ['家政服务员（五级）', 1200],
  ['育婴员（四级）', 1600],
  ['养老护理员（四级）', 1600],
  ['电工（五级）', 1400],
  ['焊工（四级）', 1800],
  ['中式烹调师（四级）', 1600],
  ['电子商务师（四级）', 1500],
  ['螺蛳粉制作（专项职业能力）', 800],
  ['茶艺师（五级）', 1000],
  ['砌筑工（五级）', 1200],
  ['挖掘机操作（专项职业能力）', 800],
  ['农业经理人（五级）', 1000],
];
export const SCHOOLS = [
  ['鹿寨县中等职业技术学校', '公办', [3, 4, 5]],
  ['鹿寨县鑫达职业技能培训学校', '民办', [0, 1, 2]],
  ['鹿寨县惠民职业培训学校', '民办', [5, 7, 9]],
  ['鹿寨县巧手家政服务职业培训学校', '民办', [0, 1]],
  ['鹿寨县桂中农业技术培训学校', '民办', [11, 8]],
  ['鹿寨县宏远电子商务职业培训学校', '民办', [6, 7]],
  ['鹿寨县匠心建筑技能培训学校', '民办', [9, 10, 4]],
  ['柳州市鹿城职业培训学校', '民办', [2, 5, 6]],
];
// the classes: added while they fit within 95.5% of the year's training budget
export const CLASSES = [];
for (const y of YEARS) {
  const cap = CAT_BUDGET[y][0].times(10000).times('0.955');
  let total = D(0);
  let k = 0;
  for (;;) {
    const s = pick(0, SCHOOLS.length - 1);
    const trade = SCHOOLS[s][2][pick(0, SCHOOLS[s][2].length - 1)];
    const trained = pick(30, 56);
    const certified = trained - pick(0, 6);
    const amount = D(TRADES[trade][1]).times(certified);
    if (total.plus(amount).gt(cap)) break;
    total = total.plus(amount);
    k++;
    const month = Math.min(12, 2 + Math.floor((k * 10) / 60));
    CLASSES.push({
      year: y,
      school: SCHOOLS[s][0],
      trade: TRADES[trade][0],
      std: TRADES[trade][1],
      town: TOWNS[pick(0, TOWNS.length - 1)],
      start: `${y}-${String(month).padStart(2, '0')}-${String(pick(1, 28)).padStart(2, '0')}`,
      trained,
      certified,
      amount,
    });
  }
}
CLASSES.forEach((c, i) => (c.no = `${c.year}-${String(i + 1).padStart(3, '0')}`));

// spending by category × year (元)
export const SPENT = Object.fromEntries(
  YEARS.map((y) => [
    y,
    CATS.map((c) => (c === CATS[0] ? sum(CLASSES.filter((x) => x.year === y).map((x) => x.amount)) : STD[c][y].amount)),
  ]),
);
export const YEAR_SPENT = Object.fromEntries(YEARS.map((y) => [y, sum(SPENT[y])]));
export const TOTAL_SPENT = sum(YEARS.map((y) => YEAR_SPENT[y]));
YEARS.forEach((y) =>
  CATS.forEach((c, i) => check(SPENT[y][i].lte(CAT_BUDGET[y][i].times(10000)), `${c} ${y} within budget`)),
);
check(
  YEARS.every((y) => SPENT[y].every((a) => a.mod(100).eq(0))),
  'every amount in whole hundreds of 元',
);

// the year before (2022), for comparison only (万元)
export const LAST = { budget: D('1210.00'), spent: D('1103.56'), score: '83.60' };

// each category × year split over the towns (元), by quantities: 人月 for 社保 in fives, 公益岗 in twos, …
const splitQty = (total, step) => {
  const w = TOWN_W.map((x) => x * (90 + pick(0, 20)));
  const ws = w.reduce((a, b) => a + b, 0);
  const q = w.map((x) => Math.floor((total * x) / ws / step) * step);
  q[0] += total - q.reduce((a, b) => a + b, 0);
  return q;
};
export const TOWN_QTY = {}; // TOWN_QTY[cat][year][town index]
for (const c of Object.keys(STD))
  TOWN_QTY[c] = Object.fromEntries(
    YEARS.map((y) => [y, splitQty(STD[c][y].qty, c === '社会保险补贴' ? 5 : c === '公益性岗位补贴' ? 2 : 1)]),
  );
export const TOWN_SPENT = TOWNS.map((town, t) =>
  Object.fromEntries(
    YEARS.map((y) => [
      y,
      CATS.map((c) =>
        c === CATS[0]
          ? sum(CLASSES.filter((x) => x.year === y && x.town === town).map((x) => x.amount))
          : D(STD[c][y].std).times(TOWN_QTY[c][y][t]),
      ),
    ]),
  ),
);
YEARS.forEach((y) =>
  CATS.forEach((c, i) => check(sum(TOWN_SPENT.map((t) => t[y][i])).eq(SPENT[y][i]), `${c} ${y} towns`)),
);
// 公益性岗位 by town: 岗位数 and 年末在岗 (2024 year end)
export const POSTS = TOWNS.map((_, t) => {
  const onDuty = Math.round(TOWN_QTY['公益性岗位补贴'][2024][t] / 12);
  return { posts: onDuty + pick(0, 2), onDuty };
});
export const ON_DUTY = POSTS.reduce((a, p) => a + p.onDuty, 0);
export const POST_COUNT = POSTS.reduce((a, p) => a + p.posts, 0);

// the roster of the posts at the end of 2024: one row a person on duty, by town
const POST_KINDS = ['保洁员', '护路员', '治安协管员', '养老服务员', '水利设施管护员', '护林员'];
export const ROSTER = TOWNS.flatMap((town, t) =>
  Array.from({ length: POSTS[t].onDuty }, () => {
    const since = pick(2019, 2024);
    const month = pick(1, 12);
    const months = since === 2024 ? 13 - month : 12; // from the month they took the post
    return {
      name: '',
      town,
      post: POST_KINDS[pick(0, POST_KINDS.length - 1)],
      since: `${since}-${String(month).padStart(2, '0')}`,
      kind: pick(0, 2) ? '脱贫人口' : '就业困难人员',
      months,
      amount: D(STD['公益性岗位补贴'][2024].std).times(months),
    };
  }),
);
check(ROSTER.reduce((a, p) => a + p.months, 0) <= STD['公益性岗位补贴'][2024].qty, 'roster months within the year');

// the disbursements from the county to the people: batches per year × category (元)
export const PAYOUTS = [];
for (const y of YEARS)
  CATS.forEach((c, i) => {
    const n = c === CATS[0] ? 6 : c === '一次性创业补贴' ? 3 : 4;
    const unit = c === CATS[0] ? 100 : STD[c][y].std;
    const units = SPENT[y][i].div(unit).toNumber();
    const qty = c === CATS[0] ? null : STD[c][y].qty;
    let leftU = units;
    let leftQ = qty;
    for (let b = 0; b < n; b++) {
      const u = b === n - 1 ? leftU : Math.round((units / n) * (0.8 + rand() * 0.4));
      leftU -= u;
      const q = c === CATS[0] ? null : b === n - 1 ? leftQ : u;
      if (q !== null) leftQ -= q;
      const month = 2 + b * Math.floor(10 / n);
      PAYOUTS.push({
        year: y,
        cat: c,
        batch: b + 1,
        date: `${y}-${String(month).padStart(2, '0')}-${String(pick(5, 28)).padStart(2, '0')}`,
        amount: D(u).times(unit),
        qty: c === CATS[0] ? null : q,
      });
    }
  });
PAYOUTS.forEach((p, i) => {
  p.doc = `鹿人社发〔${p.year}〕${10 + i * 2 - (p.year === 2024 ? 50 : 0)}号`;
});
YEARS.forEach((y) =>
  CATS.forEach((c, i) =>
    check(
      sum(PAYOUTS.filter((p) => p.year === y && p.cat === c).map((p) => p.amount)).eq(SPENT[y][i]),
      `payouts ${c} ${y}`,
    ),
  ),
);

// the funds released to the county (万元): 提前下达 in the autumn of the year before, then the year's batches
export const RELEASES = [
  [2023, '中央财政资金', '桂财社〔2022〕178号', '2022-11-25', 574],
  [2023, '中央财政资金', '桂财社〔2023〕36号', '2023-05-16', 246],
  [2023, '自治区财政资金', '桂财社〔2022〕183号', '2022-12-02', 252],
  [2023, '自治区财政资金', '桂财社〔2023〕58号', '2023-06-20', 108],
  [2023, '县级财政资金', '鹿财社〔2023〕7号', '2023-02-14', 120],
  [2023, '县级财政资金', '鹿财社〔2023〕41号', '2023-08-09', 80],
  [2024, '中央财政资金', '桂财社〔2023〕172号', '2023-11-28', 602],
  [2024, '中央财政资金', '桂财社〔2024〕29号', '2024-05-10', 258],
  [2024, '自治区财政资金', '桂财社〔2023〕181号', '2023-12-05', 266],
  [2024, '自治区财政资金', '桂财社〔2024〕63号', '2024-06-24', 114],
  [2024, '县级财政资金', '鹿财社〔2024〕5号', '2024-02-20', 132],
  [2024, '县级财政资金', '鹿财社〔2024〕38号', '2024-08-15', 88],
].map(([year, source, doc, date, amount]) => ({ year, source, doc, date, amount: D(amount) }));
YEARS.forEach((y) =>
  SOURCES.forEach((s, i) =>
    check(
      sum(RELEASES.filter((r) => r.year === y && r.source === s).map((r) => r.amount)).eq(BUDGET[y][i]),
      `releases ${y} ${s}`,
    ),
  ),
);

// 见习基地 (见习人数, 人月 per year)
export const BASES = [
  '鹿寨县人民医院',
  '广西鹿寨化肥有限责任公司',
  '鹿寨县中渡镇人民政府',
  '柳州市鹿寨县供电局',
  '广西鹿寨县桂中木业有限公司',
  '鹿寨县第一初级中学',
  '鹿寨县农村信用合作联社',
  '广西鹿寨县寨沙茶业有限公司',
  '鹿寨县融媒体中心',
  '广西鹿寨县江口旅游开发有限公司',
].map((name) => ({ name }));
for (const y of YEARS) {
  const w = BASES.map(() => pick(60, 140));
  const ws = w.reduce((a, b) => a + b, 0);
  const m = w.map((x) => Math.floor((STD['就业见习补贴'][y].qty * x) / ws));
  m[0] += STD['就业见习补贴'][y].qty - m.reduce((a, b) => a + b, 0);
  const p = w.map((x) => Math.floor((STD['就业见习补贴'][y].people * x) / ws));
  p[0] += STD['就业见习补贴'][y].people - p.reduce((a, b) => a + b, 0);
  BASES.forEach((b, i) => (b[y] = { people: p[i], months: m[i] }));
}

// the people sampled (抽查): 180, names masked as the report prints them
const SURNAMES = ['韦', '覃', '蓝', '黄', '莫', '梁', '陆', '潘', '廖', '谢', '罗', '吴', '蒙', '兰', '龙', '卢'];
const GIVEN = ['某某', '某', '某华', '某芳', '某强', '某丽', '某军', '某梅'];
export const SAMPLES = [];
for (let i = 0; i < 180; i++) {
  const y = YEARS[i % 2];
  const c = CATS[[0, 0, 1, 2, 2, 3, 4][pick(0, 6)]];
  const town = TOWNS[pick(0, TOWNS.length - 1)];
  let std, qty, unit;
  if (c === CATS[0]) {
    const cl = CLASSES.filter((x) => x.year === y)[pick(0, 40)];
    std = cl.std;
    qty = 1;
    unit = '人次';
  } else {
    std = STD[c][y].std;
    unit = STD[c].unit;
    qty = unit === '人' ? 1 : c === '社会保险补贴' ? pick(6, 12) : c === '公益性岗位补贴' ? pick(8, 12) : pick(3, 6);
  }
  SAMPLES.push({
    no: i + 1,
    name: SURNAMES[pick(0, SURNAMES.length - 1)] + GIVEN[pick(0, GIVEN.length - 1)],
    town,
    cat: c,
    year: y,
    std,
    qty,
    unit,
    amount: D(std).times(qty),
    result: [17, 64, 121].includes(i) ? '资料不全' : '相符',
  });
}
for (const p of ROSTER) p.name = SURNAMES[pick(0, SURNAMES.length - 1)] + GIVEN[pick(0, GIVEN.length - 1)];
export const SAMPLE_TOTAL = sum(SAMPLES.map((s) => s.amount));

// the questionnaire: groups surveyed (发放 / 有效 / 很满意 / 满意 / 一般 / 不满意)
export const SURVEY = [
  ['职业技能培训学员', 120, 116, 61, 44, 9, 2],
  ['公益性岗位人员', 80, 78, 42, 30, 5, 1],
  ['创业补贴对象', 50, 47, 22, 19, 5, 1],
  ['就业见习人员', 50, 49, 21, 22, 5, 1],
  ['用人单位', 40, 38, 17, 17, 3, 1],
].map(([who, sent, valid, a, b, c, d]) => ({ who, sent, valid, a, b, c, d }));
SURVEY.forEach((s) => check(s.a + s.b + s.c + s.d === s.valid, 'survey ' + s.who));
export const SURVEY_SENT = SURVEY.reduce((a, s) => a + s.sent, 0);
export const SURVEY_VALID = SURVEY.reduce((a, s) => a + s.valid, 0);
export const SURVEY_SAT = SURVEY.reduce((a, s) => a + s.a + s.b, 0);

// ---- the indicator system: 权重 and 得分 per 三级 (codes A1-1 …)
export const EXEC_RATE = pct(TOTAL_SPENT, TOTAL_BUDGET.times(10000));
const execScore = r2(D(4).times(TOTAL_SPENT).div(TOTAL_BUDGET.times(10000))).toString();
export const TREE = [
  [
    'A',
    '决策',
    [
      [
        'A1',
        '项目立项',
        [
          ['A1-1', '立项依据充分性', 3, '3'],
          ['A1-2', '立项程序规范性', 2, '2'],
        ],
      ],
      [
        'A2',
        '绩效目标',
        [
          ['A2-1', '绩效目标合理性', 3, '2.5'],
          ['A2-2', '绩效指标明确性', 2, '1.5'],
        ],
      ],
      [
        'A3',
        '资金投入',
        [
          ['A3-1', '预算编制科学性', 3, '2.5'],
          ['A3-2', '资金分配合理性', 2, '2'],
        ],
      ],
    ],
  ],
  [
    'B',
    '过程',
    [
      [
        'B1',
        '资金管理',
        [
          ['B1-1', '资金到位率', 3, '3'],
          ['B1-2', '预算执行率', 4, execScore],
          ['B1-3', '资金使用合规性', 6, '5'],
        ],
      ],
      [
        'B2',
        '组织实施',
        [
          ['B2-1', '管理制度健全性', 4, '4'],
          ['B2-2', '制度执行有效性', 5, '4'],
          ['B2-3', '信息公开及档案管理', 3, '2.5'],
        ],
      ],
    ],
  ],
  [
    'C',
    '产出',
    [
      [
        'C1',
        '产出数量',
        [
          ['C1-1', '职业技能培训人次完成率', 4, '4'],
          ['C1-2', '公益性岗位安置人数', 4, '3.6'],
          ['C1-3', '创业补贴发放人数', 3, '3'],
          ['C1-4', '就业见习人数', 3, '2.7'],
        ],
      ],
      [
        'C2',
        '产出质量',
        [
          ['C2-1', '培训取证率', 4, '3.5'],
          ['C2-2', '补贴对象精准率', 4, '3.6'],
          ['C2-3', '公益性岗位在岗率', 3, '3'],
        ],
      ],
      [
        'C3',
        '产出时效',
        [
          ['C3-1', '补贴发放及时率', 5, '4'],
          ['C3-2', '资金拨付及时性', 5, '4.5'],
        ],
      ],
    ],
  ],
  [
    'D',
    '效益',
    [
      [
        'D1',
        '社会效益',
        [
          ['D1-1', '城镇新增就业目标完成率', 5, '5'],
          ['D1-2', '就业困难人员实现就业率', 5, '4.5'],
          ['D1-3', '脱贫人口务工规模稳定性', 5, '5'],
        ],
      ],
      ['D2', '可持续影响', [['D2-1', '长效管理机制健全性', 4, '3']]],
      ['D3', '满意度', [['D3-1', '服务对象满意度', 6, '5.4']]],
    ],
  ],
].map(([code, name, seconds]) => {
  const ss = seconds.map(([c2, n2, thirds]) => {
    const ts = thirds.map(([c3, n3, w, s]) => ({ code: c3, name: n3, weight: D(w), score: D(s) }));
    return { code: c2, name: n2, thirds: ts, weight: sum(ts.map((t) => t.weight)), score: sum(ts.map((t) => t.score)) };
  });
  return { code, name, seconds: ss, weight: sum(ss.map((s) => s.weight)), score: sum(ss.map((s) => s.score)) };
});
export const TOTAL_SCORE = sum(TREE.map((f) => f.score));
check(TREE.map((f) => f.weight.toNumber()).join() === '15,25,35,25', 'weights');
export const THIRD_COUNT = TREE.flatMap((f) => f.seconds.flatMap((s) => s.thirds)).length;
export const SECOND_COUNT = TREE.flatMap((f) => f.seconds).length;
export const third = (code) => TREE.flatMap((f) => f.seconds.flatMap((s) => s.thirds)).find((t) => t.code === code);
