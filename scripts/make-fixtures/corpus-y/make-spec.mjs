// Writes y-wulanchabu-2024.spec.md, the report-spec of report Y, from the figures of data.mjs and the text below.
// The spec is the report: build it with build.mjs, check it with check.mjs.
//   node scripts/make-fixtures/corpus-y/make-spec.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, int, money, pct, r2, sc2, sum, wan, yuan } from '../spec/figures.mjs';
import * as R from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const STEM = 'y-wulanchabu-2024';
const NAME = `${R.CITY}${R.YEAR}年${R.FUND}`; // 乌兰察布市2024年城镇保障性安居工程专项资金
const TITLE = `${NAME}政策绩效评价报告`;
const FIRM = '内蒙古正衡项目管理咨询有限公司';
const spec = authoring();
const { P, H, caption, inj } = spec;
const m = (x) => money(x);
const PL = R.PLACES;
const place = (n) => PL.find((p) => p.name === n);
const [F1, F2, F3, F4] = R.TREE;
const seconds = R.TREE.flatMap((f) => f.kids);
const thirds = seconds.flatMap((s) => s.kids);
const rate100 = (a, b) => pct(a, b);
const scoreRate = (f) => pct(f.score, f.w);
const surveyValid = R.SURVEY.reduce((a, s) => a + s.valid, 0);
const surveySent = R.SURVEY.reduce((a, s) => a + s.sent, 0);
const surveyHappy = R.SURVEY.reduce((a, s) => a + s.happy, 0);
const sh = R.SHANTY_PROJECTS;
const shTask = sh.reduce((a, x) => a + x.task, 0);
const shStarted = sh.reduce((a, x) => a + x.started, 0);
const shBuilt = sh.reduce((a, x) => a + x.built, 0);
const shMoved = sh.reduce((a, x) => a + x.moved, 0);
const shInvest = sum(sh.map((x) => x.invest));
const rtTask = R.RENTAL.reduce((a, x) => a + x.task, 0);
const rtDone = R.RENTAL.reduce((a, x) => a + x.done, 0);
const inPlan = sum(R.INFRA.map((x) => x.plan));
const inDone = sum(R.INFRA.map((x) => x.done));
const inFinished = R.INFRA.filter((x) => x.finished).length;
const SUBSIDY_WAN = r2(R.SUBSIDY_YUAN.div(10000));

// ================= cover
P(
  `<p class="center">${TITLE}</p>`,
  '<p class="center">报告编号：内正衡绩评〔2025〕第027号</p>',
  `评价对象：${NAME}`,
  '资金主管部门：乌兰察布市住房和城乡建设局',
  '委托单位：乌兰察布市财政局',
  `评价机构：${FIRM}`,
  '评价期间：2024年1月1日至2024年12月31日',
  '报告日期：2025年4月16日',
  BREAK,
  `<p class="center">${TITLE}</p>`,
  `受乌兰察布市财政局委托，${FIRM}（以下简称“我公司”）依据《中共中央 国务院关于全面实施预算绩效管理的意见》《内蒙古自治区党委 自治区人民政府关于全面实施预算绩效管理的实施意见》《中央财政城镇保障性安居工程补助资金管理办法》（财综〔2022〕37号）和《乌兰察布市财政局关于开展2025年市级财政重点绩效评价工作的通知》（乌财绩〔2025〕5号），组成评价组，于2025年2月至4月对${NAME}（以下简称“专项资金”）开展了政策（专项资金）绩效评价。评价组采用资料核查、现场勘查、入户核实、问卷调查和座谈访谈等方法，对全市11个旗县市区的资金管理和政策实施情况进行了评价，现将评价情况报告如下。`,
);

// ================= 一、基本情况
H(1, '一、基本情况');
H(2, '（一）政策背景');
P(
  '城镇保障性安居工程是解决城镇中低收入家庭住房困难、改善群众居住条件的重要民生工程。2024年，自治区住房和城乡建设厅、财政厅下达乌兰察布市公租房保障、城市棚户区改造、保障性租赁住房筹集和配套基础设施建设任务，乌兰察布市住房和城乡建设局会同市财政局将任务分解至集宁区、丰镇市、卓资县、化德县、商都县、兴和县、凉城县、察哈尔右翼前旗、察哈尔右翼中旗、察哈尔右翼后旗和四子王旗11个旗县市区。',
  '专项资金的支持范围包括：公租房保障（含实物配租房源维修改造和租赁补贴发放）、城市棚户区改造（含征收补偿和安置房建设）、保障性租赁住房筹集以及城镇保障性安居工程配套基础设施建设。租赁补贴按“补贴标准×保障面积”按月计发，补贴标准由各旗县市区确定，单位为元/㎡·月。',
);
H(2, '（二）资金安排及到位情况');
const carriedSentence = `此外，各旗县市区年初有2023年结转资金${m(R.CARRIED)}万元，已于2024年上半年全部支出，未计入2024年资金到位率和执行率`;
P(
  `2024年，${NAME}共下达预算${m(R.PLAN_TOTAL)}万元，其中中央财政补助资金${m(R.PLAN[0])}万元、自治区财政补助资金${m(R.PLAN[1])}万元、市级财政资金${m(R.PLAN[2])}万元、旗县财政资金${m(R.PLAN[3])}万元。`,
  `截至2024年12月31日，全市实际到位资金${m(R.ARRIVED_TOTAL)}万元，资金到位率${pct(R.ARRIVED_TOTAL, R.PLAN_TOTAL)}。分层级看，${inj(
    5,
    'money',
    `中央财政补助资金到位${m(R.ARRIVED[0])}万元`,
    `中央财政补助资金到位${m(R.ARRIVED[0].plus('300.00'))}万元`,
    `一（二）“全市实际到位资金${m(R.ARRIVED_TOTAL)}万元…分层级看，中央财政补助资金到位${m(R.ARRIVED[0].plus('300.00'))}万元、自治区…${m(R.ARRIVED[1])}万元、市级…${m(R.ARRIVED[2])}万元、旗县…${m(R.ARRIVED[3])}万元”：四层合计${m(R.ARRIVED_TOTAL.plus('300.00'))} ≠ ${m(R.ARRIVED_TOTAL)}；表1中央财政补助资金实际到位${m(R.ARRIVED[0])}`,
    m(R.ARRIVED[0]),
  )}、自治区财政补助资金到位${m(R.ARRIVED[1])}万元、市级财政资金到位${m(R.ARRIVED[2])}万元、旗县财政资金到位${m(R.ARRIVED[3])}万元。中央、自治区和市级资金均已全额到位，旗县财政资金应到位${m(R.PLAN[3])}万元，实际到位${m(R.ARRIVED[3])}万元，到位率${pct(R.ARRIVED[3], R.PLAN[3])}，商都县、察哈尔右翼中旗和四子王旗本级配套资金未全部到位。${carriedSentence}。资金分层级情况见表1，分旗县市区情况见表2。`,
  caption('2024年专项资金分层级下达及到位情况（单位：万元）'),
  table(
    [['资金层级', '下达预算', '实际到位', '到位率', '占到位资金比重']],
    [
      ...R.LAYERS.map((l, k) => [
        l,
        m(R.PLAN[k]),
        m(R.ARRIVED[k]),
        pct(R.ARRIVED[k], R.PLAN[k]),
        pct(R.ARRIVED[k], R.ARRIVED_TOTAL),
      ]),
      ['合计', m(R.PLAN_TOTAL), m(R.ARRIVED_TOTAL), pct(R.ARRIVED_TOTAL, R.PLAN_TOTAL), '100.00%'],
    ],
    { widths: [24, 14, 14, 10, 12] },
  ),
  caption('2024年专项资金分旗县市区到位及支出情况（单位：万元）'),
  table(
    [
      [
        { t: '旗县市区', rs: 2 },
        { t: '实际到位', cs: 5 },
        { t: '2023年结转', rs: 2 },
        { t: '2024年支出', rs: 2 },
        { t: '执行率', rs: 2 },
      ],
      ['中央', '自治区', '市级', '旗县', '小计'],
    ],
    [
      ...PL.map((p) => [
        p.name,
        ...p.arrived.map(m),
        m(p.arrivedTotal),
        m(p.carried),
        m(p.spent),
        pct(p.spent, p.arrivedTotal),
      ]),
      ['合计', ...R.ARRIVED.map(m), m(R.ARRIVED_TOTAL), m(R.CARRIED), m(R.SPENT), pct(R.SPENT, R.ARRIVED_TOTAL)],
    ],
    { widths: [16, 10, 10, 9, 9, 11, 10, 11, 9] },
  ),
  `截至2024年12月31日，全市累计支出${m(R.SPENT)}万元，占到位资金${m(R.ARRIVED_TOTAL)}万元的${inj(
    6,
    'money',
    pct(R.SPENT, R.ARRIVED_TOTAL),
    '93.85%',
    `一（二）“全市累计支出${m(R.SPENT)}万元，占到位资金${m(R.ARRIVED_TOTAL)}万元的93.85%”：${m(R.SPENT)} ÷ ${m(R.ARRIVED_TOTAL)} = ${pct(R.SPENT, R.ARRIVED_TOTAL)}（表2合计行执行率同）`,
    pct(R.SPENT, R.ARRIVED_TOTAL).replace('%', ''),
  )}，尚未支出${m(R.ARRIVED_TOTAL.minus(R.SPENT))}万元。各旗县市区执行率在${pct(
    PL.reduce((a, p) => (p.spent.div(p.arrivedTotal).lt(a.spent.div(a.arrivedTotal)) ? p : a)).spent,
    PL.reduce((a, p) => (p.spent.div(p.arrivedTotal).lt(a.spent.div(a.arrivedTotal)) ? p : a)).arrivedTotal,
  )}至${pct(
    PL.reduce((a, p) => (p.spent.div(p.arrivedTotal).gt(a.spent.div(a.arrivedTotal)) ? p : a)).spent,
    PL.reduce((a, p) => (p.spent.div(p.arrivedTotal).gt(a.spent.div(a.arrivedTotal)) ? p : a)).arrivedTotal,
  )}之间，支出明细见附件4。`,
);

H(2, '（三）任务完成情况');
H(3, '1.公租房保障');
P(
  `截至2024年末，全市公租房保有量${int(R.STOCK)}套，实物配租在保${int(R.ALLOCATED)}套，实物配租分配率${pct(R.ALLOCATED, R.STOCK)}；自治区下达租赁补贴任务${int(R.SUBSIDY_TASK)}户，全年实际发放${int(R.SUBSIDY_HH)}户、保障${int(R.SUBSIDY_PEOPLE)}人，完成率${pct(R.SUBSIDY_HH, R.SUBSIDY_TASK)}，发放租赁补贴${m(SUBSIDY_WAN)}万元。实物配租以“套”计，租赁补贴以“户”计，二者为不同保障方式，不相加。各旗县市区补贴标准为5至8元/㎡·月，其中集宁区8元/㎡·月。分旗县市区情况见表3，各月发放明细见附件3（单位：元），公租房小区明细见附件2。`,
  caption('2024年公租房保障情况'),
  table(
    [
      [
        '旗县市区',
        '公租房保有量（套）',
        '实物配租在保（套）',
        '分配率',
        '补贴任务（户）',
        '发放户数（户）',
        '保障人数（人）',
        '完成率',
        '补贴标准（元/㎡·月）',
        '发放金额（万元）',
      ],
    ],
    [
      ...PL.map((p) => [
        p.name,
        int(p.stock),
        int(p.allocated),
        pct(p.allocated, p.stock),
        int(p.subsidyTask),
        p.name === '察哈尔右翼前旗'
          ? inj(
              4,
              'count',
              int(p.subsidyHouseholds),
              int(p.subsidyHouseholds + 34),
              `表3察哈尔右翼前旗“发放户数（户）${int(p.subsidyHouseholds + 34)}”：合计行${int(R.SUBSIDY_HH)}户减去其他10个旗县市区之和${int(R.SUBSIDY_HH - p.subsidyHouseholds)}户为${int(p.subsidyHouseholds)}户（其完成率${pct(p.subsidyHouseholds, p.subsidyTask)}按${int(p.subsidyHouseholds)}户计）`,
              int(p.subsidyHouseholds),
            )
          : int(p.subsidyHouseholds),
        int(p.subsidyPeople),
        pct(p.subsidyHouseholds, p.subsidyTask),
        String(p.std),
        m(r2(p.subsidyYuan.div(10000))),
      ]),
      [
        '合计',
        int(R.STOCK),
        int(R.ALLOCATED),
        pct(R.ALLOCATED, R.STOCK),
        int(R.SUBSIDY_TASK),
        int(R.SUBSIDY_HH),
        int(R.SUBSIDY_PEOPLE),
        pct(R.SUBSIDY_HH, R.SUBSIDY_TASK),
        '—',
        m(sum(PL.map((p) => r2(p.subsidyYuan.div(10000))))),
      ],
    ],
    { widths: [14, 9, 9, 8, 9, 9, 9, 8, 9, 10] },
  ),
);
const over = PL.filter((p) => p.subsidyHouseholds > p.subsidyTask);
P(
  `${over.map((p) => `${p.name}发放${int(p.subsidyHouseholds)}户，完成率${pct(p.subsidyHouseholds, p.subsidyTask)}`).join('，')}，因年中新增新就业无房职工纳入保障范围，超额完成任务；其余旗县市区中${PL.filter((p) => p.subsidyHouseholds < p.subsidyTask).length}个未完成租赁补贴任务。`,
);
H(3, '2.城市棚户区改造');
P(
  `2024年全市城市棚户区改造开工任务${int(shTask)}套，实际开工${int(shStarted)}套，开工完成率${pct(shStarted, shTask)}；当年基本建成${int(shBuilt)}套（含以前年度开工项目），分配入住${int(shMoved)}套，完成投资${m(shInvest)}万元。开工、基本建成和分配入住分属不同建设阶段，套数口径不同。其中集宁区桥东片区棚户区改造项目为全市规模最大的项目。分项目情况见表4。`,
  caption('2024年城市棚户区改造项目情况'),
  table(
    [
      [
        '旗县市区',
        '项目名称',
        '开工任务（套）',
        '实际开工（套）',
        '基本建成（套）',
        '分配入住（套）',
        '完成投资（万元）',
      ],
    ],
    (() => {
      const rows = [];
      for (const p of PL) {
        const mine = sh.filter((x) => x.place === p);
        mine.forEach((x, k) =>
          rows.push(
            [
              k === 0 ? { t: p.name, rs: mine.length } : null,
              x.name,
              int(x.task),
              int(x.started),
              int(x.built),
              int(x.moved),
              m(x.invest),
            ].filter((c) => c !== null),
          ),
        );
        if (mine.length > 1)
          rows.push([
            { t: `${p.name}小计`, cs: 2 },
            int(mine.reduce((a, x) => a + x.task, 0)),
            int(mine.reduce((a, x) => a + x.started, 0)),
            int(mine.reduce((a, x) => a + x.built, 0)),
            int(mine.reduce((a, x) => a + x.moved, 0)),
            m(sum(mine.map((x) => x.invest))),
          ]);
      }
      rows.push([{ t: '合计', cs: 2 }, int(shTask), int(shStarted), int(shBuilt), int(shMoved), m(shInvest)]);
      return rows;
    })(),
    { split: 12, widths: [14, 30, 9, 9, 9, 9, 11] },
  ),
);
H(3, '3.保障性租赁住房');
P(
  `2024年自治区下达乌兰察布市保障性租赁住房筹集任务${int(rtTask)}套，涉及6个旗县市区，全年实际筹集${int(rtDone)}套，完成率${pct(rtDone, rtTask)}。${R.RENTAL.filter(
    (x) => x.done > x.task,
  )
    .map((x) => `${x.place.name}筹集${int(x.done)}套，完成率${pct(x.done, x.task)}`)
    .join('；')}，通过盘活存量房源超额完成任务。分旗县市区情况见表5。`,
  caption('2024年保障性租赁住房筹集情况（单位：套）'),
  table(
    [['旗县市区', '筹集方式', '筹集任务', '实际筹集', '完成率']],
    [
      ...R.RENTAL.map((x) => [x.place.name, x.way, int(x.task), int(x.done), pct(x.done, x.task)]),
      ['合计', '—', int(rtTask), int(rtDone), pct(rtDone, rtTask)],
    ],
    { widths: [18, 14, 10, 10, 10] },
  ),
);
H(3, '4.配套基础设施');
P(
  `2024年全市安排城镇保障性安居工程配套基础设施项目${R.INFRA.length}个，计划投资${m(inPlan)}万元，完成投资${m(inDone)}万元，投资完成率${pct(inDone, inPlan)}；已完工${inFinished}个，在建${R.INFRA.length - inFinished}个，完工率${pct(inFinished, R.INFRA.length)}。项目明细见附件5。`,
);

// ================= 二、评价工作情况
H(1, '二、评价工作情况');
H(2, '（一）评价对象和范围');
P(
  `本次评价对象为${NAME}，评价范围为2024年中央、自治区、市级和旗县四级财政安排的城镇保障性安居工程资金及其支持的公租房保障、城市棚户区改造、保障性租赁住房和配套基础设施任务，覆盖全市11个旗县市区。2023年结转资金的使用情况作为背景资料，不纳入评分。`,
);
H(2, '（二）评价指标体系');
P(
  `评价组结合政策目标和资金管理要求，采用“扣分制”设计评价指标体系，${inj(
    9,
    'count',
    `共设置一级指标4个、二级指标${seconds.length}个、三级指标${thirds.length}个`,
    `共设置一级指标4个、二级指标${seconds.length}个、三级指标${thirds.length + 1}个`,
    `二（二）“共设置一级指标4个、二级指标${seconds.length}个、三级指标${thirds.length + 1}个”：附件1和表6列出的三级指标为${thirds.length}个（投入6、过程7、产出11、效益7）`,
    String(thirds.length),
    `三级指标${thirds.length + 1}个`,
  )}。一级指标权重为投入${F1.w}分、过程${F2.w}分、产出${F3.w}分、效益${F4.w}分，合计100分。其中投入指标下设${F1.kids.length}个二级指标、${F1.kids.reduce((a, s) => a + s.kids.length, 0)}个三级指标，过程指标下设${F2.kids.length}个二级指标、${F2.kids.reduce((a, s) => a + s.kids.length, 0)}个三级指标，产出指标下设${F3.kids.length}个二级指标、${F3.kids.reduce((a, s) => a + s.kids.length, 0)}个三级指标，效益指标下设${F4.kids.length}个二级指标、${F4.kids.reduce((a, s) => a + s.kids.length, 0)}个三级指标。各指标按评分标准从分值中扣分，得分＝分值－扣分，扣分保留两位小数。指标体系见表6，评分情况见附件1。`,
  caption('评价指标体系及分值'),
  table(
    [['一级指标', '二级指标', '三级指标', '分值']],
    R.TREE.flatMap((f) =>
      f.kids.flatMap((s, si) =>
        s.kids.map((x, k) => {
          const first =
            si === 0 && k === 0
              ? [{ t: `${f.name}（${f.w}分）`, rs: f.kids.reduce((a, y) => a + y.kids.length, 0) }]
              : [];
          const second = k === 0 ? [{ t: `${s.name}（${s.w}分）`, rs: s.kids.length }] : [];
          return [...first, ...second, x.name, String(x.w)];
        }),
      ),
    ).concat([[{ t: '合计', cs: 3 }, '100']]),
    { split: 16, widths: [14, 18, 30, 8] },
  ),
);
H(2, '（三）评价等级');
P(
  '评价结果实行百分制，按综合得分划分为四个等级，见表7。',
  caption('评价等级划分'),
  table(
    [['等级', '得分区间']],
    [
      ['优', '90分（含）以上'],
      ['良', '80分（含）至90分'],
      ['中', '60分（含）至80分'],
      ['差', '60分以下'],
    ],
    { widths: [10, 30] },
  ),
);
H(2, '（四）评价方法和问卷调查');
P(
  `评价组采用比较法、因素分析法和公众评判法，现场抽查公租房小区${22}个、棚改项目${9}个、配套项目${12}个，入户核实租赁补贴保障家庭${R.VISITS.length}户（明细见附件6），其中审核资料不全${R.VISITS.filter((v) => v.missing).length}户。问卷调查面向公租房保障对象和棚改居民，共发放问卷${int(surveySent)}份，回收有效问卷${int(surveyValid)}份，其中表示“非常满意”和“满意”的${int(surveyHappy)}份，综合满意度${pct(surveyHappy, surveyValid)}。分旗县市区问卷情况见表8。`,
  caption('问卷调查情况（分旗县市区）'),
  table(
    [['旗县市区', '发放问卷（份）', '有效问卷（份）', '满意（份）', '满意度']],
    [
      ...R.SURVEY.map((s) => [s.place.name, int(s.sent), int(s.valid), int(s.happy), pct(s.happy, s.valid)]),
      ['合计', int(surveySent), int(surveyValid), int(surveyHappy), pct(surveyHappy, surveyValid)],
    ],
    { widths: [18, 12, 12, 12, 10] },
  ),
);

// ================= 三、评价结论
H(1, '三、综合评价结论');
P(
  `经评价，${NAME}${inj(
    3,
    'score',
    `综合得分${sc2(R.TOTAL)}分`,
    `综合得分${sc2(R.TOTAL.minus(1))}分`,
    `三“综合得分${sc2(R.TOTAL.minus(1))}分”：投入${sc2(F1.score)} + 过程${sc2(F2.score)} + 产出${sc2(F3.score)} + 效益${sc2(F4.score)} = ${sc2(R.TOTAL)}（表9、附件1合计）`,
    sc2(R.TOTAL),
  )}，扣分${sc2(R.DEDUCTED)}分，评价等级为“${R.GRADE}”。其中投入指标得分${sc2(F1.score)}分，过程指标得分${sc2(F2.score)}分，产出指标得分${sc2(F3.score)}分，效益指标得分${sc2(F4.score)}分。各一级指标得分情况见表9。`,
  caption('一级指标得分汇总'),
  table(
    [['项目', ...R.TREE.map((f) => `${f.name}指标`), '合计']],
    [
      ['分值', ...R.TREE.map((f) => sc2(f.w)), '100.00'],
      ['扣分', ...R.TREE.map((f) => sc2(f.ded)), sc2(R.DEDUCTED)],
      [
        '得分',
        ...R.TREE.map((f) =>
          f === F2
            ? inj(
                1,
                'score',
                sc2(f.score),
                sc2(f.score.plus('0.50')),
                `表9（横排汇总表）过程指标“得分”${sc2(f.score.plus('0.50'))}：附件1过程指标各三级指标得分之和${sc2(f.score)}（分值${sc2(f.w)} − 扣分${sc2(f.ded)} = ${sc2(f.score)}；正文四（二）标题同）`,
                sc2(f.score),
              )
            : sc2(f.score),
        ),
        sc2(R.TOTAL),
      ],
      ['得分率', ...R.TREE.map((f) => scoreRate(f)), pct(R.TOTAL, 100)],
    ],
    { widths: [10, 12, 12, 12, 12, 12] },
  ),
  `评价组认为，${inj(
    8,
    'identity',
    NAME,
    `${R.CITY}2022年${R.FUND}`,
    `三“评价组认为，${R.CITY}2022年${R.FUND}政策目标明确…”：评价对象为2024年资金（标题、封面、一（二）），2022年的资金不在本次评价范围`,
    '2024年',
  )}政策目标明确，资金分配总体合理，公租房保障和棚户区改造任务基本完成，保障性租赁住房超额完成筹集任务，对改善城镇中低收入家庭住房条件发挥了积极作用；但仍存在旗县配套资金未全部到位、部分资金执行偏慢、配套项目完工滞后和档案管理不规范等问题。`,
);

// ================= 四、绩效分析
H(1, '四、绩效分析');
const FIRST_NO = ['（一）', '（二）', '（三）', '（四）'];
const detail = {
  资金到位率: `全市资金到位率${pct(R.ARRIVED_TOTAL, R.PLAN_TOTAL)}，旗县财政资金到位率${pct(R.ARRIVED[3], R.PLAN[3])}。`,
  预算执行率: `全市执行率${pct(R.SPENT, R.ARRIVED_TOTAL)}，低于95%。`,
  实物配租分配率: `全市实物配租分配率${pct(R.ALLOCATED, R.STOCK)}，高于95%。`,
  租赁补贴发放户数完成率: `全市租赁补贴发放完成率${pct(R.SUBSIDY_HH, R.SUBSIDY_TASK)}，${PL.filter((p) => p.subsidyHouseholds < p.subsidyTask).length}个旗县未完成任务。`,
  棚改开工完成率: `实际开工${int(shStarted)}套，开工任务${int(shTask)}套，完成率${pct(shStarted, shTask)}。`,
  筹集任务完成率: `实际筹集${int(rtDone)}套，任务${int(rtTask)}套，完成率${pct(rtDone, rtTask)}。`,
  配套项目完工率: `${R.INFRA.length}个配套项目中已完工${inFinished}个，在建${R.INFRA.length - inFinished}个。`,
  配套投资完成率: `配套投资完成率${pct(inDone, inPlan)}。`,
  保障对象满意度: `问卷综合满意度${pct(surveyHappy, surveyValid)}。`,
};
R.TREE.forEach((f, fi) => {
  const head = `${FIRST_NO[fi]}${f.name}指标（分值${sc2(f.w)}分，扣分${sc2(f.ded)}分，得分${
    f === F3
      ? inj(
          2,
          'score',
          `${sc2(f.score)}分`,
          `${sc2(f.score.plus('0.50'))}分`,
          `四（三）标题“产出指标（分值${sc2(f.w)}分，扣分${sc2(f.ded)}分，得分${sc2(f.score.plus('0.50'))}分）”：${sc2(f.w)} − ${sc2(f.ded)} = ${sc2(f.score)}（表9、附件1同）`,
          sc2(f.score),
          `得分${sc2(f.score.plus('0.50'))}分`,
        )
      : `${sc2(f.score)}分`
  }）`;
  H(2, head);
  P(
    f === F4
      ? `${f.name}指标${inj(
          10,
          'score',
          `分值${sc2(f.w)}分，得分${sc2(f.score)}分，得分率${scoreRate(f)}`,
          `分值${sc2(f.w)}分，得分${sc2(f.score)}分，得分率92.60%`,
          `四（四）“效益指标分值${sc2(f.w)}分，得分${sc2(f.score)}分，得分率92.60%”：${sc2(f.score)} ÷ ${sc2(f.w)} = ${scoreRate(f)}（表9同）`,
          scoreRate(f).replace('%', ''),
          '得分率92.60%',
        )}，下设${f.kids.length}个二级指标。`
      : `${f.name}指标分值${sc2(f.w)}分，得分${sc2(f.score)}分，得分率${scoreRate(f)}，下设${f.kids.length}个二级指标。`,
  );
  f.kids.forEach((s, si) => {
    H(3, `${si + 1}.${s.name}（分值${sc2(s.w)}分，得分${sc2(s.score)}分）`);
    for (const x of s.kids)
      P(
        `${x.name}（分值${sc2(x.w)}分，扣分${sc2(x.ded)}分，得分${sc2(x.score)}分）。评分标准：${x.rule}。${detail[x.name] ?? ''}${
          x.ded.isZero() ? '经核查，该项未发现扣分情形，得满分。' : `扣分原因：${x.why}。`
        }`,
      );
  });
});

// ================= 五、旗县市区情况
H(1, '五、重点旗县市区情况');
P(
  '评价组对资金规模最大的集宁区和任务完成差异较大的察哈尔右翼后旗、四子王旗作了重点核查，以下数据均为该旗县市区本级口径。',
);
['集宁区', '察哈尔右翼后旗', '四子王旗'].forEach((n, k) => {
  const p = place(n);
  const mine = sh.filter((x) => x.place === p);
  H(2, `（${['一', '二', '三'][k]}）${n}`);
  P(
    `${n}2024年实际到位资金${m(p.arrivedTotal)}万元，其中中央财政补助资金${m(p.arrived[0])}万元、旗县财政资金${m(p.arrived[3])}万元；支出${m(p.spent)}万元，执行率${pct(p.spent, p.arrivedTotal)}。${n}公租房保有量${int(p.stock)}套，实物配租在保${int(p.allocated)}套，分配率${pct(p.allocated, p.stock)}；发放租赁补贴${int(p.subsidyHouseholds)}户、${int(p.subsidyPeople)}人，完成率${pct(p.subsidyHouseholds, p.subsidyTask)}，补贴标准${p.std}元/㎡·月，全年发放${yuan(p.subsidyYuan)}元。${
      mine.length
        ? `棚改方面，${mine.map((x) => `${x.name}开工${int(x.started)}套、基本建成${int(x.built)}套`).join('，')}。`
        : ''
    }`,
  );
});

// ================= 六、问题
H(1, '六、存在的主要问题');
const short = PL.filter((p) => p.arrived[3].lt(p.plan[3]));
P(
  `（一）旗县配套资金未全部到位。${short.map((p) => `${p.name}应到位${m(p.plan[3])}万元，实际到位${m(p.arrived[3])}万元，到位率${pct(p.arrived[3], p.plan[3])}`).join('；')}。`,
  `（二）部分资金执行偏慢。截至2024年末尚有${m(R.ARRIVED_TOTAL.minus(R.SPENT))}万元未支出，主要为棚改征收补偿和配套项目工程款。`,
  `（三）配套项目完工滞后。${R.INFRA.length - inFinished}个配套基础设施项目仍在建设，影响部分公租房小区的交付使用。`,
  '（四）档案和信息公开不规范。部分旗县市区保障对象审核资料不全，分配结果未按规定公开。',
);
H(1, '七、意见建议');
P(
  '（一）督促旗县落实配套资金。市财政局应将旗县配套资金到位情况纳入年度考核，对未足额到位的旗县市区在下年度分配中予以扣减。',
  `（二）加快资金支出进度。建议市住房和城乡建设局会同市财政局对${inj(
    7,
    'identity',
    NAME,
    `鄂尔多斯市2024年${R.FUND}`,
    `七（二）“建议市住房和城乡建设局会同市财政局对鄂尔多斯市2024年${R.FUND}结余资金进行清理”：评价对象是乌兰察布市的资金（标题、封面及全文），鄂尔多斯市为另一盟市`,
    NAME,
  )}结余资金进行清理，对连续两年未使用的资金按规定收回统筹。`,
  '（三）加强配套项目管理。对在建配套项目建立台账，明确完工时限。',
  '（四）规范档案和信息公开。严格执行“三级审核、两级公示”制度，按季度公开保障对象和分配结果。',
);
H(1, '八、其他需要说明的问题');
P(
  '（一）本报告资金单位除附件3租赁补贴月度发放明细为元外，均为万元；租赁补贴标准单位为元/㎡·月；公租房、棚改和保障性租赁住房以“套”计，租赁补贴以“户”计，保障人数以“人”计。',
  `（二）${carriedSentence.replace('此外，', '')}。`,
  '（三）本报告数据来源于市住房和城乡建设局、市财政局及各旗县市区提供的资料，评价组对关键数据进行了抽查核实。',
  `<p class="right">${FIRM}</p>`,
  '<p class="right">2025年4月16日</p>',
);

// ================= 附件
P(BREAK);
H(1, '附件1 评价指标评分表');
{
  const rows = [];
  for (const f of R.TREE) {
    const n = f.kids.reduce((a, s) => a + s.kids.length, 0);
    f.kids.forEach((s, si) =>
      s.kids.forEach((x, k) =>
        rows.push([
          ...(si === 0 && k === 0 ? [{ t: `${f.name}（${f.w}）`, rs: n }] : []),
          ...(k === 0 ? [{ t: `${s.name}（${s.w}）`, rs: s.kids.length }] : []),
          x.name,
          sc2(x.w),
          x.rule,
          sc2(x.ded),
          sc2(x.score),
          x.why,
        ]),
      ),
    );
    rows.push([{ t: `${f.name}指标小计`, cs: 3 }, sc2(f.w), '—', sc2(f.ded), sc2(f.score), '—']);
  }
  rows.push([{ t: '合计', cs: 3 }, '100.00', '—', sc2(R.DEDUCTED), sc2(R.TOTAL), '—']);
  P(
    table([['一级指标', '二级指标', '三级指标', '分值', '评分标准', '扣分', '得分', '扣分原因']], rows, {
      split: 10,
      widths: [9, 11, 14, 6, 34, 6, 6, 16],
    }),
  );
}
P(BREAK);
H(1, '附件2 公租房小区明细');
P(
  table(
    [['序号', '旗县市区', '小区名称', '建成年份', '房源（套）', '已分配（套）', '空置（套）']],
    (() => {
      const rows = [];
      let no = 0;
      for (const p of PL) {
        for (const e of p.estates)
          rows.push([String(++no), p.name, e.name, `${e.year}年`, int(e.units), int(e.alloc), int(e.units - e.alloc)]);
        rows.push([{ t: `${p.name}小计`, cs: 4 }, int(p.stock), int(p.allocated), int(p.stock - p.allocated)]);
      }
      rows.push([{ t: '合计', cs: 4 }, int(R.STOCK), int(R.ALLOCATED), int(R.STOCK - R.ALLOCATED)]);
      return rows;
    })(),
    { split: 18, widths: [6, 16, 20, 10, 10, 10, 10] },
  ),
);
P(BREAK);
H(1, '附件3 租赁补贴月度发放明细（单位：元）');
P(
  table(
    [['旗县市区', '月份', '补贴标准（元/㎡·月）', '发放金额（元）']],
    (() => {
      const rows = [];
      for (const p of PL) {
        p.monthly.forEach((x, k) =>
          rows.push([...(k === 0 ? [{ t: p.name, rs: 12 }] : []), R.MONTHS[k], String(p.std), yuan(x)]),
        );
        rows.push([{ t: `${p.name}小计`, cs: 3 }, yuan(p.subsidyYuan)]);
      }
      rows.push([{ t: '合计', cs: 3 }, yuan(R.SUBSIDY_YUAN)]);
      return rows;
    })(),
    { split: 26, widths: [18, 10, 14, 16] },
  ),
);
P(BREAK);
H(1, '附件4 专项资金支出明细（单位：万元）');
P(
  table(
    [['序号', '旗县市区', '支付日期', '资金层级', '用途', '金额']],
    (() => {
      const rows = [];
      let no = 0;
      for (const p of PL) {
        for (const x of p.payments) rows.push([String(++no), p.name, x.date, x.layer, x.use, m(x.amount)]);
        rows.push([{ t: `${p.name}小计`, cs: 5 }, m(p.spent)]);
      }
      rows.push([{ t: '合计', cs: 5 }, m(R.SPENT)]);
      return rows;
    })(),
    { split: 22, widths: [6, 16, 12, 8, 22, 12] },
  ),
);
P(BREAK);
H(1, '附件5 配套基础设施项目明细（单位：万元）');
P(
  table(
    [['序号', '旗县市区', '项目名称', '计划投资', '完成投资', '投资完成率', '状态']],
    [
      ...R.INFRA.map((x, k) => [
        String(k + 1),
        x.place.name,
        x.name,
        m(x.plan),
        m(x.done),
        pct(x.done, x.plan),
        x.finished ? '已完工' : '在建',
      ]),
      [{ t: '合计', cs: 3 }, m(inPlan), m(inDone), pct(inDone, inPlan), `完工${inFinished}个`],
    ],
    { split: 14, widths: [6, 14, 30, 10, 10, 10, 8] },
  ),
);
P(BREAK);
H(1, '附件6 租赁补贴保障家庭入户核实情况');
P(
  table(
    [
      [
        '序号',
        '旗县市区',
        '街道（镇）',
        '户主',
        '家庭人口（人）',
        '保障面积（㎡）',
        '补贴标准（元/㎡·月）',
        '月补贴额（元）',
        '核查结果',
      ],
    ],
    [
      ...R.VISITS.map((v, k) => [
        String(k + 1),
        v.place.name,
        v.community,
        v.name,
        String(v.people),
        String(v.area),
        String(v.place.std),
        yuan(v.monthly),
        v.missing ? '审核资料不全' : '相符',
      ]),
      [
        { t: '合计', cs: 4 },
        String(R.VISITS.reduce((a, v) => a + v.people, 0)),
        String(R.VISITS.reduce((a, v) => a + v.area, 0)),
        '—',
        yuan(sum(R.VISITS.map((v) => v.monthly))),
        `不符${R.VISITS.filter((v) => v.missing).length}户`,
      ],
    ],
    { split: 24, widths: [6, 16, 12, 8, 9, 9, 10, 11, 12] },
  ),
);
H(1, '附件7 评价组成员');
P(
  table(
    [['姓名', '职务/职称', '分工']],
    [
      ['王建华', '项目负责人、高级经济师', '总体协调、报告审核'],
      ['其木格', '注册会计师', '资金核查'],
      ['刘振宇', '工程师', '棚改及配套项目核查'],
      ['高晓燕', '中级经济师', '公租房及租赁补贴核查'],
      ['巴特尔', '助理工程师', '现场勘查、问卷调查'],
    ],
    { widths: [10, 20, 24] },
  ),
);

spec.write(HERE, STEM, TITLE);
