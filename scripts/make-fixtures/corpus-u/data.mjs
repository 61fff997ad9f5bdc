// Figures of report U (沧州市2023年度城乡义务教育补助经费政策绩效评价), computed once, exactly: the fund's money
// by county × sub-fund × layer (中央 / 省级 / 市级 / 县级) for 2023, and 2022's beside it, the pupils it reaches, the
// 校舍 projects, the questionnaire, the city's indicator tree and each county's own score. Amounts are whole 元 in
// multiples of 100 (every 万元 figure exact to two decimals); make-spec.mjs writes them into the spec, and check.mjs
// recomputes every total and rate from the spec itself, not from this file.
import { check, D, r2, rate, seeded, sum } from '../spec/figures.mjs';

const { rand, pick } = seeded(20240612); // the same rows on every build
export { pick, rand };

// the 16 counties, cities and districts of 沧州市, with their pupils (小学, 初中) and 寄宿生
export const COUNTIES = [
  ['运河区', 41200, 18900, 1200],
  ['新华区', 33800, 15400, 900],
  ['泊头市', 42600, 20100, 6800],
  ['任丘市', 78400, 36500, 9400],
  ['黄骅市', 48900, 22800, 7100],
  ['河间市', 72300, 33900, 11200],
  ['沧县', 56100, 25300, 9800],
  ['青县', 36700, 16800, 5300],
  ['东光县', 27400, 12600, 4600],
  ['海兴县', 17300, 8100, 3900],
  ['盐山县', 35900, 16200, 6400],
  ['肃宁县', 30800, 14300, 4900],
  ['南皮县', 28100, 12900, 5200],
  ['吴桥县', 22600, 10400, 4100],
  ['献县', 50200, 23400, 8700],
  ['孟村回族自治县', 18900, 8700, 3300],
].map(([name, primary, junior, boarders]) => ({ name, primary, junior, boarders }));

export const SUBFUNDS = [
  '公用经费补助资金',
  '家庭经济困难学生生活补助资金',
  '校舍安全保障长效机制资金',
  '免费教科书资金',
];
export const LAYERS = ['中央', '省级', '市级', '县级'];
// each sub-fund's shares by layer (中央, 省级, 市级; 县级 the rest) before each county's own variation
const SHARES = [
  [0.6, 0.2, 0.06],
  [0.5, 0.25, 0.08],
  [0.6, 0.2, 0.05],
  [1, 0, 0],
];
// 生均 standards (元/生·年): 公用经费 小学 720, 初中 940, 寄宿生 extra 200; 困难生 小学 1,000, 初中 1,250
export const STANDARD = { primary: 720, junior: 940, boarder: 200, poorPrimary: 1000, poorJunior: 1250, book: 110 };
const h = (x) => D(x).div(100).round().times(100); // to whole hundreds of 元

for (const c of COUNTIES) {
  const pupils = c.primary + c.junior;
  c.pupils = pupils;
  // 困难生: the pupils due the 生活补助 (应补) and those paid (补助人数, a few short in some counties)
  c.poorDue = Math.round(pupils * (0.045 + rand() * 0.03));
  c.poorPaid = c.poorDue - (rand() < 0.5 ? 0 : pick(3, 40));
  c.booksDue = pupils;
  c.booksGiven = pupils - (rand() < 0.7 ? 0 : pick(10, 90));
  const base = [
    D(c.primary * STANDARD.primary + c.junior * STANDARD.junior + c.boarders * STANDARD.boarder),
    D(c.poorDue).times(1100),
    D(pick(60, 260))
      .times(10000)
      .plus(pick(0, 99) * 100),
    D(pupils * STANDARD.book),
  ];
  c.alloc = base.map((b, f) => {
    const [ce, pr, ci] = SHARES[f].map((s) => (s && s < 1 ? s + (rand() - 0.5) * 0.02 : s));
    const total = h(b);
    const central = h(total.times(ce));
    const prov = h(total.times(pr));
    const city = h(total.times(ci));
    return [central, prov, city, total.minus(central).minus(prov).minus(city)];
  });
  // 到位: the upper layers in full; the county's own share short in some counties
  c.arrived = c.alloc.map((l) => [l[0], l[1], l[2], rand() < 0.45 ? l[3] : h(l[3].times(0.9 + rand() * 0.09))]);
  // 支出 by sub-fund: a share of what arrived
  c.spent = c.arrived.map((l, f) => h(sum(l).times(f === 2 ? 0.78 + rand() * 0.17 : 0.93 + rand() * 0.065)));
  c.allocTotal = sum(c.alloc.map(sum));
  c.arrivedTotal = sum(c.arrived.map(sum));
  c.spentTotal = sum(c.spent);
  // 2022: the same fund a year before, its own amounts
  c.alloc22 = c.alloc.map((l) => h(sum(l).times(0.9 + rand() * 0.08)));
  c.spent22 = h(sum(c.alloc22).times(0.9 + rand() * 0.08));
  // 校舍安全保障: projects, area, planned and completed investment (万元 of this fund and others)
  c.projects = pick(3, 9);
  c.projectsDone = c.projects - (rand() < 0.6 ? 0 : 1);
  c.area = pick(2400, 9800);
  // 问卷: handed out, valid, 满意 / 基本满意 / 不满意
  c.surveyOut = pick(90, 180);
  c.surveyValid = c.surveyOut - pick(0, 6);
  c.bad = pick(1, 8);
  c.fair = pick(10, 30);
  c.good = c.surveyValid - c.bad - c.fair;
}
const col = (f) => sum(COUNTIES.map(f));
export const ALLOC = col((c) => c.allocTotal);
export const ARRIVED = col((c) => c.arrivedTotal);
export const SPENT = col((c) => c.spentTotal);
export const ALLOC_LAYER = LAYERS.map((_, l) => col((c) => sum(c.alloc.map((x) => x[l]))));
export const ARRIVED_LAYER = LAYERS.map((_, l) => col((c) => sum(c.arrived.map((x) => x[l]))));
export const ALLOC_FUND = SUBFUNDS.map((_, f) => col((c) => sum(c.alloc[f])));
export const ALLOC_FUND_LAYER = SUBFUNDS.map((_, f) => LAYERS.map((_, l) => col((c) => c.alloc[f][l])));
export const SPENT_FUND = SUBFUNDS.map((_, f) => col((c) => c.spent[f]));
export const ALLOC22 = col((c) => sum(c.alloc22));
export const ALLOC22_FUND = SUBFUNDS.map((_, f) => col((c) => c.alloc22[f]));
export const SPENT22 = col((c) => c.spent22);
check(sum(ALLOC_LAYER).eq(ALLOC) && sum(ALLOC_FUND).eq(ALLOC), 'layers and sub-funds add to the whole');
check(ARRIVED.lte(ALLOC) && SPENT.lte(ARRIVED), '下达 ≥ 到位 ≥ 支出');
export const ARRIVE_RATE = rate(ARRIVED, ALLOC); // 到位率
export const EXEC_RATE = rate(SPENT, ARRIVED); // 执行率 = 支出 ÷ 到位

// 校舍 investment (万元): planned from this fund's allotment plus 县级 other money, completed a share
for (const c of COUNTIES) {
  c.invest = r2(
    sum(c.alloc[2])
      .div(10000)
      .times(1.2 + rand() * 0.3),
  );
  c.investDone = r2(c.invest.times(c.projectsDone === c.projects ? 0.96 + rand() * 0.04 : 0.75 + rand() * 0.1));
}

// 问卷 over all counties
export const SURVEY = {
  out: COUNTIES.reduce((a, c) => a + c.surveyOut, 0),
  valid: COUNTIES.reduce((a, c) => a + c.surveyValid, 0),
  good: COUNTIES.reduce((a, c) => a + c.good, 0),
  fair: COUNTIES.reduce((a, c) => a + c.fair, 0),
  bad: COUNTIES.reduce((a, c) => a + c.bad, 0),
};
// 满意度 = (满意 + 基本满意) ÷ 有效问卷
export const SATISFACTION = rate(SURVEY.good + SURVEY.fair, SURVEY.valid);

// the city's indicator tree: codes A / A1 / A1-1, weights with two decimals, scores
const t = (code, name, weight, score, how, loss = '') => ({
  code,
  name,
  weight: D(weight),
  score: D(score),
  how,
  loss,
});
const arrivedScore = r2(D(4).times(ARRIVE_RATE));
const execScore = r2(D(5).times(EXEC_RATE));
const satisfScore = r2(D('5.50').times(SATISFACTION));
export const TREE = [
  {
    code: 'A',
    name: '决策',
    kids: [
      {
        code: 'A1',
        name: '政策设立',
        kids: [
          t('A1-1', '政策依据充分性', '3.00', '3.00', '符合国家和省义务教育经费保障机制政策得满分，否则酌情扣分'),
          t(
            'A1-2',
            '政策目标合理性',
            '3.00',
            '2.50',
            '目标与保障机制要求相符、细化量化得满分，每缺一项扣0.5分',
            '部分县绩效目标未细化到学校',
          ),
        ],
      },
      {
        code: 'A2',
        name: '资金分配',
        kids: [
          t(
            'A2-1',
            '分配办法科学性',
            '3.00',
            '2.75',
            '按因素法分配、因素权重合理得满分，否则酌情扣分',
            '校舍资金分配未考虑在建项目结转',
          ),
          t(
            'A2-2',
            '分配结果合理性',
            '3.00',
            '2.50',
            '分配结果与学生数、校舍面积相符得满分，偏差较大的每县扣0.25分',
            '2个县分配额与在校生数偏差较大',
          ),
          t(
            'A2-3',
            '绩效目标明确性',
            '3.00',
            '2.80',
            '区域绩效目标完整、可衡量得满分，否则酌情扣分',
            '满意度目标未量化',
          ),
        ],
      },
    ],
  },
  {
    code: 'B',
    name: '过程',
    kids: [
      {
        code: 'B1',
        name: '资金管理',
        kids: [
          t('B1-1', '资金到位率', '4.00', arrivedScore, '得分=权重×资金到位率'),
          t(
            'B1-2',
            '资金下达及时性',
            '3.50',
            '2.75',
            '上级资金30日内分解下达得满分，每超期1县扣0.25分',
            '3个县超期分解下达',
          ),
          t('B1-3', '预算执行率', '5.00', execScore, '得分=权重×预算执行率'),
          t(
            'B1-4',
            '资金使用合规性',
            '4.50',
            '3.90',
            '无截留、挤占、挪用得满分，发现一处扣0.3分',
            '2所学校公用经费列支不规范',
          ),
        ],
      },
      {
        code: 'B2',
        name: '组织实施',
        kids: [
          t('B2-1', '管理制度健全性', '3.00', '3.00', '制定资金和财务管理办法得满分'),
          t('B2-2', '制度执行有效性', '2.50', '2.10', '按制度执行、资料齐全得满分，否则酌情扣分', '部分学校台账不完整'),
          t('B2-3', '绩效监控开展情况', '2.50', '2.00', '按要求开展绩效运行监控得满分', '4个县未报送监控表'),
        ],
      },
    ],
  },
  {
    code: 'C',
    name: '产出',
    kids: [
      {
        code: 'C1',
        name: '产出数量',
        kids: [
          t('C1-1', '公用经费补助学生覆盖率', '6.00', '6.00', '覆盖率100%得满分，每低1个百分点扣0.5分'),
          t(
            'C1-2',
            '困难学生生活补助覆盖率',
            '5.00',
            '4.85',
            '覆盖率100%得满分，每低0.1个百分点扣0.05分',
            '部分县补助人数少于应补人数',
          ),
          t('C1-3', '免费教科书发放覆盖率', '4.00', '3.90', '覆盖率100%得满分，否则酌情扣分', '个别县教科书发放不足'),
        ],
      },
      {
        code: 'C2',
        name: '产出质量',
        kids: [
          t('C2-1', '生均公用经费标准达标率', '5.00', '5.00', '全部达到国家基准定额得满分'),
          t(
            'C2-2',
            '校舍安全保障项目验收合格率',
            '4.50',
            '4.20',
            '验收合格率100%得满分，否则酌情扣分',
            '1个项目整改后验收',
          ),
        ],
      },
      {
        code: 'C3',
        name: '产出时效',
        kids: [
          t('C3-1', '补助资金发放及时性', '3.50', '3.10', '按学期及时发放得满分，每延迟1县扣0.2分', '2个县延迟发放'),
          t('C3-2', '校舍项目按期完工率', '3.50', '2.80', '按期完工率100%得满分，否则按比例扣分', '6个项目未按期完工'),
        ],
      },
      {
        code: 'C4',
        name: '产出成本',
        kids: [t('C4-1', '校舍项目投资控制', '3.50', '3.30', '未超概算得满分，否则酌情扣分', '1个项目超概算')],
      },
    ],
  },
  {
    code: 'D',
    name: '效益',
    kids: [
      {
        code: 'D1',
        name: '社会效益',
        kids: [
          t('D1-1', '义务教育巩固率', '5.00', '5.00', '巩固率不低于目标值得满分'),
          t('D1-2', '学校运转保障情况', '4.50', '4.00', '学校正常运转、无欠费得满分', '个别学校取暖费欠缴'),
        ],
      },
      {
        code: 'D2',
        name: '可持续影响',
        kids: [
          t('D2-1', '经费保障长效机制', '4.50', '3.80', '机制健全并落实得满分，否则酌情扣分', '县级资金落实不稳定'),
        ],
      },
      {
        code: 'D3',
        name: '满意度',
        kids: [
          t('D3-1', '学生家长满意度', '5.50', satisfScore, '得分=权重×满意度'),
          t('D3-2', '学校教师满意度', '5.50', '5.00', '满意度95%以上得满分，每低1个百分点扣0.2分', '教师满意度92.50%'),
        ],
      },
    ],
  },
];
for (const f of TREE) {
  for (const s of f.kids) {
    s.weight = sum(s.kids.map((k) => k.weight));
    s.score = sum(s.kids.map((k) => k.score));
  }
  f.weight = sum(f.kids.map((k) => k.weight));
  f.score = sum(f.kids.map((k) => k.score));
}
check(
  TREE.map((f) => f.weight.toNumber()).join('/') === '15/25/35/25',
  'first-level weights 15/25/35/25: ' + TREE.map((f) => f.weight).join('/'),
);
export const TOTAL_SCORE = sum(TREE.map((f) => f.score));
export const grade = (s) => (D(s).gte(90) ? '优' : D(s).gte(80) ? '良' : D(s).gte(60) ? '中' : '差');

// each county's own score (out of 100, four first levels), the county's own evaluation
for (const c of COUNTIES) {
  const er = rate(c.spentTotal, c.arrivedTotal);
  c.scores = [
    r2(D(12.5).plus(rand() * 2.3)),
    r2(
      D(17)
        .plus(er.times(6))
        .plus(rand() * 1.6),
    ),
    r2(D(28.5).plus(rand() * 5.8)),
    r2(D(19.5).plus(rand() * 4.8)),
  ];
  c.total = sum(c.scores);
}
