// Writes z-anshan-2024.spec.md, the report-spec of report Z, from the figures of data.mjs and the text below: the
// 鞍山市财政局预算绩效评价中心's evaluation of the 2024年度鞍山市科技创新专项资金 (a 项目支出 paid to enterprises),
// its indicator tables one per first level (决策 / 过程 / 产出 / 效益, each with its own 小计).
//   node scripts/make-fixtures/corpus-z/make-spec.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, int, money, pct, r2, sc, sum } from '../spec/figures.mjs';
import * as R from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const STEM = 'z-anshan-2024';
const FUND = R.FUND; // 鞍山市科技创新专项资金
const TITLE = `2024年度${FUND}绩效评价报告`;
const CENTER = '鞍山市财政局预算绩效评价中心';
const BUREAU = '鞍山市科学技术局';

const spec = authoring();
const { P, H, caption, inj } = spec;
const m = (x) => money(x);
const E = R.ENTERPRISES;
const [FA, FB, FC, FD] = R.TREE;
const thirds = R.TREE.flatMap((f) => f.kids.flatMap((s) => s.kids));
const T = (code) => thirds.find((t) => t.code === code);
const TOTAL = R.TOTAL_SCORE;
const missedIn = (forms, reason) => Object.fromEntries(forms.map((f) => [f, { known_miss: true, reason }]));
// mammoth's markdown writes no table: every cell is a paragraph of its own (`inspect` of the .md lists 0 tables), and
// cells cannot be put back into rows without guessing the column count
const NO_TABLES_MD = "mammoth's markdown keeps no table (every cell a paragraph of its own, `inspect` lists 0 tables):";
const grade = (s) => (D(s).gte(90) ? '优秀' : D(s).gte(80) ? '良好' : D(s).gte(60) ? '合格' : '不合格');
const growth = (a, b) => pct(D(b).minus(a), a);
const line = (n) => R.LINES.find((l) => l.name === n);

// ================= cover
P(
  `<p class="center">${TITLE}</p>`,
  '<p class="center">鞍财绩评〔2025〕7号</p>',
  `评价项目：${FUND}（2024年度）`,
  `项目主管部门：${BUREAU}`,
  '项目类型：项目支出（专项资金）',
  `评价组织单位：鞍山市财政局`,
  `评价实施单位：${CENTER}`,
  '评价年度：2024年1月1日至2024年12月31日',
  '报告日期：2025年4月25日',
  BREAK,
  '<p class="center">摘  要</p>',
  `根据《辽宁省财政厅关于全面实施预算绩效管理的实施意见》和鞍山市财政局2025年度重点绩效评价工作安排，${CENTER}（以下简称“评价中心”）于2025年2月至4月对${BUREAU}（以下简称“市科技局”）主管的2024年度${FUND}（以下简称“专项资金”）开展了财政重点绩效评价。评价采用“决策、过程、产出、效益”四个一级指标、13个二级指标、${thirds.length}个三级指标的评价体系，对每个一级指标单独编制评分表。`,
  `经评价，专项资金2024年度综合得分${sc(TOTAL)}分，其中决策${sc(FA.score)}分、过程${sc(FB.score)}分、产出${sc(FC.score)}分、效益${sc(FD.score)}分，评价等级为“${grade(TOTAL)}”。专项资金全年预算${m(R.BUDGET)}万元，实际拨付${m(R.PAID)}万元，预算执行率${pct(R.PAID, R.BUDGET)}；支持企业研发投入后补助${E.length}家、高新技术企业认定奖励${R.HITECH.length}家、科技成果转化${R.TRANSFERS.length}项、科技创新平台${R.PLATFORMS.length}个、科技特派员${R.ENVOYS.length}名。主要问题是研发投入核定口径不统一、平台绩效跟踪不足和资金拨付集中于下半年。`,
  BREAK,
);

// ================= 一、基本情况
H(1, '一、项目基本情况');
H(2, '（一）项目背景及设立依据');
P(
  `为贯彻落实《辽宁省科技创新条例》和《鞍山市人民政府关于加快推进科技创新的若干政策措施》（鞍政发〔2022〕9号），鞍山市自2022年起设立科技创新专项资金，由市本级财政预算安排，用于支持企业加大研发投入、培育高新技术企业、推动科技成果转化、建设科技创新平台和开展科技特派员服务。2024年，市财政局、市科技局联合印发《${FUND}管理办法》（鞍财科〔2024〕15号，以下简称《管理办法》），明确了资金支持方向、补助标准、申报审核和绩效管理要求。`,
  `专项资金由市科技局负责项目组织、评审和绩效管理，市财政局负责预算安排、资金拨付和监督。市科技局内部分工为：资源配置与管理科牵头预算编制和资金分配；高新技术科负责高新技术企业认定奖励和企业研发投入后补助审核；成果转化与区域创新科负责科技成果转化补助和科技特派员管理；基础研究与平台建设科负责重点实验室和技术创新中心的建设与评估；办公室负责内控和档案管理。各县（市）区科技主管部门负责辖区企业申报材料的初审。`,
);
H(2, '（二）资金安排及使用范围');
P(
  `2024年度专项资金年初预算${m(R.BUDGET)}万元，全部为市本级一般公共预算资金。按支持方向分为五类：${R.LINES.map((l) => `${l.name}${m(l.budget)}万元`).join('，')}。截至2024年12月31日，专项资金实际拨付${m(R.PAID)}万元，预算执行率${pct(R.PAID, R.BUDGET)}，结余${m(R.BUDGET.minus(R.PAID))}万元已按规定收回市财政统筹使用。分类预算及执行情况见表1。`,
  caption('专项资金分类预算及执行情况（单位：万元）'),
  table(
    [['序号', '支持方向', '年初预算', '实际拨付', '结余', '执行率', '责任科室']],
    [
      ...R.LINES.map((l, i) => [
        String(i + 1),
        l.name,
        m(l.budget),
        m(l.paid),
        m(l.budget.minus(l.paid)),
        pct(l.paid, l.budget),
        ['高新技术科', '高新技术科', '成果转化与区域创新科', '基础研究与平台建设科', '成果转化与区域创新科'][i],
      ]),
      ['合计', '—', m(R.BUDGET), m(R.PAID), m(R.BUDGET.minus(R.PAID)), pct(R.PAID, R.BUDGET), '—'],
    ],
    { widths: [6, 22, 12, 12, 10, 10, 20] },
  ),
);
const B3 = R.BATCHES[2];
P(
  `专项资金分四个批次拨付。第一批次于${R.BATCHES[0].date}拨付${m(R.BATCHES[0].total)}万元，主要为高新技术企业认定奖励和科技特派员上半年工作经费；第二批次于${R.BATCHES[1].date}拨付${m(R.BATCHES[1].total)}万元，为高新技术企业类研发投入后补助；${inj(6, 'money', `第三批次于${B3.date}拨付${m(B3.total)}万元`, `第三批次于${B3.date}拨付${m(B3.total.plus(200))}万元`, `一（二）“第三批次于${B3.date}拨付${m(B3.total.plus(200))}万元”：表2第三批次合计${m(B3.total)}万元（研发投入后补助${m(B3.rd)} + 平台建设补助${m(B3.platform)}），四个批次合计${m(R.PAID)}万元`, m(B3.total), `第三批次于${B3.date}拨付${m(B3.total.plus(200))}万元`, missedIn(['md'], `${NO_TABLES_MD} a 批次's 拨付 is compared only with that part's cells (src/facts/funding/part-payments.ts), and 表2 has none (the .docx, .pdf and .txt find it)`))}，为科技型中小企业和规上工业企业研发投入后补助及平台建设补助；第四批次于${R.BATCHES[3].date}拨付${m(R.BATCHES[3].total)}万元，为科技成果转化补助和科技特派员下半年工作经费。各批次拨付情况见表2。`,
  caption('专项资金分批次拨付情况（单位：万元）'),
  table(
    [
      [
        '批次',
        '拨付日期',
        '指标文号',
        '研发投入后补助',
        '高企认定奖励',
        '成果转化补助',
        '平台建设补助',
        '科技特派员经费',
        '合计',
      ],
    ],
    [
      ...R.BATCHES.map((b) => [
        b.no,
        b.date,
        b.doc,
        m(b.rd),
        m(b.hitech),
        m(b.transfer),
        m(b.platform),
        m(b.envoy),
        m(b.total),
      ]),
      [
        '合计',
        '—',
        '—',
        ...['rd', 'hitech', 'transfer', 'platform', 'envoy', 'total'].map((k) => m(sum(R.BATCHES.map((b) => b[k])))),
      ],
    ],
    { widths: [8, 13, 16, 10, 10, 10, 10, 10, 10] },
  ),
);

H(2, '（三）绩效目标');
const targetRows = [
  ['数量指标', '研发投入后补助企业数', '≥45家', `${E.length}家`, pct(E.length, 45)],
  ['数量指标', '高新技术企业认定奖励数', '≥40家', `${R.HITECH.length}家`, pct(R.HITECH.length, 40)],
  ['数量指标', '新建及续建创新平台数', '≥18个', `${R.PLATFORMS.length}个`, pct(R.PLATFORMS.length, 18)],
  ['数量指标', '选派科技特派员人数', '≥40名', `${R.ENVOYS.length}名`, pct(R.ENVOYS.length, 40)],
  ['质量指标', '平台绩效评估合格率', '≥90%', '100%', '111.11%'],
  ['时效指标', '资金拨付完成时间', '2024年11月底前', '2024年12月10日', '未完成'],
  [
    '效益指标',
    '技术合同成交额',
    `≥${R.CONTRACT_TARGET}亿元`,
    `${R.CONTRACT_NOW}亿元`,
    pct(R.CONTRACT_NOW, R.CONTRACT_TARGET),
  ],
  ['效益指标', '发明专利授权量', '≥700件', '745件', pct(745, 700)],
  ['满意度指标', '受益企业满意度', '≥90%', pct(R.SURVEY.satisfied, R.SURVEY.back), '—'],
];
P(
  `市科技局在预算申报时设定的年度绩效目标为：支持企业研发投入后补助不少于45家，奖励高新技术企业不少于40家，新建及续建创新平台不少于18个，选派科技特派员不少于40名；全市技术合同成交额达到${R.CONTRACT_TARGET}亿元以上，发明专利授权量达到700件以上；受益企业满意度不低于90%。目标设定及完成情况见表3。其中技术合同成交额完成${R.CONTRACT_NOW}亿元，目标完成率${pct(R.CONTRACT_NOW, R.CONTRACT_TARGET)}，超额完成，主要是鞍钢集团等龙头企业技术交易规模扩大。`,
  caption('绩效目标及完成情况'),
  table([['指标类型', '指标名称', '目标值', '完成值', '完成率']], targetRows, { widths: [12, 26, 16, 16, 12] }),
);

// ================= 二、评价工作情况
H(1, '二、绩效评价工作开展情况');
H(2, '（一）评价目的、对象和范围');
P(
  `本次评价的对象为2024年度${FUND}，范围覆盖五类支持方向的全部资金${m(R.BUDGET)}万元及其支持的${E.length}家研发后补助企业、${R.HITECH.length}家高新技术企业、${R.TRANSFERS.length}个成果转化项目、${R.PLATFORMS.length}个创新平台和${R.ENVOYS.length}名科技特派员。评价目的是客观反映专项资金的使用绩效，发现管理中的问题，为2026年度预算安排和政策调整提供依据。`,
);
H(2, '（二）评价指标体系');
P(
  `评价中心按照《项目支出绩效评价管理办法》（财预〔2020〕10号）的共性指标框架，结合科技专项资金特点设置了4个一级指标、13个二级指标和${thirds.length}个三级指标。一级指标分值为决策${sc(FA.w)}分、过程${sc(FB.w)}分、产出${sc(FC.w)}分、效益${sc(FD.w)}分，合计100分。指标编码采用“一级字母+二级序号+三级序号”的方式，如A11表示决策类下第1个二级指标的第1个三级指标。每个一级指标单独编制评分表（表10至表13），各表末行为该一级指标的小计。`,
  `评价结果分为四个等级：综合得分90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。等级标准见表4。`,
  caption('评价等级划分标准'),
  table(
    [['等级', '分值区间', '说明']],
    [
      ['优秀', '90分（含）以上', '绩效目标全面实现，管理规范'],
      ['良好', '80分（含）—90分', '绩效目标基本实现，管理较规范'],
      ['合格', '60分（含）—80分', '绩效目标部分实现，管理存在一定问题'],
      ['不合格', '60分以下', '绩效目标未实现，管理存在较大问题'],
    ],
    { widths: [12, 24, 40] },
  ),
);
H(2, '（三）评价方法和过程');
P(
  `评价采用比较法、因素分析法、公众评判法和抽样核查相结合的方法。评价中心抽取研发后补助企业${E.length}家（全覆盖核查研发费用专项审计报告）、创新平台${R.PLATFORMS.length}个（全覆盖现场核查）、科技特派员服务对象22个，向受益企业发放满意度问卷${R.SURVEY.sent}份，回收有效问卷${R.SURVEY.back}份。评价工作分为前期准备（2025年2月10日至2月28日）、现场评价（3月1日至3月31日）和报告撰写（4月1日至4月25日）三个阶段，期间与市科技局各科室及6个县（市）区科技主管部门进行了座谈。`,
  BREAK,
);

// ================= 三、综合评价结论
H(1, '三、综合评价情况及评价结论');
P(
  `经评价，2024年度${FUND}综合得分${sc(TOTAL)}分。四个一级指标中，决策指标得分${sc(FA.score)}分（满分${sc(FA.w)}分），过程指标得分${sc(FB.score)}分（满分${sc(FB.w)}分），产出指标得分${sc(FC.score)}分（满分${sc(FC.w)}分），效益指标得分${sc(FD.score)}分（满分${sc(FD.w)}分）。各一级指标得分情况见表5。`,
  caption('一级指标得分汇总表'),
  table(
    [['编码', '一级指标', '分值', '得分', '得分率']],
    [
      ...R.TREE.map((f) => [
        f.code,
        f.name,
        sc(f.w),
        f.code === 'D'
          ? inj(
              2,
              'score',
              sc(f.score),
              sc(f.score.plus(1)),
              `表5一级指标得分汇总表“D 效益”得分${sc(f.score.plus(1))}：表13效益指标评分表小计${sc(f.score)}分（D11 ${sc(T('D11').score)} + D12 ${sc(T('D12').score)} + D21 ${sc(T('D21').score)} + D22 ${sc(T('D22').score)} + D31 ${sc(T('D31').score)} + D41 ${sc(T('D41').score)} = ${sc(f.score)}），正文三“效益指标得分${sc(f.score)}分”；表5合计${sc(TOTAL)}亦按${sc(f.score)}计`,
              sc(f.score),
              `${sc(f.score.plus(1))}`,
              missedIn(
                ['md'],
                `${NO_TABLES_MD} 表5's 效益 cell is a bare paragraph "27.5", no row of a table to be compared with 表13's 小计 or 三's "效益指标得分26.5分" (the .docx, .pdf and .txt find it)`,
              ),
            )
          : sc(f.score),
        pct(f.score, f.w),
      ]),
      ['合计', '—', '100', sc(TOTAL), pct(TOTAL, 100)],
    ],
    { widths: [8, 20, 10, 10, 12] },
  ),
  `评价中心认为，${inj(10, 'identity', `2024年度${FUND}`, `2023年度${FUND}`, `三“评价中心认为，2023年度${FUND}立项依据充分…”：评价对象为2024年度专项资金（标题、封面“评价年度：2024年1月1日至2024年12月31日”）`, '2024年度', `2023年度${FUND}`)}立项依据充分，资金分配程序较为规范，五类支持方向的产出目标基本完成，对全市企业研发投入增长、技术交易活跃和创新平台集聚发挥了积极作用；但在研发费用核定口径、平台建设绩效跟踪和资金拨付进度方面仍存在不足。${inj(3, 'score', `按照评价等级标准，综合得分${sc(TOTAL)}分，评价等级为“${grade(TOTAL)}”`, `按照评价等级标准，综合得分${sc(TOTAL)}分，评价等级为“优秀”`, `三“综合得分${sc(TOTAL)}分，评价等级为“优秀””：表4优秀为90分（含）以上，${sc(TOTAL)}分在80分（含）—90分，为“良好”（摘要同）`, '良好', '评价等级为“优秀”')}。`,
  BREAK,
);

// ================= 四、绩效分析
H(1, '四、绩效指标分析');
H(2, '（一）企业研发投入后补助');
const catTotal = (c) => sum(E.filter((e) => e.category === c).map((e) => e.subsidy));
const byCat = R.CATEGORIES.map(
  (c) =>
    `${c.name}${E.filter((e) => e.category === c.name).length}家，按核定研发投入的${sc(c.rate.times(100))}%补助${m(catTotal(c.name))}万元`,
);
P(
  `《管理办法》规定，对上年度研发投入经专项审计确认的企业，按核定研发投入的一定比例给予后补助：高新技术企业10%，科技型中小企业12%，其他规上工业企业8%，单户补助最高不超过300万元。2024年共有${E.length}家企业获得补助，企业申报研发投入合计${m(R.RD_DECLARED)}万元，经会计师事务所专项审计核定${m(R.RD_APPROVED)}万元，核减${m(R.RD_DECLARED.minus(R.RD_APPROVED))}万元，核减率${pct(R.RD_DECLARED.minus(R.RD_APPROVED), R.RD_DECLARED)}。其中${byCat.join('；')}。`,
  `经核定，全年向${E.length}家企业拨付研发投入后补助资金${inj(5, 'money', `${m(R.RD_TOTAL)}万元`, `${m(R.RD_TOTAL.plus('100.00'))}万元`, `四（一）“全年向${E.length}家企业拨付研发投入后补助资金${m(R.RD_TOTAL.plus(100))}万元”：表6合计${m(R.RD_TOTAL)}万元（小计${R.CATEGORIES.map((c) => m(catTotal(c.name))).join(' + ')}），表1企业研发投入后补助实际拨付${m(R.RD_TOTAL)}`, m(R.RD_TOTAL), `研发投入后补助资金${m(R.RD_TOTAL.plus(100))}万元`, missedIn(['md'], `${NO_TABLES_MD} a part's 拨付 is compared only with that part's cells (src/facts/funding/part-payments.ts), and neither 表1's 实际拨付 row nor 表6's 合计 is there (the .docx, .pdf and .txt find it)`))}，占专项资金实际拨付的${pct(R.RD_TOTAL, R.PAID)}。受补助企业2023年度核定研发投入${m(R.RD_APPROVED)}万元，较2022年度${m(R.RD_LAST)}万元增长${growth(R.RD_LAST, R.RD_APPROVED)}。各企业补助情况见表6（按补助类别排列，分类别设小计）。`,
);
// the injected row: one enterprise's 补助金额 not 核定 × 比例
const BAD = E[27];
const badWrong = BAD.subsidy.plus('6.30');
const rowsE = [];
let no = 0;
for (const c of R.CATEGORIES) {
  const es = E.filter((e) => e.category === c.name);
  for (const e of es)
    rowsE.push([
      String(++no),
      e.name,
      e.district,
      e.category,
      m(e.declared),
      m(e.approved),
      `${sc(e.rate.times(100))}%`,
      e === BAD
        ? inj(
            4,
            'money',
            m(e.subsidy),
            m(badWrong),
            `表6第${no}行${e.name}补助金额${m(badWrong)}万元：核定研发投入${m(e.approved)}万元 × 补助比例${sc(e.rate.times(100))}% = ${m(e.approved.times(e.rate))} → ${m(e.subsidy)}（附件1该企业核查情况同；${c.name}小计${m(catTotal(c.name))}按${m(e.subsidy)}计）`,
            m(e.subsidy),
            m(badWrong),
            missedIn(
              ['md'],
              `${NO_TABLES_MD} 表6's row has no columns (核定研发投入 × 补助比例) and its group no 小计 row to be added (the .docx, .pdf and .txt find it)`,
            ),
          )
        : m(e.subsidy),
    ]);
  rowsE.push([
    `${c.name}小计`,
    { t: `${es.length}家` },
    '—',
    '—',
    m(sum(es.map((e) => e.declared))),
    m(sum(es.map((e) => e.approved))),
    '—',
    m(catTotal(c.name)),
  ]);
}
rowsE.push(['合计', `${E.length}家`, '—', '—', m(R.RD_DECLARED), m(R.RD_APPROVED), '—', m(R.RD_TOTAL)]);
P(
  caption('企业研发投入后补助明细表（单位：万元）'),
  table([['序号', '企业名称', '所属区县', '补助类别', '申报研发投入', '核定研发投入', '补助比例', '补助金额']], rowsE, {
    split: 18,
    widths: [6, 30, 12, 14, 12, 12, 8, 10],
  }),
);

H(2, '（二）高新技术企业认定奖励');
const firstN = R.HITECH.filter((h) => h.kind === '首次认定').length;
P(
  `对2024年度首次通过认定的高新技术企业一次性奖励30万元，对重新认定的高新技术企业奖励10万元。全年奖励${R.HITECH.length}家，其中首次认定${firstN}家、奖励${m(D(30).times(firstN))}万元，重新认定${R.HITECH.length - firstN}家、奖励${m(D(10).times(R.HITECH.length - firstN))}万元，合计${m(R.HITECH_TOTAL)}万元。截至2024年底，全市有效高新技术企业826家，较上年742家净增84家。奖励名单见表7。`,
  caption('高新技术企业认定奖励明细表'),
  table(
    [['序号', '企业名称', '所属区县', '认定类型', '证书编号', '奖励金额（万元）']],
    [
      ...R.HITECH.map((h, i) => [String(i + 1), h.name, h.district, h.kind, h.cert, m(h.award)]),
      ['合计', `${R.HITECH.length}家`, '—', '—', '—', m(R.HITECH_TOTAL)],
    ],
    { split: 20, widths: [6, 32, 14, 12, 18, 12] },
  ),
);

H(2, '（三）科技创新平台建设');
const labs = R.PLATFORMS.filter((p) => p.kind === '重点实验室');
const centers = R.PLATFORMS.filter((p) => p.kind === '技术创新中心');
P(
  `2024年支持市级重点实验室${labs.length}个、技术创新中心${centers.length}个，补助资金${m(R.PLATFORM_TOTAL)}万元，其中重点实验室${m(sum(labs.map((p) => p.grant)))}万元、技术创新中心${m(sum(centers.map((p) => p.grant)))}万元。各平台依托单位2024年研发投入合计${m(sum(R.PLATFORMS.map((p) => p.rd)))}万元，上年为${m(sum(R.PLATFORMS.map((p) => p.rdLast)))}万元。各平台情况见表8。`,
  caption('科技创新平台建设补助明细表（单位：万元）'),
  table(
    [
      [
        '序号',
        '平台名称',
        '平台类别',
        '依托单位',
        '所属区县',
        '建设性质',
        '补助金额',
        '2024年研发投入',
        '2023年研发投入',
      ],
    ],
    [
      ...R.PLATFORMS.map((p, i) => [
        String(i + 1),
        p.name,
        p.kind,
        p.host,
        p.district,
        p.fresh,
        m(p.grant),
        m(p.rd),
        m(p.rdLast),
      ]),
      [
        '合计',
        `${R.PLATFORMS.length}个`,
        '—',
        '—',
        '—',
        '—',
        m(R.PLATFORM_TOTAL),
        m(sum(R.PLATFORMS.map((p) => p.rd))),
        m(sum(R.PLATFORMS.map((p) => p.rdLast))),
      ],
    ],
    { split: 10, widths: [5, 26, 10, 24, 10, 8, 8, 10, 10] },
  ),
);
for (const p of R.PLATFORMS)
  P(
    `${p.name}（依托${p.host}，${p.district}，${p.fresh}）：2024年获建设补助${m(p.grant)}万元，依托单位研发投入${m(p.rd)}万元（上年${m(p.rdLast)}万元）。现场核查显示平台场地、设备和研发团队已按建设任务书落实，年度绩效评估结论为合格及以上。`,
  );

H(2, '（四）科技成果转化');
P(
  `对企业吸纳高校院所科技成果并在鞍山市实现转化的，按技术合同实际成交额的10%给予补助，单项最高100万元。2024年支持成果转化${R.TRANSFERS.length}项，技术合同成交额合计${m(sum(R.TRANSFERS.map((t) => t.contract)))}万元，补助${m(R.TRANSFER_TOTAL)}万元。明细见表9。`,
  caption('科技成果转化补助明细表（单位：万元）'),
  table(
    [['序号', '转化成果', '承接企业', '技术来源', '技术合同成交额', '补助金额']],
    [
      ...R.TRANSFERS.map((t, i) => [String(i + 1), t.name, t.host, t.source, m(t.contract), m(t.subsidy)]),
      ['合计', `${R.TRANSFERS.length}项`, '—', '—', m(sum(R.TRANSFERS.map((t) => t.contract))), m(R.TRANSFER_TOTAL)],
    ],
    { widths: [6, 30, 30, 20, 12, 10] },
  ),
);
H(2, '（五）科技特派员');
P(
  `2024年市科技局选派科技特派员${R.ENVOYS.length}名，服务海城市、台安县、岫岩满族自治县和千山区的乡镇及企业，每人每年工作经费2万元，分上下半年两次拨付；年中新选派的${R.ENVOYS.filter((e) => e.first.isZero()).length}名仅拨付下半年经费。全年拨付${m(R.ENVOY_TOTAL)}万元。名单见附件2。`,
);
H(2, '（六）科技产出及效益');
const rowsO = R.OUTPUTS.map((o) => [
  o.name,
  o.name.includes('亿元') ? sc(o.last) : int(o.last.toNumber()),
  o.name.includes('亿元') ? sc(o.now) : int(o.now.toNumber()),
  sc(o.now.minus(o.last)),
  growth(o.last, o.now),
]);
P(
  `2024年全市专利申请量6,437件，授权量4,352件，其中发明专利授权745件，较上年612件增长${growth(612, 745)}；发表科技论文1,263篇。${inj(7, 'money', `全市技术合同成交额${R.CONTRACT_NOW}亿元，较上年${R.CONTRACT_LAST}亿元增长${growth(R.CONTRACT_LAST, R.CONTRACT_NOW)}`, `全市技术合同成交额${R.CONTRACT_NOW}亿元，较上年${R.CONTRACT_LAST}亿元增长${growth('84.42', R.CONTRACT_NOW)}`, `四（六）“技术合同成交额${R.CONTRACT_NOW}亿元，较上年${R.CONTRACT_LAST}亿元增长${growth('84.42', R.CONTRACT_NOW)}”：(${R.CONTRACT_NOW} − ${R.CONTRACT_LAST}) ÷ ${R.CONTRACT_LAST} = ${growth(R.CONTRACT_LAST, R.CONTRACT_NOW)}（表14同）`, growth(R.CONTRACT_LAST, R.CONTRACT_NOW).replace('%', ''), `增长${growth('84.42', R.CONTRACT_NOW)}`)}，技术合同登记数1,596项。主要科技产出见表14。`,
);

// ================= 五、各一级指标评分
H(1, '五、各一级指标评分情况');
const BANDS = {
  A11: '依据国家、省、市政策文件设立，与部门职能相符的得满分；依据不充分的每项扣1分',
  A12: '按规定程序申报、经集体决策的得满分；程序缺失每项扣0.5分',
  A21: '目标与资金量、支持方向匹配的得满分；部分匹配得2分；不匹配不得分',
  A22: '指标细化量化、可衡量的得满分；每有1项不可衡量扣0.5分',
  A31: '预算依据充分、测算合理的得满分；测算依据不足扣1分',
  A32: '分配因素、标准明确且与实际相符的得满分；每发现1项不符扣0.5分',
  B11: '≥95%得满分；90%（含）—95%得3分；85%（含）—90%得2分；＜85%不得分',
  B12: '≥95%得满分；90%（含）—95%得3分；85%（含）—90%得2分；＜85%不得分',
  B13: '无违规使用得满分；每发现1项不规范扣0.5分',
  B21: '制度健全并有效执行的得满分；缺少1项扣1分',
  B22: '评审程序完整、专家库使用规范的得满分；每发现1项问题扣0.5分',
  B23: '按规定开展验收和监督检查的得满分；未全覆盖扣0.5分',
  C11: '≥45家得满分；40（含）—45家得3分；＜40家不得分',
  C12: '≥40家得满分；35（含）—40家得2分；＜35家不得分',
  C13: '≥18个得满分；每少1个扣1分',
  C14: '≥40名得满分；35（含）—40名得2分',
  C21: '≥98%得满分；95%（含）—98%得4分；90%（含）—95%得3分；＜90%不得分',
  C22: '≥90%得满分；80%（含）—90%得2分；＜80%不得分',
  C31: '在2024年11月底前全部拨付的得满分；每延迟1个月扣1分',
  C41: '按《管理办法》标准补助的得满分；每发现1项超标扣1分',
  D11: '≥15%得满分；10%（含）—15%得5分；5%（含）—10%得3分；＜5%不得分',
  D12: '≥15%得满分；10%（含）—15%得4分；＜10%得2分',
  D21: '≥20%得满分；10%（含）—20%得4分；＜10%得2分',
  D22: '≥15项得满分；10（含）—15项得3分；＜10项得1分',
  D31: '平台全部正常运行的得满分；每有1个运行不正常扣1分',
  D41: '≥95%得满分；90%（含）—95%得4.5分；85%（含）—90%得3.5分；＜85%不得分',
};
const REASONS = {
  A21: '部分效益指标未与资金量挂钩',
  A22: '满意度指标未明确调查口径',
  A32: '平台补助标准未区分新建和续建',
  B12: `预算执行率${pct(R.PAID, R.BUDGET)}，在90%—95%区间`,
  B13: '2家企业补助资金拨付凭证不全',
  B22: '部分评审专家回避记录缺失',
  B23: '成果转化项目未全部验收',
  C13: '1个技术创新中心建设进度滞后',
  C21: '研发投入核定准确率96.8%，在95%—98%区间',
  C31: '第四批次于2024年12月10日拨付，延迟1个月',
  D11: `受补助企业研发投入增长${growth(R.RD_LAST, R.RD_APPROVED)}，在10%—15%区间`,
  D21: `发明专利授权增长${growth(612, 745)}，在10%—20%区间`,
  D22: `科技成果转化${R.TRANSFERS.length}项，在10—15项区间`,
  D41: `满意度${pct(R.SURVEY.satisfied, R.SURVEY.back)}，在90%—95%区间`,
};
let tNo = 0;
const FIRST_TABLES = R.TREE.map((f) => {
  tNo++;
  const rows = [];
  for (const s of f.kids)
    s.kids.forEach((t, k) => {
      rows.push([
        ...(k === 0 ? [{ t: `${s.code} ${s.name}`, rs: s.kids.length }] : []),
        t.code,
        t.name,
        sc(t.w),
        BANDS[t.code],
        sc(t.score),
        REASONS[t.code] ?? '—',
      ]);
    });
  const sub =
    f.code === 'B'
      ? inj(
          1,
          'score',
          sc(f.score),
          sc(f.score.plus(1)),
          `表11过程指标评分表小计得分${sc(f.score.plus(1))}：B11 ${sc(T('B11').score)} + B12 ${sc(T('B12').score)} + B13 ${sc(T('B13').score)} + B21 ${sc(T('B21').score)} + B22 ${sc(T('B22').score)} + B23 ${sc(T('B23').score)} = ${sc(f.score)}（表5“B 过程”${sc(f.score)}，正文三同）`,
          sc(f.score),
          sc(f.score.plus(1)),
          missedIn(
            ['md'],
            `${NO_TABLES_MD} 表11's 小计 has no B rows to be added nor 表5's 过程 row to be compared with (the .docx, .pdf and .txt find it)`,
          ),
        )
      : sc(f.score);
  rows.push([{ t: '小计', cs: 3 }, sc(f.w), '—', sub, '—']);
  return { f, rows };
});
for (const { f, rows } of FIRST_TABLES) {
  H(2, `（${'一二三四'[R.TREE.indexOf(f)]}）${f.name}指标（${sc(f.w)}分）`);
  P(
    `${f.name}指标下设${f.kids.length}个二级指标、${f.kids.reduce((a, s) => a + s.kids.length, 0)}个三级指标，满分${sc(f.w)}分，评价得分${sc(f.score)}分，得分率${pct(f.score, f.w)}。评分情况见表${9 + R.TREE.indexOf(f) + 1}。`,
    caption(`${f.code} ${f.name}指标评分表`),
    table([['二级指标', '编码', '三级指标', '分值', '评分标准', '得分', '扣分原因']], rows, {
      split: 5,
      widths: [12, 6, 16, 6, 34, 6, 20],
    }),
  );
  for (const s of f.kids)
    for (const t of s.kids)
      P(
        `${t.code} ${t.name}（${sc(t.w)}分）。评分标准：${BANDS[t.code]}。${REASONS[t.code] ? `评价发现${REASONS[t.code]}，` : '经核查，该项符合评分标准要求，'}得${sc(t.score)}分。`,
      );
}
P(
  caption('主要科技产出指标（2023年与2024年对比）'),
  table([['指标', '2023年', '2024年', '增减', '增长率']], rowsO, { widths: [30, 12, 12, 12, 12] }),
);

// ================= 六、问题
H(1, '六、存在的主要问题');
P(
  `（一）研发投入核定口径不统一。${E.filter((e) => !e.cut.isZero()).length}家企业的申报研发投入被核减，核减金额合计${m(R.RD_DECLARED.minus(R.RD_APPROVED))}万元，主要原因是设备购置费、非研发人员人工费等计入研发费用。不同会计师事务所对委托研发费用的核定口径不一致，部分区县初审把关不严。`,
  `（二）平台建设绩效跟踪不足。${inj(8, 'identity', `${FUND}`, '锦州市科技创新专项资金', `六（二）“锦州市科技创新专项资金对平台建设补助…”：评价对象为${FUND}，锦州市为另一地级市`, FUND, '锦州市科技创新专项资金')}对平台建设补助以一次性拨付为主，市科技局基础研究与平台建设科对平台运行的年度跟踪主要依赖依托单位自报材料，未建立平台产出与补助挂钩的动态调整机制，1个技术创新中心建设进度滞后。`,
  `（三）资金拨付集中于下半年。第三、四批次拨付资金占全年的${pct(R.BATCHES[2].total.plus(R.BATCHES[3].total), R.PAID)}，第四批次晚于绩效目标设定的11月底，影响了企业资金使用计划。`,
  `（四）绩效目标设置不够完善。${inj(9, 'identity', FUND, '鞍山市科技创新转向资金', `六（四）“鞍山市科技创新转向资金的绩效目标…”：“专项”误作“转向”（输入法同音错字），专项资金名称为${FUND}`, FUND, '鞍山市科技创新转向资金')}的绩效目标以数量指标为主，对企业研发投入强度、成果转化后新增销售收入等效益指标未作量化要求。`,
);
// ================= 七、建议
H(1, '七、有关建议');
P(
  `（一）统一研发费用核定口径。建议市科技局会同市财政局制定研发费用专项审计工作指引，明确委托研发、设备购置和人员人工费的归集标准，加强区县初审责任。`,
  `（二）建立平台绩效动态管理机制。建议对重点实验室和技术创新中心实行“年度评估+三年考核”，将后续补助与评估结果挂钩。`,
  `（三）加快资金拨付进度。建议将研发投入后补助的申报时间提前至每年3月，力争10月底前完成全部拨付。`,
  `（四）完善绩效目标。建议在2025年度专项资金绩效目标中增设“企业研发投入强度”“成果转化新增销售收入”等效益指标。`,
);
H(1, '八、其他需要说明的事项');
P(
  '（一）本报告金额单位除特别注明外均为万元；技术合同成交额单位为亿元。',
  '（二）表6中申报研发投入与核定研发投入不同，差额为专项审计核减金额；补助金额按核定研发投入计算。',
  '（三）表8中2023年研发投入为依托单位上年数据，仅作对比，不属于本年度补助计算依据。',
  '（四）表3中完成率超过100%的指标为超额完成。',
  `<p class="right">${CENTER}</p>`,
  '<p class="right">2025年4月25日</p>',
  BREAK,
);

// ================= 附件
H(1, '附件1 研发投入后补助企业核查情况');
E.forEach((e, i) =>
  P(
    `${i + 1}. ${e.name}（${e.district}，${e.category}）：申报2023年度研发投入${m(e.declared)}万元，经专项审计核定${m(e.approved)}万元${e.cut.isZero() ? '，未核减' : `，核减${m(e.cut)}万元，原因为${e.reason}`}；按${sc(e.rate.times(100))}%比例补助${m(e.subsidy)}万元。企业2022年度研发投入${m(e.last)}万元。`,
  ),
);
P(BREAK);
H(1, '附件2 科技特派员名单及经费拨付情况');
P(
  table(
    [
      [
        '序号',
        '姓名',
        '派出单位',
        '服务区县',
        '服务乡镇',
        '服务领域',
        '上半年（万元）',
        '下半年（万元）',
        '合计（万元）',
      ],
    ],
    [
      ...R.ENVOYS.map((e, i) => [
        String(i + 1),
        e.name,
        e.host,
        e.district,
        e.town,
        e.field,
        m(e.first),
        m(e.second),
        m(e.first.plus(e.second)),
      ]),
      [
        '合计',
        `${R.ENVOYS.length}名`,
        '—',
        '—',
        '—',
        '—',
        m(sum(R.ENVOYS.map((e) => e.first))),
        m(sum(R.ENVOYS.map((e) => e.second))),
        m(R.ENVOY_TOTAL),
      ],
    ],
    { split: 22, widths: [6, 10, 22, 14, 12, 14, 10, 10, 10] },
  ),
);
const dist = R.DISTRICTS.map((d) => {
  const es = E.filter((e) => e.district === d);
  const hs = R.HITECH.filter((h) => h.district === d);
  const ps = R.PLATFORMS.filter((p) => p.district === d);
  const a = sum(es.map((e) => e.subsidy)),
    b = sum(hs.map((h) => h.award)),
    c = sum(ps.map((p) => p.grant));
  return [d, String(es.length), m(a), String(hs.length), m(b), String(ps.length), m(c), m(a.plus(b).plus(c))];
});
H(1, '附件3 分区县资金分配情况');
P(
  table(
    [
      [
        '区县',
        '研发后补助企业（家）',
        '研发后补助（万元）',
        '高企奖励企业（家）',
        '高企奖励（万元）',
        '平台（个）',
        '平台补助（万元）',
        '小计（万元）',
      ],
    ],
    [
      ...dist,
      [
        '合计',
        String(E.length),
        m(R.RD_TOTAL),
        String(R.HITECH.length),
        m(R.HITECH_TOTAL),
        String(R.PLATFORMS.length),
        m(R.PLATFORM_TOTAL),
        m(R.RD_TOTAL.plus(R.HITECH_TOTAL).plus(R.PLATFORM_TOTAL)),
      ],
    ],
    { widths: [14, 10, 12, 10, 12, 8, 12, 12] },
  ),
  '注：科技成果转化补助和科技特派员经费不按区县分配，未列入本表。',
);
H(1, '附件4 评价组成员');
P(
  table(
    [['姓名', '单位', '职务/职称', '分工']],
    [
      ['刘振华', CENTER, '主任', '组长，统筹评价'],
      ['孙丽娜', CENTER, '副主任、高级会计师', '副组长，资金核查'],
      ['赵明', CENTER, '科员', '指标评分、报告撰写'],
      ['陈晓光', '鞍山市财政局教科文科', '副科长', '政策咨询'],
      ['王海涛', '辽宁科技大学', '教授', '平台技术评估'],
    ],
    { widths: [10, 34, 18, 24] },
  ),
);

// the third-level count stated in prose
const nThirds = thirds.length;
if (nThirds !== 26) throw new Error('26 third levels: ' + nThirds);
spec.write(HERE, STEM, TITLE);
