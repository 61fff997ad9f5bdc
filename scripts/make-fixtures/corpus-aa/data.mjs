// The figures of report AA (2024年度白山市医疗救助补助资金绩效评价报告), every one in decimal.js and made up: the six
// 县（市、区） of 白山市, the funds each received by level (中央 / 省 / 市 / 县), what each paid under the four kinds of
// 医疗救助 (资助参加城乡居民医保, 门诊救助, 住院救助, 倾斜救助) in 2024 and in 2023, the sampled 住院 cases, the
// 一站式结算 counts, the survey of 救助对象 and the indicator tree with its scores. A fixed pseudo-random sequence;
// every sum a table prints is asserted here (check), and check.mjs recomputes them again from the spec's text.
import { D, check, r2, seeded, sum } from '../spec/figures.mjs';

const { pick } = seeded(20240917);

export const CITY = '白山市';
export const FUND = '白山市医疗救助补助资金';
export const COUNTIES = ['浑江区', '江源区', '临江市', '抚松县', '靖宇县', '长白朝鲜族自治县'];

// ---- 资助参加城乡居民医保: per county, persons by category × the 2024 资助标准 (元/人; 个人缴费 380元)
export const CATEGORIES = [
  { name: '特困人员', std: 380, mult: 5, lo: 60, hi: 180 }, // 全额资助 (counts of 5: the amounts fall on whole 百元)
  { name: '低保对象', std: 300, mult: 1, lo: 1800, hi: 5200 },
  { name: '返贫致贫人口', std: 300, mult: 1, lo: 40, hi: 160 },
  { name: '低保边缘家庭成员', std: 200, mult: 1, lo: 300, hi: 900 },
  { name: '易返贫致贫人口', std: 200, mult: 1, lo: 120, hi: 420 },
];
export const INSURED = COUNTIES.map((county) => {
  const counts = CATEGORIES.map((c) => pick(c.lo / c.mult, c.hi / c.mult) * c.mult);
  const yuan = CATEGORIES.map((c, k) => D(counts[k]).times(c.std));
  return { county, counts, yuan, persons: counts.reduce((a, b) => a + b, 0), total: sum(yuan) };
});
// 万元 as the report writes them: each a whole 百元, so two decimals exactly
export const wanOf = (y) => {
  const w = D(y).div(10000);
  check(w.eq(r2(w)), `${y} 元 is not a whole 百元`);
  return w;
};

// ---- 门诊 / 住院 / 倾斜救助 per county: 人次 and 金额 (万元), 2024 and 2023
const amount = (lo, hi) => D(pick(lo * 100, hi * 100)).div(100);
export const CLINIC = COUNTIES.map((county) => ({ county, times: pick(3200, 9800), amount: amount(180, 520) }));
export const HOSPITAL = COUNTIES.map((county) => {
  const times = pick(1800, 5600);
  const oneStop = times - pick(20, 180);
  return { county, times, amount: amount(620, 1850), oneStop };
});
export const TILT = COUNTIES.map((county) => ({ county, times: pick(40, 260), amount: amount(35, 160) }));

export const PAID = COUNTIES.map((county, i) => {
  const insured = wanOf(INSURED[i].total);
  const parts = [insured, CLINIC[i].amount, HOSPITAL[i].amount, TILT[i].amount];
  return { county, insured, parts, total: sum(parts) };
});
export const PAID_TOTAL = sum(PAID.map((p) => p.total));

// ---- funds received by level per county (万元): 中央 about 58 %, 省 22 %, 市 8 %, the 县 the rest and a margin
export const LEVELS = ['中央', '省级', '市级', '县级'];
export const FUNDS = PAID.map((p, i) => {
  const want = p.total.times(D(1).plus(D(pick(20, 90)).div(1000))); // 2 %—9 % more than spent
  const central = r2(want.times(0.58));
  const prov = r2(want.times(0.22));
  const city = r2(want.times(0.08));
  const county = r2(want.minus(central).minus(prov).minus(city));
  const levels = [central, prov, city, county];
  return { county: COUNTIES[i], levels, total: sum(levels) };
});
export const FUNDS_TOTAL = sum(FUNDS.map((f) => f.total));
export const LEVEL_TOTALS = LEVELS.map((_, k) => sum(FUNDS.map((f) => f.levels[k])));
check(sum(LEVEL_TOTALS).eq(FUNDS_TOTAL), 'levels add to the total');

// the documents that sent the money (文号, date, level, amount): each level's total split over its documents
export const DOCS = [
  ['吉财社〔2023〕1186号', '2023年11月20日', '中央', 0.62],
  ['吉财社〔2024〕305号', '2024年4月26日', '中央', 0.28],
  ['吉财社〔2024〕912号', '2024年10月15日', '中央', 0.1],
  ['吉财社〔2023〕1187号', '2023年11月20日', '省级', 0.7],
  ['吉财社〔2024〕498号', '2024年6月12日', '省级', 0.3],
  ['白财社〔2024〕21号', '2024年2月28日', '市级', 1],
  ['各县（市、区）财政局', '2024年1月—12月', '县级', 1],
];
export const DOC_AMOUNTS = (() => {
  const out = [];
  for (const [k, level] of LEVELS.entries()) {
    const docs = DOCS.filter((d) => d[2] === level);
    let left = LEVEL_TOTALS[k];
    docs.forEach((d, j) => {
      const a = j === docs.length - 1 ? left : r2(LEVEL_TOTALS[k].times(d[3]));
      left = left.minus(a);
      out.push({ no: d[0], date: d[1], level, amount: a });
    });
  }
  return out;
})();
check(sum(DOC_AMOUNTS.map((d) => d.amount)).eq(FUNDS_TOTAL), 'documents add to the total');

// ---- 2023: the same kinds, smaller
export const Y2023 = {
  insuredPersons: INSURED.reduce((a, x) => a + x.persons, 0) - 1184,
  insured: r2(sum(PAID.map((p) => p.insured)).times(0.93)),
  clinicTimes: CLINIC.reduce((a, x) => a + x.times, 0) - 2176,
  clinic: r2(sum(CLINIC.map((x) => x.amount)).times(0.88)),
  hospitalTimes: HOSPITAL.reduce((a, x) => a + x.times, 0) - 1423,
  hospital: r2(sum(HOSPITAL.map((x) => x.amount)).times(0.91)),
  tiltTimes: TILT.reduce((a, x) => a + x.times, 0) - 96,
  tilt: r2(sum(TILT.map((x) => x.amount)).times(0.84)),
};

// ---- sampled 住院救助 cases (元): 政策范围内费用 − 基本医保和大病保险报销 = 政策范围内自付; 救助 = 自付 × 比例
export const RATES = { 特困人员: 0.8, 低保对象: 0.75, 返贫致贫人口: 0.7, 低保边缘家庭成员: 0.6, 易返贫致贫人口: 0.6 };
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
export const CASES = Array.from({ length: 36 }, (_, i) => {
  const cat = CATEGORIES[pick(0, 4)].name;
  const total = D(pick(800000, 6500000)).div(100);
  const policy = r2(total.times(D(pick(780, 930)).div(1000)));
  const reimb = r2(policy.times(D(pick(560, 720)).div(1000)));
  const own = policy.minus(reimb);
  const aid = r2(own.times(RATES[cat]));
  return {
    no: `BS2024-${String(i + 1).padStart(3, '0')}`,
    county: COUNTIES[i % 6],
    name: `${SURNAMES[i]}某某`,
    cat,
    total,
    policy,
    reimb,
    own,
    rate: RATES[cat],
    aid,
  };
});

// ---- the survey of 救助对象: per category 样本, 满意, 较满意, 一般, 不满意
export const SURVEY = CATEGORIES.map((c) => {
  const n = pick(60, 140);
  const sat = Math.round(n * (0.62 + pick(0, 10) / 100));
  const fair = Math.round(n * (0.2 + pick(0, 6) / 100));
  const poor = pick(0, 3);
  return { name: c.name, n, sat, fair, mid: n - sat - fair - poor, poor };
});

// ---- the indicator tree: 一级 (权重), 二级, 三级 [name, 权重, 得分, 指标解释, 评分标准]
export const TREE = [
  {
    name: '决策',
    kids: [
      {
        name: '项目立项',
        kids: [
          [
            '立项依据充分性',
            2,
            2,
            '项目立项是否符合国家、省医疗救助政策及白山市医疗保障规划',
            '依据充分得2分；依据不充分酌情扣分',
          ],
          ['立项程序规范性', 2, 2, '资金分配方案是否按规定程序审批', '程序规范得2分；缺少审批环节的扣1分'],
        ],
      },
      {
        name: '绩效目标',
        kids: [
          [
            '绩效目标合理性',
            2,
            1.5,
            '绩效目标是否与救助任务、资金规模相匹配',
            '目标合理得2分；目标值偏低或与资金量不匹配的扣0.5—1分',
          ],
          [
            '绩效指标明确性',
            2,
            1.5,
            '绩效指标是否细化、量化，可衡量',
            '指标清晰量化得2分；质量指标缺少量化标准的扣0.5分',
          ],
        ],
      },
      {
        name: '资金投入',
        kids: [
          [
            '预算编制科学性',
            3,
            2.5,
            '预算是否依据救助对象人数、资助标准测算',
            '测算依据充分得3分；测算与实际差异超过10%的扣0.5—1分',
          ],
          [
            '资金分配合理性',
            4,
            3.5,
            '资金分配是否与各县（市、区）救助对象数量、支出需求相适应',
            '分配合理得4分；分配因素不完整的扣0.5分',
          ],
        ],
      },
    ],
  },
  {
    name: '过程',
    kids: [
      {
        name: '资金管理',
        kids: [
          ['资金到位率', 4, 4, '实际到位资金占下达资金的比例', '到位率100%得4分；每低1个百分点扣0.5分'],
          [
            '预算执行率',
            5,
            4,
            '实际支出占到位资金的比例',
            '执行率≥98%得5分；94%（含）—98%得4分；90%（含）—94%得3分；＜90%不得分',
          ],
          [
            '资金使用合规性',
            5,
            4,
            '资金是否按规定用途使用，有无超范围、超标准支出',
            '无违规得5分；发现超标准支付的每例扣0.5分',
          ],
        ],
      },
      {
        name: '组织实施',
        kids: [
          ['管理制度健全性', 3, 3, '是否制定医疗救助经办、审核、资金管理制度', '制度健全得3分；缺一项扣1分'],
          [
            '制度执行有效性',
            4,
            3,
            '救助申请、审核、审批、公示、拨付是否按制度执行',
            '执行有效得4分；档案不完整、公示缺失的每项扣0.5分',
          ],
          [
            '信息系统对接',
            4,
            3.5,
            '医疗救助与基本医保、民政、乡村振兴部门数据是否共享',
            '数据实时共享得4分；存在人工比对、信息滞后的扣0.5—1分',
          ],
        ],
      },
    ],
  },
  {
    name: '产出',
    kids: [
      {
        name: '产出数量',
        kids: [
          ['资助参保人数完成率', 5, 5, '实际资助参保人数占应资助人数的比例', '完成率100%得5分；每低1个百分点扣1分'],
          ['住院救助人次完成率', 4, 4, '实际住院救助人次占年度目标的比例', '≥100%得4分；每低5个百分点扣1分'],
          ['门诊救助人次完成率', 4, 4, '实际门诊救助人次占年度目标的比例', '≥100%得4分；每低5个百分点扣1分'],
        ],
      },
      {
        name: '产出质量',
        kids: [
          ['资助参保覆盖率', 5, 5, '符合条件的救助对象参保资助覆盖情况', '覆盖率100%得5分；每低1个百分点扣1分'],
          ['住院救助比例', 5, 5, '政策范围内个人自付费用的救助比例', '达到年度目标值得5分；每低2个百分点扣1分'],
          ['一站式结算率', 4, 3, '住院救助人次中“一站式”即时结算的比例', '≥98%得4分；95%（含）—98%得3分；＜95%不得分'],
        ],
      },
      {
        name: '产出时效',
        kids: [
          [
            '救助资金结算及时性',
            4,
            3,
            '非即时结算的救助资金是否在规定时限内拨付',
            '全部按时得4分；抽查发现超时限的每例扣0.5分',
          ],
        ],
      },
      {
        name: '产出成本',
        kids: [
          ['次均救助标准控制', 4, 3.5, '次均救助金额是否控制在规定标准内', '全部符合得4分；个别超限额支付的扣0.5分'],
        ],
      },
    ],
  },
  {
    name: '效益',
    kids: [
      {
        name: '社会效益',
        kids: [
          ['自付费用负担减轻', 5, 4, '救助对象政策范围内住院自付费用负担是否下降', '明显下降得5分；下降不明显的扣1分'],
          [
            '因病返贫致贫风险防范',
            5,
            4.5,
            '是否建立因病返贫致贫风险预警和依申请救助机制',
            '机制健全并有效运行得5分；预警信息处置不及时的扣0.5分',
          ],
        ],
      },
      {
        name: '可持续影响',
        kids: [
          ['长效机制建设', 4, 3, '是否建立多层次医疗保障衔接机制', '机制完善得4分；慈善、商业保险衔接不足的扣1分'],
          ['部门协同', 3, 2.5, '医保、民政、乡村振兴、卫健部门是否协同', '协同顺畅得3分；信息推送不及时的扣0.5分'],
        ],
      },
      {
        name: '满意度',
        kids: [
          [
            '救助对象满意度',
            8,
            7,
            '救助对象对医疗救助政策及经办服务的满意程度',
            '≥95%得8分；90%（含）—95%得7分；85%（含）—90%得6分；＜85%不得分',
          ],
        ],
      },
    ],
  },
].map((f) => {
  const kids = f.kids.map((s) => {
    const thirds = s.kids.map(([name, weight, score, explain, rule]) => ({
      name,
      weight: D(weight),
      score: D(score),
      explain,
      rule,
    }));
    return {
      name: s.name,
      kids: thirds,
      weight: sum(thirds.map((t) => t.weight)),
      score: sum(thirds.map((t) => t.score)),
    };
  });
  return { name: f.name, kids, weight: sum(kids.map((s) => s.weight)), score: sum(kids.map((s) => s.score)) };
});
export const TOTAL_WEIGHT = sum(TREE.map((f) => f.weight));
export const TOTAL_SCORE = sum(TREE.map((f) => f.score));
check(TOTAL_WEIGHT.eq(100), 'weights add to 100');
check(
  TREE.map((f) => f.weight.toString()).join('/') === '15/25/35/25',
  'first-level weights 15/25/35/25: ' + TREE.map((f) => f.weight).join('/'),
);

// ---- each county's 2024 spending by month (万元): the year's total cut into twelve, heavier in the fourth quarter
export const MONTHS = PAID.map((p) => {
  const w = Array.from({ length: 12 }, (_, k) => pick(60, 100) + (k >= 9 ? 40 : 0));
  const all = w.reduce((a, b) => a + b, 0);
  const parts = w.slice(0, 11).map((x) => r2(p.total.times(x).div(all)));
  parts.push(p.total.minus(sum(parts)));
  check(
    parts.every((x) => x.gt(0)),
    'months positive',
  );
  return parts;
});
