// Writes s-nongye-2024.spec.md, the report-spec of report S, from the figures of data.mjs and the text below.
// The spec is the report: build.mjs turns it into the four forms, check.mjs re-checks it.
//   node scripts/make-fixtures/corpus-s/make-spec.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, int, money, pct, r2, rate, sum } from '../spec/figures.mjs';
import * as S from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEPT = S.DEPT;
const TITLE = `${DEPT}2024年度部门整体支出绩效自评报告`;
// a sub-unit's action inside 动物防疫补助经费, named the same way each time (a trap: not a slip of a name)
const ACTION = '沛县兽用抗菌药使用减量化行动';

const spec = authoring();
const { P, H, caption, inj, injections: INJ, out } = spec;
const U = S.UNITS;
const PR = S.PROGRAMMES;
const MAIN = PR.filter((p) => p.main);
const unitName = (p) => U[p.unit].name;
const growth = (now, before) => pct(D(now).minus(before), before);
const fill = (s) => s.replace('{machines}', int(S.MACHINE_COUNT)).replace('{buyers}', int(S.BUYERS));
const sc = (x) => {
  // scores as forms print them: 8, 3.5, 9.71
  const s = r2(x).toFixed(2);
  return s.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
};
const sc2 = (x) => r2(x).toFixed(2);
const fundsScore = (spent, budget) => r2(rate(spent, budget).times(10));
const l1 = (form, name) => sum(form.filter((x) => x.l1 === name).map((x) => x.score));
const formScore = (form, spent, budget) => fundsScore(spent, budget).plus(sum(form.map((x) => x.score)));

// the five programmes' sources: [当年财政拨款 budget, spent; 上年结转 budget, spent]
const SOURCES = [
  [D(2160), D('2095.30'), D(300), D('294.32')],
  [D('386.00'), D('374.16'), D('26.80'), D('24.10')],
  [D('196.00'), D('187.35'), D(0), D(0)],
  [D(680), D('650.00'), D(140), D('120.44')],
  [D('92.60'), D('88.47'), D(0), D(0)],
];
MAIN.forEach((p, i) => {
  const [b1, s1, b2, s2] = SOURCES[i];
  if (!b1.plus(b2).eq(p.budget) || !s1.plus(s2).eq(p.spent)) throw new Error('sources of ' + p.name);
});
const DEPT_SCORE = formScore(S.DEPT_FORM, S.TOTAL.spent, S.TOTAL.budget);
const SCORES = MAIN.map((p, i) => formScore(S.FORMS[i], p.spent, p.budget));

// ================= cover
P(
  `<p class="center">${TITLE}</p>`,
  '<p class="center">（2024年度）</p>',
  `单位名称（盖章）：${DEPT}`,
  '单位负责人：王建国',
  '财务负责人：刘敏',
  '填报人：孙晓燕',
  '联系电话：0516-89622135',
  '报送日期：2025年3月28日',
  BREAK,
);
P(
  `<p class="center">${TITLE}</p>`,
  `根据《中共中央 国务院关于全面实施预算绩效管理的意见》《江苏省财政厅关于全面推进预算绩效管理的实施意见》和《沛县财政局关于开展2024年度预算绩效自评工作的通知》（沛财绩〔2025〕2号）要求，${DEPT}（以下简称“我局”）组织本级及所属事业单位，对2024年度部门整体支出和重点项目支出开展了绩效自评。现将自评情况报告如下。`,
);

// ================= 一、部门概况
H(1, '一、部门概况');
H(2, '（一）部门职能');
P(
  `${DEPT}是县政府工作部门，为正科级，加挂县乡村振兴局牌子。主要职责是：统筹研究和组织实施“三农”工作的发展规划和政策措施；统筹推动发展农村社会事业、农村公共服务、农村文化、农村基础设施和乡村治理；拟订深化农村经济体制改革和巩固完善农村基本经营制度的政策，负责农民承包地、农村宅基地改革和管理有关工作；指导乡村特色产业、农产品加工业、休闲农业发展；负责种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理；负责农产品质量安全监督管理；组织农业资源区划工作，指导农用地、渔业水域以及农业生物物种资源的保护与管理；负责农业防灾减灾、农作物重大病虫害防治工作；负责耕地及永久基本农田质量保护工作，组织实施高标准农田建设；负责有关农业生产资料和农业投入品的监督管理；负责动物疫病防控和兽医管理工作；负责农业投资管理和农业科技推广；承办县委、县政府交办的其他任务。`,
  '2024年，我局围绕“稳粮保供、强农富民”的目标，重点推进高标准农田建设、农机装备提升、动物疫病防控、农业科技推广和农产品质量安全监管五项工作，全县粮食播种面积稳定在百万亩以上，粮食生产实现“二十一连丰”。',
);
H(2, '（二）机构设置及人员情况');
P(
  `我局机关内设办公室、政策法规科、发展规划科、财务审计科、乡村产业发展科、农村社会事业促进科、农村合作经济指导科、种植业管理科、畜牧兽医科、渔业渔政科、农业机械化管理科、科技教育科、农田建设管理科、农产品质量安全监管科14个职能科室，所属事业单位6个。纳入2024年度部门决算编报范围的为局机关及6个所属单位，共7个预算单位，基本情况见表1。`,
);
P(
  caption('纳入部门决算的单位基本情况表'),
  table(
    [['序号', '单位名称', '单位性质', '经费形式', '主要职责']],
    U.map((u, i) => [
      String(i + 1),
      u.name,
      u.kind,
      u.name.includes('水产') ? '差额拨款' : '全额拨款',
      [
        '部门行政管理、政策制定和行业监管',
        '农业技术试验示范、推广和培训',
        '动物疫病监测、诊断、强制免疫和疫情处置',
        '农业行政执法、农产品质量安全和农资市场执法',
        '农村集体资产、承包地和农民负担监督管理服务',
        '农业机械化技术推广、购置补贴和安全监理',
        '水产技术推广、苗种繁育和水产品质量检测',
      ][i],
    ]),
    { widths: [2, 7, 6, 3, 10] },
  ),
);
const posts = [0, 1, 2].map((k) => U.reduce((a, u) => a + u.posts[k], 0));
const staff23 = U.reduce((a, u) => a + u.staff23, 0);
const hired = U.reduce((a, u) => a + u.hired, 0);
const retired = U.reduce((a, u) => a + u.retired, 0);
P(
  `截至2024年12月31日，我局及所属单位核定编制${S.POSTS}名，其中行政编制${posts[0]}名、参照公务员法管理事业编制${posts[1]}名、事业编制${posts[2]}名；年末${inj(
    5,
    'count',
    `实有在职人员${S.STAFF}人`,
    `实有在职人员${S.STAFF + 2}人`,
    `一（二）“年末实有在职人员152人”：表2各单位年末实有在职人数30 + 35 + 28 + 24 + 11 + 13 + 9 = 150，表2、表3合计均为150；同句“较2023年末的151人减少1人”也只与150相符`,
    String(S.STAFF),
    `年末实有在职人员${S.STAFF + 2}人`,
  )}，较2023年末的${staff23}人减少${staff23 - S.STAFF}人；另有编外聘用人员${hired}人，离退休人员${retired}人。各单位编制和人员情况见表2，按编制类别汇总见表3。`,
  caption('各单位人员编制情况表（单位：人）'),
  table(
    [
      [
        '单位名称',
        '行政编制',
        '参公编制',
        '事业编制',
        '编制合计',
        '年末实有在职人数',
        '2023年末实有人数',
        '编外聘用人员',
        '离退休人员',
      ],
    ],
    [
      ...U.map((u) => [
        u.name,
        String(u.posts[0]),
        String(u.posts[1]),
        String(u.posts[2]),
        String(u.posts[0] + u.posts[1] + u.posts[2]),
        String(u.staff),
        String(u.staff23),
        String(u.hired),
        String(u.retired),
      ]),
      [
        '合计',
        String(posts[0]),
        String(posts[1]),
        String(posts[2]),
        String(S.POSTS),
        String(S.STAFF),
        String(staff23),
        String(hired),
        String(retired),
      ],
    ],
    { widths: [7, 2, 2, 2, 2, 3, 3, 3, 3] },
  ),
);
const staffBy = [
  ['行政编制', posts[0], U.filter((u) => u.posts[0]).reduce((a, u) => a + u.staff, 0), 31],
  ['参照公务员法管理事业编制', posts[1], U.filter((u) => u.posts[1]).reduce((a, u) => a + u.staff, 0), 22],
];
staffBy.push(['事业编制', posts[2], S.STAFF - staffBy[0][2] - staffBy[1][2], staff23 - 31 - 22]);
P(
  caption('按编制类别人员情况表（单位：人）'),
  table(
    [['编制类别', '核定编制数', '2024年末实有人数', '2023年末实有人数', '空编数']],
    [
      ...staffBy.map(([k, p, s, s23]) => [k, String(p), String(s), String(s23), String(p - s)]),
      ['合计', String(S.POSTS), String(S.STAFF), String(staff23), String(S.POSTS - S.STAFF)],
    ],
    { widths: [8, 4, 4, 4, 3] },
  ),
);
// each unit's own paragraph (a trap: one unit's figures are not the department's)
H(3, '所属单位情况');
U.slice(1).forEach((u, i) => {
  const ps = PR.filter((p) => p.unit === i + 1);
  P(
    `${i + 1}.${u.name}。该单位为${u.kind}，核定编制${u.posts[0] + u.posts[1] + u.posts[2]}名，年末实有在职${u.staff}人。2024年度本年收入${money(u.income)}万元，本年支出${money(u.spent)}万元，其中人员经费${money(u.personnel)}万元、公用经费${money(u.office)}万元、项目支出${money(u.projects)}万元，承担${ps.map((p) => p.name).join('、')}等${ps.length}个项目；2023年度支出${money(u.spent23)}万元。`,
  );
});
H(2, '（三）部门预算安排情况');
P(
  `2024年度我局年初预算${money(S.TOTAL.initial)}万元，其中基本支出${money(S.BASIC.initial)}万元、项目支出${money(S.PROJ.initial)}万元。年度执行中，因上级追加高标准农田建设、农机购置与应用补贴等专项资金以及上年结转资金纳入预算，全年预算调整为${money(S.TOTAL.budget)}万元，其中基本支出${money(S.BASIC.budget)}万元、项目支出${money(S.PROJ.budget)}万元，较年初预算增加${money(S.TOTAL.budget.minus(S.TOTAL.initial))}万元。按资金来源分，财政拨款${money(S.SOURCE.fiscal.budget)}万元，其他资金${money(S.SOURCE.other.budget)}万元。`,
);

// ================= 二、部门整体支出管理及使用情况
H(1, '二、部门整体支出管理及使用情况');
H(2, '（一）收入情况');
P(
  `2024年度我局本年收入${money(S.TOTAL.income)}万元，较2023年度的${money(S.TOTAL.income23)}万元增长${growth(S.TOTAL.income, S.TOTAL.income23)}。其中财政拨款收入${money(S.TOTAL.fiscal)}万元，占${pct(S.TOTAL.fiscal, S.TOTAL.income)}；事业收入${money(S.TOTAL.fee)}万元，为水产技术推广站苗种繁育和检测服务收入；其他收入${money(S.TOTAL.other)}万元，主要为存款利息和房屋出租收入。各单位收入情况见表4。`,
  caption('2024年度收入决算情况表（单位：万元）'),
  table(
    [['单位名称', '财政拨款收入', '事业收入', '其他收入', '本年收入合计', '2023年收入合计', '增减率']],
    [
      ...U.map((u) => [
        u.name,
        money(u.fiscal),
        money(u.feeIncome),
        money(u.otherIncome),
        money(u.income),
        money(u.income23),
        growth(u.income, u.income23),
      ]),
      [
        '合计',
        inj(
          10,
          'money',
          money(S.TOTAL.fiscal),
          money(S.TOTAL.fiscal.plus(90)),
          `表4 合计行“财政拨款收入”：七个单位之和为${money(S.TOTAL.fiscal)}万元（正文“财政拨款收入${money(S.TOTAL.fiscal)}万元”；合计行本年收入合计${money(S.TOTAL.income)} = ${money(S.TOTAL.fiscal)} + ${money(S.TOTAL.fee)} + ${money(S.TOTAL.other)}）`,
          S.TOTAL.fiscal.toFixed(2),
          '8,980.52',
        ),
        money(S.TOTAL.fee),
        money(S.TOTAL.other),
        money(S.TOTAL.income),
        money(S.TOTAL.income23),
        growth(S.TOTAL.income, S.TOTAL.income23),
      ],
    ],
    { widths: [7, 4, 3, 3, 4, 4, 3] },
  ),
  `加上年初结转和结余${money(S.TOTAL.carriedIn)}万元，扣除本年支出${money(S.TOTAL.spent)}万元，年末结转和结余${money(S.TOTAL.carriedOut)}万元，主要为跨年度实施的高标准农田建设尾款和农机购置补贴待兑付资金。各单位收支及结转结余情况见表5。`,
  caption('2024年度收支及结转结余情况表（单位：万元）'),
  table(
    [['单位名称', '年初结转和结余', '本年收入', '本年支出', '年末结转和结余']],
    [
      ...U.map((u) => [u.name, money(u.carriedIn), money(u.income), money(u.spent), money(u.carriedOut)]),
      ['合计', money(S.TOTAL.carriedIn), money(S.TOTAL.income), money(S.TOTAL.spent), money(S.TOTAL.carriedOut)],
    ],
    { widths: [7, 4, 4, 4, 4] },
  ),
);
H(2, '（二）支出情况');
P(
  `2024年度我局本年支出${money(S.TOTAL.spent)}万元，较2023年度的${money(S.TOTAL.spent23)}万元增长${growth(S.TOTAL.spent, S.TOTAL.spent23)}，主要是高标准农田建设投入增加。其中基本支出${money(S.BASIC.spent)}万元，占${pct(S.BASIC.spent, S.TOTAL.spent)}，包括人员经费${money(S.BASIC.personnel)}万元和公用经费${money(S.BASIC.office)}万元；项目支出${money(S.PROJ.spent)}万元，占${pct(S.PROJ.spent, S.TOTAL.spent)}。全年预算执行率${pct(S.TOTAL.spent, S.TOTAL.budget)}，其中基本支出执行率${pct(S.BASIC.spent, S.BASIC.budget)}，项目支出执行率${pct(S.PROJ.spent, S.PROJ.budget)}。各单位支出见表6。`,
  caption('2024年度各单位支出决算情况表（单位：万元）'),
  table(
    [
      [
        { t: '单位名称', rs: 2 },
        { t: '基本支出', cs: 3 },
        { t: '项目支出', rs: 2 },
        { t: '本年支出合计', rs: 2 },
        { t: '2023年支出', rs: 2 },
      ],
      ['人员经费', '公用经费', '小计'],
    ],
    [
      ...U.map((u) => [
        u.name,
        money(u.personnel),
        money(u.office),
        money(u.personnel.plus(u.office)),
        money(u.projects),
        money(u.spent),
        money(u.spent23),
      ]),
      [
        '合计',
        money(S.BASIC.personnel),
        money(S.BASIC.office),
        money(S.BASIC.spent),
        money(S.PROJ.spent),
        money(S.TOTAL.spent),
        money(S.TOTAL.spent23),
      ],
    ],
    { widths: [7, 3, 3, 3, 3, 3, 3] },
  ),
);
// a classification table: 类 and 款 rows are the sums of their lines
function classified(rows) {
  const body = [];
  const lineOf = (r) => [D(r[2]), D(r[3]), D(r[4])];
  for (const r of rows) {
    let vals;
    if (r.length > 2) vals = lineOf(r);
    else {
      const kids = rows.filter((x) => x.length > 2 && x[0].startsWith(r[0]));
      vals = [0, 1, 2].map((k) => sum(kids.map((x) => lineOf(x)[k])));
    }
    body.push([r[0], r[1], money(vals[0].plus(vals[1])), money(vals[0]), money(vals[1]), money(vals[2])]);
  }
  const lines = rows.filter((x) => x.length > 2);
  const tot = [0, 1, 2].map((k) => sum(lines.map((x) => lineOf(x)[k])));
  body.push([{ t: '合计', cs: 2 }, money(tot[0].plus(tot[1])), money(tot[0]), money(tot[1]), money(tot[2])]);
  return body;
}
P(
  '按支出功能分类，农林水支出是我局支出的主体，其中农田建设、农业生产发展和科技转化与推广服务支出较多；社会保障和就业、卫生健康、住房保障支出为在职人员的养老保险、医疗保险和住房公积金缴费。明细见表7。',
  caption('2024年度支出决算表（按功能分类）（单位：万元）'),
  table([['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '2023年决算数']], classified(S.FUNC), {
    split: 16,
    widths: [3, 9, 4, 4, 4, 4],
  }),
  '按支出经济分类，工资福利支出和对个人和家庭的补助主要为人员经费，商品和服务支出包括公用经费和项目的委托业务、劳务等支出，资本性支出主要为农田基础设施和专用设备购置。明细见表8。',
  caption('2024年度支出决算表（按经济分类）（单位：万元）'),
  table([['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '2023年决算数']], classified(S.ECON), {
    split: 18,
    widths: [3, 9, 4, 4, 4, 4],
  }),
);
H(2, '（三）“三公”经费支出情况');
const G = S.SANGONG;
P(
  `2024年度“三公”经费预算${money(G.total[0])}万元，决算${money(G.total[1])}万元，完成预算的${pct(G.total[1], G.total[0])}，决算比预算减少${money(G.total[0].minus(G.total[1]))}万元；比2023年度决算${money(G.total[2])}万元增加${money(G.total[1].minus(G.total[2]))}万元，主要是按规定更新购置执法执勤用车1辆。其中因公出国（境）费0万元；公务用车购置及运行维护费${money(G.car[1])}万元（公务用车购置费${money(G.carBuy[1])}万元，公务用车运行维护费${money(G.carRun[1])}万元）；公务接待费${money(G.reception[1])}万元，即${money(G.reception[1].times(10000))}元，全年国内公务接待42批次、312人次，主要为上级部门检查指导和兄弟县区考察交流。`,
  caption('2024年度“三公”经费支出情况表（单位：万元）'),
  table(
    [['项目', '2024年预算数', '2024年决算数', '2023年决算数', '决算比预算增减', '比上年增减']],
    [
      ['因公出国（境）费', ...G.abroad.map(money), money(0), money(0)],
      [
        '公务用车购置及运行维护费',
        ...G.car.map(money),
        money(G.car[1].minus(G.car[0])),
        money(G.car[1].minus(G.car[2])),
      ],
      [
        '　　其中：公务用车购置费',
        ...G.carBuy.map(money),
        money(G.carBuy[1].minus(G.carBuy[0])),
        money(G.carBuy[1].minus(G.carBuy[2])),
      ],
      [
        '　　　　　公务用车运行维护费',
        ...G.carRun.map(money),
        money(G.carRun[1].minus(G.carRun[0])),
        money(G.carRun[1].minus(G.carRun[2])),
      ],
      [
        '公务接待费',
        ...G.reception.map(money),
        money(G.reception[1].minus(G.reception[0])),
        money(G.reception[1].minus(G.reception[2])),
      ],
      [
        '合计',
        money(G.total[0]),
        inj(
          4,
          'money',
          money(G.total[1]),
          money(G.total[1].plus(10)),
          `表9 合计行“2024年决算数”：0 + ${money(G.car[1])}（公务用车购置${money(G.carBuy[1])} + 运行维护${money(G.carRun[1])}，其中行不重复计入）+ ${money(G.reception[1])} = ${money(G.total[1])}；正文“决算${money(G.total[1])}万元”`,
          G.total[1].toFixed(2),
          '68.55',
        ),
        money(G.total[2]),
        money(G.total[1].minus(G.total[0])),
        money(G.total[1].minus(G.total[2])),
      ],
    ],
    { widths: [8, 3, 3, 3, 3, 3] },
  ),
);
H(2, '（四）政府采购情况');
const CLS = ['货物', '工程', '服务'];
const byCls = CLS.map((c) => S.PROCUREMENT.filter((p) => p.cls === c));
P(
  `2024年度我局共实施政府采购${S.PROCUREMENT.length}项，采购预算${money(S.PROC.budget)}万元，合同金额${money(S.PROC.contract)}万元，节约资金${money(S.PROC.budget.minus(S.PROC.contract))}万元，节约率${pct(S.PROC.budget.minus(S.PROC.contract), S.PROC.budget)}。其中授予中小企业合同金额${money(S.PROC.sme)}万元，占${pct(S.PROC.sme, S.PROC.contract)}。分类别情况见表10，明细见附件8。`,
  caption('2024年度政府采购分类情况表（单位：万元）'),
  table(
    [['采购类别', '项数', '采购预算', '合同金额', '节约金额', '节约率']],
    [
      ...byCls.map((xs, i) => {
        const b = sum(xs.map((x) => x.budget)),
          c = sum(xs.map((x) => x.contract));
        return [CLS[i], String(xs.length), money(b), money(c), money(b.minus(c)), pct(b.minus(c), b)];
      }),
      [
        '合计',
        String(S.PROCUREMENT.length),
        money(S.PROC.budget),
        money(S.PROC.contract),
        money(S.PROC.budget.minus(S.PROC.contract)),
        pct(S.PROC.budget.minus(S.PROC.contract), S.PROC.budget),
      ],
    ],
    { widths: [4, 2, 4, 4, 4, 3] },
  ),
);
H(2, '（五）资产管理情况');
const A = S.ASSETS;
const aSum = (k) => sum(A.map((a) => a[k]));
const vEnd = (v) => v[1] + v[2] - v[3];
P(
  `截至2024年末，我局固定资产原值${money(aSum(5))}万元，累计折旧${money(aSum(4))}万元，净值${money(aSum(5).minus(aSum(4)))}万元。本年新增固定资产${money(aSum(2))}万元，主要为动物防疫冷链设备、农产品检测设备和执法执勤用车；报废处置固定资产${money(aSum(3))}万元，均按规定履行审批程序，处置收入全额上缴国库。年末公务用车${S.VEHICLES.reduce((a, v) => a + vEnd(v), 0)}辆，较上年末${S.VEHICLES.reduce((a, v) => a + v[1], 0)}辆净减少${S.VEHICLES.reduce((a, v) => a + v[1] - vEnd(v), 0)}辆。`,
  caption('2024年度固定资产情况表（单位：万元）'),
  table(
    [['资产类别', '2023年末原值', '本年增加', '本年减少', '2024年末原值', '累计折旧', '净值']],
    [
      ...A.map((a) => [a[0], money(a[1]), money(a[2]), money(a[3]), money(a[5]), money(a[4]), money(a[5].minus(a[4]))]),
      [
        '合计',
        money(aSum(1)),
        money(aSum(2)),
        money(aSum(3)),
        money(aSum(5)),
        money(aSum(4)),
        money(aSum(5).minus(aSum(4))),
      ],
    ],
    { widths: [5, 4, 3, 3, 4, 3, 3] },
  ),
  caption('公务用车情况表（单位：辆）'),
  table(
    [['车辆类型', '2023年末数', '本年增加', '本年减少', '2024年末数']],
    [
      ...S.VEHICLES.map((v) => [v[0], String(v[1]), String(v[2]), String(v[3]), String(vEnd(v))]),
      [
        '合计',
        ...[1, 2, 3].map((k) => String(S.VEHICLES.reduce((a, v) => a + v[k], 0))),
        String(S.VEHICLES.reduce((a, v) => a + vEnd(v), 0)),
      ],
    ],
    { widths: [6, 3, 3, 3, 3] },
  ),
);
H(2, '（六）项目支出管理情况');
P(
  `2024年度我局共实施项目${PR.length}个，全年项目预算${money(S.PROJ.budget)}万元（年初预算${money(S.PROJ.initial)}万元），执行${money(S.PROJ.spent)}万元，执行率${pct(S.PROJ.spent, S.PROJ.budget)}；2023年度项目支出${money(S.PROJ.spent23)}万元。其中高标准农田建设、动物防疫、基层农技推广、农机购置与应用补贴、农产品质量安全监管5个重点项目全年预算${money(sum(MAIN.map((p) => p.budget)))}万元，执行${money(sum(MAIN.map((p) => p.spent)))}万元，占项目支出的${pct(sum(MAIN.map((p) => p.spent)), S.PROJ.spent)}，情况见表13，全部项目明细见附件7。`,
  caption('重点项目预算及执行情况表（单位：万元）'),
  table(
    [['项目名称', '实施单位', '年初预算', '调整后预算', '全年执行', '执行率', '2023年执行']],
    [
      ...MAIN.map((p) => [
        p.name,
        unitName(p),
        money(p.initial),
        money(p.budget),
        money(p.spent),
        pct(p.spent, p.budget),
        money(p.spent23),
      ]),
      [
        '合计',
        '',
        money(sum(MAIN.map((p) => p.initial))),
        money(sum(MAIN.map((p) => p.budget))),
        money(sum(MAIN.map((p) => p.spent))),
        pct(sum(MAIN.map((p) => p.spent)), sum(MAIN.map((p) => p.budget))),
        money(sum(MAIN.map((p) => p.spent23))),
      ],
    ],
    { widths: [8, 6, 3, 3, 3, 3, 3] },
  ),
  '项目资金管理方面，我局严格执行《江苏省农业相关转移支付资金管理办法》和县级财政专项资金管理规定，项目资金实行专账核算、专款专用；补贴类资金通过“一卡（折）通”直接兑付到户，工程类项目按合同约定和工程进度支付，实行国库集中支付。2024年度未发现挤占、挪用项目资金的情况。',
);

// ================= 三、部门绩效目标及完成情况
H(1, '三、部门绩效目标及完成情况');
H(2, '（一）年度绩效目标');
P(
  '2024年度我局部门整体绩效目标为：新建高标准农田3.2万亩以上，补贴购置农业机械230台以上，完成口蹄疫、高致病性禽流感、小反刍兽疫、猪瘟和布鲁氏菌病5种动物疫病强制免疫，应免畜禽免疫密度达到90%以上，培训基层农技人员180人次以上，农产品例行监测合格率稳定在98%以上，全县粮食总产量稳定在62万吨以上，不发生区域性重大动物疫情和重大农产品质量安全事件，服务对象满意度达到90%以上。',
);
H(2, '（二）绩效目标完成情况');
P(
  `1.产出目标完成情况。全年新建高标准农田3.26万亩，新建和改造灌排泵站24座，工程验收合格率100%；补贴购置各类农业机械${int(S.MACHINE_COUNT)}台，兑付补贴资金${money(D(S.SUBSIDY_YUAN).div(10000))}万元，另兑付深松、秸秆还田作业补贴${money(S.WORK_SUBSIDY)}万元；春秋两季集中免疫按期完成，应免畜禽免疫密度93.6%；培训基层农技人员186人次；完成农产品例行监测1,236批次，合格率98.7%。补贴资金兑付及时率为96.8%，未达到100%的目标。`,
  '2.效益目标完成情况。全县粮食总产量62.8万吨，比上年增加0.6万吨；全年未发生区域性重大动物疫情和重大农产品质量安全事件；农业主推技术到位率95.4%，秸秆综合利用率96.1%；县级以上新型农业经营主体2,068家，比目标少32家。',
  '3.满意度目标完成情况。我局委托第三方对农户和新型经营主体开展满意度调查，发放问卷1,200份，回收有效问卷1,146份，农户满意度88.6%、新型经营主体满意度92.4%。农户满意度未达到90%的目标，主要反映在补贴到账时间上。',
);

// ================= 四、绩效自评结果
H(1, '四、绩效自评结果');
H(2, '（一）自评工作开展情况');
P(
  `我局成立了由局长任组长、分管财务的副局长任副组长、各科室和所属单位负责人为成员的绩效自评工作领导小组，领导小组办公室设在财务审计科。本次自评范围为我局本级及所属6个单位${inj(
    8,
    'identity',
    '2024年度',
    '2022年度',
    '四（一）“本次自评范围为我局本级及所属6个单位2022年度的全部收支”：报告标题、封面和全文自评的都是2024年度（2023年度只作对比），2022年度不在自评范围内',
    '2024年度',
    '所属6个单位2022年度的全部收支',
  )}的全部收支，以及高标准农田建设等5个重点项目。自评采用资料核查、数据比对、实地核查和问卷调查相结合的方式，对照年初设定的绩效目标逐项打分。`,
  `部门整体支出绩效自评表共设一级指标3个、二级指标9个、三级指标${inj(
    7,
    'count',
    String(S.DEPT_FORM.length),
    '17',
    `四（一）“部门整体支出绩效自评表共设一级指标3个、二级指标9个、三级指标17个”：附件1列出的三级指标为产出9 + 效益5 + 满意度2 = 16个`,
    '16',
    '三级指标17个',
  )}个，另设年度预算执行情况1项（分值10分）；5个项目支出绩效自评表按各项目绩效目标分别设置指标，每张自评表满分均为100分。`,
);
H(2, '（二）部门整体支出自评结果');
const dFunds = fundsScore(S.TOTAL.spent, S.TOTAL.budget);
const F = S.DEPT_FORM;
P(
  `1.年度预算执行情况（分值10分）。全年预算${money(S.TOTAL.budget)}万元，执行${money(S.TOTAL.spent)}万元，执行率${pct(S.TOTAL.spent, S.TOTAL.budget)}，得${sc2(dFunds)}分。其中财政拨款执行率${pct(S.SOURCE.fiscal.spent, S.SOURCE.fiscal.budget)}，其他资金执行率${pct(S.SOURCE.other.spent, S.SOURCE.other.budget)}。`,
  `2.产出指标（分值50分）。设数量、质量、时效、成本4个二级指标9个三级指标，得${sc(l1(F, '产出指标'))}分。补贴资金兑付及时率96.8%，未达到100%的目标，扣0.5分；其余指标均完成。`,
  `3.效益指标（分值30分）。设经济、社会、生态、可持续影响4个二级指标5个三级指标，得${sc(l1(F, '效益指标'))}分。县级以上新型农业经营主体2,068家，未达到2,100家的目标，扣0.8分。`,
  `4.满意度指标（分值10分）。设农户满意度和新型经营主体满意度2个三级指标，得${sc(l1(F, '满意度指标'))}分。农户满意度88.6%，扣0.5分。`,
  `综上，我局2024年度部门整体支出绩效${inj(
    3,
    'score',
    `自评得分${sc2(DEPT_SCORE)}分`,
    `自评得分${sc2(DEPT_SCORE.plus(2))}分`,
    `四（二）结论：附件1部门整体支出绩效自评表总分${sc2(DEPT_SCORE)} = 年度预算执行${sc2(dFunds)} + 产出${sc(l1(F, '产出指标'))} + 效益${sc(l1(F, '效益指标'))} + 满意度${sc(l1(F, '满意度指标'))}`,
    sc2(DEPT_SCORE),
  )}，等级为“优”。2023年度部门整体支出绩效自评得分${sc2(S.DEPT_LAST_SCORE)}分，本年提高${sc2(DEPT_SCORE.minus(S.DEPT_LAST_SCORE))}分，主要是预算执行率提高和绩效目标设置更加细化。部门整体支出绩效自评表见附件1。`,
);
H(2, '（三）项目支出自评结果');
P(
  `2024年度我局对5个重点项目开展了项目支出绩效自评，自评得分分别为${SCORES.map((s) => sc2(s) + '分').join('、')}，均为“优”。各项目自评表见附件2至附件6。`,
);
const NARR = [
  [
    `项目建设内容包括土地平整、灌溉与排水、田间道路、农田防护与生态环境保护等，涉及龙固镇、杨屯镇、河口镇、栖山镇4个片区。项目区新建高标准农田3.26万亩，新建和改造灌排泵站24座，开挖疏浚沟渠186.4公里，新建机耕路62.8公里，亩均财政投入1,466元。工程完工后，项目区亩均增产粮食56公斤，受益农户1.16万户。`,
    `存在的问题是两个片区受汛期影响延期完工，按期完工率92%；部分村级管护协议签订滞后。下一步将完善工程管护机制，为${inj(
      9,
      'identity',
      '沛县2024年度高标准农田建设项目',
      '沛县2024年度高标准农田建没项目',
      '四（三）1 “为沛县2024年度高标准农田建没项目竣工验收和长效管护提供保障”：项目名称中“建设”误为“建没”；全文、表13、附件2和附件7都是“沛县2024年度高标准农田建设项目”',
      '沛县2024年度高标准农田建设项目',
      '沛县2024年度高标准农田建没项目',
    )}竣工验收和长效管护提供保障。`,
  ],
  [
    `项目全年采购强制免疫疫苗648万头（羽）份，完成春秋两季集中免疫，应免畜禽免疫密度93.6%；完成免疫抗体监测样品6,240份，强制免疫抗体合格率82.4%；全年未发生区域性重大动物疫情。项目实施单位在全县开展了${ACTION}，${ACTION}覆盖规模养殖场126家，兽用抗菌药使用量较上年下降8.6%。`,
    `存在的问题是部分散养户对免疫时间安排有意见，养殖场户满意度87.2%。下一步将结合${ACTION}，推行“先打后补”和分时段免疫。`,
  ],
  [
    '项目全年培训基层农技人员186人次，建设农业科技示范基地12个，培育农业科技示范主体1,236户，主推技术到位率95.4%；示范主体亩均节本增效112元，农技人员在岗服务率96.2%。',
    '存在的问题是农技推广信息平台使用率76.5%，未达到80%的目标。下一步将加强对示范主体的平台使用培训。',
  ],
  [
    `项目全年补贴购置各类农业机械${int(S.MACHINE_COUNT)}台，受益购机户${int(S.BUYERS)}户次，兑付购置补贴${money(D(S.SUBSIDY_YUAN))}元（${money(D(S.SUBSIDY_YUAN).div(10000))}万元），兑付深松、秸秆还田作业补贴${money(S.WORK_SUBSIDY)}万元，完成深松作业8.3万亩；全县农作物耕种收综合机械化率91.6%，秸秆机械化还田率83.2%。补贴发放明细见附件9。`,
    '存在的问题是部分合作社购机资料补正滞后，补贴资金兑付及时率96.8%。下一步将推行购机补贴“一站式”受理和线上核验。',
  ],
  [
    '项目全年完成农产品例行监测样品1,236批次，合格率98.7%；执法检查生产经营主体648家次，完成农产品快速检测12,460批次；全年未发生重大农产品质量安全事件。',
    '存在的问题是开具承诺达标合格证主体752家，未达到800家的目标。下一步将把合格证开具纳入日常巡查内容。',
  ],
];
MAIN.forEach((p, i) => {
  const f = S.FORMS[i];
  const [b1, s1, b2, s2] = SOURCES[i];
  const r = pct(p.spent, p.budget);
  const rateText =
    i === 2
      ? inj(
          6,
          'money',
          `执行率${r}`,
          '执行率96.59%',
          `四（三）3 基层农技推广项目“全年执行187.35万元，执行率96.59%”：187.35 ÷ 196.00 = 95.59%（表13、附件4同）`,
          '95.59%',
        )
      : `执行率${r}`;
  H(3, `${i + 1}.${p.name}`);
  P(
    `该项目由${unitName(p)}实施。年初预算${money(p.initial)}万元，年中追加${money(p.budget.minus(p.initial))}万元，调整后全年预算${money(p.budget)}万元${b2.gt(0) ? `（其中当年财政拨款${money(b1)}万元、上年结转资金${money(b2)}万元）` : ''}；全年执行${money(p.spent)}万元，${rateText}${b2.gt(0) ? `，其中当年财政拨款执行${money(s1)}万元、上年结转资金执行${money(s2)}万元` : ''}。2023年度该项目执行${money(p.spent23)}万元，本年增长${growth(p.spent, p.spent23)}。`,
    NARR[i][0],
    `项目自评得分${sc2(SCORES[i])}分，其中预算执行得${sc2(fundsScore(p.spent, p.budget))}分，产出指标得${sc(l1(f, '产出指标'))}分，效益指标得${sc(l1(f, '效益指标'))}分，满意度指标得${sc(l1(f, '满意度指标'))}分。`,
    NARR[i][1],
  );
});

// ================= 五—七
H(1, '五、存在的问题');
P(
  '（一）预算编制的精准度有待提高。全年预算较年初预算增加较多，追加资金主要集中在第三、四季度下达，部分项目当年难以全部执行，形成结转。',
  '（二）补贴资金兑付时效有待提升。农机购置补贴和作业补贴受资料审核、公示等环节影响，兑付及时率未达到目标。',
  '（三）部分绩效目标设置不够科学。个别指标以工作任务代替产出，部分效益指标难以量化，满意度调查样本主要集中在规模经营主体。',
  '（四）项目后续管护机制不够健全。高标准农田、农村改厕等项目重建设、轻管护，部分村级管护责任落实不到位。',
);
H(1, '六、改进措施');
P(
  '（一）提高预算编制质量。加强与上级业务部门沟通，提前谋划项目，推进项目入库和前期工作，减少年中追加和年末结转。',
  '（二）压缩补贴兑付时限。推行农机购置补贴线上申请、线上核验，实行补贴资金按月兑付。',
  '（三）完善绩效目标管理。对照项目实施内容设置可衡量的产出和效益指标，扩大满意度调查覆盖面。',
  '（四）健全长效管护机制。落实县、镇、村三级管护责任，将管护经费纳入年度预算。',
);
H(1, '七、自评结果应用及公开情况');
P(
  '我局将自评结果作为2026年度预算编制和项目安排的重要依据，对执行率偏低、绩效目标未完成的项目相应调减预算；自评报告和自评表将随部门决算在县政府门户网站公开，接受社会监督。',
  `<p class="right">${DEPT}</p>`,
  '<p class="right">2025年3月28日</p>',
);

// ================= 附件
const fundsRow = (label, a, b, c, scored) => [
  label,
  money(a),
  money(b),
  money(c),
  scored ? '10' : '—',
  pct(c, b),
  scored ? sc2(fundsScore(c, b)) : '—',
];
function indicatorRows(form) {
  const rows = [];
  form.forEach((x, k) => {
    const row = [];
    if (k === 0 || form[k - 1].l1 !== x.l1) row.push({ t: x.l1, rs: form.filter((y) => y.l1 === x.l1).length });
    if (k === 0 || form[k - 1].l2 !== x.l2 || form[k - 1].l1 !== x.l1)
      row.push({
        t: x.l2,
        rs:
          form.slice(k).findIndex((y) => y.l2 !== x.l2 || y.l1 !== x.l1) === -1
            ? form.length - k
            : form.slice(k).findIndex((y) => y.l2 !== x.l2 || y.l1 !== x.l1),
      });
    row.push(x.l3, x.target, fill(x.actual), sc(x.weight), sc(x.score), x.why || '—');
    rows.push(row);
  });
  return rows;
}
const indicatorHead = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
H(1, `附件1 ${DEPT}2024年度部门整体支出绩效自评表`);
P(
  table(
    [[{ t: '部门（单位）名称' }, { t: DEPT, cs: 7 }]],
    [
      [
        { t: '年度预算执行情况（万元）', rs: 6 },
        '',
        '年初预算数',
        '全年预算数',
        '全年执行数',
        '分值',
        '执行率',
        '得分',
      ],
      fundsRow('年度资金总额', S.TOTAL.initial, S.TOTAL.budget, S.TOTAL.spent, true),
      fundsRow('其中：财政拨款', S.SOURCE.fiscal.initial, S.SOURCE.fiscal.budget, S.SOURCE.fiscal.spent),
      fundsRow('其他资金', S.SOURCE.other.initial, S.SOURCE.other.budget, S.SOURCE.other.spent),
      fundsRow('其中：基本支出', S.BASIC.initial, S.BASIC.budget, S.BASIC.spent),
      fundsRow('项目支出', S.PROJ.initial, S.PROJ.budget, S.PROJ.spent),
      [
        { t: '年度总体目标', rs: 2 },
        { t: '预期目标', cs: 3 },
        { t: '实际完成情况', cs: 4 },
      ],
      [
        {
          t: '新建高标准农田3.2万亩以上；补贴购置农业机械230台以上；完成5种动物疫病强制免疫；培训基层农技人员180人次以上；农产品例行监测合格率98%以上；粮食总产量62万吨以上。',
          cs: 3,
        },
        {
          t: `新建高标准农田3.26万亩；补贴购置农业机械${int(S.MACHINE_COUNT)}台；完成5种动物疫病强制免疫，免疫密度93.6%；培训基层农技人员186人次；例行监测合格率98.7%；粮食总产量62.8万吨。`,
          cs: 4,
        },
      ],
      indicatorHead,
      ...indicatorRows(F),
      [{ t: '总分', cs: 5 }, '100', sc2(DEPT_SCORE), '自评等级：优'],
    ],
    { split: 16, widths: [3, 3, 5, 3, 3, 2, 2, 5] },
  ),
);
MAIN.forEach((p, i) => {
  const f = S.FORMS[i];
  const [b1, s1, b2, s2] = SOURCES[i];
  const total =
    i === 1
      ? inj(
          1,
          'score',
          sc2(SCORES[i]),
          sc2(SCORES[i].minus(1)),
          `附件3 动物防疫补助经费项目支出绩效自评表“总分”：预算执行${sc2(fundsScore(p.spent, p.budget))} + 产出${sc(l1(f, '产出指标'))} + 效益${sc(l1(f, '效益指标'))} + 满意度${sc(l1(f, '满意度指标'))} = ${sc2(SCORES[i])}；正文四（三）2“项目自评得分${sc2(SCORES[i])}分”`,
          sc2(SCORES[i]),
          '97.65',
        )
      : sc2(SCORES[i]);
  const fundsScoreCell =
    i === 0
      ? inj(
          2,
          'score',
          sc2(fundsScore(p.spent, p.budget)),
          '9.17',
          `附件2 高标准农田建设项目支出绩效自评表资金行“得分”：执行率${pct(p.spent, p.budget)} × 分值10 = ${sc2(fundsScore(p.spent, p.budget))}；总分${sc2(SCORES[i])}和正文“预算执行得${sc2(fundsScore(p.spent, p.budget))}分”也按${sc2(fundsScore(p.spent, p.budget))}计`,
          sc2(fundsScore(p.spent, p.budget)),
          '9.17',
        )
      : sc2(fundsScore(p.spent, p.budget));
  H(1, `附件${i + 2} ${p.name}项目支出绩效自评表`);
  P(
    table(
      [[{ t: '项目名称' }, { t: p.name, cs: 7 }]],
      [
        [{ t: '主管部门' }, { t: DEPT, cs: 3 }, { t: '实施单位' }, { t: unitName(p), cs: 3 }],
        [{ t: '项目资金（万元）', rs: 5 }, '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [
          '年度资金总额',
          money(p.initial),
          money(p.budget),
          money(p.spent),
          '10',
          pct(p.spent, p.budget),
          fundsScoreCell,
        ],
        ['其中：当年财政拨款', money(p.initial), money(b1), money(s1), '—', pct(s1, b1), '—'],
        ['上年结转资金', '—', money(b2), money(s2), '—', b2.gt(0) ? pct(s2, b2) : '—', '—'],
        ['其他资金', '—', money(0), money(0), '—', '—', '—'],
        [
          { t: '年度总体目标', rs: 2 },
          { t: '预期目标', cs: 3 },
          { t: '实际完成情况', cs: 4 },
        ],
        [
          {
            t:
              f
                .slice(0, 3)
                .map((x) => x.l3 + x.target)
                .join('；') + '。',
            cs: 3,
          },
          {
            t:
              f
                .slice(0, 3)
                .map((x) => x.l3 + fill(x.actual))
                .join('；') + '。',
            cs: 4,
          },
        ],
        indicatorHead,
        ...indicatorRows(f),
        [{ t: '总分', cs: 5 }, '100', total, '自评等级：优'],
      ],
      { widths: [3, 3, 5, 3, 3, 2, 2, 5] },
    ),
  );
});
H(1, `附件7 ${DEPT}2024年度项目支出明细表`);
P(
  '<p class="center">单位：万元</p>',
  table(
    [['序号', '项目名称', '实施单位', '年初预算', '调整后预算', '全年执行', '执行率', '2023年执行']],
    [
      ...PR.map((p, i) => [
        String(i + 1),
        p.name,
        unitName(p).replace('沛县', ''),
        money(p.initial),
        money(p.budget),
        money(p.spent),
        pct(p.spent, p.budget),
        p.spent23.gt(0) ? money(p.spent23) : '—',
      ]),
      [
        { t: '合计', cs: 3 },
        money(S.PROJ.initial),
        money(S.PROJ.budget),
        money(S.PROJ.spent),
        pct(S.PROJ.spent, S.PROJ.budget),
        money(S.PROJ.spent23),
      ],
    ],
    { split: 16, widths: [2, 9, 6, 3, 3, 3, 3, 3] },
  ),
);
H(1, `附件8 ${DEPT}2024年度政府采购明细表`);
P(
  '<p class="center">单位：万元</p>',
  table(
    [['序号', '采购单位', '采购项目', '采购类别', '采购方式', '采购预算', '合同金额', '节约率', '是否授予中小企业']],
    [
      ...S.PROCUREMENT.map((x, i) => [
        String(i + 1),
        U[x.unit].name.replace('沛县', ''),
        x.name,
        x.cls,
        x.way,
        money(x.budget),
        money(x.contract),
        pct(x.budget.minus(x.contract), x.budget),
        x.sme ? '是' : '否',
      ]),
      [
        { t: '合计', cs: 5 },
        money(S.PROC.budget),
        money(S.PROC.contract),
        pct(S.PROC.budget.minus(S.PROC.contract), S.PROC.budget),
        '',
      ],
    ],
    { split: 22, widths: [2, 5, 8, 2, 3, 3, 3, 2, 2] },
  ),
);
H(1, `附件9 2024年度农机购置与应用补贴发放明细表`);
const subBody = [];
let n = 0;
for (const town of S.TOWNS) {
  const xs = S.SUBSIDY.filter((x) => x.town === town);
  xs.forEach((x, k) => {
    subBody.push(
      [
        String(++n),
        k === 0 ? { t: town, rs: xs.length } : null,
        x.who,
        x.machine,
        int(x.std),
        String(x.qty),
        money(x.amount),
      ].filter((c) => c !== null),
    );
  });
  subBody.push([
    { t: `${town}小计`, cs: 5 },
    String(xs.reduce((a, x) => a + x.qty, 0)),
    money(xs.reduce((a, x) => a + x.amount, 0)),
  ]);
}
subBody.push([{ t: '合计', cs: 5 }, String(S.MACHINE_COUNT), money(S.SUBSIDY_YUAN)]);
P(
  '<p class="center">单位：元</p>',
  table([['序号', '镇（街道）', '购机者', '机具品目', '补贴标准（元/台）', '数量（台）', '补贴金额']], subBody, {
    split: 26,
    widths: [2, 4, 6, 9, 4, 3, 4],
  }),
);

// ================= write
const front = { name: 's-nongye-2024', title: TITLE, injections: INJ.sort((a, b) => a.id - b.id) };
writeFileSync(
  join(HERE, 's-nongye-2024.spec.md'),
  `---\n${JSON.stringify(front, null, 2)}\n---\n\n${out.join('\n')}\n`,
);
console.log(`s-nongye-2024.spec.md: ${out.length} lines, ${INJ.length} injections, ${spec.tableNo} captioned tables`);
