// Figures of report Q (舒城县2022—2024年农村供水保障工程建设项目), computed once, exactly (万元, two decimals).
// Every sum, rate and score the report states comes from here; make-spec.mjs writes them into the spec, and
// check.mjs recomputes every total from the spec itself, independently of this file.
import { check, D, pct, r2, seeded, sum } from '../spec/figures.mjs';

const { rand, pick } = seeded(20250618); // the same rows on every build

export const YEARS = [2022, 2023, 2024];
export const SOURCES = ['中央资金', '省级资金', '县级资金'];
export const BUDGET = {
  2022: [D('2100.00'), D('1200.00'), D('900.00')],
  2023: [D('2400.00'), D('1350.00'), D('1050.00')],
  2024: [D('2600.00'), D('1500.00'), D('1100.00')],
};
export const YEAR_BUDGET = Object.fromEntries(YEARS.map((y) => [y, sum(BUDGET[y])]));
export const SOURCE_BUDGET = SOURCES.map((_, s) => sum(YEARS.map((y) => BUDGET[y][s])));
export const TOTAL_BUDGET = sum(YEARS.map((y) => YEAR_BUDGET[y]));
check(TOTAL_BUDGET.eq(14200), 'budget 14,200.00');
export const YEAR_SPENT = { 2022: D('4105.36'), 2023: D('4662.81'), 2024: D('4836.47') };
export const TOTAL_SPENT = sum(YEARS.map((y) => YEAR_SPENT[y]));
check(TOTAL_SPENT.eq('13604.64'), 'spent 13,604.64');
export const EXEC_RATE = pct(TOTAL_SPENT, TOTAL_BUDGET); // 95.81%
// what the money is for: construction of the sub-projects, water testing, supervision and preparation
export const USES = [
  { name: '子项目工程建设', budget: D('13460.00'), spent: D('12958.21') },
  { name: '水质检测能力建设', budget: D('340.00'), spent: D('298.16') },
  { name: '工程监理及前期工作', budget: D('400.00'), spent: D('348.27') },
];
check(sum(USES.map((u) => u.budget)).eq(TOTAL_BUDGET) && sum(USES.map((u) => u.spent)).eq(TOTAL_SPENT), 'uses');
// the year before the programme (the predecessor fund), for comparison only
export const LAST = { budget: D('3650.00'), spent: D('3412.75'), score: '86.20', coverage: '88.60%' };

export const TOWNS = [
  '城关镇',
  '杭埠镇',
  '千人桥镇',
  '百神庙镇',
  '桃溪镇',
  '万佛湖镇',
  '干汊河镇',
  '张母桥镇',
  '五显镇',
  '山七镇',
  '河棚镇',
  '汤池镇',
];
const TOWN_INVEST = [
  '1263.40',
  '1326.58',
  '1208.72',
  '1096.35',
  '1154.80',
  '1187.26',
  '1042.19',
  '1118.64',
  '985.47',
  '1021.93',
  '1063.82',
];
TOWN_INVEST.push(D(13460).minus(sum(TOWN_INVEST)).toFixed(2));
check(D(TOWN_INVEST[11]).gt(900), 'last town');

const A = [
  '东',
  '西',
  '南',
  '北',
  '新',
  '龙',
  '桃',
  '杨',
  '石',
  '柏',
  '马',
  '汪',
  '陈',
  '高',
  '黄',
  '梅',
  '枫',
  '周',
  '三',
  '河',
];
const B = ['岗', '塘', '冲', '畈', '湾', '圩', '桥', '店', '集', '庄', '岭', '埠'];
const KINDS = [
  { kind: '管网延伸工程', what: (km) => `新建配水管网${km}公里，延伸入户` },
  { kind: '老旧管网改造工程', what: (km) => `更换老旧供水管网${km}公里` },
  { kind: '水厂提标改造工程', what: (km) => `水厂净化消毒设施改造，配套管网${km}公里` },
  { kind: '入户工程', what: (km) => `入户管网${km}公里，安装智能水表` },
  { kind: '加压泵站工程', what: (km) => `新建加压泵站1座，配套管网${km}公里` },
];
const used = new Set();
const village = () => {
  for (;;) {
    const v = A[pick(0, A.length - 1)] + B[pick(0, B.length - 1)];
    if (!used.has(v)) {
      used.add(v);
      return v + '村';
    }
  }
};
// the 7 sub-projects still being built at the end of 2024: (town, index)
const BUILDING = new Set(['1-8', '3-7', '4-8', '6-8', '8-6', '9-8', '11-7']);
export const SUBPROJECTS = [];
TOWNS.forEach((town, t) => {
  const weights = Array.from({ length: 9 }, () => pick(60, 140));
  const total = D(TOWN_INVEST[t]);
  const wsum = weights.reduce((a, b) => a + b, 0);
  let left = total;
  weights.forEach((w, i) => {
    const k = KINDS[(t + i * 2) % KINDS.length];
    const invest = i === 8 ? left : r2(total.times(w).div(wsum));
    left = left.minus(invest);
    const km = D(pick(18, 126)).div(10);
    const year = YEARS[Math.min(2, Math.floor(i / 3))];
    const building = BUILDING.has(`${t}-${i}`);
    SUBPROJECTS.push({
      town,
      code: `${String(t + 1).padStart(2, '0')}${String(i + 1).padStart(2, '0')}`,
      name: village() + k.kind,
      kind: k.kind,
      content: k.what(km.toFixed(1)),
      km,
      people: pick(8, 52) * 100 + pick(0, 9) * 10,
      invest,
      year,
      building,
      paid: null,
    });
  });
});
check(SUBPROJECTS.length === 108 && sum(SUBPROJECTS.map((s) => s.invest)).eq(13460), 'sub-projects');
// payments: a completed sub-project paid 93—99% (quality retention), one being built 45—70%; the largest completed
// payment takes up the cents so that the payments add up to the construction spending exactly
for (const s of SUBPROJECTS) s.paid = r2(s.invest.times(s.building ? pick(45, 70) : pick(93, 99)).div(100));
const gap = USES[0].spent.minus(sum(SUBPROJECTS.map((s) => s.paid)));
// the gap is spread over the completed sub-projects in proportion to what is still unpaid on each
const done = SUBPROJECTS.filter((s) => !s.building);
const room = sum(done.map((s) => s.invest.minus(s.paid)));
check(gap.gt(0) && gap.lt(room.times('0.8')), `payment gap ${gap} of ${room}`);
let spread = D(0);
done.forEach((s, i) => {
  const add = i === done.length - 1 ? gap.minus(spread) : r2(gap.times(s.invest.minus(s.paid)).div(room));
  spread = spread.plus(add);
  s.paid = s.paid.plus(add);
  check(s.paid.lte(s.invest), 'payment over investment');
});
check(sum(SUBPROJECTS.map((s) => s.paid)).eq(USES[0].spent), 'payments');
export const TOWN = TOWNS.map((town) => {
  const subs = SUBPROJECTS.filter((s) => s.town === town);
  return {
    town,
    subs,
    invest: sum(subs.map((s) => s.invest)),
    paid: sum(subs.map((s) => s.paid)),
    km: sum(subs.map((s) => s.km)),
    people: subs.reduce((a, s) => a + s.people, 0),
    done: subs.filter((s) => !s.building).length,
  };
});
export const KM = sum(SUBPROJECTS.map((s) => s.km));
export const PEOPLE = SUBPROJECTS.reduce((a, s) => a + s.people, 0);
export const DONE = SUBPROJECTS.filter((s) => !s.building).length;
check(DONE === 101, 'done 101');
export const PLANTS = SUBPROJECTS.filter((s) => s.kind === '水厂提标改造工程').length;

// tenders: the sub-projects grouped by year into 标段 of one town each
export const TENDERS = [];
YEARS.forEach((y) =>
  TOWNS.forEach((town, t) => {
    const subs = SUBPROJECTS.filter((s) => s.town === town && s.year === y);
    const win = sum(subs.map((s) => s.invest));
    const cut = D(pick(35, 92)).div(1000); // 下浮 3.5%—9.2%
    const ceiling = r2(win.div(D(1).minus(cut)));
    TENDERS.push({
      lot: `SC${y}-GS${String(t + 1).padStart(2, '0')}`,
      year: y,
      town,
      n: subs.length,
      ceiling,
      win,
      way: ceiling.gt(400) ? '公开招标' : '竞争性磋商',
    });
  }),
);

// water quality: samples per town per year (检测 / 达标)
export const WATER = TOWNS.map((town) =>
  YEARS.map(() => {
    const n = pick(16, 28);
    return { n, ok: n - (rand() < 0.45 ? pick(1, 2) : 0) };
  }),
);
export const WATER_N = WATER.flat().reduce((a, w) => a + w.n, 0);
export const WATER_OK = WATER.flat().reduce((a, w) => a + w.ok, 0);

// questionnaire: 600 sent, by town
export const SURVEY = TOWNS.map((town, t) => {
  const sent = 50;
  const valid = sent - [2, 1, 3, 2, 1, 2, 3, 1, 2, 2, 1, 2][t];
  return { town, sent, valid, satisfied: 0 };
});
const SAT = [45, 46, 43, 44, 45, 44, 43, 45, 44, 45, 45, 45];
SURVEY.forEach((s, i) => (s.satisfied = SAT[i]));
export const SURVEY_VALID = SURVEY.reduce((a, s) => a + s.valid, 0);
export const SURVEY_SAT = SURVEY.reduce((a, s) => a + s.satisfied, 0);
check(SURVEY_VALID === 578 && SURVEY_SAT === 534, `survey ${SURVEY_VALID} ${SURVEY_SAT}`);

// the indicator tree: code, name, 分值, 得分 (三级 only; the rest add up)
export const TREE = [
  [
    'A',
    '决策',
    [
      [
        'A1',
        '项目立项',
        [
          ['A101', '立项依据充分性', 2, '2'],
          ['A102', '立项程序规范性', 3, '3'],
        ],
      ],
      [
        'A2',
        '绩效目标',
        [
          ['A201', '绩效目标合理性', 2, '1.5'],
          ['A202', '绩效指标明确性', 3, '2.5'],
        ],
      ],
      [
        'A3',
        '资金投入',
        [
          ['A301', '预算编制科学性', 3, '2.5'],
          ['A302', '资金分配合理性', 2, '2'],
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
          ['B101', '资金到位率', 3, '3'],
          ['B102', '预算执行率', 3, r2(D(3).times(TOTAL_SPENT).div(TOTAL_BUDGET)).toString()],
          ['B103', '资金使用合规性', 4, '3.5'],
        ],
      ],
      [
        'B2',
        '组织实施',
        [
          ['B201', '管理制度健全性', 3, '2.5'],
          ['B202', '招投标及合同管理', 4, '3.5'],
          ['B203', '工程质量与安全管理', 3, '2.5'],
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
          ['C101', '管网建设完成率', 4, '4'],
          ['C102', '子项目完工率', 4, r2(D(4).times(DONE).div(108)).toString()],
          ['C103', '水厂提标改造数量', 4, '4'],
        ],
      ],
      [
        'C2',
        '产出质量',
        [
          ['C201', '工程验收合格率', 4, '4'],
          ['C202', '水质达标率', 4, '3.6'],
          ['C203', '供水保证率', 4, '3.5'],
        ],
      ],
      [
        'C3',
        '产出时效',
        [
          ['C301', '子项目按期完工率', 5, '4.2'],
          ['C302', '资金拨付及时性', 3, '2.5'],
        ],
      ],
      [
        'C4',
        '产出成本',
        [
          ['C401', '工程造价控制', 5, '4.5'],
          ['C402', '单位管网造价', 3, '3'],
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
          ['D101', '农村自来水普及率', 5, '5'],
          ['D102', '受益人口覆盖', 5, '4.5'],
        ],
      ],
      ['D2', '生态效益', [['D201', '水源地保护', 5, '4']]],
      ['D3', '可持续影响', [['D301', '长效管护机制', 5, '4']]],
      ['D4', '满意度', [['D401', '受益群众满意度', 5, r2(D(5).times(SURVEY_SAT).div(SURVEY_VALID)).toString()]]],
    ],
  ],
].map(([code, name, kids]) => {
  const seconds = kids.map(([c2, n2, k3]) => {
    const thirds = k3.map(([c3, n3, w, s]) => ({ code: c3, name: n3, weight: D(w), score: D(s) }));
    return {
      code: c2,
      name: n2,
      thirds,
      weight: sum(thirds.map((x) => x.weight)),
      score: sum(thirds.map((x) => x.score)),
    };
  });
  return { code, name, seconds, weight: sum(seconds.map((x) => x.weight)), score: sum(seconds.map((x) => x.score)) };
});
export const TOTAL_SCORE = sum(TREE.map((f) => f.score));
check(TREE.map((f) => f.weight.toNumber()).join() === '15,20,40,25', 'weights');
export const THIRD_COUNT = TREE.flatMap((f) => f.seconds.flatMap((s) => s.thirds)).length;
export const SECOND_COUNT = TREE.flatMap((f) => f.seconds).length;
export const third = (code) => TREE.flatMap((f) => f.seconds.flatMap((s) => s.thirds)).find((t) => t.code === code);
