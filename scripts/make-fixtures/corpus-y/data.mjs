// Figures of report Y (乌兰察布市2024年城镇保障性安居工程专项资金政策绩效评价), computed once, exactly: the
// eleven 旗县市区 and their money by layer (中央 / 自治区 / 市级 / 旗县, 下达 and 到位, 2023年结转, 支出), 公租房
// (保有量 and 实物配租 in 套, 租赁补贴 in 户 and 人, 补贴标准 in 元/㎡·月, each month's 发放 in 元), 城市棚户区改造 by
// project (开工 / 基本建成 / 分配入住 in 套), 保障性租赁住房 筹集 (套, 超额 allowed), 配套基础设施 projects, the
// 公租房 小区, the payments, the questionnaire by 旗县区, and the firm's indicator tree in the deduction layout
// (15 / 25 / 35 / 25, 扣分 with two decimals). make-spec.mjs writes them; check.mjs recomputes every total from the
// spec itself, not from this file.
import { check, D, r2, seeded, sum } from '../spec/figures.mjs';

const { rand, pick } = seeded(20250416); // the same rows on every build
const amt = (lo, hi) => r2(D(lo).plus(D(rand()).times(hi - lo))); // 万元, two decimals

export const CITY = '乌兰察布市';
export const FUND = '城镇保障性安居工程专项资金';
export const YEAR = 2024;

// the eleven 旗县市区: name, short name used in project names, 补贴标准 (元/㎡·月), 保障面积 per household (㎡)
export const PLACES = [
  ['集宁区', '集宁', 8, 40],
  ['丰镇市', '丰镇', 6, 38],
  ['卓资县', '卓资', 5, 36],
  ['化德县', '化德', 5, 35],
  ['商都县', '商都', 5, 36],
  ['兴和县', '兴和', 5, 35],
  ['凉城县', '凉城', 6, 36],
  ['察哈尔右翼前旗', '察右前旗', 6, 38],
  ['察哈尔右翼中旗', '察右中旗', 5, 35],
  ['察哈尔右翼后旗', '察右后旗', 5, 35],
  ['四子王旗', '四子王旗', 5, 36],
].map(([name, short, std, area], i) => ({ i, name, short, std, area }));

// ---- money by layer (万元): 下达 = 到位 for 中央, 自治区 and 市级; three 旗县 short of their own share
export const LAYERS = ['中央财政补助资金', '自治区财政补助资金', '市级财政资金', '旗县财政资金'];
const SHORT = new Set(['商都县', '察哈尔右翼中旗', '四子王旗']);
for (const p of PLACES) {
  const big = p.i === 0 ? 3 : p.i === 1 ? 1.8 : 1;
  p.plan = [amt(420 * big, 1300 * big), amt(120 * big, 420 * big), amt(45 * big, 160 * big), amt(60 * big, 240 * big)];
  p.arrived = p.plan.map((x, k) =>
    k === 3 && SHORT.has(p.name) ? r2(x.times(D(0.55).plus(D(rand()).times(0.3)))) : x,
  );
  p.planTotal = sum(p.plan);
  p.arrivedTotal = sum(p.arrived);
  p.carried = amt(20, 260); // 2023年结转 (its own column, spent first, not in the 2024 rates)
  p.spent = r2(p.arrivedTotal.times(D(0.8).plus(D(rand()).times(0.17))));
}
export const PLAN = [0, 1, 2, 3].map((k) => sum(PLACES.map((p) => p.plan[k])));
export const ARRIVED = [0, 1, 2, 3].map((k) => sum(PLACES.map((p) => p.arrived[k])));
export const PLAN_TOTAL = sum(PLAN);
export const ARRIVED_TOTAL = sum(ARRIVED);
export const CARRIED = sum(PLACES.map((p) => p.carried));
export const SPENT = sum(PLACES.map((p) => p.spent));

// ---- payments (附件4): each 旗县区's 支出 as 8–16 payments, the last the remainder (万元)
const USES = [
  '公租房租赁补贴发放',
  '公租房维修改造',
  '棚户区改造项目建设',
  '棚改征收补偿',
  '保障性租赁住房筹集',
  '配套基础设施建设',
];
for (const p of PLACES) {
  const n = pick(8, 16);
  const parts = Array.from({ length: n }, () => D(0.5).plus(rand()));
  const w = sum(parts);
  let left = p.spent;
  p.payments = parts.map((x, k) => {
    const a = k === n - 1 ? left : r2(p.spent.times(x).div(w));
    left = left.minus(a);
    const month = 1 + Math.floor((k * 12) / n);
    return {
      date: `2024-${String(month).padStart(2, '0')}-${String(pick(3, 27)).padStart(2, '0')}`,
      use: USES[pick(0, 5)],
      layer: LAYERS[pick(0, 3)].slice(0, 2),
      amount: a,
    };
  });
  check(sum(p.payments.map((x) => x.amount)).eq(p.spent), p.name + ' payments');
}

// ---- 公租房: 保有量 (套), 实物配租 在保 (套, ≤ 保有量), 租赁补贴 任务 (户), 发放 户 / 人, each month's 发放 (元)
export const MONTHS = Array.from({ length: 12 }, (_, k) => `${k + 1}月`);
for (const p of PLACES) {
  const big = p.i === 0 ? 4 : p.i === 1 ? 2 : 1;
  p.stock = pick(700, 1500) * big;
  p.allocated = p.stock - pick(10, Math.floor(p.stock * 0.06));
  p.subsidyTask = pick(260, 620) * big;
  // three places above their task by design (超额完成), the others at or just below it
  p.subsidyHouseholds = p.i % 4 === 1 ? p.subsidyTask + pick(8, 40) : p.subsidyTask - pick(0, 18);
  p.subsidyPeople = Math.round(p.subsidyHouseholds * (2.1 + rand() * 0.5));
  // each month: the households paid that month × 标准 × area, in 元 with a 角 or two from part months
  p.monthly = MONTHS.map(() => {
    const hh = p.subsidyHouseholds - pick(0, 25);
    return D(hh)
      .times(p.std)
      .times(p.area)
      .plus(D(pick(0, 99)).div(10))
      .toDecimalPlaces(2);
  });
  p.subsidyYuan = sum(p.monthly);
}
export const STOCK = PLACES.reduce((a, p) => a + p.stock, 0);
export const ALLOCATED = PLACES.reduce((a, p) => a + p.allocated, 0);
export const SUBSIDY_TASK = PLACES.reduce((a, p) => a + p.subsidyTask, 0);
export const SUBSIDY_HH = PLACES.reduce((a, p) => a + p.subsidyHouseholds, 0);
export const SUBSIDY_PEOPLE = PLACES.reduce((a, p) => a + p.subsidyPeople, 0);
export const SUBSIDY_YUAN = sum(PLACES.map((p) => p.subsidyYuan));

// ---- 公租房 小区 (附件2): each place's estates, their 套 adding to the place's 保有量, 已分配 to 实物配租
const ESTATES =
  '康居 安居 幸福 和谐 阳光 惠民 福苑 新村 馨园 怡园 兴业 锦华 民安 祥和 秀水 丽景 北苑 南苑 东苑 西苑'.split(' ');
for (const p of PLACES) {
  const n = p.i === 0 ? 16 : p.i === 1 ? 10 : pick(5, 8);
  const parts = Array.from({ length: n }, () => 0.6 + rand());
  const w = parts.reduce((a, b) => a + b, 0);
  let left = p.stock;
  let leftA = p.allocated;
  p.estates = parts.map((x, k) => {
    const units = k === n - 1 ? left : Math.max(40, Math.round((p.stock * x) / w));
    left -= units;
    const alloc = k === n - 1 ? leftA : Math.min(units, Math.round((p.allocated * units) / p.stock));
    leftA -= alloc;
    return {
      name: `${p.short}${ESTATES[(p.i * 3 + k) % ESTATES.length]}${k < 9 ? '小区' : '家园'}${k >= ESTATES.length ? k : ''}`,
      year: 2009 + pick(0, 12),
      units,
      alloc,
    };
  });
  check(left === 0 && leftA === 0 && p.estates.every((e) => e.alloc <= e.units && e.alloc >= 0), p.name + ' estates');
}

// ---- 城市棚户区改造 (套): projects, 2024 开工任务 / 实际开工 / 基本建成 / 分配入住, 完成投资 (万元)
const SHANTY = [
  [0, '集宁区桥东片区棚户区改造项目'],
  [0, '集宁区老火车站片区棚户区改造项目'],
  [0, '集宁区白海子片区棚户区改造项目'],
  [1, '丰镇市新城湾片区棚户区改造项目'],
  [1, '丰镇市北城区棚户区改造项目'],
  [2, '卓资县城关镇棚户区改造项目'],
  [3, '化德县长顺镇棚户区改造项目'],
  [4, '商都县七台镇北片区棚户区改造项目'],
  [5, '兴和县城关镇东片区棚户区改造项目'],
  [6, '凉城县岱海镇棚户区改造项目'],
  [7, '察哈尔右翼前旗土贵乌拉镇棚户区改造项目'],
  [8, '察哈尔右翼中旗科布尔镇棚户区改造项目'],
  [9, '察哈尔右翼后旗白音察干镇棚户区改造项目'],
  [10, '四子王旗乌兰花镇棚户区改造项目'],
];
export const SHANTY_PROJECTS = SHANTY.map(([i, name]) => {
  const task = pick(6, 40) * 10;
  const started = task + (rand() < 0.3 ? pick(4, 30) : 0); // 开工 above the task in a few (超额)
  const built = pick(Math.floor(task * 0.3), Math.floor(task * 0.8)); // 基本建成: earlier years' starts too
  const moved = pick(Math.floor(built * 0.5), built); // 分配入住 ≤ 基本建成
  return { place: PLACES[i], name, task, started, built, moved, invest: amt(800, 5200) };
});

// ---- 保障性租赁住房 筹集 (套): the places with a task; two above it by design
export const RENTAL = [0, 1, 2, 6, 7, 9].map((i, k) => {
  const task = pick(8, 60) * 10;
  const done = k === 0 || k === 3 ? task + pick(12, 80) : task - pick(0, 30);
  return { place: PLACES[i], task, done, way: ['新建', '改建', '存量盘活', '新建', '改建', '存量盘活'][k] };
});

// ---- 配套基础设施 projects: 计划投资, 完成投资 (万元), 完工 or 在建
const WORKS = ['供热管网', '供排水管网', '道路硬化', '燃气管网', '供电设施', '绿化及照明', '雨污分流'];
export const INFRA = PLACES.flatMap((p) =>
  Array.from({ length: p.i < 2 ? 4 : pick(1, 3) }, (_, k) => {
    const plan = amt(80, 900);
    const finished = rand() < 0.78;
    const done = finished ? plan : r2(plan.times(D(0.4).plus(D(rand()).times(0.5))));
    return {
      place: p,
      name: `${p.short}${p.estates[k % p.estates.length].name.slice(p.short.length)}${WORKS[(p.i + k) % WORKS.length]}配套工程`,
      plan,
      done,
      finished,
    };
  }),
);

// ---- questionnaire (份 / 人) by place: 发放, 有效, 满意 (非常满意 + 满意)
export const SURVEY = PLACES.map((p) => {
  const sent = p.i === 0 ? 160 : p.i === 1 ? 90 : pick(40, 60);
  const valid = sent - pick(0, 4);
  const happy = valid - pick(1, Math.max(2, Math.floor(valid * 0.1)));
  return { place: p, sent, valid, happy };
});

// ---- the firm's indicator tree: 一级 (分值), 二级, 三级 with 分值 and 扣分 (得分 = 分值 − 扣分)
const t = (name, w, ded, rule, why) => ({ name, w: D(w), ded: D(ded), rule, why });
export const TREE = [
  {
    name: '投入',
    w: 15,
    kids: [
      [
        '政策设计',
        [
          t(
            '政策依据充分性',
            2,
            '0.00',
            '资金政策符合国家和自治区住房保障政策，依据充分的得满分；依据不充分的酌情扣分',
            '—',
          ),
          t(
            '绩效目标合理性',
            2,
            '0.00',
            '绩效目标明确、细化、量化，与任务数相匹配的得满分；每发现一处不匹配扣0.50分',
            '—',
          ),
          t(
            '资金分配合理性',
            2,
            '0.50',
            '按因素法分配、分配结果与任务量相符的得满分；存在偏差的每项扣0.25分',
            '2个旗县分配额与租赁补贴任务量不匹配',
          ),
        ],
      ],
      [
        '资金落实',
        [
          t('资金到位率', 4, '0.12', '得分＝分值×资金到位率', '旗县财政资金未全部到位'),
          t('资金到位及时性', 3, '0.50', '30日内转下达的得满分；每超期1个旗县扣0.25分', '2个旗县转下达超过30日'),
          t('地方配套落实情况', 2, '0.00', '盟市及旗县按规定安排配套资金的得满分', '—'),
        ],
      ],
    ],
  },
  {
    name: '过程',
    w: 25,
    kids: [
      [
        '资金管理',
        [
          t('预算执行率', 5, '0.85', '执行率≥95%得满分；每低1个百分点扣0.25分', '全市执行率低于95%'),
          t(
            '资金使用合规性',
            4,
            '0.50',
            '无截留、挤占、挪用的得满分；发现一处不规范扣0.25分',
            '2个旗县将补贴资金用于公租房物业费',
          ),
          t(
            '资金监管有效性',
            4,
            '0.60',
            '建立资金台账、定期对账的得满分；台账不全的每个旗县扣0.20分',
            '3个旗县台账不完整',
          ),
        ],
      ],
      [
        '组织实施',
        [
          t('管理制度健全性', 3, '0.00', '制定资金管理和保障对象管理办法的得满分', '—'),
          t(
            '项目管理规范性',
            3,
            '0.45',
            '棚改及配套项目履行基建程序的得满分；每缺一项扣0.15分',
            '3个配套项目未办理竣工验收',
          ),
          t(
            '保障对象审核规范性',
            3,
            '0.30',
            '严格执行“三级审核、两级公示”的得满分；每发现一户不规范扣0.10分',
            '抽查发现3户审核资料不全',
          ),
          t(
            '信息公开及档案管理',
            3,
            '0.70',
            '分配结果及时公开、档案齐全的得满分；未公开或档案缺失的每个旗县扣0.35分',
            '2个旗县未公开分配结果',
          ),
        ],
      ],
    ],
  },
  {
    name: '产出',
    w: 35,
    kids: [
      [
        '公租房保障',
        [
          t('实物配租分配率', 4, '0.00', '分配率≥95%的得满分；每低1个百分点扣0.20分', '—'),
          t(
            '租赁补贴发放户数完成率',
            4,
            '0.36',
            '完成率≥100%的得满分；未完成的旗县每个扣0.06分',
            '6个旗县未完成租赁补贴任务',
          ),
          t('补贴发放及时性', 2, '0.40', '按月或按季足额发放的得满分；延迟发放的每个旗县扣0.20分', '2个旗县按半年发放'),
          t(
            '公租房运营管理',
            3,
            '0.24',
            '建立运营管理机制、空置率≤5%的得满分；每超1个百分点扣0.12分',
            '2处小区空置率较高',
          ),
        ],
      ],
      [
        '城市棚户区改造',
        [
          t('棚改开工完成率', 4, '0.00', '实际开工套数≥年度任务的得满分', '—'),
          t('棚改基本建成率', 3, '0.45', '按计划基本建成的得满分；每滞后1个项目扣0.15分', '3个项目基本建成滞后'),
          t('工程质量达标率', 3, '0.00', '竣工验收合格率100%的得满分', '—'),
        ],
      ],
      [
        '保障性租赁住房',
        [
          t('筹集任务完成率', 4, '0.00', '筹集套数≥任务数的得满分', '—'),
          t('项目认定规范性', 2, '0.50', '取得项目认定书的得满分；未认定的每个项目扣0.25分', '2个项目未取得认定书'),
        ],
      ],
      [
        '配套基础设施',
        [
          t('配套项目完工率', 3, '0.60', '完工率100%的得满分；每1个在建项目扣0.10分', '6个配套项目在建'),
          t('配套投资完成率', 3, '0.65', '完成率≥95%的得满分；每低1个百分点扣0.10分', '配套投资完成率低于95%'),
        ],
      ],
    ],
  },
  {
    name: '效益',
    w: 25,
    kids: [
      [
        '社会效益',
        [
          t(
            '住房困难群众保障水平',
            4,
            '0.40',
            '城镇低收入住房困难家庭应保尽保的得满分；存在轮候超1年的扣0.40分',
            '部分旗县轮候时间超过1年',
          ),
          t('居住条件改善程度', 3, '0.30', '棚改居民居住面积、配套条件改善明显的得满分；酌情扣分', '2个项目配套未完善'),
          t('政策知晓度', 3, '0.60', '知晓率≥90%的得满分；每低1个百分点扣0.20分', '问卷政策知晓率87.00%'),
        ],
      ],
      [
        '可持续影响',
        [
          t('长效管理机制', 4, '0.00', '建立动态管理和退出机制的得满分', '—'),
          t('运营维护保障', 3, '0.55', '维修资金落实、定期维护的得满分；酌情扣分', '老旧公租房维修资金不足'),
        ],
      ],
      [
        '满意度',
        [
          t('保障对象满意度', 5, '0.30', '满意度≥95%的得满分；每低1个百分点扣0.10分', '满意度低于95%'),
          t('棚改居民满意度', 3, '0.20', '满意度≥95%的得满分；每低1个百分点扣0.10分', '部分居民对回迁进度不满意'),
        ],
      ],
    ],
  },
].map((f) => {
  const kids = f.kids.map(([name, thirds]) => ({
    name,
    kids: thirds,
    w: sum(thirds.map((x) => x.w)),
    ded: sum(thirds.map((x) => x.ded)),
  }));
  const w = sum(kids.map((k) => k.w));
  check(w.eq(f.w), f.name + ' weight');
  return { name: f.name, w, kids, ded: sum(kids.map((k) => k.ded)) };
});
for (const f of TREE) {
  f.score = f.w.minus(f.ded);
  for (const s of f.kids) {
    s.score = s.w.minus(s.ded);
    for (const x of s.kids) x.score = x.w.minus(x.ded);
  }
}
export const TOTAL = sum(TREE.map((f) => f.score));
export const DEDUCTED = sum(TREE.map((f) => f.ded));
check(TOTAL.plus(DEDUCTED).eq(100), 'total');
export const GRADE = TOTAL.gte(90) ? '优' : TOTAL.gte(80) ? '良' : TOTAL.gte(60) ? '中' : '差';

// ---- 入户核实 (附件6): 110 租赁补贴 households, 9 a place (20 in 集宁区): 人口 (人), 保障面积 (㎡), 月补贴 (元) =
// 面积 × the place's 标准; three with papers missing (保障对象审核规范性 lost 0.30 for them)
const SURNAMES =
  '张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split(
    '',
  );
const COMMUNITIES = ['新华街道', '桥东街道', '桥西街道', '前进街道', '城关镇', '新区社区', '北城社区', '南城社区'];
export const VISITS = PLACES.flatMap((p) =>
  Array.from({ length: p.i === 0 ? 20 : 9 }, (_, k) => {
    const people = pick(1, 5);
    const area = Math.min(p.area, 15 * people + pick(0, 8));
    return {
      place: p,
      community: COMMUNITIES[(p.i + k) % COMMUNITIES.length],
      name: SURNAMES[pick(0, SURNAMES.length - 1)] + '某某',
      people,
      area,
      monthly: D(area).times(p.std),
    };
  }),
);
for (const k of [5, 47, 88]) VISITS[k].missing = true;
check(VISITS.length === 110, 'visits ' + VISITS.length);
