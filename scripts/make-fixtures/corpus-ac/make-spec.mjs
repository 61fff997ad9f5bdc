// Writes ac-qiongshan-2024.spec.md, the report-spec of report AC, from the figures of data.mjs and the text below: the
// 海口市琼山区教育局's own 2024年度部门整体支出绩效自评报告 — its conclusion first (a 自评结果汇总表 of four systems,
// each out of 100), then the bureau, its 决算 tables, the department's 自评表 (预算执行 + 部门管理 / 履职效能 / 社会效应)
// and three 项目支出绩效自评表, each programme with its own rows (schools, repair contracts, training classes).
//   node scripts/make-fixtures/corpus-ac/make-spec.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, int, money, pct, r2, sc, sum } from '../spec/figures.mjs';
import * as R from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const STEM = 'ac-qiongshan-2024';
const DEPT = '海口市琼山区教育局';
const TITLE = `${DEPT}2024年度部门整体支出绩效自评报告`;
const spec = authoring();
const { P, H, caption, inj } = spec;
const m = (x) => money(x);
const s2 = (x) => r2(x).toFixed(2);
const next = () => `表${spec.tableNo + 1}`;
const [P1, P2, P3] = R.PROGS;
const lvl = (rows, l1) => sum(R.levelOf(rows, l1).map((r) => r.score));
const lvlW = (rows, l1) => sum(R.levelOf(rows, l1).map((r) => r.weight));
const dMan = lvl(R.DEPT_ROWS, '部门管理'),
  dDuty = lvl(R.DEPT_ROWS, '履职效能'),
  dSoc = lvl(R.DEPT_ROWS, '社会效应');
const secs = (rows) => [...new Set(rows.map((r) => r.l2))].length;
const I24 = R.INCOME[2024],
  I23 = R.INCOME[2023];
const growth = (a, b) => pct(D(b).minus(a), a);
const sgB = sum(Object.values(R.SANGONG).map((v) => v[0])),
  sgS = sum(Object.values(R.SANGONG).map((v) => v[1])),
  sgL = sum(Object.values(R.SANGONG).map((v) => v[2]));
const othBudget = (o) => r2(o.v.div('0.97').div(10).ceil().times(10)); // 全年预算: whole 十万元 above 执行

// ================= cover
P(
  `<p class="center">${TITLE}</p>`,
  '<p class="center">（含部门整体支出绩效自评表及重点项目支出绩效自评表）</p>',
  `编报单位：${DEPT}（盖章）`,
  '单位负责人：王××',
  '财务负责人：陈××',
  '联系人及电话：林××  0898-657×××××',
  '报送日期：2025年3月26日',
  BREAK,
);

// ================= 一、自评结论
H(1, '一、自评结论');
P(
  `根据《海南省财政厅关于开展2024年度省级预算绩效自评工作的通知》和《海口市财政局关于做好2024年度部门整体支出及项目支出绩效自评工作的通知》要求，${inj(7, 'identity', DEPT, '海口市美兰区教育局', `一“海口市美兰区教育局对本部门2024年度部门整体支出…开展了绩效自评”：本报告的编报单位是${DEPT}（封面、标题、自评表“部门名称”），美兰区是海口市另一个区，是套用他区报告的遗留`, DEPT, '海口市美兰区教育局')}对本部门2024年度部门整体支出以及义务教育学校生均公用经费补助、中小学校舍维修改造、中小学教师培训3个重点项目支出开展了绩效自评。自评范围包括局机关及所属${R.SCHOOLS.length}所公办义务教育学校，自评资金为2024年度部门决算全部收支。`,
  `经自评，${inj(2, 'score', `我局2024年度部门整体支出绩效自评得分为${sc(R.DEPT_TOTAL)}分`, `我局2024年度部门整体支出绩效自评得分为${sc(R.DEPT_TOTAL.plus(1))}分`, `一“我局2024年度部门整体支出绩效自评得分为${sc(R.DEPT_TOTAL.plus(1))}分”：四（三）部门整体支出绩效自评表“总分”${sc(R.DEPT_TOTAL)}分 = 预算执行${sc(R.FUNDS_SCORE)} + 部门管理${sc(dMan)} + 履职效能${sc(dDuty)} + 社会效应${sc(dSoc)}；表1部门整体支出自评得分同`, sc(R.DEPT_TOTAL), `自评得分为${sc(R.DEPT_TOTAL.plus(1))}分`)}（满分100分），自评等级为“${R.grade(R.DEPT_TOTAL)}”。3个重点项目支出按项目支出绩效自评表分别计分，各项目满分均为100分，项目得分不计入部门整体得分，也不作加总或平均。自评结果汇总见${next()}。`,
  caption('2024年度绩效自评结果汇总表（金额单位：万元）'),
  table(
    [['序号', '自评对象', '全年预算数', '全年执行数', '执行率', '自评得分', '自评等级']],
    [
      ['1', '部门整体支出', m(R.FULL), m(R.SPENT), `${s2(R.RATE)}%`, sc(R.DEPT_TOTAL), R.grade(R.DEPT_TOTAL)],
      ...R.PROGS.map((p, i) => [
        String(i + 2),
        `${p.name}项目`,
        m(p.full),
        m(p.spent),
        `${s2(p.rate)}%`,
        sc(p.total),
        R.grade(p.total),
      ]),
    ],
    { split: 2, widths: [6, 30, 14, 14, 10, 10, 10] },
  ),
  '注：项目支出为部门整体支出的组成部分，各项目的预算数、执行数已包含在部门整体支出中，不应与部门整体支出相加。',
  '自评等级按自评得分划分为四档：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。',
  BREAK,
);

// ================= 二、部门基本情况
H(1, '二、部门基本情况');
H(2, '（一）部门职能');
P(
  `${DEPT}是区政府主管全区教育工作的工作部门，主要职责是：贯彻执行国家、省、市教育工作方针政策和法律法规，拟订全区教育事业发展规划并组织实施；统筹管理全区学前教育、义务教育和教师队伍建设；负责全区中小学校经费和基本建设的统筹管理，指导学校安全、卫生、体育和校外教育工作；负责全区教育督导评估和教育质量监测；承办区政府交办的其他事项。`,
  `局机关内设办公室、组织人事股、计划财务股、基础教育股、学前教育股、安全稳定股、教育督导室和体育卫生艺术股8个股室，下设区教师发展中心、区学生资助管理中心、区教育后勤服务中心3个事业单位，管理公办义务教育学校${R.SCHOOLS.length}所。`,
);
H(2, '（二）人员编制及实有人数');
const staffRows = R.STAFF.map((s) => [
  s.cat,
  int(s.quota),
  int(s.actual),
  int(s.quota - s.actual),
  pct(s.actual, s.quota),
]);
P(
  `截至2024年12月31日，我局（含所属学校和事业单位）核定编制${int(R.QUOTA)}名，实有在编人员${int(R.ACTUAL)}人，空编${int(R.QUOTA - R.ACTUAL)}名，编制使用率${pct(R.ACTUAL, R.QUOTA)}。另有离退休人员${int(R.RETIRED)}人（不含在实有人数中），由区社会保险事业中心和我局共同管理。人员编制情况见${next()}。`,
  caption('人员编制及实有人数情况表（单位：名、人）'),
  table(
    [['编制类别', '编制数', '实有人数', '空编数', '编制使用率']],
    [...staffRows, ['合计', int(R.QUOTA), int(R.ACTUAL), int(R.QUOTA - R.ACTUAL), pct(R.ACTUAL, R.QUOTA)]],
    {
      split: 4,
      widths: [30, 12, 12, 12, 14],
    },
  ),
);
H(2, '（三）所属学校情况');
const mids = R.SCHOOLS.filter((s) => s.stage === '初中'),
  pris = R.SCHOOLS.filter((s) => s.stage === '小学');
P(
  `2024年秋季学期，全区公办义务教育学校${R.SCHOOLS.length}所，其中初级中学${mids.length}所、小学${pris.length}所；共有教学班${int(R.CLASSES)}个，在校学生约${s2(D(R.STUDENTS).div(10000))}万人，教职工${int(R.SCHOOL_STAFF)}人。学校按学段核定的生均公用经费标准为初中每生每年1000元、小学每生每年800元。各校基本情况见${next()}。`,
  caption('公办义务教育学校基本情况表（2024年秋季学期）'),
  table(
    [['序号', '学校名称', '学段', '班级数（个）', '在校学生数（人）', '教职工数（人）']],
    [
      ...R.SCHOOLS.map((s, i) => [String(i + 1), s.name, s.stage, String(s.classes), int(s.students), String(s.staff)]),
      [
        '合计',
        '—',
        '—',
        int(R.CLASSES),
        inj(
          8,
          'count',
          int(R.STUDENTS),
          int(R.STUDENTS + 100),
          `二（三）表3合计行在校学生数${int(R.STUDENTS + 100)}人：${R.SCHOOLS.length}所学校在校学生数逐行相加为${int(R.STUDENTS)}人（初中${int(mids.reduce((a, s) => a + s.students, 0))} + 小学${int(pris.reduce((a, s) => a + s.students, 0))}）`,
          int(R.STUDENTS),
          int(R.STUDENTS + 100),
        ),
        int(R.SCHOOL_STAFF),
      ],
    ],
    { split: 5, widths: [6, 32, 8, 12, 14, 14] },
  ),
  BREAK,
);

// ================= 三、部门预算执行情况
H(1, '三、2024年度部门收支及预算执行情况');
H(2, '（一）收入情况');
const incRows = [
  ['一般公共预算财政拨款收入', I24.gen, I23.gen],
  ['政府性基金预算财政拨款收入', I24.fund, I23.fund],
  ['事业收入', I24.biz, I23.biz],
  ['其他收入', I24.oth, I23.oth],
  ['本年收入合计', I24.year, I23.year],
  ['上年结转结余', I24.carry, I23.carry],
  ['收入总计', I24.total, I23.total],
];
P(
  `2024年度我局收入总计${m(I24.total)}万元，其中本年收入${m(I24.year)}万元、上年结转结余${m(I24.carry)}万元。本年收入中，一般公共预算财政拨款收入${m(I24.gen)}万元，政府性基金预算财政拨款收入${m(I24.fund)}万元（地方教育附加及彩票公益金安排），其他收入${m(I24.oth)}万元。与2023年度收入总计${m(I23.total)}万元相比，增加${m(I24.total.minus(I23.total))}万元，增长${growth(I23.total, I24.total)}，主要是教师绩效工资提标和校舍维修投入增加。收入情况见${next()}。`,
  caption('2024年度收入决算情况表（单位：万元）'),
  table(
    [['项目', '2024年决算数', '2023年决算数', '增减额', '增减率']],
    incRows.map(([n, a, b]) => [n, m(a), m(b), m(a.minus(b)), b.isZero() ? '—' : growth(b, a)]),
    { split: 4, widths: [34, 16, 16, 14, 12] },
  ),
);
H(2, '（二）支出及预算执行情况');
P(
  `2024年度我局年初预算${m(R.PLAN)}万元，年中追加教师绩效工资、校舍维修等资金后全年预算${m(R.FULL)}万元，全年支出${m(R.SPENT)}万元，${inj(5, 'money', `预算执行率为${s2(R.RATE)}%`, '预算执行率为97.94%', `三（二）“全年预算${m(R.FULL)}万元…全年支出${m(R.SPENT)}万元，预算执行率为97.94%”：${m(R.SPENT)} ÷ ${m(R.FULL)} = ${s2(R.RATE)}%（部门整体支出绩效自评表资金行、表1同）`, `${s2(R.RATE)}%`, '预算执行率为97.94%')}，年末结转${m(R.FULL.minus(R.SPENT))}万元。其中基本支出${m(R.BASIC)}万元，占支出总额的${pct(R.BASIC, R.SPENT)}，主要用于保障在职人员工资福利和学校日常运转；项目支出占${pct(R.PROJECT, R.SPENT)}，主要用于学校公用经费、校舍维修、教师培训、学生营养改善和课后服务等。按支出功能分类的情况见${next()}。`,
  caption('2024年度支出决算情况表（按支出功能分类，单位：万元）'),
  table(
    [['科目编码', '科目名称', '合计', '基本支出', '项目支出']],
    [
      ...R.FUNC.map((f) => [f.code, f.name, m(f.basic.plus(f.project)), m(f.basic), m(f.project)]),
      [
        '合计',
        '—',
        m(R.SPENT),
        m(R.BASIC),
        inj(
          6,
          'money',
          m(R.PROJECT),
          m(R.PROJECT.plus('54.00')),
          `三（二）表5合计行项目支出${m(R.PROJECT.plus(54))}万元：各科目项目支出逐行相加为${m(R.PROJECT)}万元，合计行“合计”${m(R.SPENT)} − 基本支出${m(R.BASIC)}亦为${m(R.PROJECT)}`,
          m(R.PROJECT),
          m(R.PROJECT.plus(54)),
        ),
      ],
    ],
    { split: 4, widths: [12, 36, 14, 14, 14] },
  ),
  `基本支出中，人员经费${m(R.PERSONNEL_TOTAL)}万元，公用经费${m(R.PUBLIC_TOTAL)}万元。按经济分类的基本支出见${next()}。`,
  caption('2024年度基本支出决算情况表（按经济分类，单位：万元）'),
  table(
    [['科目编码', '科目名称', '决算数']],
    [
      ...R.PERSONNEL.map((r) => [r.code, r.name, m(r.v)]),
      ['301/303', '人员经费小计', m(R.PERSONNEL_TOTAL)],
      ...R.PUBLIC_USE.map((r) => [r.code, r.name, m(r.v)]),
      ['302', '公用经费小计', m(R.PUBLIC_TOTAL)],
      ['合计', '—', m(R.BASIC)],
    ],
    { split: 6, widths: [14, 40, 16] },
  ),
);
const projRows = [
  ...R.PROGS.map((p) => ({
    name: p.name,
    code: p === P1 ? '2050202/2050203' : p === P2 ? '2050999' : '2050803',
    full: p.full,
    spent: p.spent,
    key: '是',
  })),
  ...R.OTHERS.map((o) => ({ name: o.name, code: o.code, full: othBudget(o), spent: o.v, key: '否' })),
];
const projFull = sum(projRows.map((r) => r.full));
P(
  `2024年度我局项目支出共${projRows.length}个，全年预算数合计${m(projFull)}万元，执行数合计${m(R.PROJECT)}万元。其中纳入本次重点自评的项目3个。项目支出明细见${next()}。`,
  caption('2024年度项目支出明细表（单位：万元）'),
  table(
    [['序号', '项目名称', '功能分类科目', '全年预算数', '全年执行数', '执行率', '是否重点自评']],
    [
      ...projRows.map((r, i) => [String(i + 1), r.name, r.code, m(r.full), m(r.spent), pct(r.spent, r.full), r.key]),
      ['合计', '—', '—', m(projFull), m(R.PROJECT), pct(R.PROJECT, projFull), '—'],
    ],
    { split: 4, widths: [6, 32, 16, 12, 12, 10, 10] },
  ),
);
H(2, '（三）“三公”经费情况');
const sg = R.SANGONG;
const carSum = (k) => sg.carBuy[k].plus(sg.carRun[k]);
const sgRow = (n, v) => [n, m(v[0]), m(v[1]), m(v[2]), m(v[1].minus(v[0])), m(v[1].minus(v[2]))];
P(
  `2024年度“三公”经费预算${m(sgB)}万元，决算${m(sgS)}万元，完成预算的${pct(sgS, sgB)}，较2023年度决算${m(sgL)}万元减少${m(sgL.minus(sgS))}万元。其中：因公出国（境）费为0；公务用车购置及运行维护费${m(carSum(1))}万元，全部为公务用车运行维护费，主要用于教育督导和学校安全检查用车的燃料、维修和保险；公务接待费${m(sg.recep[1])}万元，主要用于接待上级教育部门督导检查。“三公”经费情况见${next()}。`,
  caption('2024年度“三公”经费预决算情况表（单位：万元）'),
  table(
    [['项目', '2024年预算数', '2024年决算数', '2023年决算数', '决算比预算增减', '比上年增减']],
    [
      sgRow('因公出国（境）费', sg.abroad),
      sgRow('公务用车购置及运行维护费', [0, 1, 2].map(carSum)),
      sgRow('其中：公务用车购置费', sg.carBuy),
      sgRow('公务用车运行维护费', sg.carRun),
      sgRow('公务接待费', sg.recep),
      sgRow('合计', [sgB, sgS, sgL]),
    ],
    { split: 3, widths: [30, 12, 12, 12, 14, 12] },
  ),
);
H(2, '（四）政府采购情况');
const prB = sum(R.PROCURE.map((r) => r.budget)),
  prC = sum(R.PROCURE.map((r) => r.contract));
P(
  `2024年度我局政府采购预算${m(prB)}万元，签订采购合同${m(prC)}万元，节约资金${m(prB.minus(prC))}万元，节约率${pct(prB.minus(prC), prB)}。其中货物类主要为学校课桌椅、教学仪器和多媒体设备，工程类为校舍维修改造，服务类为校园安保和视频监控运维。政府采购情况见${next()}。`,
  caption('2024年度政府采购情况表（单位：万元）'),
  table(
    [['采购类别', '采购预算', '合同金额', '节约额', '节约率']],
    [
      ...R.PROCURE.map((r) => [
        r.kind,
        m(r.budget),
        m(r.contract),
        m(r.budget.minus(r.contract)),
        pct(r.budget.minus(r.contract), r.budget),
      ]),
      ['合计', m(prB), m(prC), m(prB.minus(prC)), pct(prB.minus(prC), prB)],
    ],
    { split: 2, widths: [20, 16, 16, 14, 12] },
  ),
  BREAK,
);

// ================= 四、部门整体支出绩效自评
/** the national 自评表: name rows, the funds rows (年度资金总额 and its three parts), 年度总体目标, indicators, 总分 */
function selfTable(name, unitLabel, funds, goal, done, rows, total, split) {
  const fr = (label, f, first) => [
    { t: label, cs: 2 },
    m(f.plan),
    m(f.full),
    m(f.spent),
    first ? '10' : '—',
    first ? pct(f.spent, f.full) : '—',
    first ? s2(D(pct(f.spent, f.full).replace('%', '')).div(10)) : '—',
  ];
  return table(
    [[unitLabel, { t: name, cs: 3 }, '主管部门', { t: DEPT, cs: 3 }]],
    [
      [{ t: '项目资金（万元）', cs: 2 }, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      fr('年度资金总额', funds.total, true),
      fr('其中：当年财政拨款', funds.fiscal),
      fr('上年结转资金', funds.carry),
      fr('其他资金', funds.other),
      [
        { t: '年度总体目标', cs: 2, rs: 2 },
        { t: '预期目标', cs: 3 },
        { t: '实际完成情况', cs: 3 },
      ],
      [
        { t: goal, cs: 3 },
        { t: done, cs: 3 },
      ],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ...rows.map((r) => [r.l1, r.l2, r.l3, r.target, r.actual, sc(r.weight), sc(r.score), r.why || '—']),
      [{ t: '总分', cs: 5 }, '100', total, '—'],
      [
        { t: '自评等级', cs: 5 },
        { t: R.grade(D(total)), cs: 3 },
      ],
    ],
    { split, widths: [10, 10, 18, 12, 12, 6, 6, 20] },
  );
}
const dFunds = {
  total: { plan: R.PLAN, full: R.FULL, spent: R.SPENT },
  fiscal: R.FUNDS.fiscal,
  carry: R.FUNDS.carry,
  other: R.FUNDS.other,
};
H(1, '四、部门整体支出绩效自评情况');
H(2, '（一）部门年度绩效目标');
const DEPT_GOAL = `保障全区${R.SCHOOLS.length}所公办义务教育学校正常运转，按标准拨付生均公用经费；完成12个校舍维修改造项目；培训中小学教师1200人次以上；义务教育巩固率保持在98%以上，学生家长满意度达到90%以上。`;
const DEPT_DONE = `${R.SCHOOLS.length}所学校公用经费按标准足额拨付；12个校舍维修改造项目全部完工；培训教师${int(R.TRAIN_PEOPLE)}人次；义务教育巩固率99.12%，学生家长满意度93.6%。`;
P(`根据区财政局批复的2024年度部门整体绩效目标，我局年度总体目标为：${DEPT_GOAL}`);
H(2, '（二）自评指标体系');
P(
  `部门整体支出绩效自评表按我省部门整体支出绩效指标框架设置，由“预算执行”和“部门管理”“履职效能”“社会效应”三个一级指标构成，满分100分。其中预算执行分值10分，得分按“全年执行数÷全年预算数×10”计算；部门管理分值${sc(lvlW(R.DEPT_ROWS, '部门管理'))}分，履职效能分值${sc(lvlW(R.DEPT_ROWS, '履职效能'))}分，社会效应分值${sc(lvlW(R.DEPT_ROWS, '社会效应'))}分。三个一级指标下设二级指标${secs(R.DEPT_ROWS)}个、三级指标${R.DEPT_ROWS.length}个，完成年度指标值的得满分，未完成的按完成程度酌情扣分。`,
);
H(2, '（三）自评得分情况');
P(
  `经自评，部门整体支出绩效自评表总分${sc(R.DEPT_TOTAL)}分。预算执行指标：全年预算${m(R.FULL)}万元，全年执行${m(R.SPENT)}万元，执行率${s2(R.RATE)}%，得分${sc(R.FUNDS_SCORE)}分；部门管理指标分值20分，得分${sc(dMan)}分；${inj(1, 'score', `履职效能指标分值50分，得分${sc(dDuty)}分`, `履职效能指标分值50分，得分${sc(dDuty.plus(1))}分`, `四（三）“履职效能指标分值50分，得分${sc(dDuty.plus(1))}分”：部门整体支出绩效自评表履职效能9个三级指标得分合计${sc(dDuty)}分（大班额比例扣1.5分、资金支付及时率扣1分），总分${sc(R.DEPT_TOTAL)} = ${sc(R.FUNDS_SCORE)} + ${sc(dMan)} + ${sc(dDuty)} + ${sc(dSoc)}`, sc(dDuty), `得分${sc(dDuty.plus(1))}分`)}；社会效应指标分值20分，得分${sc(dSoc)}分。部门整体支出绩效自评表见${next()}。`,
  BREAK,
  caption('2024年度部门整体支出绩效自评表'),
  selfTable(DEPT, '部门名称', dFunds, DEPT_GOAL, DEPT_DONE, R.DEPT_ROWS, sc(R.DEPT_TOTAL), 5),
);
H(2, '（四）主要绩效指标完成情况');
P(
  `1.部门管理。全年预算编制准确率${R.DEPT_ROWS[0].actual}，“三公”经费决算${m(sgS)}万元，控制在预算以内；年末结转${m(R.FULL.minus(R.SPENT))}万元，结转结余率${R.DEPT_ROWS[2].actual}；部门预算、决算和“三公”经费按规定在区政府门户网站公开。资产管理方面，年末清查发现2所学校部分教学设备未及时登记入账，资产账实相符率98.4%，扣0.5分。部门管理得分${sc(dMan)}分。`,
  `2.履职效能。全区义务教育巩固率99.12%；${R.SCHOOLS.length}所学校公用经费全部按标准拨付；12个校舍维修改造项目全部完工；全年举办教师培训班8期，培训${int(R.TRAIN_PEOPLE)}人次；课后服务实现全覆盖。受府城片区学位需求增长影响，义务教育学校大班额比例为2.6%，高于2%的年度指标值，扣1.5分；因部分校舍维修项目尾款待审计结算，资金支付及时率93.8%，扣1分。`,
  `3.社会效应。义务教育学校标准化达标率92.5%，适龄儿童少年入学率100%。委托第三方开展满意度调查，学生家长满意度93.6%，教职工满意度88.4%，未达到90%的年度指标值，扣1分（调查情况见附表1）。社会效应得分${sc(dSoc)}分。`,
  BREAK,
);

// ================= 五、项目支出绩效自评情况
H(1, '五、重点项目支出绩效自评情况');
const progFunds = (p) => ({
  total: { plan: p.plan, full: p.full, spent: p.spent },
  fiscal: { plan: p.plan.minus(p.carry).minus(p.other), full: p.fiscal, spent: p.spentFiscal },
  carry: { plan: p.carry, full: p.carry, spent: p.spentCarry },
  other: { plan: p.other, full: p.other, spent: p.spentOther },
});
// P1
H(2, `（一）${P1.name}项目`);
P(
  `1.项目概况。该项目按在校学生人数和生均公用经费标准核定各校公用经费，用于学校教学业务、办公、水电、小型维修和教师培训等日常运转支出。年初按2024年春季学期学生数预安排${m(P1.plan)}万元，秋季学期按实际在校学生数核定后调整为${m(P1.full)}万元，全部为当年财政拨款。截至2024年12月31日，各校实际支出${m(P1.spent)}万元，执行率${s2(P1.rate)}%，部分学校年末未支出的公用经费按规定结转下年使用。各校公用经费核拨及支出情况见${next()}。`,
  caption(`${P1.name}分校核拨及支出情况表（单位：人、万元）`),
  table(
    [['序号', '学校名称', '在校学生数', '生均标准（元）', '核拨金额', '实际支出', '执行率']],
    [
      ...R.P1_ROWS.map((r, i) => [
        String(i + 1),
        r.name,
        int(r.students),
        int(R.STD[r.stage].toNumber()),
        m(r.funds),
        m(r.spent),
        pct(r.spent, r.funds),
      ]),
      ['合计', '—', int(R.STUDENTS), '—', m(P1.full), m(P1.spent), pct(P1.spent, P1.full)],
    ],
    { split: 5, widths: [6, 30, 12, 12, 12, 12, 10] },
  ),
  `2.绩效自评情况。${inj(4, 'count', `该项目设置三级绩效指标${P1.rows.length}个`, `该项目设置三级绩效指标${P1.rows.length + 1}个`, `五（一）“该项目设置三级绩效指标${P1.rows.length + 1}个”：${P1.name}项目支出绩效自评表三级指标${P1.rows.length}个（产出6个、效益2个、满意度1个）`, String(P1.rows.length), `三级绩效指标${P1.rows.length + 1}个`)}，覆盖产出、效益和满意度三个方面。全年补助学校${R.SCHOOLS.length}所，惠及在校学生${int(R.STUDENTS)}人，公用经费全部按标准核拨；抽查发现2所学校存在以公用经费列支接待费、购置非教学用品等不规范问题，使用规范率92.0%，扣2分。经自评，该项目自评得分${sc(P1.total)}分，自评等级为“${R.grade(P1.total)}”。项目支出绩效自评表见${next()}。`,
  BREAK,
  caption(`${P1.name}项目支出绩效自评表`),
  selfTable(
    P1.name,
    '项目名称',
    progFunds(P1),
    `按标准足额核拨${R.SCHOOLS.length}所学校公用经费，保障学校正常运转。`,
    `${R.SCHOOLS.length}所学校公用经费按标准核拨${m(P1.full)}万元，学校运转正常。`,
    P1.rows,
    sc(P1.total),
    5,
  ),
  BREAK,
);
// P2
H(2, `（二）${P2.name}项目`);
P(
  `1.项目概况。为消除中小学校舍安全隐患、改善办学条件，我局2024年安排校舍维修改造项目12个，年初预算${m(P2.plan)}万元，年中追加${m(P2.full.minus(P2.plan))}万元，全年预算${m(P2.full)}万元，其中上年结转资金${m(P2.carry)}万元、当年财政拨款${m(P2.fiscal)}万元。12个项目签订施工合同${m(R.WORKS_CONTRACT)}万元，截至2024年12月31日已支付${m(P2.spent)}万元，执行率${s2(P2.rate)}%；3个项目按合同预留质保金及结算尾款，待2025年审计结算后支付。各项目合同及支付情况见${next()}。`,
  caption('中小学校舍维修改造项目合同及支付情况表（单位：万元）'),
  table(
    [['合同编号', '学校', '维修改造内容', '合同金额', '已支付', '支付比例']],
    [
      ...R.WORKS.map((w) => [w.no, w.school, w.work, m(w.contract), m(w.paid), pct(w.paid, w.contract)]),
      ['合计', '—', '—', m(R.WORKS_CONTRACT), m(R.WORKS_PAID), pct(R.WORKS_PAID, R.WORKS_CONTRACT)],
    ],
    { split: 4, widths: [16, 22, 28, 12, 12, 10] },
  ),
  `2.绩效自评情况。该项目设置三级绩效指标${P2.rows.length}个。12个项目全部完工并通过竣工验收，维修改造面积2.68万平方米；1个项目因雨季停工延期15天，按期完工率91.7%，扣2分。经自评，该项目自评得分${sc(P2.total)}分，自评等级为“${R.grade(P2.total)}”。项目支出绩效自评表见${next()}。`,
  BREAK,
  caption(`${P2.name}项目支出绩效自评表`),
  selfTable(
    P2.name,
    '项目名称',
    progFunds(P2),
    '完成12个中小学校舍维修改造项目，消除校舍安全隐患。',
    '12个项目全部完工并验收合格，校舍安全隐患基本消除。',
    P2.rows.map((r) =>
      r.l3 === '校舍安全隐患消除率'
        ? {
            ...r,
            actual: inj(
              9,
              'target',
              '98.6%',
              '96.5%',
              `五（二）${P2.name}项目支出绩效自评表“校舍安全隐患消除率”年度指标值≥98%、实际完成值96.5%，未达到指标值却得满分15分（得分单元格所在行）；对照稿实际完成值98.6%达标`,
              '≥98%',
              '校舍安全隐患消除率≥98%96.5%1515',
            ),
          }
        : r,
    ),
    sc(P2.total),
    4,
  ),
  BREAK,
);
// P3
H(2, `（三）${P3.name}项目`);
P(
  `1.项目概况。该项目用于组织全区中小学教师、校长和教研员参加岗前、骨干、能力提升等培训。年初预算${m(P3.plan)}万元，年中调减${m(P3.plan.minus(P3.full))}万元，全年预算${m(P3.full)}万元，其中当年财政拨款${m(P3.fiscal)}万元、其他资金（培训协作单位分担）${m(P3.other)}万元；全年支出${m(P3.spent)}万元，执行率${s2(P3.rate)}%。全年举办培训班${R.CLASSES_T.length}期，培训${int(R.TRAIN_PEOPLE)}人次。各培训班情况见${next()}。`,
  caption('2024年度中小学教师培训班次情况表（单位：人、天、万元）'),
  table(
    [['序号', '培训班名称', '参训人数', '培训天数', '培训经费', '人均经费']],
    [
      ...R.CLASSES_T.map((c, i) => [
        String(i + 1),
        c.name,
        String(c.people),
        String(c.days),
        m(c.cost),
        s2(c.cost.div(c.people)),
      ]),
      ['合计', '—', int(R.TRAIN_PEOPLE), '—', m(R.TRAIN_COST), s2(R.TRAIN_COST.div(R.TRAIN_PEOPLE))],
    ],
    { split: 4, widths: [6, 34, 12, 12, 12, 12] },
  ),
  `2.绩效自评情况。该项目设置三级绩效指标${P3.rows.length}个。受台风影响，1个班次推迟至2025年1月举办，培训计划完成及时率87.5%，扣2分；部分学校校本研修跟进不足，培训成果校本转化率52.0%，扣3分。经自评，该项目自评得分${sc(P3.total)}分，${inj(3, 'score', `自评等级为“${R.grade(P3.total)}”`, '自评等级为“良”', `五（三）“自评得分${sc(P3.total)}分，自评等级为“良””：按一所列等级划分，90分（含）以上为“优”；表1、${P3.name}项目支出绩效自评表“自评等级”均为“优”`, '优', '自评等级为“良”', { md: { quote: '自评等级为"良"' } })}。项目支出绩效自评表见${next()}。`,
  BREAK,
  caption(`${P3.name}项目支出绩效自评表`),
  selfTable(
    P3.name,
    '项目名称',
    progFunds(P3),
    '完成教师培训8期、1200人次以上，提升教师教学能力。',
    `完成培训${R.CLASSES_T.length}期、${int(R.TRAIN_PEOPLE)}人次。`,
    P3.rows,
    sc(P3.total),
    4,
  ),
  BREAK,
);

// ================= 六 — 八
H(1, '六、存在的问题及原因分析');
P(
  '（一）学位供给与需求不匹配。府城片区城镇化进程加快，外来务工人员随迁子女增加，部分学校班额偏大，新建学校建设周期较长，短期内难以缓解。',
  '（二）项目资金支付进度不均衡。校舍维修改造项目集中在暑期施工，结算审计周期长，资金支付集中在第四季度，全年资金支付及时率未达到年度指标值。',
  '（三）学校公用经费使用管理有待规范。个别学校财务人员由教师兼任，对公用经费开支范围把握不准，存在列支不规范问题。',
  '（四）培训成果转化不足。部分培训重理论、轻实践，参训教师返校后校本研修跟进不够，培训效果的持续跟踪评价机制尚未建立。',
);
H(1, '七、下一步改进措施');
P(
  '（一）加快推进府城片区新建、改扩建学校建设，统筹调配学位资源，逐步消除大班额。',
  '（二）优化项目实施计划，校舍维修项目提前完成设计和招标，督促施工单位及时报送结算资料，加快资金支付。',
  '（三）加强学校财务人员培训，开展公用经费使用专项检查，对检查发现的问题建立整改台账。',
  '（四）建立培训效果跟踪评价机制，将培训成果转化纳入学校年度考核。',
);
H(1, '八、自评结果应用及信息公开');
P(
  `我局将自评发现的问题纳入2025年度预算编制和项目管理改进，对执行率偏低、绩效目标未完成的项目在安排下年度预算时从严审核。${inj(10, 'identity', '2024', '2023', '八“2023年度部门整体支出绩效自评报告…公开”：本报告自评的是2024年度部门整体支出（标题、一、各自评表）；2023年度是上一年', '2024', '2023年度部门整体支出绩效自评报告')}年度部门整体支出绩效自评报告及自评表将于2025年4月底前随部门决算在海口市琼山区人民政府门户网站公开，接受社会监督。`,
  `<p class="right">${DEPT}</p>`,
  '<p class="right">2025年3月26日</p>',
  BREAK,
);

// ================= annex
H(1, '附表');
const sv = R.SURVEY;
P(
  '<p class="center">附表1  2024年度满意度调查结果统计表</p>',
  table(
    [['调查对象', '发放问卷（份）', '有效问卷（份）', '有效率', '满意及非常满意（份）', '满意度']],
    [
      ...sv.map((r) => [r.group, int(r.sent), int(r.valid), pct(r.valid, r.sent), int(r.ok), pct(r.ok, r.valid)]),
      [
        '合计',
        int(sv.reduce((a, r) => a + r.sent, 0)),
        int(sv.reduce((a, r) => a + r.valid, 0)),
        pct(
          sv.reduce((a, r) => a + r.valid, 0),
          sv.reduce((a, r) => a + r.sent, 0),
        ),
        int(sv.reduce((a, r) => a + r.ok, 0)),
        pct(
          sv.reduce((a, r) => a + r.ok, 0),
          sv.reduce((a, r) => a + r.valid, 0),
        ),
      ],
    ],
    { split: 2, widths: [20, 14, 14, 10, 18, 10] },
  ),
  '注：满意度 = 满意及非常满意问卷数 ÷ 有效问卷数。学校（校长）问卷不计入部门整体支出绩效自评表的满意度指标。',
  '<p class="center">附表2  2023—2024年度自评得分对比表</p>',
  table(
    [['自评对象', '2023年度自评得分', '2024年度自评得分', '增减']],
    [
      ['部门整体支出', '93.20', s2(R.DEPT_TOTAL), s2(R.DEPT_TOTAL.minus('93.20'))],
      [`${P1.name}项目`, '96.40', s2(P1.total), s2(P1.total.minus('96.40'))],
      [`${P2.name}项目`, '95.85', s2(P2.total), s2(P2.total.minus('95.85'))],
      [`${P3.name}项目`, '92.10', s2(P3.total), s2(P3.total.minus('92.10'))],
    ],
    { split: 2, widths: [36, 16, 16, 10] },
  ),
  '注：2023年度得分为上年度自评结果，所列项目的指标体系与本年度不完全相同，仅作参考。',
  BREAK,
  '<p class="center">附表3  2023—2024年度各校生均公用经费核拨对比表（单位：人、万元）</p>',
  table(
    [['学校名称', '2023年在校学生数', '2024年在校学生数', '2023年核拨金额', '2024年核拨金额', '增减额']],
    [
      ...R.SCHOOLS.map((x, i) => {
        const last = x.students - ((i * 37) % 90) + 20;
        const lastFunds = D(last).times(R.STD[x.stage]).div(10000);
        return [x.name, int(last), int(x.students), m(lastFunds), m(x.funds), m(x.funds.minus(lastFunds))];
      }),
      (() => {
        const last = R.SCHOOLS.reduce((a, x, i) => a + x.students - ((i * 37) % 90) + 20, 0);
        const lastFunds = sum(
          R.SCHOOLS.map((x, i) =>
            D(x.students - ((i * 37) % 90) + 20)
              .times(R.STD[x.stage])
              .div(10000),
          ),
        );
        return [
          '合计',
          int(last),
          int(R.STUDENTS),
          m(lastFunds),
          m(R.SCHOOL_FUNDS),
          m(R.SCHOOL_FUNDS.minus(lastFunds)),
        ];
      })(),
    ],
    { split: 4, widths: [30, 14, 14, 14, 14, 12] },
  ),
  '注：2023年核拨金额按2023年秋季学期在校学生数和同一标准核定，为上年数，不计入本年度项目资金。',
);

spec.write(HERE, STEM, TITLE);
