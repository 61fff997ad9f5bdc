// The figures of report Z (鞍山市 2024年度科技创新专项资金, evaluated by the 市财政局预算绩效评价中心), in exact
// decimals: the enterprises of 研发投入后补助 (申报 → 核定, a rate by category), the 高企认定奖励, the platforms, the
// 成果转化 items, the 科技特派员, the four 批次 of payment, the outputs with last year beside, and the indicator tree
// (one table per first level). A fixed pseudo-random sequence; every sum the report states is asserted here.
import { D, check, r2, seeded, sum } from '../spec/figures.mjs';

const { pick } = seeded(20240917);

export const CITY = '鞍山市';
export const FUND = '鞍山市科技创新专项资金';
export const YEAR = 2024;

// 区县 of 鞍山市 (enterprises of 海城市 / 台安县 / 岫岩满族自治县 carry their own county in their names: a trap)
export const DISTRICTS = ['铁东区', '铁西区', '立山区', '千山区', '海城市', '台安县', '岫岩满族自治县', '高新区'];
const HEAD = [
  '华冶',
  '东力',
  '鑫诚',
  '中科',
  '天成',
  '宏达',
  '聚鑫',
  '恒拓',
  '博远',
  '正源',
  '金钢',
  '北方',
  '瑞泰',
  '合众',
  '精创',
  '盛德',
  '万通',
  '长缨',
  '联创',
  '汇海',
  '科讯',
  '佳成',
  '荣信',
  '海泰',
  '隆基',
  '智远',
  '辽鞍',
  '德邦',
  '同泰',
  '嘉禾',
  '福瑞',
  '创源',
  '启明',
  '宝华',
  '信达',
  '九鼎',
  '星火',
  '永安',
  '远航',
  '昊天',
  '润达',
  '新锐',
  '凯盛',
  '鼎盛',
  '汇能',
  '云帆',
  '天瑞',
  '泰和',
  '金源',
  '弘毅',
  '卓越',
  '明阳',
  '宏业',
  '东方',
  '锐驰',
  '安泰',
  '通达',
  '华晟',
  '科达',
  '百川',
  '长青',
  '同创',
  '光正',
  '华禹',
  '宇通',
  '金桥',
  '汇川',
  '恒信',
  '腾飞',
  '永泰',
  '中冶',
  '亿达',
  '国瑞',
  '亨通',
  '利源',
  '广宇',
  '宏图',
  '诚信',
  '泰山',
  '博瑞',
  '兴业',
  '振华',
  '富强',
  '和润',
  '顺达',
  '开元',
  '中联',
  '远东',
  '华信',
  '华鑫',
  '新华',
  '瑞丰',
  '大成',
  '三友',
  '达成',
  '盛世',
  '龙腾',
  '天元',
  '金桥',
  '泽润',
  '明德',
  '正大',
  '光大',
  '旭日',
  '承泰',
  '鸿运',
  '恒远',
  '金晟',
  '巨能',
  '天顺',
  '银河',
  '华兴',
  '科隆',
  '立德',
  '嘉诚',
  '伟业',
  '中恒',
  '晶华',
  '盛通',
  '华强',
  '鼎新',
  '瑞鑫',
  '铭泰',
  '赛恩',
];
const TRADE = [
  '冶金装备',
  '耐火材料',
  '菱镁新材料',
  '激光科技',
  '智能装备',
  '电子科技',
  '自动化',
  '传感技术',
  '光电科技',
  '生物科技',
  '软件技术',
  '精密机械',
  '环保科技',
  '新能源',
  '检测技术',
  '化工科技',
  '钢结构',
  '数控技术',
  '医疗器械',
  '工业互联网',
];
const placeOf = (d) => (['海城市', '台安县', '岫岩满族自治县'].includes(d) ? d : CITY);
const usedHeads = new Set();
// a head word once only (a company is named the same way wherever it appears)
function company(d) {
  let h;
  do h = HEAD[pick(0, HEAD.length - 1)];
  while (usedHeads.has(h));
  usedHeads.add(h);
  return `${placeOf(d)}${h}${TRADE[pick(0, TRADE.length - 1)]}有限公司`;
}

// ---- 研发投入后补助: 补助金额 = 核定研发投入 × 补助比例 (the rate by 补助类别)
export const CATEGORIES = [
  { name: '高新技术企业', rate: D('0.10'), n: 20 },
  { name: '科技型中小企业', rate: D('0.12'), n: 16 },
  { name: '规上工业企业', rate: D('0.08'), n: 12 },
];
const CUT_REASONS = [
  '列支的设备购置费不属于研发费用',
  '委托外部研发费用超过比例部分',
  '人员人工费含非研发人员',
  '与生产共用的燃料动力费未分摊',
  '无研发项目立项文件的支出',
];
export const ENTERPRISES = [];
for (const c of CATEGORIES)
  for (let i = 0; i < c.n; i++) {
    const district = DISTRICTS[pick(0, DISTRICTS.length - 1)];
    const declared = D(pick(6000, 240000)).div(100);
    const cut = pick(0, 2) === 0 ? D(0) : r2(declared.times(pick(5, 120)).div(1000));
    const approved = declared.minus(cut);
    ENTERPRISES.push({
      name: company(district),
      district,
      category: c.name,
      rate: c.rate,
      declared,
      approved,
      cut,
      reason: cut.isZero() ? '' : CUT_REASONS[pick(0, CUT_REASONS.length - 1)],
      last: r2(approved.times(pick(78, 98)).div(100)), // 2023年研发投入
      subsidy: r2(approved.times(c.rate)),
    });
  }
export const RD_TOTAL = sum(ENTERPRISES.map((e) => e.subsidy));
export const RD_APPROVED = sum(ENTERPRISES.map((e) => e.approved));
export const RD_DECLARED = sum(ENTERPRISES.map((e) => e.declared));
export const RD_LAST = sum(ENTERPRISES.map((e) => e.last));

// ---- 高新技术企业认定奖励: 首次认定 30万元, 重新认定 10万元
export const HITECH = [];
for (let i = 0; i < 44; i++) {
  const district = DISTRICTS[pick(0, DISTRICTS.length - 1)];
  const first = i < 28;
  HITECH.push({
    name: i < 6 ? ENTERPRISES[20 + i * 2].name : company(district),
    district: i < 6 ? ENTERPRISES[20 + i * 2].district : district,
    kind: first ? '首次认定' : '重新认定',
    cert: `GR2024210${String(pick(10000, 99999))}`,
    award: D(first ? 30 : 10),
  });
}
export const HITECH_TOTAL = sum(HITECH.map((h) => h.award));

// ---- 科技创新平台: 重点实验室 and 技术创新中心 (one named "…示范项目技术创新中心": a platform, not a project)
const LAB_FIELDS = [
  '菱镁资源高效利用',
  '钢铁冶金过程控制',
  '激光制造',
  '工业固废资源化',
  '智能传感',
  '精密铸造',
  '生物医药',
  '矿山安全',
];
const CENTER_FIELDS = [
  '氢能储运示范项目',
  '高端耐火材料',
  '冶金装备智能运维',
  '新能源汽车零部件',
  '工业机器人',
  '绿色建材',
  '数控机床',
  '光伏组件',
  '菱镁新材料',
  '节能环保装备',
];
export const PLATFORMS = [
  ...LAB_FIELDS.map((f, i) => ({ kind: '重点实验室', field: f, i })),
  ...CENTER_FIELDS.map((f, i) => ({ kind: '技术创新中心', field: f, i })),
].map((p) => {
  const d = DISTRICTS[pick(0, DISTRICTS.length - 1)];
  const host = company(d);
  const grant = D([50, 60, 80, 100][pick(0, 3)]);
  const rd = D(pick(30000, 260000)).div(100);
  return {
    name: `${CITY}${p.field}${p.kind}`,
    kind: p.kind,
    host,
    district: d,
    grant,
    rd,
    rdLast: r2(rd.times(pick(75, 105)).div(100)),
    fresh: pick(0, 1) === 0 ? '新建' : '续建',
  };
});
export const PLATFORM_TOTAL = sum(PLATFORMS.map((p) => p.grant));

// ---- 科技成果转化: 补助 = 技术合同成交额 × 10%, 单项最高100万元
const TRANSFER_TECH = [
  '高纯电熔镁砂连续生产技术',
  '转炉煤气干法除尘节能技术',
  '激光熔覆再制造技术',
  '钢渣微粉制备技术',
  '智能巡检机器人视觉识别技术',
  '镁基储氢材料制备技术',
  '轧辊在线检测技术',
  '低碳耐火浇注料技术',
  '工业污水零排放处理技术',
  '铁尾矿制备建材技术',
  '高炉数字孪生控制技术',
  '医用镁合金支架技术',
];
const SOURCES = [
  '东北大学',
  '辽宁科技大学',
  '大连理工大学',
  '鞍钢集团钢铁研究院',
  '中国科学院金属研究所',
  '沈阳化工大学',
];
export const TRANSFERS = TRANSFER_TECH.map((t, i) => {
  const d = DISTRICTS[pick(0, DISTRICTS.length - 1)];
  const contract = D(pick(20000, 160000)).div(100);
  const raw = r2(contract.times('0.1'));
  return {
    name: `${t}转化`,
    host: i < 4 ? ENTERPRISES[i * 5 + 1].name : company(d),
    source: SOURCES[i % SOURCES.length],
    contract,
    subsidy: raw.gt(100) ? D(100) : raw,
  };
});
export const TRANSFER_TOTAL = sum(TRANSFERS.map((t) => t.subsidy));

// ---- 科技特派员: 2.00万元 a year (上半年 1.00 + 下半年 1.00); those who began in July get the second half only
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = [
  '建国',
  '海涛',
  '立新',
  '晓东',
  '志刚',
  '丽华',
  '春雨',
  '振宇',
  '国庆',
  '明轩',
  '雪梅',
  '俊峰',
  '宏伟',
  '玉兰',
  '长春',
  '秀英',
  '文博',
  '思远',
  '卫东',
  '红岩',
];
const HOSTS = [
  '辽宁科技大学',
  '鞍山师范学院',
  '辽宁农业职业技术学院',
  '鞍山市农业科学研究院',
  '鞍钢集团钢铁研究院',
  '鞍山职业技术学院',
];
const FIELDS = [
  '南果梨种植',
  '设施蔬菜',
  '食用菌栽培',
  '畜禽养殖',
  '钢铁工艺改进',
  '菱镁产品检测',
  '农产品加工',
  '中药材种植',
];
const TOWNS = {
  海城市: ['八里镇', '马风镇', '析木镇'],
  台安县: ['新开河镇', '桓洞镇'],
  岫岩满族自治县: ['岫岩镇', '哨子河乡', '洋河镇'],
  千山区: ['宁远镇', '大孤山镇'],
};
export const ENVOYS = [];
const usedNames = new Set();
for (let i = 0; i < 44; i++) {
  let n;
  do n = SURNAMES[pick(0, SURNAMES.length - 1)] + GIVEN[pick(0, GIVEN.length - 1)];
  while (usedNames.has(n));
  usedNames.add(n);
  const d = Object.keys(TOWNS)[pick(0, 3)];
  const late = i % 7 === 3;
  ENVOYS.push({
    name: n,
    host: HOSTS[pick(0, HOSTS.length - 1)],
    district: d,
    town: TOWNS[d][pick(0, TOWNS[d].length - 1)],
    field: FIELDS[pick(0, FIELDS.length - 1)],
    first: late ? D(0) : D(1),
    second: D(1),
  });
}
export const ENVOY_TOTAL = sum(ENVOYS.map((e) => e.first.plus(e.second)));

// ---- the budget by category (万元) and what was paid
export const LINES = [
  { name: '企业研发投入后补助', budget: D(6800), paid: RD_TOTAL },
  { name: '高新技术企业认定奖励', budget: D(1080), paid: HITECH_TOTAL },
  { name: '科技成果转化补助', budget: D(1050), paid: TRANSFER_TOTAL },
  { name: '科技创新平台建设补助', budget: D(1320), paid: PLATFORM_TOTAL },
  { name: '科技特派员工作经费', budget: D(90), paid: ENVOY_TOTAL },
];
export const BUDGET = sum(LINES.map((l) => l.budget));
export const PAID = sum(LINES.map((l) => l.paid));

// ---- 批次: which payments go in each
const rdBy = (cats) => sum(ENTERPRISES.filter((e) => cats.includes(e.category)).map((e) => e.subsidy));
export const BATCHES = [
  {
    no: '第一批次',
    date: '2024年5月20日',
    doc: '鞍财指科〔2024〕112号',
    rd: D(0),
    hitech: HITECH_TOTAL,
    transfer: D(0),
    platform: D(0),
    envoy: sum(ENVOYS.map((e) => e.first)),
  },
  {
    no: '第二批次',
    date: '2024年7月15日',
    doc: '鞍财指科〔2024〕187号',
    rd: rdBy(['高新技术企业']),
    hitech: D(0),
    transfer: D(0),
    platform: D(0),
    envoy: D(0),
  },
  {
    no: '第三批次',
    date: '2024年10月12日',
    doc: '鞍财指科〔2024〕263号',
    rd: rdBy(['科技型中小企业', '规上工业企业']),
    hitech: D(0),
    transfer: D(0),
    platform: PLATFORM_TOTAL,
    envoy: D(0),
  },
  {
    no: '第四批次',
    date: '2024年12月10日',
    doc: '鞍财指科〔2024〕331号',
    rd: D(0),
    hitech: D(0),
    transfer: TRANSFER_TOTAL,
    platform: D(0),
    envoy: sum(ENVOYS.map((e) => e.second)),
  },
].map((b) => ({ ...b, total: b.rd.plus(b.hitech).plus(b.transfer).plus(b.platform).plus(b.envoy) }));
check(sum(BATCHES.map((b) => b.total)).eq(PAID), 'batches add to the paid');

// ---- outputs, 2023 beside 2024
export const OUTPUTS = [
  { name: '专利申请量（件）', last: D(5812), now: D(6437) },
  { name: '专利授权量（件）', last: D(3906), now: D(4352) },
  { name: '其中：发明专利授权量（件）', last: D(612), now: D(745) },
  { name: '发表科技论文（篇）', last: D(1184), now: D(1263) },
  { name: '技术合同登记数（项）', last: D(1407), now: D(1596) },
  { name: '技术合同成交额（亿元）', last: D('86.42'), now: D('103.57') },
  { name: '有效高新技术企业（家）', last: D(742), now: D(826) },
  { name: '科技型中小企业入库（家）', last: D(1315), now: D(1502) },
];
export const CONTRACT_LAST = D('86.42');
export const CONTRACT_NOW = D('103.57');
export const CONTRACT_TARGET = D(80);

// ---- the indicator tree: one table per first level; third levels with 评分标准 bands
export const TREE = [
  {
    code: 'A',
    name: '决策',
    kids: [
      {
        code: 'A1',
        name: '项目立项',
        kids: [
          ['A11', '立项依据充分性', 3, 3],
          ['A12', '立项程序规范性', 2, 2],
        ],
      },
      {
        code: 'A2',
        name: '绩效目标',
        kids: [
          ['A21', '绩效目标合理性', 3, 2.5],
          ['A22', '绩效指标明确性', 2, 1.5],
        ],
      },
      {
        code: 'A3',
        name: '资金投入',
        kids: [
          ['A31', '预算编制科学性', 3, 3],
          ['A32', '资金分配合理性', 2, 1.5],
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
          ['B11', '资金到位率', 4, 4],
          ['B12', '预算执行率', 4, 3],
          ['B13', '资金使用合规性', 4, 3.5],
        ],
      },
      {
        code: 'B2',
        name: '组织实施',
        kids: [
          ['B21', '管理制度健全性', 3, 3],
          ['B22', '项目评审规范性', 3, 2.5],
          ['B23', '验收与监督检查', 2, 1.5],
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
          ['C11', '研发后补助企业数', 5, 5],
          ['C12', '高企认定奖励企业数', 4, 4],
          ['C13', '创新平台建设数量', 4, 3],
          ['C14', '科技特派员服务人数', 3, 3],
        ],
      },
      {
        code: 'C2',
        name: '产出质量',
        kids: [
          ['C21', '研发投入核定准确率', 5, 4],
          ['C22', '平台绩效评估合格率', 4, 4],
        ],
      },
      { code: 'C3', name: '产出时效', kids: [['C31', '资金拨付及时性', 5, 4]] },
      { code: 'C4', name: '产出成本', kids: [['C41', '补助标准执行情况', 5, 5]] },
    ],
  },
  {
    code: 'D',
    name: '效益',
    kids: [
      {
        code: 'D1',
        name: '经济效益',
        kids: [
          ['D11', '受补助企业研发投入增长率', 6, 5],
          ['D12', '技术合同成交额增长', 6, 6],
        ],
      },
      {
        code: 'D2',
        name: '社会效益',
        kids: [
          ['D21', '发明专利授权增长', 5, 4],
          ['D22', '科技成果转化项目数', 4, 3],
        ],
      },
      { code: 'D3', name: '可持续影响', kids: [['D31', '创新平台持续运行', 4, 4]] },
      { code: 'D4', name: '满意度', kids: [['D41', '受益企业满意度', 5, 4.5]] },
    ],
  },
].map((f) => {
  const kids = f.kids.map((s) => ({
    ...s,
    kids: s.kids.map(([code, name, w, score]) => ({ code, name, w: D(w), score: D(score) })),
  }));
  const thirds = kids.flatMap((s) => s.kids);
  return { ...f, kids, w: sum(thirds.map((t) => t.w)), score: sum(thirds.map((t) => t.score)) };
});
export const TOTAL_SCORE = sum(TREE.map((f) => f.score));
check(sum(TREE.map((f) => f.w)).eq(100), 'weights add to 100');
check(TOTAL_SCORE.eq('89.5'), 'total 89.5 (良好)');

export const SURVEY = { sent: 120, back: 116, satisfied: 110 };
export const execRate = PAID.times(100).div(BUDGET);
check(execRate.gte(90) && execRate.lt(95), `执行率 ${execRate} in the 90—95 band (B12 3分)`);
