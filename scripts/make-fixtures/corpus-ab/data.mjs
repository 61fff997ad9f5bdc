// The figures of report AB (吴忠市2022—2024年大气污染防治专项资金财政重点绩效评价报告): funds by year and source,
// the output rows each sub-project's spending is the sum of, the monthly air-quality readings the yearly figures
// come from, the indicator scores. Exact decimals (figures.mjs); rows varied by a fixed seed, the same every build.
import { D, check, r2, seeded, sum } from '../spec/figures.mjs';

const { pick, rand } = seeded(20241231);
export const YEARS = [2022, 2023, 2024];
export const COUNTIES = ['利通区', '红寺堡区', '青铜峡市', '盐池县', '同心县'];
const TOWNS = {
  利通区: ['金积镇', '金银滩镇', '高闸镇', '扁担沟镇'],
  红寺堡区: ['红寺堡镇', '太阳山镇', '大河乡'],
  青铜峡市: ['小坝镇', '大坝镇', '瞿靖镇', '叶盛镇'],
  盐池县: ['花马池镇', '高沙窝镇', '王乐井乡'],
  同心县: ['豫海镇', '河西镇', '丁塘镇'],
};
const VILLAGES = [
  '新华',
  '红星',
  '团结',
  '永丰',
  '富民',
  '光明',
  '东风',
  '胜利',
  '向阳',
  '和平',
  '兴隆',
  '庆丰',
  '先锋',
  '前进',
  '民乐',
  '长胜',
  '建设',
  '五星',
  '联合',
  '丰收',
  '友谊',
  '新民',
  '太平',
  '新庄',
];

/** 资金来源 by year (万元): 中央大气污染防治资金, 自治区, 市级. */
export const SOURCES = ['中央大气污染防治资金', '自治区财政资金', '市级配套资金'];
export const FUNDS = {
  2022: [D('3300.00'), D('1100.00'), D('800.00')],
  2023: [D('2900.00'), D('1000.00'), D('700.00')],
  2024: [D('3050.00'), D('980.00'), D('720.00')],
};
export const YEAR_FUND = Object.fromEntries(YEARS.map((y) => [y, sum(FUNDS[y])]));
export const TOTAL_FUND = sum(YEARS.map((y) => YEAR_FUND[y]));

/** 清洁取暖改造: one row a village and year; 煤改电 8,000元/户, 煤改气 6,000元/户 (补助 万元 = 户数 × 标准 ÷ 10,000). */
export const STANDARD = { 煤改电: 8000, 煤改气: 6000 };
export const HEATING = [];
for (const y of YEARS)
  for (let i = 0; i < 30; i++) {
    const county = COUNTIES[i % 5];
    const town = TOWNS[county][pick(0, TOWNS[county].length - 1)];
    const village = VILLAGES[(i * 7 + y + Math.floor(i / 24)) % VILLAGES.length] + '村';
    const way = rand() < 0.55 ? '煤改电' : '煤改气';
    const homes = pick(40, 170);
    HEATING.push({ year: y, county, town, village, way, homes, amount: D(homes).times(STANDARD[way]).div(10000) });
  }

/** 燃煤锅炉淘汰: 3万元/蒸吨 (补助 = 蒸吨 × 3). */
const FIRMS = [
  '宏达建材',
  '金盛乳业',
  '塞上粮油',
  '华丰纸业',
  '恒源热力',
  '丰泰食品',
  '鑫源化工',
  '永兴木业',
  '瑞通物流',
  '北方毛纺',
  '庆华酒店',
  '福润屠宰',
  '蓝天洗涤',
  '新宇印染',
  '兴农饲料',
  '绿源果蔬',
];
export const BOILER_RATE = D(3);
export const BOILERS = [];
for (const y of YEARS)
  for (let i = 0; i < 16; i++) {
    const county = COUNTIES[(i + y) % 5];
    const units = pick(1, 2);
    const tons = D(units).times([1, 2, 4, 6][pick(0, 3)]);
    BOILERS.push({
      year: y,
      county,
      firm: `${county.slice(0, 2)}${FIRMS[(i * 5 + y) % FIRMS.length]}有限公司`,
      units,
      tons,
      amount: tons.times(BOILER_RATE),
    });
  }

/** 合同: 扬尘治理 and 监测站点 contracts, paid in part. */
const KINDS = [
  ['扬尘', '建筑工地扬尘在线监控设备采购及安装'],
  ['扬尘', '城区道路机械化湿扫作业服务'],
  ['扬尘', '裸露地块防尘网覆盖工程'],
  ['扬尘', '渣土运输车辆密闭化改造'],
  ['监测', '空气质量微型监测站建设'],
  ['监测', '空气自动监测站运维服务'],
  ['监测', '颗粒物组分监测设备采购'],
  ['能力', '大气污染源排放清单编制服务'],
];
const SUPPLIERS = [
  '宁夏清源环保科技有限公司',
  '宁夏蓝盾环境工程有限公司',
  '吴忠市洁城环卫服务有限公司',
  '宁夏天衡监测技术有限公司',
  '宁夏塞北建设工程有限公司',
  '宁夏绿洲生态环境咨询有限公司',
];
export const CONTRACTS = [];
for (const y of YEARS)
  for (let i = 0; i < 14; i++) {
    const [kind, what] = KINDS[(i + y) % KINDS.length];
    const county = COUNTIES[i % 5];
    const amount = r2(D(pick(2500, 30000)).div(100));
    const share = [D(1), D(1), D('0.95'), D('0.9'), D('0.7')][pick(0, 4)];
    const paid = r2(amount.times(share));
    CONTRACTS.push({
      no: `WZDQ-${y}-${String(i + 1).padStart(3, '0')}`,
      year: y,
      kind,
      county,
      name: `${county}${what}`,
      supplier: SUPPLIERS[pick(0, SUPPLIERS.length - 1)],
      amount,
      paid,
      signed: `${y}年${pick(3, 9)}月${pick(1, 28)}日`,
    });
  }

/** Spending by year and sub-project (万元): the rows above; 能力建设及其他 the 能力 contracts' payments. */
export const SUB = ['清洁取暖改造', '燃煤锅炉淘汰', '扬尘治理', '监测站点建设及运维', '能力建设'];
export const SPENT = Object.fromEntries(
  YEARS.map((y) => [
    y,
    [
      sum(HEATING.filter((h) => h.year === y).map((h) => h.amount)),
      sum(BOILERS.filter((b) => b.year === y).map((b) => b.amount)),
      sum(CONTRACTS.filter((c) => c.year === y && c.kind === '扬尘').map((c) => c.paid)),
      sum(CONTRACTS.filter((c) => c.year === y && c.kind === '监测').map((c) => c.paid)),
      sum(CONTRACTS.filter((c) => c.year === y && c.kind === '能力').map((c) => c.paid)),
    ],
  ]),
);
export const YEAR_SPENT = Object.fromEntries(YEARS.map((y) => [y, sum(SPENT[y])]));
export const TOTAL_SPENT = sum(YEARS.map((y) => YEAR_SPENT[y]));
// 结转: each year's 可用 = 到位 + 上年结转
export const CARRY = {};
{
  let prev = D(0);
  for (const y of YEARS) {
    const avail = YEAR_FUND[y].plus(prev);
    CARRY[y] = { prev, avail, spent: YEAR_SPENT[y], left: avail.minus(YEAR_SPENT[y]) };
    check(CARRY[y].left.gt(0), `${y} 结转 ${CARRY[y].left} > 0`);
    prev = CARRY[y].left;
  }
}

/** Monthly readings (city): PM2.5 and PM10 μg/m³, 优良天数 of the month's days. */
const DAYS = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const MONTHS = [];
const BASE25 = { 2022: 34, 2023: 31, 2024: 28 };
const SEASON = [14, 10, 4, -2, -6, -9, -10, -9, -5, 0, 8, 13];
for (const y of YEARS)
  for (let m = 1; m <= 12; m++) {
    const pm25 = BASE25[y] + SEASON[m - 1] + pick(-2, 2);
    const pm10 = Math.round(pm25 * 2.1) + pick(0, 8);
    const days = DAYS(y, m);
    const good = days - pick(1, 3) - Math.max(0, Math.round(SEASON[m - 1] / 3)) - (y === 2022 ? 2 : y === 2023 ? 1 : 0);
    MONTHS.push({ year: y, month: m, pm25, pm10, days, good });
  }
export const YEAR_AIR = Object.fromEntries(
  YEARS.map((y) => {
    const ms = MONTHS.filter((x) => x.year === y);
    const pm25 = sum(ms.map((x) => x.pm25))
      .div(12)
      .toDecimalPlaces(0, 4); // 年均: 12个月均值取整
    const pm10 = sum(ms.map((x) => x.pm10))
      .div(12)
      .toDecimalPlaces(0, 4);
    const good = ms.reduce((a, x) => a + x.good, 0);
    const days = ms.reduce((a, x) => a + x.days, 0);
    return [y, { pm25, pm10, good, days, rate: r2(D(good).times(100).div(days)) }];
  }),
);
export const BASELINE = { pm25: D(36), rate: D('78.90') }; // 2021年

/** The indicator system: codes 1-1-1, scores with one decimal. */
export const TREE = [
  {
    code: '1',
    name: '决策',
    kids: [
      {
        code: '1-1',
        name: '项目立项',
        kids: [
          ['1-1-1', '立项依据充分性', 3, '2.8'],
          ['1-1-2', '立项程序规范性', 3, '2.5'],
        ],
      },
      {
        code: '1-2',
        name: '绩效目标',
        kids: [
          ['1-2-1', '绩效目标合理性', 4, '3.5'],
          ['1-2-2', '绩效指标明确性', 4, '3.0'],
        ],
      },
      {
        code: '1-3',
        name: '资金投入',
        kids: [
          ['1-3-1', '预算编制科学性', 3, '2.5'],
          ['1-3-2', '资金分配合理性', 3, '2.8'],
        ],
      },
    ],
  },
  {
    code: '2',
    name: '过程',
    kids: [
      {
        code: '2-1',
        name: '资金管理',
        kids: [
          ['2-1-1', '资金到位率', 3, '3.0'],
          ['2-1-2', '预算执行率', 4, null],
          ['2-1-3', '资金使用合规性', 5, '4.0'],
        ],
      },
      {
        code: '2-2',
        name: '组织实施',
        kids: [
          ['2-2-1', '管理制度健全性', 4, '3.5'],
          ['2-2-2', '制度执行有效性', 4, '3.0'],
        ],
      },
    ],
  },
  {
    code: '3',
    name: '产出',
    kids: [
      {
        code: '3-1',
        name: '产出数量',
        kids: [
          ['3-1-1', '清洁取暖改造完成率', 4, '4.0'],
          ['3-1-2', '燃煤锅炉淘汰完成率', 4, '3.6'],
          ['3-1-3', '监测站点建成率', 4, '3.5'],
        ],
      },
      {
        code: '3-2',
        name: '产出质量',
        kids: [
          ['3-2-1', '改造工程验收合格率', 4, '3.8'],
          ['3-2-2', '扬尘治理达标率', 4, '3.2'],
        ],
      },
      { code: '3-3', name: '产出时效', kids: [['3-3-1', '项目完成及时性', 5, '4.0']] },
      { code: '3-4', name: '产出成本', kids: [['3-4-1', '成本控制有效性', 5, '4.5']] },
    ],
  },
  {
    code: '4',
    name: '效益',
    kids: [
      {
        code: '4-1',
        name: '生态效益',
        kids: [
          ['4-1-1', 'PM2.5年均浓度下降', 6, '5.0'],
          ['4-1-2', '优良天数比例', 6, '4.6'],
          ['4-1-3', '重污染天数控制', 6, '5.4'],
        ],
      },
      { code: '4-2', name: '社会效益', kids: [['4-2-1', '群众环保意识提升', 4, '3.2']] },
      { code: '4-3', name: '可持续影响', kids: [['4-3-1', '长效管护机制', 2, '1.5']] },
      { code: '4-4', name: '满意度', kids: [['4-4-1', '受益群众满意度', 6, '5.4']] },
    ],
  },
].map((f) => ({
  ...f,
  kids: f.kids.map((s) => ({
    ...s,
    kids: s.kids.map(([code, name, full, score]) => ({ code, name, full: D(full), score: score && D(score) })),
  })),
}));
// 预算执行率: 分值 × 执行率, one decimal
export const EXEC_RATE = r2(TOTAL_SPENT.times(100).div(TOTAL_FUND));
TREE[1].kids[0].kids[1].score = D(4).times(EXEC_RATE).div(100).toDecimalPlaces(1, 4);
for (const f of TREE) {
  for (const s of f.kids) {
    s.full = sum(s.kids.map((t) => t.full));
    s.score = sum(s.kids.map((t) => t.score));
  }
  f.full = sum(f.kids.map((s) => s.full));
  f.score = sum(f.kids.map((s) => s.score));
}
export const TOTAL_SCORE = sum(TREE.map((f) => f.score));
check(sum(TREE.map((f) => f.full)).eq(100), 'full marks 100');

/** 满意度 survey: 400 questionnaires, counts per question. */
export const SURVEY_Q = [
  '清洁取暖改造后冬季室内温度',
  '改造后取暖费用负担',
  '施工组织及入户服务',
  '城区道路扬尘治理效果',
  '建筑工地文明施工',
  '空气质量改善感受',
  '政府大气治理信息公开',
  '总体满意程度',
];
export const SURVEY = SURVEY_Q.map((q) => {
  const n = 400 - pick(0, 12);
  const bad = pick(4, 18);
  const mid = pick(20, 45);
  const very = pick(150, 220);
  return { q, n, very, ok: n - bad - mid - very, mid, bad };
});
