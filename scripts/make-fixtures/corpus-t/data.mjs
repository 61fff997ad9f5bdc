// Figures of report T (元谋县2022—2024年农产品冷链物流园区建设项目, 地方政府专项债券), computed once, exactly.
// Amounts are whole 元 in multiples of 100 (so that every 万元 figure is exact to two decimals); make-spec.mjs writes
// them into the spec, and check.mjs recomputes every total, rate and ratio from the spec itself, not from this file.
import { check, D, pct, r2, seeded, sum } from '../spec/figures.mjs';

const { rand, pick } = seeded(20250618); // the same rows on every build
export { pick };

export const YEARS = [2022, 2023, 2024];

// the bonds (万元): each paid interest once a year from the year after issue, principal at maturity (到期一次还本)
export const BONDS = [
  {
    name: '2022年云南省政府专项债券（十二期）',
    date: '2022-04-18',
    term: 15,
    rate: '3.25',
    amount: D(6000),
    quota: '云财债〔2022〕21号',
    quotaDate: '2022-03-30',
  },
  {
    name: '2022年云南省政府专项债券（三十一期）',
    date: '2022-08-26',
    term: 10,
    rate: '2.85',
    amount: D(2000),
    quota: '云财债〔2022〕67号',
    quotaDate: '2022-08-05',
  },
  {
    name: '2023年云南省政府专项债券（五期）',
    date: '2023-03-22',
    term: 20,
    rate: '3.10',
    amount: D(5000),
    quota: '云财债〔2022〕118号',
    quotaDate: '2022-12-20',
  },
  {
    name: '2023年云南省政府专项债券（二十四期）',
    date: '2023-07-19',
    term: 15,
    rate: '2.98',
    amount: D(1500),
    quota: '云财债〔2023〕49号',
    quotaDate: '2023-06-28',
  },
  {
    name: '2024年云南省政府专项债券（八期）',
    date: '2024-04-25',
    term: 20,
    rate: '2.55',
    amount: D(3500),
    quota: '云财债〔2023〕126号',
    quotaDate: '2023-12-22',
  },
];
BONDS.forEach((b) => {
  b.year = Number(b.date.slice(0, 4));
  b.interest = b.amount.times(b.rate).div(100); // a year's interest
  b.maturity = b.year + b.term;
});
export const BOND_YEAR = Object.fromEntries(
  YEARS.map((y) => [y, sum(BONDS.filter((b) => b.year === y).map((b) => b.amount))]),
);
export const BOND_TOTAL = sum(BONDS.map((b) => b.amount));
check(BOND_TOTAL.eq(18000), 'bonds 18,000');

// repayment schedule 2023—2044 (万元)
export const LAST_YEAR = Math.max(...BONDS.map((b) => b.maturity));
export const SCHEDULE = [];
for (let y = 2023; y <= LAST_YEAR; y++) {
  const interest = sum(BONDS.filter((b) => y > b.year && y <= b.maturity).map((b) => b.interest));
  const principal = sum(BONDS.filter((b) => y === b.maturity).map((b) => b.amount));
  SCHEDULE.push({ year: y, interest, principal, total: interest.plus(principal) });
}
export const INTEREST_TOTAL = sum(SCHEDULE.map((s) => s.interest));
check(sum(SCHEDULE.map((s) => s.principal)).eq(BOND_TOTAL), 'principal = bonds');
export const INTEREST_PAID = sum(SCHEDULE.filter((s) => s.year <= 2024).map((s) => s.interest));

// sub-projects: budget (万元) by source; the bonds allotted by year
export const SUBS = [
  { name: '冷库及预冷中心', short: '冷库', bond: [3600, 2800, 1400], county: 800 },
  { name: '农产品交易市场', short: '交易市场', bond: [2000, 1800, 900], county: 500 },
  { name: '分拣加工及配送中心', short: '分拣中心', bond: [1200, 1000, 600], county: 300 },
  { name: '园区道路、管网及配套工程', short: '道路管网', bond: [1000, 700, 500], county: 500 },
  { name: '元谋县冷链物流园区智慧管理平台', short: '智慧平台', bond: [200, 200, 100], county: 300 },
].map((s) => ({ ...s, bond: s.bond.map(D), county: D(s.county) }));
SUBS.forEach((s) => (s.budget = sum(s.bond).plus(s.county)));
YEARS.forEach((y, i) => check(sum(SUBS.map((s) => s.bond[i])).eq(BOND_YEAR[y]), `sub bonds ${y}`));
export const COUNTY_YEAR = { 2022: D(800), 2023: D(900), 2024: D(700) };
check(sum(SUBS.map((s) => s.county)).eq(sum(YEARS.map((y) => COUNTY_YEAR[y]))), 'county 2,400');
export const COUNTY_TOTAL = sum(YEARS.map((y) => COUNTY_YEAR[y]));
export const INVEST = BOND_TOTAL.plus(COUNTY_TOTAL);

// spending (元) by sub-project × year × source: what is available (allotted so far, not yet spent) times a share
const hundred = (x) => D(x).div(100).floor().times(100);
const SHARE = { 2022: [58, 66], 2023: [84, 90], 2024: [93, 97] };
export const SPENT = SUBS.map((s) => {
  const bond = [],
    county = [];
  let allotB = D(0),
    spentB = D(0),
    spentC = D(0);
  YEARS.forEach((y, i) => {
    allotB = allotB.plus(s.bond[i].times(10000));
    const share = pick(SHARE[y][0] * 100, SHARE[y][1] * 100);
    const cumB = hundred(allotB.times(share).div(10000));
    bond.push(cumB.minus(spentB));
    spentB = cumB;
    const allotC = s.county
      .times(10000)
      .times(i + 1)
      .div(3);
    const cumC = hundred(allotC.times(pick(SHARE[y][0] * 100, SHARE[y][1] * 100)).div(10000));
    county.push(cumC.gt(spentC) ? cumC.minus(spentC) : D(0));
    spentC = cumC.gt(spentC) ? cumC : spentC;
  });
  return { bond, county };
});
export const BOND_SPENT_YEAR = Object.fromEntries(YEARS.map((y, i) => [y, sum(SPENT.map((s) => s.bond[i]))]));
export const COUNTY_SPENT_YEAR = Object.fromEntries(YEARS.map((y, i) => [y, sum(SPENT.map((s) => s.county[i]))]));
export const BOND_SPENT = sum(YEARS.map((y) => BOND_SPENT_YEAR[y]));
export const COUNTY_SPENT = sum(YEARS.map((y) => COUNTY_SPENT_YEAR[y]));
export const BOND_RATE = pct(BOND_SPENT, BOND_TOTAL.times(10000));

// contractors and contracts (元): 合同价, 送审价, 审定价 (blank where not yet settled)
export const LOTS = [
  {
    lot: '施工1标',
    sub: 0,
    what: '冷库主体及制冷工程',
    firm: '云南楚雄滇中建设工程有限公司',
    contract: 61285400,
    sent: 63418700,
    audited: 60127300,
  },
  {
    lot: '施工2标',
    sub: 1,
    what: '交易大棚及综合楼',
    firm: '云南金沙江建筑工程有限公司',
    contract: 39846200,
    sent: 41203500,
    audited: 38935600,
  },
  {
    lot: '施工3标',
    sub: 2,
    what: '分拣加工车间及配送中心',
    firm: '楚雄州恒达建设工程有限公司',
    contract: 24531800,
    sent: 25388100,
    audited: 24016900,
  },
  {
    lot: '施工4标',
    sub: 3,
    what: '园区道路及给排水管网',
    firm: '云南元谋路桥工程有限公司',
    contract: 19873500,
    sent: 20516200,
    audited: 19388400,
  },
  {
    lot: '施工5标',
    sub: 3,
    what: '供电、消防及绿化工程',
    firm: '云南益民机电安装工程有限公司',
    contract: 6218900,
    sent: null,
    audited: null,
  },
  {
    lot: '设备采购',
    sub: 0,
    what: '制冷机组及预冷设备',
    firm: '昆明冰川制冷设备有限公司',
    contract: 11236000,
    sent: 11236000,
    audited: 11078400,
  },
  {
    lot: '信息化',
    sub: 4,
    what: '智慧管理平台软硬件',
    firm: '云南数联信息技术有限公司',
    contract: 6489000,
    sent: null,
    audited: null,
  },
  {
    lot: '监理',
    sub: 0,
    what: '全过程工程监理',
    firm: '云南建咨工程监理有限公司',
    contract: 3126800,
    sent: 3126800,
    audited: 3062100,
  },
].map((l) => ({ ...l, contract: D(l.contract), sent: l.sent && D(l.sent), audited: l.audited && D(l.audited) }));

const OTHER_PAYEES = [
  { firm: '云南省城乡规划设计研究院有限公司', audited: null },
  { firm: '楚雄州建设工程质量检测中心', audited: null },
  { firm: '元谋县元马镇人民政府（征地补偿）', audited: null },
];
// payments (元): each sub-project × year × source cut into a few payments
const KINDS = ['预付款', '进度款', '进度款', '进度款', '结算款'];
export const PAYMENTS = [];
YEARS.forEach((y, yi) => {
  const rows = [];
  SUBS.forEach((s, si) => {
    for (const [src, amount] of [
      ['专项债券', SPENT[si].bond[yi]],
      ['县级配套', SPENT[si].county[yi]],
    ]) {
      if (amount.eq(0)) continue;
      const n = src === '专项债券' ? pick(3, 6) : pick(1, 2);
      let left = amount;
      for (let k = 0; k < n; k++) {
        // each payment a share of what is left, so that none is negative
        const part = k === n - 1 ? left : hundred(left.times(pick(20, 45)).div(100));
        left = left.minus(part);
        // the sub-project's contractors, or its other costs (design, survey, testing, land)
        const lots = [...LOTS.filter((l) => l.sub === si), ...OTHER_PAYEES];
        const lot = lots[pick(0, lots.length - 1)];
        rows.push({
          year: y,
          month:
            y === 2022
              ? Math.min(12, 5 + Math.floor((k * 7) / n) + pick(0, 1))
              : Math.min(12, 1 + Math.floor((k * 12) / n) + pick(0, 2)),
          day: pick(1, 28),
          sub: si,
          src,
          firm: lot.firm,
          kind: yi === 0 && k === 0 ? KINDS[0] : k === n - 1 && yi === 2 && lot.audited ? KINDS[4] : KINDS[1 + (k % 3)],
          amount: part,
        });
      }
      check(left.eq(0), 'payments add up');
    }
  });
  rows.sort((a, b) => a.month - b.month || a.day - b.day);
  rows.forEach((r, i) => (r.voucher = `${y}-${String(i + 1).padStart(3, '0')}`));
  PAYMENTS.push(...rows);
});
check(
  PAYMENTS.every((p) => p.amount.gt(0)),
  'every payment positive',
);
check(
  YEARS.every((y) =>
    sum(PAYMENTS.filter((p) => p.year === y).map((p) => p.amount)).eq(BOND_SPENT_YEAR[y].plus(COUNTY_SPENT_YEAR[y])),
  ),
  'payments by year',
);

// income and balance over the operation period 2025—2044 (万元): expected income by kind, cost, net
export const INCOME_KINDS = ['冷库租赁收入', '交易服务费收入', '分拣加工服务收入', '停车及其他收入'];
export const BALANCE = [];
for (let y = 2025; y <= 2044; y++) {
  const g = Math.min(y - 2025, 5);
  const inc = [D(1120 + 60 * g), D(520 + 30 * g), D(310 + 20 * g), D(96 + 4 * g)];
  const income = sum(inc);
  const cost = r2(income.times(y < 2035 ? '0.38' : '0.42'));
  const s = SCHEDULE.find((x) => x.year === y);
  BALANCE.push({ year: y, inc, income, cost, net: income.minus(cost), due: s.total });
}
export const NET_TOTAL = sum(BALANCE.map((b) => b.net));
export const DUE_TOTAL = sum(BALANCE.map((b) => b.due));
export const COVER = r2(NET_TOTAL.div(DUE_TOTAL));
check(COVER.gte('1.1'), 'cover ≥ 1.1');

// 2024 (trial operation from July): the plan's expectation for the half year against the actual
export const TRIAL = [
  ['冷库租赁收入', D('420.00'), D('331.26')],
  ['交易服务费收入', D('190.00'), D('156.84')],
  ['分拣加工服务收入', D('110.00'), D('72.35')],
  ['停车及其他收入', D('30.00'), D('27.67')],
];
export const TRIAL_PLAN = sum(TRIAL.map((t) => t[1]));
export const TRIAL_ACTUAL = sum(TRIAL.map((t) => t[2]));
export const TRIAL_RATE = pct(TRIAL_ACTUAL, TRIAL_PLAN);

// the questionnaire by group: 很满意, 满意, 一般, 不满意
export const SURVEY = [
  ['入驻商户', [38, 61, 9, 2]],
  ['种植户及合作社', [72, 104, 14, 5]],
  ['冷链运输企业', [11, 19, 3, 1]],
  ['园区周边群众', [26, 47, 7, 3]],
];
const SV = SURVEY.reduce((a, [, v]) => a.map((x, i) => x + v[i]), [0, 0, 0, 0]);
export const SURVEY_N = SV.reduce((a, b) => a + b, 0);
export const SURVEY_RATE = pct(SV[0] + SV[1], SURVEY_N);
export const SURVEY_TOTAL = SV;

// the indicator tree: 一级 (分值) → 二级 → 三级 [code, name, 分值, 得分 or a rule, 评分要点, 扣分说明]
export const RATE_SCORE = (w, rate) =>
  r2(
    D(w)
      .times(D(rate.replace('%', '')))
      .div(100),
  );
export const TREE = [
  [
    '决策',
    [
      [
        '项目立项',
        [
          [
            '立项依据充分性',
            2,
            2,
            '项目是否符合国家和云南省冷链物流发展规划、专项债券支持领域，是否与部门职责相符。完全符合得2分。',
            '无扣分。',
          ],
          [
            '立项程序规范性',
            3,
            2.5,
            '可行性研究、初步设计、一案两书及审批手续是否齐全，按规定程序报批得3分。',
            '初步设计批复晚于第一批债券发行，扣0.5分。',
          ],
        ],
      ],
      [
        '绩效目标',
        [
          [
            '绩效目标合理性',
            2,
            1.5,
            '绩效目标是否与实施方案、专项债券申报材料相匹配，与预算资金相适应。',
            '未设置收益类目标，扣0.5分。',
          ],
          ['绩效指标明确性', 2, 1.5, '绩效指标是否细化、量化，可衡量。', '部分质量指标表述笼统，扣0.5分。'],
        ],
      ],
      [
        '资金投入',
        [
          [
            '融资与收益平衡方案合理性',
            3,
            2.5,
            '一案两书中收益测算依据是否充分，覆盖倍数是否不低于1.1倍。',
            '租赁单价测算依据不足，扣0.5分。',
          ],
          ['资金到位率', 3, 3, '资金到位率=实际到位资金/计划投入资金×100%，到位率100%得满分。', '无扣分。'],
        ],
      ],
    ],
  ],
  [
    '过程',
    [
      [
        '资金管理',
        [
          [
            '债券资金支出进度',
            5,
            'rate',
            '支出进度=累计支出债券资金/发行债券资金×100%，得分=支出进度×分值。',
            '按支出进度计算得分。',
          ],
          [
            '资金使用合规性',
            4,
            3.5,
            '资金是否按规定用途使用，是否存在挤占挪用，支付手续是否完整。',
            '2笔支付凭证附件不全，扣0.5分。',
          ],
          ['还本付息及时性', 4, 4, '是否按时足额偿还到期利息，偿债资金是否纳入预算。', '无扣分。'],
        ],
      ],
      [
        '组织实施',
        [
          [
            '管理制度健全性',
            3,
            2.5,
            '是否建立项目、资金、合同及档案管理制度。',
            '未制定专项债券项目资产管理办法，扣0.5分。',
          ],
          [
            '招投标及合同管理',
            3,
            2.5,
            '是否依法招标，合同签订和变更是否规范。',
            '施工1标2项设计变更未及时办理审批，扣0.5分。',
          ],
          [
            '工程建设管理',
            3,
            2,
            '质量、安全、进度管理是否到位，监理是否履职。',
            '施工5标、信息化标段延期，监理日志不完整，扣1分。',
          ],
          ['竣工结算及资产移交', 3, 2.5, '是否及时办理竣工决算、结算审核及资产移交。', '2个标段未完成结算，扣0.5分。'],
        ],
      ],
    ],
  ],
  [
    '产出',
    [
      [
        '产出数量',
        [
          ['冷库库容', 4, 4, '建成冷库库容≥3.0万吨，达到得满分。', '无扣分。'],
          ['交易市场建筑面积', 4, 4, '建成交易市场建筑面积≥2.4万平方米，达到得满分。', '无扣分。'],
          ['园区道路及管网', 4, 3.5, '建成园区道路≥4.2公里、给排水管网≥9.6公里。', '供电、消防工程未完工，扣0.5分。'],
        ],
      ],
      [
        '产出质量',
        [
          ['工程验收合格率', 4, 4, '已完工单位工程验收合格率100%得满分。', '无扣分。'],
          [
            '结算审核核减控制',
            4,
            3,
            '结算送审价核减率≤3%得满分，每超1个百分点扣0.5分。',
            '施工1标等核减率超过3%，扣1分。',
          ],
        ],
      ],
      [
        '产出时效',
        [
          [
            '工程完工及时性',
            6,
            4.5,
            '按合同工期完工得满分，每延期1个标段扣0.5分至0.75分。',
            '施工5标、信息化标段未按期完工，扣1.5分。',
          ],
        ],
      ],
      [
        '产出成本',
        [['投资控制', 4, 3.5, '实际投资不超过批复概算，单位造价合理。', '智慧平台软硬件单价偏高，扣0.5分。']],
      ],
    ],
  ],
  [
    '效益',
    [
      [
        '经济效益',
        [
          [
            '项目收益实现程度',
            6,
            'trial',
            '实现程度=实际收益/一案两书预期收益×100%，得分=实现程度×分值。',
            '按实现程度计算得分。',
          ],
          ['带动农产品销售', 4, 3.5, '带动园区农产品交易量较上年增长≥10%得满分。', '增长8.6%，扣0.5分。'],
        ],
      ],
      [
        '社会效益',
        [
          ['带动就业', 5, 4.5, '新增就业岗位≥300个得满分。', '新增就业岗位286个，扣0.5分。'],
          ['农产品损耗率降低', 5, 4, '果蔬产后损耗率较建设前降低≥5个百分点得满分。', '降低4.2个百分点，扣1分。'],
        ],
      ],
      [
        '可持续影响',
        [['运营管理机制', 4, 3, '是否明确运营主体、收费标准和偿债资金归集机制。', '偿债资金专户归集不及时，扣1分。']],
      ],
      [
        '满意度',
        [
          [
            '服务对象满意度',
            6,
            'survey',
            '满意度=（很满意+满意）/有效问卷×100%，得分=满意度×分值。',
            '按满意度计算得分。',
          ],
        ],
      ],
    ],
  ],
].map(([name, seconds], i) => {
  const kids = seconds.map(([sname, thirds], j) => {
    const th = thirds.map(([tname, w, s, point, note], k) => {
      const score =
        s === 'rate'
          ? RATE_SCORE(w, BOND_RATE)
          : s === 'trial'
            ? RATE_SCORE(w, TRIAL_RATE)
            : s === 'survey'
              ? RATE_SCORE(w, SURVEY_RATE)
              : D(s);
      return { code: `${i + 1}.${j + 1}.${k + 1}`, name: tname, weight: D(w), score, point, note };
    });
    return {
      code: `${i + 1}.${j + 1}`,
      name: sname,
      kids: th,
      weight: sum(th.map((t) => t.weight)),
      score: sum(th.map((t) => t.score)),
    };
  });
  return {
    code: String(i + 1),
    name,
    kids,
    weight: sum(kids.map((k) => k.weight)),
    score: sum(kids.map((k) => k.score)),
  };
});
export const TOTAL_SCORE = sum(TREE.map((t) => t.score));
check(sum(TREE.map((t) => t.weight)).eq(100), 'weights 100');
export const grade = (s) => (D(s).gte(90) ? '优' : D(s).gte(80) ? '良' : D(s).gte(60) ? '中' : '差');
