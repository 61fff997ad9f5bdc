// Writes w-mudanjiang-2024.spec.md, the report-spec of report W, from the figures of data.mjs and the text below:
// a department's own 部门整体支出绩效自评报告 with its 自评表 and four 项目支出绩效自评表 in the national layout.
// The spec is the report: build it with build.mjs, check it with check.mjs.
//   node scripts/make-fixtures/corpus-w/make-spec.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, int, money, pct, sc, sum } from '../spec/figures.mjs';
import * as R from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const STEM = 'w-mudanjiang-2024';
const DEPT = '牡丹江市民政局';
const TITLE = `${DEPT}2024年度部门整体支出绩效自评报告`;

const spec = authoring();
const { P, H, caption, inj } = spec;
// a contradiction not found in some forms: its entry in those forms is a known miss with the reason
const missedIn = (forms, reason) => Object.fromEntries(forms.map((f) => [f, { known_miss: true, reason }]));
const ABIWORD_TABLE12 =
  "AbiWord's OOXML writes the department's 自评表 (表12) past its third piece with rows up to 16 cells wide (a phantom row of continuations, three leading cells where the form has two); which cell is whose cannot be proved, so the form is read 不可靠 (one table/unreadable note) and gives no figures, and";
/** the next table's number (prose that presents it) and the current one's (a note inside it) */
const next = () => `表${spec.tableNo + 1}`;
const cur = () => `表${spec.tableNo}`;
const m = (x) => money(x); // 万元 "1,234.56"
const plain = (x) => money(x).replace(/,/g, '');
const pctOf = (r) => D(r).times(100).toFixed(2) + '%';
const [P1, P2, P3, P4] = R.PROGS;
const n = (xs) => sum(xs.map(D));
const ACT = sum(R.ACTUAL);
const QUO = sum(R.QUOTA);
const S = R.SANGONG;
const [SG_BUD, SG_ACT] = R.SANGONG_TOTAL;
const levelScore = (rows, l1) => sum(rows.filter((r) => r.l1 === l1).map((r) => r.score));
const levelWeight = (rows, l1) => sum(rows.filter((r) => r.l1 === l1).map((r) => r.weight));
const seconds = (rows) => [...new Set(rows.map((r) => r.l1 + '/' + r.l2))];

// ================= cover and opening
P(
  `<p class="center">${TITLE}</p>`,
  '<p class="center">（部门整体支出及项目支出绩效自评）</p>',
  `<p class="center">编报单位：${DEPT}（盖章）</p>`,
  '<p class="center">单位负责人：王立军　　财务负责人：孙雅琴　　填报人：赵晓东</p>',
  '<p class="center">联系电话：0453-6923418</p>',
  '<p class="center">报送日期：2025年3月18日</p>',
  BREAK,
  `<p class="center">${TITLE}</p>`,
  `根据《黑龙江省财政厅关于做好2024年度省级预算绩效自评工作的通知》《牡丹江市财政局关于开展2024年度市级预算绩效自评工作的通知》（牡财绩〔2025〕3号）和《牡丹江市市级部门整体支出绩效评价管理办法》要求，我局成立自评工作领导小组，对${inj(9, 'identity', '2024年度部门整体支出', '2023年度部门整体支出', '开篇“对2023年度部门整体支出及城乡最低生活保障市级补助资金等4个项目支出开展了绩效自评”：标题、各表及全文所评均为2024年度（2024年1月1日至12月31日）；2023年度仅作对比', '2024')}及城乡最低生活保障市级补助资金等4个项目支出开展了绩效自评。自评范围包括局机关及所属6家事业单位，自评资金包括基本支出和项目支出。现将自评情况报告如下。`,
);

// ================= 一、部门基本情况
H(1, '一、部门基本情况');
H(2, '（一）部门职能');
P(
  `${DEPT}是市政府工作部门，为正处级，加挂市老龄工作委员会办公室牌子。主要职责是：贯彻落实国家和省关于民政工作的方针政策和法律法规，拟订全市民政事业发展规划和政策措施并组织实施；承担全市社会救助工作，负责城乡居民最低生活保障、特困人员救助供养、临时救助、生活无着流浪乞讨人员救助工作；拟订全市养老服务体系建设规划、政策、标准并组织实施，承担老年人福利和特殊困难老年人救助工作；拟订全市城乡社区治理政策，指导城乡社区服务体系建设；承担全市行政区划、行政区域界线和地名管理工作；拟订全市殡葬管理政策、服务规范并组织实施，推进殡葬改革；拟订全市儿童福利、孤弃儿童保障、儿童收养政策并组织实施；负责婚姻登记管理工作；统筹推进、督促指导、监督管理全市慈善和社会工作、志愿服务；完成市委、市政府交办的其他任务。`,
  '2024年，我局围绕“兜底线、织密网、建机制”，聚焦困难群众基本生活保障、基本社会服务和基层社会治理三项基本职能，全面完成了年初确定的各项任务。',
);
H(2, '（二）内设机构及所属单位');
P(
  `我局机关内设办公室、政策法规科、社会救助科、养老服务科、社会事务科、基层政权建设和社区治理科、区划地名科、慈善事业促进和社会工作科、计划财务科、人事科共10个职能科室。所属事业单位6家，均为公益一类或公益二类事业单位，具体情况见${next()}。`,
  caption('所属单位基本情况'),
  table(
    [['序号', '单位名称', '单位性质', '经费形式', '主要职责']],
    [
      ['1', R.UNITS[0].name, '行政单位', '财政全额拨款', '负责全市民政工作的组织、协调、指导和监督管理'],
      [
        '2',
        R.UNITS[1].name,
        '公益一类事业单位',
        '财政全额拨款',
        '收养城市“三无”老人和特困供养人员，提供生活照料、康复护理',
      ],
      [
        '3',
        R.UNITS[2].name,
        '公益一类事业单位',
        '财政全额拨款',
        '收养孤弃儿童，承担养育、医疗康复、特殊教育和家庭寄养',
      ],
      ['4', R.UNITS[3].name, '公益一类事业单位', '财政全额拨款', '对生活无着的流浪乞讨人员实施临时救助、护送返乡'],
      ['5', R.UNITS[4].name, '公益二类事业单位', '财政差额拨款', '承担遗体接运、火化、骨灰寄存和殡仪服务'],
      ['6', R.UNITS[5].name, '公益一类事业单位', '财政全额拨款', '承担低保、特困、临时救助的审核确认和信息化管理'],
      ['7', R.UNITS[6].name, '公益一类事业单位', '财政全额拨款', '承担市区婚姻登记和婚姻家庭辅导服务'],
    ],
    { split: 4, widths: [2, 8, 5, 4, 12] },
  ),
);
H(2, '（三）人员编制及实有人数');
const [qa, qb, qc] = R.QUOTA;
const [aa, ab, ac] = R.ACTUAL;
P(
  `截至2024年12月31日，我局（含所属单位）核定编制${int(QUO.toNumber())}名，其中行政编制${qa}名、事业编制${qb}名、工勤编制${qc}名；实有在职人员${int(ACT.toNumber())}名，其中行政人员${aa}名、事业人员${ab}名、工勤人员${ac}名，空编${QUO.minus(ACT)}名，编制使用率${pct(ACT, QUO)}。另有离退休人员${R.RETIRED}名，不计入在职实有人数。各单位编制及实有人数见${next()}。`,
  caption('2024年末人员编制及实有人数情况（单位：人）'),
  table(
    [
      ['单位名称', { t: '编制数', cs: 4 }, { t: '实有人数', cs: 4 }],
      ['', '行政', '事业', '工勤', '小计', '行政', '事业', '工勤', '小计'],
    ],
    [
      ...R.UNITS.map((u) => [
        u.name,
        ...u.quota.map(String),
        String(sum(u.quota)),
        ...u.actual.map(String),
        String(sum(u.actual)),
      ]),
      [
        '合计',
        ...R.QUOTA.map(String),
        String(QUO),
        ...R.ACTUAL.map(String),
        inj(
          6,
          'count',
          `${ACT}`,
          `${ACT.plus(10)}`,
          `${cur()}合计行实有人数小计${ACT.plus(10)}人：7个单位实有人数小计相加为${ACT}人（${R.UNITS.map((u) => sum(u.actual)).join(' + ')} = ${ACT}），行政${aa} + 事业${ab} + 工勤${ac} = ${ACT}，正文“实有在职人员${ACT}名”同`,
          String(ACT),
        ),
      ],
    ],
    { split: 4, widths: [9, 3, 3, 3, 3, 3, 3, 3, 3] },
  ),
);
H(2, '（四）年度主要工作任务');
const TASKS = [
  ['机构正常运转', '保障局机关及所属单位人员工资、社会保障缴费和日常公用经费', R.BASIC_FULL, R.BASIC],
  ...R.PROGS.map((p, i) => [
    p.name,
    [
      '按月发放城乡低保金，落实低保标准动态调整',
      '保障特困人员基本生活，落实照料护理补贴',
      '新建改造24个城乡社区综合服务设施',
      '更新火化机2台及尾气处理等配套设备',
    ][i],
    p.full,
    p.spent,
  ]),
  [
    '其他民政业务',
    '临时救助、流浪乞讨人员救助、儿童和老年福利、彩票公益金项目等',
    R.OTHER_PROJ_FULL,
    R.OTHER_PROJ_SPENT,
  ],
];
P(
  `2024年，我局年度主要任务共6项，各项任务的预算及执行情况见${next()}。`,
  caption('2024年度主要任务及预算执行情况（单位：万元）'),
  table(
    [['序号', '任务名称', '主要内容', '全年预算数', '全年执行数', '执行率']],
    [
      ...TASKS.map((t, i) => [String(i + 1), t[0], t[1], m(t[2]), m(t[3]), pct(t[3], t[2])]),
      [{ t: '合计', cs: 3 }, m(R.FULL), m(R.SPENT), pctOf(R.EXEC_RATE)],
    ],
    { split: 4, widths: [2, 9, 14, 5, 5, 4] },
  ),
);

// ================= 二、部门预算收支情况
H(1, '二、部门预算收支情况');
H(2, '（一）部门收入情况');
const [inc1, inc2, inc3, inc4, inc5] = R.INCOME;
P(
  `2024年度我局收入合计${m(R.INCOME24)}万元，较2023年度的${m(R.INCOME23)}万元增加${m(R.INCOME24.minus(R.INCOME23))}万元，增长${pct(R.INCOME24.minus(R.INCOME23), R.INCOME23)}，主要是城乡低保和特困供养提标扩面、市级补助资金增加。其中：一般公共预算财政拨款收入${m(inc1.y24)}万元，占${pct(inc1.y24, R.INCOME24)}；政府性基金预算财政拨款收入（福利彩票公益金）${m(inc2.y24)}万元；事业收入（殡仪服务收费）${m(inc3.y24)}万元；其他收入${m(inc4.y24)}万元；上年结转结余${m(inc5.y24)}万元。收入情况见${next()}。`,
  caption('2023—2024年度部门收入情况（单位：万元）'),
  table(
    [['收入项目', '2023年决算数', '2024年决算数', '增减额', '增减率']],
    [
      ...R.INCOME.map((x) => [x.name, m(x.y23), m(x.y24), m(x.y24.minus(x.y23)), pct(x.y24.minus(x.y23), x.y23)]),
      [
        '收入合计',
        m(R.INCOME23),
        inj(
          4,
          'money',
          m(R.INCOME24),
          m(R.INCOME24.plus(100)),
          `${cur()}“收入合计”2024年决算数${m(R.INCOME24.plus(100))}万元：五项收入相加为${R.INCOME.map((x) => m(x.y24)).join(' + ')} = ${m(R.INCOME24)}万元（正文“收入合计${m(R.INCOME24)}万元”，增减额${m(R.INCOME24.minus(R.INCOME23))}亦由${m(R.INCOME24)}算得）`,
          plain(R.INCOME24),
        ),
        m(R.INCOME24.minus(R.INCOME23)),
        pct(R.INCOME24.minus(R.INCOME23), R.INCOME23),
      ],
    ],
    { widths: [10, 5, 5, 5, 4] },
  ),
);
H(2, '（二）部门支出情况');
P(
  `2024年度我局年初预算数${m(R.PLAN)}万元，全年预算数（含年中追加调整和上年结转）${m(R.FULL)}万元，全年执行数${m(R.SPENT)}万元，预算执行率${pctOf(R.EXEC_RATE)}。其中：基本支出全年预算数${m(R.BASIC_FULL)}万元，执行${m(R.BASIC)}万元，执行率${pct(R.BASIC, R.BASIC_FULL)}，占总支出的${pct(R.BASIC, R.SPENT)}；项目支出全年预算数${m(R.PROJECT_FULL)}万元，执行${m(R.PROJECT)}万元，执行率${pct(R.PROJECT, R.PROJECT_FULL)}，占总支出的${pct(R.PROJECT, R.SPENT)}。`,
  `全年预算数较年初预算数增加${m(R.FULL.minus(R.PLAN))}万元，主要是：城乡最低生活保障市级补助资金追加${m(P1.full.minus(P1.plan))}万元，特困人员救助供养补助资金追加${m(P2.full.minus(P2.plan))}万元，市殡仪馆火化设备更新改造项目因政府采购节约调减${m(P4.plan.minus(P4.full))}万元，基本支出因调资追加${m(R.BASIC_FULL.minus(R.BASIC_PLAN))}万元，其他民政业务追加${m(R.OTHER_PROJ_FULL.minus(R.OTHER_PROJ_PLAN))}万元。`,
  `按支出功能分类，我局支出主要集中在社会保障和就业支出，具体见${next()}。`,
  caption('2024年度支出决算（按功能分类科目）（单位：万元）'),
  table(
    [['科目编码', '科目名称', '合计', '基本支出', '项目支出']],
    [
      ...R.FUNC.map((f) => [f.code, f.name, m(f.total), m(f.basic), m(f.project)]),
      [{ t: '合计', cs: 2 }, m(R.SPENT), m(R.BASIC), m(R.PROJECT)],
    ],
    { split: 4, widths: [4, 12, 5, 5, 5] },
  ),
  `按支出经济分类，工资福利支出${m(R.ECON[0].total)}万元，商品和服务支出${m(R.ECON[1].total)}万元，对个人和家庭的补助${m(R.ECON[2].total)}万元，资本性支出${m(R.ECON[3].total)}万元，见${next()}。对个人和家庭的补助主要是城乡低保金、特困人员供养金和临时救助金，资本性支出主要是殡仪馆火化设备购置和社区综合服务设施建设。`,
  caption('2024年度支出决算（按经济分类科目）（单位：万元）'),
  table(
    [['经济分类', '基本支出', '项目支出', '合计', '占比']],
    [
      ...R.ECON.map((e) => [e.name, m(e.basic), m(e.project), m(e.total), pct(e.total, R.SPENT)]),
      ['合计', m(R.BASIC), m(R.PROJECT), m(R.SPENT), '100.00%'],
    ],
    { widths: [8, 5, 5, 5, 4] },
  ),
);
const oFull = sum(R.OTHER_PROJECTS.map((o) => o.full));
const oSpent = sum(R.OTHER_PROJECTS.map((o) => o.spent));
P(
  `项目支出中，除城乡最低生活保障市级补助资金等4个重点项目外，其他民政业务项目8个，全年预算数${m(oFull)}万元，执行${m(oSpent)}万元，执行率${pct(oSpent, oFull)}，明细见${next()}。`,
  caption('2024年度其他民政业务项目预算执行情况（单位：万元）'),
  table(
    [['序号', '项目名称', '功能科目', '全年预算数', '全年执行数', '执行率']],
    [
      ...R.OTHER_PROJECTS.map((o, i) => [String(i + 1), o.name, o.code, m(o.full), m(o.spent), pct(o.spent, o.full)]),
      [{ t: '合计', cs: 3 }, m(oFull), m(oSpent), pct(oSpent, oFull)],
    ],
    { split: 4, widths: [2, 12, 4, 5, 5, 4] },
  ),
);
const tmpPaid = sum(R.TEMP_AID.map((a) => a.paid));
const tmpTimes = R.TEMP_AID.reduce((a, x) => a + x.times, 0);
P(
  `其中城乡临时救助项目按各县（市）区救助人次和救助标准拨付，全年救助${int(tmpTimes)}人次，拨付资金${m(tmpPaid)}万元，人均救助${D(tmpPaid).times(10000).div(tmpTimes).toFixed(0)}元，各县（市）区情况见${next()}。`,
  caption('2024年度各县（市）区临时救助情况'),
  table(
    [['县（市）区', '救助人次', '拨付资金（万元）', '次均救助（元）']],
    [
      ...R.TEMP_AID.map((a) => [a.name, int(a.times), m(a.paid), D(a.paid).times(10000).div(a.times).toFixed(0)]),
      ['合计', int(tmpTimes), m(tmpPaid), D(tmpPaid).times(10000).div(tmpTimes).toFixed(0)],
    ],
    { split: 4, widths: [6, 5, 5, 5] },
  ),
);
H(2, '（三）“三公”经费支出情况');
P(
  `2024年度我局“三公”经费预算${m(SG_BUD)}万元，决算${m(SG_ACT)}万元，较预算减少${m(SG_BUD.minus(SG_ACT))}万元，下降${pct(SG_BUD.minus(SG_ACT), SG_BUD)}；较2023年决算${m(R.SANGONG23)}万元减少${m(R.SANGONG23.minus(SG_ACT))}万元。其中：因公出国（境）费预算0万元、决算0万元；公务用车购置费预算0万元、决算0万元；公务用车运行维护费预算${m(S.carRun[0])}万元、决算${m(S.carRun[1])}万元，主要用于救助巡查、遗体接运车辆的燃料、维修和保险；公务接待费预算${m(S.reception[0])}万元、决算${m(S.reception[1])}万元，主要用于接待上级部门检查指导工作。“三公”经费决算数低于预算数的主要原因是严格落实过紧日子要求，压减公务接待和车辆运行支出。`,
  caption('2024年度“三公”经费预算及决算情况（单位：万元）'),
  table(
    [['项目', '2024年预算数', '2024年决算数', '决算比预算增减', '2023年决算数']],
    [
      ['因公出国（境）费', m(S.abroad[0]), m(S.abroad[1]), m(S.abroad[1].minus(S.abroad[0])), '0.00'],
      [
        '公务用车购置及运行维护费',
        m(S.carBuy[0].plus(S.carRun[0])),
        m(S.carBuy[1].plus(S.carRun[1])),
        m(S.carBuy[1].plus(S.carRun[1]).minus(S.carBuy[0]).minus(S.carRun[0])),
        '18.25',
      ],
      ['其中：公务用车购置费', m(S.carBuy[0]), m(S.carBuy[1]), m(S.carBuy[1].minus(S.carBuy[0])), '0.00'],
      ['公务用车运行维护费', m(S.carRun[0]), m(S.carRun[1]), m(S.carRun[1].minus(S.carRun[0])), '18.25'],
      ['公务接待费', m(S.reception[0]), m(S.reception[1]), m(S.reception[1].minus(S.reception[0])), '3.69'],
      [
        '合计',
        m(SG_BUD),
        inj(
          5,
          'money',
          m(SG_ACT),
          m(SG_ACT.plus(1)),
          `${cur()}“三公”经费合计行2024年决算数${m(SG_ACT.plus(1))}万元：因公出国（境）费0.00 + 公务用车购置及运行维护费${m(S.carRun[1])} + 公务接待费${m(S.reception[1])} = ${m(SG_ACT)}万元（正文“决算${m(SG_ACT)}万元”，增减额${m(SG_ACT.minus(SG_BUD))}同）`,
          plain(SG_ACT),
        ),
        m(SG_ACT.minus(SG_BUD)),
        m(R.SANGONG23),
      ],
    ],
    { widths: [10, 5, 5, 5, 5] },
  ),
);
H(2, '（四）政府采购及资产管理情况');
const BUYS = [
  ['火化机（平板式）', '公开招标', '420.00', '392.60'],
  ['火化机尾气处理系统', '公开招标', '160.00', '151.80'],
  ['遗体冷藏柜', '竞争性磋商', '48.00', '45.36'],
  ['社区综合服务设施装修工程（一标段）', '公开招标', '385.00', '368.42'],
  ['社区综合服务设施装修工程（二标段）', '公开招标', '342.00', '326.15'],
  ['社区服务设施设备', '框架协议采购', '126.00', '118.74'],
  ['社会救助信息系统运维', '竞争性磋商', '36.00', '34.20'],
  ['福利院老年人护理床', '询价', '28.50', '27.18'],
  ['儿童福利院康复设备', '竞争性磋商', '52.00', '49.40'],
  ['办公设备及家具', '电子卖场', '18.60', '17.92'],
  ['救助站物资', '电子卖场', '12.40', '11.88'],
  ['物业服务', '竞争性磋商', '46.80', '45.60'],
];
const buyBud = n(BUYS.map((b) => b[2]));
const buyCon = n(BUYS.map((b) => b[3]));
P(
  `2024年度我局政府采购预算${m(buyBud)}万元，实际采购${m(buyCon)}万元，节约资金${m(buyBud.minus(buyCon))}万元，节约率${pct(buyBud.minus(buyCon), buyBud)}。政府采购明细见${next()}。`,
  caption('2024年度政府采购情况（单位：万元）'),
  table(
    [['序号', '采购项目', '采购方式', '采购预算', '合同金额', '节约率']],
    [
      ...BUYS.map((b, i) => [String(i + 1), b[0], b[1], b[2], b[3], pct(D(b[2]).minus(b[3]), b[2])]),
      [{ t: '合计', cs: 3 }, m(buyBud), m(buyCon), pct(buyBud.minus(buyCon), buyBud)],
    ],
    { split: 4, widths: [2, 12, 5, 4, 4, 3] },
  ),
);
const ASSETS = [
  ['房屋及构筑物', '18,462.30', '0.00', '0.00'],
  ['通用设备', '1,284.56', '186.32', '42.18'],
  ['专用设备', '2,146.80', '605.76', '118.40'],
  ['车辆', '312.60', '0.00', '36.80'],
  ['家具、用具及装具', '468.25', '45.32', '12.06'],
  ['在建工程', '956.40', '905.89', '0.00'],
];
const aEnd = (a) => D(a[1].replace(/,/g, '')).plus(a[2]).minus(a[3]);
P(
  `截至2024年末，我局固定资产及在建工程原值${m(sum(ASSETS.map(aEnd)))}万元，其中本年新增${m(n(ASSETS.map((a) => a[2])))}万元，主要是火化设备和社区服务设施；本年处置报废资产${m(n(ASSETS.map((a) => a[3])))}万元，均按规定履行报批手续。资产变动情况见${next()}。`,
  caption('2024年度资产变动情况（单位：万元）'),
  table(
    [['资产类别', '年初数', '本年增加', '本年减少', '年末数']],
    [
      ...ASSETS.map((a) => [a[0], a[1], a[2], a[3], m(aEnd(a))]),
      [
        '合计',
        m(n(ASSETS.map((a) => a[1].replace(/,/g, '')))),
        m(n(ASSETS.map((a) => a[2]))),
        m(n(ASSETS.map((a) => a[3]))),
        m(sum(ASSETS.map(aEnd))),
      ],
    ],
    { widths: [8, 5, 5, 5, 5] },
  ),
);

// ================= 三、部门整体支出绩效自评情况
H(1, '三、部门整体支出绩效自评情况');
H(2, '（一）自评工作开展情况');
P(
  '按照市财政局部署，我局于2025年1月成立由局长任组长、分管副局长任副组长、各科室和所属单位负责人为成员的绩效自评工作领导小组，制定自评工作方案，明确自评范围、内容、方法和时间安排。自评工作分三个阶段：一是前期准备阶段（2025年1月6日至1月17日），收集整理年度预算、决算、绩效目标申报表、项目实施方案、资金拨付凭证等资料；二是组织实施阶段（2025年1月20日至2月28日），对照年初设定的绩效目标逐项核实完成情况，深入10个县（市）区抽查低保和特困供养对象档案，实地查看社区综合服务设施和殡仪馆设备运行情况，发放满意度调查问卷；三是分析评价阶段（2025年3月1日至3月15日），对照评分标准逐项打分，形成自评报告。',
  '自评采用比较法、因素分析法和公众评判法。部门整体支出绩效自评表由预算执行率和产出、效益、满意度三类绩效指标组成，满分100分，其中预算执行率10分，按“执行率×分值”计分；绩效指标90分，按指标完成程度计分，完成年度指标值的得满分，未完成的按完成比例或偏差程度扣分。各项目支出绩效自评表同样按满分100分单独计分，项目得分不计入部门整体得分。',
);
H(2, '（二）部门整体绩效目标');
P(
  '我局2024年度部门整体绩效目标为：一是保障城乡困难群众基本生活，城乡低保对象保持在21000人以上，特困人员应养尽养；二是提升基本社会服务水平，养老机构服务质量达标率95%以上，殡葬设施环保排放全部达标；三是加强城乡社区服务体系建设，新建改造24个社区综合服务设施；四是推进殡葬改革，完成火化设备更新改造；五是服务对象满意度达到90%以上。',
);
H(2, '（三）部门整体自评结果');
const deptSec = seconds(R.DEPT_ROWS);
const dOut = levelScore(R.DEPT_ROWS, '产出指标');
const dEff = levelScore(R.DEPT_ROWS, '效益指标');
const dSat = levelScore(R.DEPT_ROWS, '满意度指标');
P(
  `经自评，我局2024年度部门整体支出${inj(3, 'score', `自评得分${sc(R.DEPT_TOTAL)}分`, `自评得分${sc(R.DEPT_TOTAL.plus(1))}分`, `三（三）“我局2024年度部门整体支出自评得分${sc(R.DEPT_TOTAL.plus(1))}分”：${next()}部门整体支出绩效自评表总分${sc(R.DEPT_TOTAL)}分 = 预算执行率${sc(R.FUNDS_SCORE)} + 产出${sc(dOut)} + 效益${sc(dEff)} + 满意度${sc(dSat)}`, sc(R.DEPT_TOTAL), `自评得分${sc(R.DEPT_TOTAL.plus(1))}分`, missedIn(['docx'], `${ABIWORD_TABLE12} the sentence's 自评得分 has no 总分 to be compared with (the .md, .pdf and .txt find it)`))}，评价等级为“${R.grade(R.DEPT_TOTAL)}”。其中：预算执行率指标分值10分，执行率${pctOf(R.EXEC_RATE)}，得分${sc(R.FUNDS_SCORE)}分；产出指标分值${levelWeight(R.DEPT_ROWS, '产出指标')}分，得分${sc(dOut)}分；效益指标分值${levelWeight(R.DEPT_ROWS, '效益指标')}分，得分${sc(dEff)}分；满意度指标分值${levelWeight(R.DEPT_ROWS, '满意度指标')}分，得分${sc(dSat)}分。上年度（2023年度）我局部门整体支出自评得分为93.85分。`,
  `部门整体支出绩效自评表共设置一级指标3个、二级指标${deptSec.length}个、${inj(10, 'count', `三级指标${R.DEPT_ROWS.length}个`, `三级指标${R.DEPT_ROWS.length + 2}个`, `三（三）“共设置一级指标3个、二级指标${deptSec.length}个、三级指标${R.DEPT_ROWS.length + 2}个”：${next()}的三级指标为${R.DEPT_ROWS.length}个（产出11个、效益5个、满意度2个）`, String(R.DEPT_ROWS.length), `三级指标${R.DEPT_ROWS.length + 2}个`, missedIn(['docx'], `${ABIWORD_TABLE12} the indicators are not counted (the .md, .pdf and .txt find it)`))}，其中${R.DEPT_ROWS.filter((r) => r.score.eq(r.weight)).length}个指标全部完成得满分，${R.DEPT_ROWS.filter((r) => !r.score.eq(r.weight)).length}个指标未完全达到年度指标值被扣分。自评表见${next()}。`,
);
/** a national 自评表's indicator rows: 一级 and 二级 merged down, then 三级 … 偏差原因 */
const indicatorRows = (rows) =>
  rows.map((r, i) => {
    const first = i === 0 || rows[i - 1].l1 !== r.l1;
    const secondFirst = first || rows[i - 1].l2 !== r.l2;
    const cells = [];
    if (first) cells.push({ t: r.l1, rs: rows.filter((x) => x.l1 === r.l1).length });
    if (secondFirst) {
      let k = i;
      while (k < rows.length && rows[k].l1 === r.l1 && rows[k].l2 === r.l2) k++;
      cells.push({ t: r.l2, rs: k - i });
    }
    return [...cells, r.name, r.target, r.actual, sc(r.weight), sc(r.score), r.why || '无'];
  });
P(
  caption('2024年度部门整体支出绩效自评表'),
  table(
    [['部门名称', { t: DEPT, cs: 3 }, '主管部门', { t: DEPT, cs: 3 }]],
    [
      ['年度预算执行情况（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '备注'],
      ['年度资金总额', m(R.PLAN), m(R.FULL), m(R.SPENT), '10', pctOf(R.EXEC_RATE), sc(R.FUNDS_SCORE), '—'],
      ['其中：基本支出', m(R.BASIC_PLAN), m(R.BASIC_FULL), m(R.BASIC), '—', pct(R.BASIC, R.BASIC_FULL), '—', '—'],
      ['项目支出', m(R.PROJECT_PLAN), m(R.PROJECT_FULL), m(R.PROJECT), '—', pct(R.PROJECT, R.PROJECT_FULL), '—', '—'],
      [
        { t: '年度总体目标', rs: 2 },
        { t: '预期目标', cs: 3 },
        { t: '实际完成情况', cs: 4 },
      ],
      [
        {
          t: '保障城乡困难群众基本生活，低保对象21000人以上、特困人员应养尽养；新建改造24个社区综合服务设施；完成火化设备更新改造；服务对象满意度90%以上。',
          cs: 3,
        },
        {
          t: `城乡低保对象21486人、特困人员4712人，资金按月足额发放；20个社区综合服务设施完工、4个主体完工；2台火化机及配套设备投入使用；困难群众满意度95.6%。`,
          cs: 4,
        },
      ],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ...indicatorRows(R.DEPT_ROWS),
      [{ t: '总分', cs: 5 }, '100', sc(R.DEPT_TOTAL), `自评等级：${R.grade(R.DEPT_TOTAL)}`],
    ],
    { split: 5, widths: [5, 5, 7, 5, 5, 3, 3, 9] },
  ),
);
H(3, '1.产出指标完成情况');
P(
  `产出指标分值${levelWeight(R.DEPT_ROWS, '产出指标')}分，得分${sc(dOut)}分。数量指标方面，全年保障城乡低保对象21486人，高于年度指标值21000人，超额完成；特困人员救助供养4712人，高于4600人的指标值；新建改造城乡社区综合服务设施${R.P3_DONE}个完工，${R.P3_ITEMS.length - R.P3_DONE}个主体完工，完成率${pct(R.P3_DONE, R.P3_ITEMS.length)}；火化设备更新2台（套）。质量指标方面，低保对象动态管理率100%，养老机构服务质量达标率97.3%，殡葬设施环保排放全部达标。时效指标方面，救助资金全部按月发放，项目按期完成率${pct(R.P3_DONE, R.P3_ITEMS.length)}，低于90%的年度指标值。成本指标方面，城市低保标准由每人每月740元提高到760元；“三公”经费决算${m(SG_ACT)}万元，为预算数的${pct(SG_ACT, SG_BUD)}。`,
);
H(3, '2.效益指标完成情况');
P(
  `效益指标分值${levelWeight(R.DEPT_ROWS, '效益指标')}分，得分${sc(dEff)}分。困难群众应保尽保、应救尽救，全年未发生因基本生活无保障引发的极端事件；救助管理站全年救助流浪乞讨人员1,268人次，护送返乡326人次，救助率100%；殡葬服务网上预约系统于2024年11月上线运行，群众办事便利度有所提升，但运行时间较短，扣1分。社会救助“一门受理、协同办理”机制和低保动态管理机制运行良好，社区服务设施可长期发挥作用。`,
);
H(3, '3.满意度指标完成情况');
P(
  `满意度指标分值${levelWeight(R.DEPT_ROWS, '满意度指标')}分，得分${sc(dSat)}分。我局委托社区工作人员和志愿者向低保、特困供养对象发放问卷1,200份，收回有效问卷1,164份，困难群众满意度95.6%；向殡仪服务对象发放问卷400份，收回有效问卷388份，满意度88.4%，低于90%的目标值1.6个百分点，主要是火化高峰期等候时间较长。`,
);

// ================= 四、项目支出绩效自评情况
H(1, '四、项目支出绩效自评情况');
P(
  `2024年度我局纳入重点自评的项目共4个，全年预算数合计${m(sum(R.PROGS.map((p) => p.full)))}万元，占项目支出全年预算数的${pct(sum(R.PROGS.map((p) => p.full)), R.PROJECT_FULL)}；全年执行数合计${m(sum(R.PROGS.map((p) => p.spent)))}万元。各项目自评得分分别为：${R.PROGS.map((p) => `${p.name}${sc(p.total)}分`).join('，')}。各项目按项目支出绩效自评表分别计分，每个项目满分100分。`,
);
/** one programme's national 项目支出绩效自评表 */
const progTable = (p, { fundsScore = sc(p.fundsScore), total = sc(p.total) } = {}) =>
  table(
    [['项目名称', { t: p.name, cs: 7 }]],
    [
      ['主管部门', { t: DEPT, cs: 3 }, '实施单位', { t: p.unit, cs: 3 }],
      [{ t: '项目资金（万元）', cs: 2 }, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [{ t: '年度资金总额', cs: 2 }, m(p.plan), m(p.full), m(p.spent), '10', pctOf(p.rate), fundsScore],
      [{ t: '其中：当年财政拨款', cs: 2 }, m(p.plan.minus(p.carry)), m(p.current), '—', '—', '—', '—'],
      [{ t: '上年结转资金', cs: 2 }, m(p.carry), m(p.carry), '—', '—', '—', '—'],
      [{ t: '其他资金', cs: 2 }, '0.00', '0.00', '—', '—', '—', '—'],
      [
        { t: '年度总体目标', rs: 2 },
        { t: '预期目标', cs: 3 },
        { t: '实际完成情况', cs: 4 },
      ],
      [
        { t: p.goal, cs: 3 },
        { t: p.done, cs: 4 },
      ],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ...indicatorRows(p.rows),
      [{ t: '总分', cs: 5 }, '100', total, `自评等级：${R.grade(p.total)}`],
    ],
    { split: 5, widths: [5, 5, 7, 5, 5, 3, 3, 9] },
  );
const fundsSentence = (p, rateText = `执行率${pctOf(p.rate)}`) =>
  `该项目年初预算数${m(p.plan)}万元，全年预算数${m(p.full)}万元${p.full.gt(p.plan) ? `（年中追加${m(p.full.minus(p.plan))}万元）` : p.full.lt(p.plan) ? `（调减${m(p.plan.minus(p.full))}万元）` : ''}${p.carry.gt(0) ? `，其中上年结转资金${m(p.carry)}万元` : ''}，全年执行数${m(p.spent)}万元，${rateText}，预算执行率指标得分${sc(p.fundsScore)}分。`;

// ---- 项目一
P1.goal =
  '按月足额发放城乡低保金，城市低保对象8500人以上、农村低保对象12500人以上，城市低保标准不低于每人每月740元、农村低保标准不低于每人每年5600元，低保对象满意度90%以上。';
P1.done = `全年保障城市低保对象8764人、农村低保对象12722人，发放低保金${m(P1.spent)}万元；城市低保标准每人每月760元，农村低保标准每人每年5760元；低保对象满意度96.2%。`;
H(2, `（一）${P1.name}`);
H(3, '1.项目概况');
P(
  `${P1.name}是市级财政按照分级负担原则安排的城乡低保补助资金，由${P1.unit}负责审核确认和资金结算，按月拨付至各县（市）区民政部门，由县级通过“一卡通”发放至低保对象。2024年7月起，全市城市低保标准由每人每月740元提高到760元，农村低保标准由每人每年5600元提高到5760元。`,
);
H(3, '2.资金投入及使用情况');
const p1Urban = R.P1_AREAS.reduce((a, x) => a + x.urban, 0);
const p1Rural = R.P1_AREAS.reduce((a, x) => a + x.rural, 0);
P(
  fundsSentence(
    P1,
    inj(
      7,
      'money',
      `执行率${pctOf(P1.rate)}`,
      '执行率99.74%',
      `四（一）“全年预算数${m(P1.full)}万元…全年执行数${m(P1.spent)}万元，执行率99.74%”：${m(P1.spent)} ÷ ${m(P1.full)} = ${pctOf(P1.rate)}（项目支出绩效自评表资金行执行率同）`,
      pctOf(P1.rate).replace('%', ''),
    ),
  ),
  `资金按各县（市）区低保对象人数和保障标准分配。各县（市）区分配资金和保障人数见${next()}，其中：${R.P1_AREAS.map((a) => `${a.name}${m(a.paid)}万元，保障${int(a.urban + a.rural)}人`).join('；')}。`,
  caption(`2024年度各县（市）区${P1.name}分配及保障人数`),
  table(
    [['县（市）区', '城市低保人数（人）', '农村低保人数（人）', '合计人数（人）', '分配资金（万元）', '资金占比']],
    [
      ...R.P1_AREAS.map((a) => [
        a.name,
        int(a.urban),
        int(a.rural),
        int(a.urban + a.rural),
        m(a.paid),
        pct(a.paid, P1.spent),
      ]),
      ['合计', int(p1Urban), int(p1Rural), int(p1Urban + p1Rural), m(P1.spent), '100.00%'],
    ],
    { split: 4, widths: [6, 5, 5, 5, 5, 4] },
  ),
);
P(
  `2024年7月1日起，各县（市）区按照全市统一部署提高城乡低保标准，城区执行全市统一标准，县（市）按不低于全市指导标准的原则确定本地标准，各地标准见${next()}。`,
  caption('2024年度各县（市）区城乡低保标准'),
  table(
    [['县（市）区', '城市低保标准（元/人·月）', '农村低保标准（元/人·年）', '执行时间']],
    R.STANDARDS.map((a) => [a.name, String(a.urban), int(a.rural), '2024年7月1日']),
    { split: 5, widths: [6, 6, 6, 5] },
  ),
  `全年各月保障人数和低保金发放情况见${next()}。12月末全市城市低保对象${int(R.P1_PEOPLE.urban)}人、农村低保对象${int(R.P1_PEOPLE.rural)}人；全年发放城市低保金${m(R.P1_URBAN_PAID)}万元、农村低保金${m(R.P1_RURAL_PAID)}万元，合计${m(P1.spent)}万元。`,
  caption('2024年度城乡低保月度保障人数及发放情况'),
  table(
    [
      [
        '月份',
        '城市低保人数（人）',
        '农村低保人数（人）',
        '城市低保金（万元）',
        '农村低保金（万元）',
        '发放合计（万元）',
      ],
    ],
    [
      ...R.P1_MONTHS.map((x) => [
        x.month,
        int(x.urban),
        int(x.rural),
        m(x.urbanPaid),
        m(x.ruralPaid),
        m(x.urbanPaid.plus(x.ruralPaid)),
      ]),
      ['合计', '—', '—', m(R.P1_URBAN_PAID), m(R.P1_RURAL_PAID), m(P1.spent)],
    ],
    { split: 4, widths: [3, 5, 5, 5, 5, 5] },
  ),
);
H(3, '3.绩效目标完成情况及自评得分');
P(
  `该项目设置产出、效益、满意度三类绩效指标8个。全年保障城市低保对象8764人、农村低保对象12722人，均超过年度指标值；抽查低保档案320份，认定准确率98.6%；低保金按月足额发放；农村低保标准每人每年5760元。效益方面，低保对象基本生活保障水平稳步提高；动态管理机制持续有效，但2个县（市）区年度复核滞后1个月，扣1分。满意度方面，低保对象满意度96.2%。经自评，${P1.name}自评得分${sc(P1.total)}分，评价等级为“${R.grade(P1.total)}”，自评表见${next()}。`,
  caption(`${P1.name}项目支出绩效自评表`),
  progTable(P1),
);

// ---- 项目二
P2.goal =
  '保障集中供养特困人员1300人以上、分散供养特困人员3300人以上的基本生活，供养服务机构全部达标，供养金按月发放，特困供养人员满意度90%以上。';
P2.done = `全年集中供养特困人员1326人、分散供养3386人，发放供养金和照料护理补贴${m(P2.spent)}万元；13所供养服务机构12所达标；特困供养人员满意度93.8%。`;
H(2, `（二）${P2.name}`);
H(3, '1.项目概况');
P(
  `${P2.name}用于保障城乡特困人员基本生活和照料护理，由我局社会救助科会同各县（市）区民政部门组织实施。基本生活标准不低于当地城乡低保标准的1.3倍，照料护理标准按全自理、半失能、全失能三档分别确定。全市现有特困人员供养服务机构13所，其中市社会福利院承担市区集中供养。`,
);
H(3, '2.资金投入及使用情况');
const p2c = R.P2_AREAS.reduce((a, x) => a + x.central, 0);
const p2h = R.P2_AREAS.reduce((a, x) => a + x.home, 0);
P(
  fundsSentence(P2),
  `各县（市）区分配资金和供养人数见${next()}。其中${R.P2_AREAS[0].name}集中供养${R.P2_AREAS[0].central}人、分散供养${R.P2_AREAS[0].home}人，分配资金${m(R.P2_AREAS[0].paid)}万元；${R.P2_AREAS[9].name}集中供养${R.P2_AREAS[9].central}人、分散供养${R.P2_AREAS[9].home}人，分配资金${m(R.P2_AREAS[9].paid)}万元。`,
  caption(`2024年度各县（市）区${P2.name}分配及供养人数`),
  table(
    [['县（市）区', '集中供养（人）', '分散供养（人）', '合计（人）', '分配资金（万元）']],
    [
      ...R.P2_AREAS.map((a) => [a.name, String(a.central), int(a.home), int(a.central + a.home), m(a.paid)]),
      ['合计', int(p2c), int(p2h), int(p2c + p2h), m(P2.spent)],
    ],
    { split: 4, widths: [6, 5, 5, 5, 5] },
  ),
);
const homeBeds = R.HOMES.reduce((a, h) => a + h.beds, 0);
const homePeople = R.HOMES.reduce((a, h) => a + h.people, 0);
const homeDis = R.HOMES.reduce((a, h) => a + h.disabled, 0);
const homeCarers = R.HOMES.reduce((a, h) => a + h.carers, 0);
P(
  `全市13所特困人员供养服务机构共有床位${int(homeBeds)}张，集中供养特困人员${int(homePeople)}人，床位使用率${pct(homePeople, homeBeds)}；其中失能、半失能特困人员${homeDis}人，配备护理人员${homeCarers}人，护理人员与失能特困人员配比为1:${D(homeDis).div(homeCarers).toFixed(1)}。各机构情况见${next()}。`,
  caption('2024年末特困人员供养服务机构情况'),
  table(
    [['序号', '机构名称', '床位（张）', '集中供养（人）', '失能半失能（人）', '护理人员（人）', '消防达标']],
    [
      ...R.HOMES.map((h, i) => [
        String(i + 1),
        h.name,
        String(h.beds),
        String(h.people),
        String(h.disabled),
        String(h.carers),
        h.ok,
      ]),
      [{ t: '合计', cs: 2 }, int(homeBeds), int(homePeople), String(homeDis), String(homeCarers), '12所达标'],
    ],
    { split: 4, widths: [2, 10, 4, 4, 4, 4, 3] },
  ),
);
H(3, '3.绩效目标完成情况及自评得分');
P(
  `该项目设置绩效指标8个。集中供养特困人员1326人、分散供养3386人，均完成年度指标值；13所供养服务机构中1所消防设施整改未完成，达标率92.31%，扣1.5分；失能特困人员护理人员配比为1:5.2，未达到1:4的要求，扣2分。经自评，${P2.name}自评得分${sc(P2.total)}分，评价等级为“${R.grade(P2.total)}”，自评表见${next()}。`,
  caption(`${P2.name}项目支出绩效自评表`),
  progTable(P2, {
    total: inj(
      1,
      'score',
      sc(P2.total),
      sc(P2.total.plus(1)),
      `${cur()}特困人员救助供养补助资金项目支出绩效自评表“总分”得分${sc(P2.total.plus(1))}分：资金行得分${sc(P2.fundsScore)} + 各三级指标得分${P2.rows.map((r) => sc(r.score)).join(' + ')} = ${sc(P2.total)}（正文“自评得分${sc(P2.total)}分”同）`,
      sc(P2.total),
    ),
  }),
);

// ---- 项目三
P3.goal =
  '新建改造城乡社区综合服务设施24个，新增社区服务用房12000平方米以上，工程验收合格率100%，按期完工率90%以上，社区居民满意度90%以上。';
P3.done = `${R.P3_DONE}个社区综合服务设施完工并投入使用，${R.P3_ITEMS.length - R.P3_DONE}个主体完工；新增服务用房13160平方米；已完工项目验收合格率100%；社区居民满意度94.5%。`;
H(2, `（三）${P3.name}`);
H(3, '1.项目概况');
P(
  `${P3.name}是我局落实城乡社区服务体系建设规划的重点项目，由基层政权建设和社区治理科组织，各县（市）区民政部门和街道（乡镇）具体实施，主要对办公和服务用房面积不足、功能不完善的社区综合服务设施进行新建、改扩建和功能提升。项目涉及东安、阳明、爱民、西安4个城区16个社区和6个县（市）8个社区，共24个。`,
);
H(3, '2.资金投入及使用情况');
P(
  fundsSentence(P3),
  `上年结转资金${m(P3.carry)}万元为2023年下达的社区设施前期工作经费。各社区项目投资及完成情况见${next()}。`,
  caption(`${P3.name}实施情况`),
  table(
    [['序号', '社区', '建设面积（平方米）', '预算（万元）', '支出（万元）', '完成情况']],
    [
      ...R.P3_ITEMS.map((c, i) => [String(i + 1), c.name, String(c.area), m(c.budget), m(c.spent), c.done]),
      [
        { t: '合计', cs: 2 },
        int(R.P3_ITEMS.reduce((a, c) => a + c.area, 0)),
        m(P3.full),
        m(P3.spent),
        `已完工${R.P3_DONE}个`,
      ],
    ],
    { split: 4, widths: [2, 11, 4, 4, 4, 4] },
  ),
);
H(3, '3.绩效目标完成情况及自评得分');
P(
  `该项目设置绩效指标8个。${R.P3_DONE}个社区综合服务设施完工，完成率${pct(R.P3_DONE, R.P3_ITEMS.length)}，扣2.5分；新增社区服务用房13160平方米，超过12000平方米的年度指标值；已完工项目验收合格率100%；按期完工率${pct(R.P3_DONE, R.P3_ITEMS.length)}，扣2分。建成社区平均开展服务项目7.2项。经自评，${P3.name}自评得分${sc(P3.total)}分，评价等级为“${R.grade(P3.total)}”，自评表见${next()}。`,
  caption(`${P3.name}项目支出绩效自评表`),
  progTable(P3),
);

// ---- 项目四
P4.goal =
  '更新平板式火化机2台，配套尾气处理系统、骨灰冷却、遗体冷藏等设备19台（套），设备验收合格率100%，2024年10月底前完成安装调试，烟尘排放浓度不高于30mg/m³，丧属满意度90%以上。';
P4.done =
  '2台火化机及19台（套）配套设备全部到货并验收合格，2024年12月完成安装调试投入使用；日均火化能力48具；烟尘排放浓度18mg/m³；丧属满意度91.7%。';
H(2, `（四）${P4.name}`);
H(3, '1.项目概况');
P(
  `${P4.name}由${P4.unit}实施。原有3台火化机使用已超过15年，能耗高、排放不稳定，不能满足《火葬场大气污染物排放标准》要求。项目更新平板式火化机2台，配套购置尾气处理系统、骨灰冷却设备、遗体冷藏柜等，并对配电和火化车间通风进行改造。`,
);
H(3, '2.资金投入及使用情况');
const p4c = sum(R.P4_ITEMS.map((x) => x.contract));
const p4p = sum(R.P4_ITEMS.map((x) => x.paid));
P(
  fundsSentence(P4),
  `未支付资金${m(P4.full.minus(P4.spent))}万元为设备质保金和尾款，按合同约定于质保期满后支付。设备购置及支付情况见${next()}。`,
  caption(`${P4.name}设备购置及支付情况`),
  table(
    [['序号', '设备及工程名称', '数量', '单位', '合同金额（万元）', '已支付（万元）', '支付比例']],
    [
      ...R.P4_ITEMS.map((x, i) => [
        String(i + 1),
        x.name,
        String(x.qty),
        x.unit,
        m(x.contract),
        m(x.paid),
        pct(x.paid, x.contract),
      ]),
      [{ t: '合计', cs: 4 }, m(p4c), m(p4p), pct(p4p, p4c)],
    ],
    { split: 4, widths: [2, 9, 3, 3, 5, 5, 4] },
  ),
);
H(3, '3.绩效目标完成情况及自评得分');
P(
  `该项目设置绩效指标9个。火化机更新2台，配套设备19台（套），全部验收合格；尾气处理系统到货延迟，安装调试推迟至2024年12月完成，扣3分；采购成本节约率5.9%，超过3%的年度指标值；设备投入使用后日均火化能力48具，烟尘排放浓度18mg/m³。经自评，${P4.name}自评得分${sc(P4.total)}分，评价等级为“${R.grade(P4.total)}”，自评表见${next()}。`,
  caption(`${P4.name}项目支出绩效自评表`),
  progTable(P4, {
    fundsScore: inj(
      2,
      'score',
      sc(P4.fundsScore),
      sc(P4.fundsScore.plus('0.9')),
      `${cur()}市殡仪馆火化设备更新改造项目资金行得分${sc(P4.fundsScore.plus('0.9'))}分：分值10 × 执行率${pctOf(P4.rate)} = ${sc(P4.fundsScore)}（全年执行数${m(P4.spent)} ÷ 全年预算数${m(P4.full)}；正文“预算执行率指标得分${sc(P4.fundsScore)}分”，总分${sc(P4.total)}亦由${sc(P4.fundsScore)}算得）`,
      sc(P4.fundsScore),
    ),
  }),
);

// ================= 五、存在的问题
H(1, '五、存在的问题');
P(
  `（一）部分项目预算编制不够精准。${P3.name}对冬季施工期考虑不足，4个社区综合服务设施未能按期完工，执行率${pctOf(P3.rate)}；${P4.name}因政府采购节约调减预算${m(P4.plan.minus(P4.full))}万元，执行率${pctOf(P4.rate)}，年初预算与实际需求存在偏差。`,
  '（二）绩效目标设置有待细化。部分效益指标如“殡葬服务群众办事便利度提升”“低保对象基本生活保障水平”为定性指标，可衡量性不强，难以准确反映资金使用效果。',
  '（三）基层经办能力有待加强。部分县（市）区低保年度复核工作滞后，特困供养服务机构护理人员配备不足，失能特困人员护理人员配比未达到1:4的要求。',
  '（四）绩效监控和结果应用还不充分。绩效运行监控以资金执行进度为主，对产出和效益指标的跟踪分析不够，自评结果与下年度预算安排的衔接还需加强。',
);
// ================= 六、改进措施和建议
H(1, '六、改进措施和建议');
P(
  `（一）提高预算编制质量。${inj(8, 'identity', DEPT, '鸡西市民政局', '六（一）“鸡西市民政局将在编制2026年度部门预算时…”：本报告是牡丹江市民政局的自评报告（标题、编报单位、各表部门名称），鸡西市民政局是另一个部门', DEPT)}将在编制2026年度部门预算时，充分考虑项目前期准备、政府采购和施工周期等因素，细化项目实施计划，提高预算编制的准确性；对结转项目加快实施进度，确保2025年6月底前全部完工。`,
  '（二）完善绩效目标体系。对定性指标进行量化细化，增加“低保对象人均月补助水平”“网上办理殡葬业务比例”等可衡量指标，使绩效目标与预算资金、工作任务相匹配。',
  '（三）加强基层能力建设。督促各县（市）区按季度开展低保动态复核，推动特困供养服务机构按标准配备护理人员，开展护理员技能培训，提高失能特困人员照料护理水平。',
  '（四）强化绩效结果应用。将自评结果作为2026年度预算安排和政策调整的重要依据，对自评得分较低、执行率偏低的项目适当压减预算，并按规定将自评报告在部门门户网站公开。',
);
H(1, '七、其他需要说明的情况');
P(
  '（一）本报告所列2024年度收支数据与我局2024年度部门决算报表一致；2023年度数据取自2023年度部门决算。',
  '（二）部门整体支出自评得分与各项目支出自评得分分别计算，各项目自评表均按100分计分，不作加总或平均。',
  '（三）城乡社区综合服务设施建设项目4个结转社区的剩余资金已按规定结转至2025年继续使用。',
  `<p class="right">${DEPT}</p>`,
  '<p class="right">2025年3月18日</p>',
);

// ================= 附件
P(BREAK);
H(1, '附件1 满意度调查情况');
const SURVEY = [
  ['低保对象', '低保金发放及时足额', 620, 604, 588],
  ['低保对象', '审核审批公开透明', 620, 604, 571],
  ['特困供养人员', '供养机构生活照料', 380, 368, 352],
  ['特困供养人员', '分散供养照料服务', 200, 192, 178],
  ['殡仪服务对象', '火化等候时间', 200, 194, 162],
  ['殡仪服务对象', '殡仪服务态度', 200, 194, 181],
  ['社区居民', '社区服务设施功能', 300, 291, 276],
  ['社区居民', '社区服务项目', 300, 291, 274],
];
P(
  '问卷由各县（市）区民政部门组织社区工作人员和志愿者入户或现场发放，按服务对象分类统计，满意度=（满意+基本满意）÷有效问卷。各题满意度见下表。',
  table(
    [['调查对象', '调查内容', '发放问卷（份）', '有效问卷（份）', '满意及基本满意（份）', '满意度']],
    SURVEY.map((x) => [x[0], x[1], String(x[2]), String(x[3]), String(x[4]), pct(x[4], x[3])]),
    { split: 4, widths: [5, 8, 4, 4, 5, 4] },
  ),
);
H(1, '附件2 2023年度自评发现问题整改情况');
P(
  table(
    [['序号', '2023年度自评发现的问题', '整改措施', '整改情况']],
    [
      [
        '1',
        '2023年度部分项目执行率偏低，城乡社区服务设施前期工作经费结转215.30万元',
        '加快前期工作，2024年全部安排使用',
        '已整改，结转资金纳入2024年项目预算',
      ],
      [
        '2',
        '低保对象信息比对不及时，2023年清退不符合条件对象186户',
        '建立与公安、人社、不动产等部门按月比对机制',
        '已整改，2024年按月比对',
      ],
      ['3', '殡仪馆火化设备老化，排放不稳定', '申请火化设备更新改造项目', '已整改，2024年12月新设备投入使用'],
      ['4', '绩效目标设置以定性指标为主', '修订绩效目标模板，增加量化指标', '部分整改，2025年继续完善'],
      ['5', '救助管理站站内照料外包服务监管不到位', '制定外包服务考核办法，按季度考核', '已整改'],
      [
        '6',
        '“三公”经费中公务接待费2023年决算3.69万元，接近预算',
        '严格公务接待审批，压减接待次数',
        '已整改，2024年决算2.86万元',
      ],
    ],
    { split: 3, widths: [2, 12, 10, 10] },
  ),
);
H(1, '附件3 自评工作领导小组');
P(
  table(
    [['序号', '姓名', '职务', '小组职务', '分工']],
    [
      ['1', '王立军', '局长', '组长', '全面负责'],
      ['2', '刘海峰', '副局长', '副组长', '组织协调、审定报告'],
      ['3', '孙雅琴', '计划财务科科长', '成员', '预算执行和财务数据'],
      ['4', '陈志刚', '社会救助科科长', '成员', '低保、特困、临时救助项目'],
      ['5', '李春梅', '基层政权建设和社区治理科科长', '成员', '社区综合服务设施项目'],
      ['6', '张国庆', '社会事务科科长', '成员', '殡葬及火化设备项目'],
      ['7', '赵晓东', '计划财务科副科长', '成员', '资料汇总、报告起草'],
      ['8', '马丽娜', '社会救助服务中心主任', '成员', '低保对象档案抽查'],
    ],
    { split: 4, widths: [2, 4, 8, 4, 8] },
  ),
);

spec.write(HERE, STEM, TITLE);
