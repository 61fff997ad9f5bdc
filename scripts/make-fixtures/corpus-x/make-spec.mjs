// Writes x-wuhua-2023-2024.spec.md, the report-spec of report X, from the figures of data.mjs and the text below.
// The spec is the report: build it with build.mjs, check it with check.mjs.
//   node scripts/make-fixtures/corpus-x/make-spec.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, int, money, pct, r2, sc, sum, yuan } from '../spec/figures.mjs';
import * as R from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const STEM = 'x-wuhua-2023-2024';
const NAME = R.COUNTY + R.PROJECT; // 五华县城镇污水管网建设及提质增效工程
const TITLE = `${NAME}（2023—2024年）财政重点绩效评价报告`;
const FIRM = '广东粤衡工程咨询有限公司';
// a sub-project named the same way everywhere (a trap: a part of the project, not another project)
const STATION = '水寨镇城东污水提升泵站';

const spec = authoring();
const { P, H, caption, inj } = spec;
// a contradiction not found in some forms: its entry in those forms is a known miss with the reason
const missedIn = (forms, reason) => Object.fromEntries(forms.map((f) => [f, { known_miss: true, reason }]));
const EVERY_FORM = ['docx', 'md', 'pdf', 'txt'];
const m = (x) => money(x);
const L = R.LOTS;
const C = R.CONTRACTS;
const lotC = C.filter((c) => c.lot);
const [F1, F2, F3, F4] = R.TREE;
const seconds = R.TREE.flatMap((f) => f.kids);
const thirds = seconds.flatMap((s) => s.kids);
const third = (code) => thirds.find((t) => t.code === code);
const TOTAL = R.TOTAL_SCORE;
const p2 = (x) => r2(D(x).times(100)).toFixed(2) + '%';
const newM = sum(L.map((l) => D(l.newM)));
const fixM = sum(L.map((l) => D(l.fixM)));
const stations = L.reduce((a, l) => a + l.stations, 0);
const households = L.reduce((a, l) => a + l.households, 0);
const householdsDone = L.reduce((a, l) => a + l.householdsDone, 0);
const wells = L.reduce((a, l) => a + l.wells, 0);
const ymd = (s) => s.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
const ym = (s) => s.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月');

// ================= cover
P(
  `<p class="center">${TITLE}</p>`,
  '<p class="center">报告编号：粤衡绩评〔2025〕第019号</p>',
  `项目名称：${NAME}（2023—2024年）`,
  '项目主管部门：五华县住房和城乡建设局',
  '项目实施单位：五华县城乡污水处理项目建设管理中心',
  '委托单位：五华县财政局',
  `评价机构：${FIRM}`,
  '评价期间：2023年1月1日至2024年12月31日',
  '项目负责人：黄志坚（注册造价工程师）',
  '报告日期：2025年3月18日',
  BREAK,
  `<p class="center">${TITLE}</p>`,
  `受五华县财政局委托，${FIRM}（以下简称“我公司”）按照《中共广东省委 广东省人民政府关于全面实施预算绩效管理的实施意见》《广东省财政厅关于印发〈广东省财政重点绩效评价管理暂行办法〉的通知》和《五华县财政局关于开展2025年县级财政重点绩效评价工作的通知》（华财绩〔2025〕3号）的要求，组成评价组，于2025年1月至3月对${NAME}（2023—2024年，以下简称“本项目”）开展了财政重点绩效评价。评价组通过资料核查、现场勘验、工程量抽测、结算资料复核、运行数据分析、问卷调查和座谈访谈等方式，对项目决策、过程、产出和效益进行了全面评价，现将评价情况报告如下。`,
);

// ================= 一、项目基本情况
H(1, '一、项目基本情况');
H(2, '（一）项目背景');
P(
  '五华县地处梅州市西部、韩江上游琴江流域，县城及各中心镇污水管网建设起步较晚，雨污合流、管网破损错接和收集盲区问题突出，县城区污水处理厂进水COD浓度长期低于100mg/L，“提质增效”任务繁重。根据《广东省城镇生活污水处理提质增效三年行动方案》和《梅州市城镇生活污水处理提质增效实施方案》，五华县将城镇污水管网补短板列为民生实事项目。',
  `2022年11月，五华县发展和改革局以华发改〔2022〕187号批复项目可行性研究报告；2023年2月，县发展和改革局以华发改〔2023〕21号批复初步设计及概算，批复概算总投资${m(R.BUDGET)}万元。项目建设期为2023年3月至2024年12月，由五华县城乡污水处理项目建设管理中心（以下简称“项目中心”）组织实施，五华县住房和城乡建设局为主管部门。`,
);
H(2, '（二）建设内容及工程量');
P(
  `本项目建设内容包括新建污水主干管及支管、既有管网修复改造、一体化污水提升泵站和接户工程，施工共划分为${inj(6, 'count', `${L.length}个标段`, `${L.length + 1}个标段`, `一（二）“施工共划分为${L.length + 1}个标段”：表1、表4、表5、表6、表9和附件2列出的施工标段为一标段至五标段，共${L.length}个（五份施工合同）`, String(L.length))}，覆盖水寨镇（县城）、华城镇、河东镇、安流镇、岐岭镇和转水镇。批复工程量为新建污水管网${R.km(newM)}km、修复改造管网${R.km(fixM)}km、检查井${int(wells)}座、一体化提升泵站${stations}座、接户${int(households)}户。各标段建设内容见表1，分路段工程量见附件2。`,
  `分标段看，${L.map((l) => `${l.name}（${l.area}）新建管网${R.km(l.newM)}km、修复管网${R.km(l.fixM)}km、提升泵站${l.stations}座、接户${int(l.households)}户`).join('；')}。其中一标段的${STATION}（设计规模1.2万吨/日）为县城东片区污水转输的关键节点。`,
  caption('各标段建设内容及工程量'),
  table(
    [['标段', '实施范围', '新建管网（km）', '修复管网（km）', '检查井（座）', '提升泵站（座）', '接户（户）']],
    [
      ...L.map((l) => [
        l.name,
        `${l.town}（${l.area}）`,
        R.km(l.newM),
        R.km(l.fixM),
        int(l.wells),
        String(l.stations),
        int(l.households),
      ]),
      ['合计', '—', R.km(newM), R.km(fixM), int(wells), String(stations), int(households)],
    ],
    { widths: [8, 22, 10, 10, 9, 9, 9] },
  ),
);

H(2, '（三）资金来源及到位情况');
const S = R.SOURCES;
const arrived23 = R.ARRIVED[2023];
P(
  `本项目批复概算总投资${m(R.BUDGET)}万元，资金来源为地方政府专项债券、中央预算内投资、省级财政补助资金和县级财政资金。其中地方政府专项债券${m(S[0].plan[0].plus(S[0].plan[1]))}万元（2023年发行${m(S[0].plan[0])}万元、2024年发行${m(S[0].plan[1])}万元），中央预算内投资${m(S[1].plan[0].plus(S[1].plan[1]))}万元，省级财政补助资金${m(S[2].plan[0].plus(S[2].plan[1]))}万元，县级财政资金${m(S[3].plan[0].plus(S[3].plan[1]))}万元（含2024年安排的一般债券资金${m(R.GENERAL_BOND)}万元，用于征地拆迁补偿，不属于专项债券）。`,
  `截至2024年12月31日，项目累计到位资金${m(R.ARRIVED.total)}万元，资金到位率${pct(R.ARRIVED.total, R.PLAN.total)}，其中${inj(10, 'money', `2023年到位${m(arrived23)}万元`, `2023年到位${m(arrived23.plus('250.00'))}万元`, `一（三）“累计到位资金${m(R.ARRIVED.total)}万元…其中2023年到位${m(arrived23.plus('250.00'))}万元、2024年到位${m(R.ARRIVED[2024])}万元”：${m(arrived23.plus('250.00'))} + ${m(R.ARRIVED[2024])} = ${m(R.ARRIVED.total.plus('250.00'))} ≠ ${m(R.ARRIVED.total)}；表2 2023年到位合计${m(arrived23)}`, m(arrived23))}、2024年到位${m(R.ARRIVED[2024])}万元。专项债券、中央预算内投资和省级补助资金均已全部到位；县级财政资金应到位${m(S[3].plan[0].plus(S[3].plan[1]))}万元，实际到位${m(S[3].arrived[0].plus(S[3].arrived[1]))}万元，到位率${pct(S[3].arrived[0].plus(S[3].arrived[1]), S[3].plan[0].plus(S[3].plan[1]))}。资金来源及到位情况见表2。`,
  caption('资金来源及到位情况（单位：万元）'),
  table(
    [['资金来源', '2023年计划', '2023年到位', '2024年计划', '2024年到位', '计划合计', '到位合计', '到位率']],
    [
      ...S.map((s) => [
        s.note ? `${s.name}（${s.note}）` : s.name,
        m(s.plan[0]),
        m(s.arrived[0]),
        m(s.plan[1]),
        m(s.arrived[1]),
        m(s.plan[0].plus(s.plan[1])),
        m(s.arrived[0].plus(s.arrived[1])),
        pct(s.arrived[0].plus(s.arrived[1]), s.plan[0].plus(s.plan[1])),
      ]),
      [
        '合计',
        m(R.PLAN[2023]),
        m(R.ARRIVED[2023]),
        m(R.PLAN[2024]),
        m(R.ARRIVED[2024]),
        m(R.PLAN.total),
        m(R.ARRIVED.total),
        pct(R.ARRIVED.total, R.PLAN.total),
      ],
    ],
    { widths: [20, 10, 10, 10, 10, 10, 10, 8] },
  ),
);

H(2, '（四）资金支出情况');
const paidBy = (c, y) => sum(c.payments.filter((p) => p.year === y).map((p) => p.amount));
const lotPaid = (y) => sum(lotC.map((c) => paidBy(c, y)));
const svcPaid = (y) => sum(C.filter((c) => !c.lot).map((c) => paidBy(c, y)));
const otherBy = (i) => sum(R.OTHER_COSTS.map((o) => o[i]));
P(
  `截至2024年12月31日，项目累计支出${m(R.SPENT.total)}万元，其中2023年支出${m(R.SPENT[2023])}万元、2024年支出${m(R.SPENT[2024])}万元；预算执行率（累计支出÷到位资金）${pct(R.SPENT.total, R.ARRIVED.total)}，结余${m(R.ARRIVED.total.minus(R.SPENT.total))}万元主要为施工合同结算尾款和质量保证金。支出构成见表3，各合同付款明细见附件4。`,
  caption('项目支出构成（单位：万元）'),
  table(
    [['支出项目', '2023年', '2024年', '合计']],
    [
      ['施工合同付款', m(lotPaid(2023)), m(lotPaid(2024)), m(lotPaid(2023).plus(lotPaid(2024)))],
      ['工程建设其他服务合同付款', m(svcPaid(2023)), m(svcPaid(2024)), m(svcPaid(2023).plus(svcPaid(2024)))],
      ...R.OTHER_COSTS.map((o) => [o[0], m(o[1]), m(o[2]), m(o[1].plus(o[2]))]),
      ['合计', m(R.SPENT[2023]), m(R.SPENT[2024]), m(R.SPENT.total)],
    ],
    { widths: [30, 14, 14, 14] },
  ),
);

H(2, '（五）项目绩效目标');
P(
  '根据项目实施方案和县住房城乡建设局报送的绩效目标申报表，本项目总体目标为：通过2023—2024年建设，补齐县城及中心镇污水收集管网短板，消除污水直排口和管网空白区，县城区污水处理厂进水COD平均浓度提高到150mg/L以上，出水稳定达到《城镇污水处理厂污染物排放标准》一级A标准。年度绩效指标见表4。',
  caption('项目绩效指标及完成情况'),
  table(
    [['指标类型', '指标名称', '目标值', '完成值', '完成情况']],
    [
      [{ t: '产出指标', rs: 6 }, '新建污水管网长度', `${R.km(newM)}km`, `${R.km(newM)}km`, '完成'],
      ['修复改造管网长度', `${R.km(fixM)}km`, `${R.km(fixM)}km`, '完成'],
      ['一体化提升泵站', `${stations}座`, `${stations}座`, '完成'],
      ['接户数量', `${int(households)}户`, `${int(householdsDone)}户`, '基本完成'],
      ['分部工程验收合格率', '100%', '100%', '完成'],
      ['按期完工标段', `${L.length}个`, `${L.filter((l) => l.delay === 0).length}个`, '未完成'],
      [{ t: '效益指标', rs: 3 }, '污水处理厂进水COD年均浓度', '≥150mg/L', '见四（一）', '完成'],
      [
        '出水达标率',
        '≥95%',
        pct(sum(R.yearOf(2024).map((x) => x.okDays)), sum(R.yearOf(2024).map((x) => x.days))),
        '完成',
      ],
      ['群众满意度', '≥90%', p2(R.RATES.surveyRate), '完成'],
    ],
    { widths: [10, 28, 14, 14, 10] },
  ),
);

// ================= 二、招投标与合同管理
H(1, '二、招投标与合同管理情况');
const ceil = sum(C.map((c) => c.ceiling));
const bid = sum(C.map((c) => c.bid));
P(
  `本项目5个施工标段及勘察设计、工程监理、全过程造价咨询、管道CCTV检测4项服务均通过五华县公共资源交易中心公开招标，共签订合同9份。9份合同招标控制价合计${m(ceil)}万元，中标价合计${m(bid)}万元，节约${m(ceil.minus(bid))}万元，节约率${pct(ceil.minus(bid), ceil)}。各合同中标价即合同价，招标及合同情况见表5、表6。`,
  `各施工标段中，${lotC.map((c) => `${c.lot.name}招标控制价${m(c.ceiling)}万元、中标价${m(c.bid)}万元、节约率${pct(c.ceiling.minus(c.bid), c.ceiling)}`).join('；')}。`,
  caption('招标情况（单位：万元）'),
  table(
    [['合同', '中标单位', '招标控制价', '中标价', '节约额', '节约率']],
    [
      ...C.map((c) => [
        c.name,
        c.firm,
        m(c.ceiling),
        m(c.bid),
        m(c.ceiling.minus(c.bid)),
        pct(c.ceiling.minus(c.bid), c.ceiling),
      ]),
      ['合计', '—', m(ceil), m(bid), m(ceil.minus(bid)), pct(ceil.minus(bid), ceil)],
    ],
    { split: 5, widths: [14, 26, 12, 12, 10, 8] },
  ),
);
const [c1] = lotC;
const auditedSum = sum(C.map((c) => c.audited));
const subSum = sum(C.map((c) => c.submitted));
const paidSum = sum(C.map((c) => c.paid));
P(
  `截至2024年12月31日，9份合同已付款合计${m(paidSum)}万元，占合同价合计的${pct(paidSum, bid)}。合同价、结算送审价、审定价和已付款情况见表6；付款比例按已付款÷合同价计算，审定价高于合同价的部分为经审批的设计变更和工程量增加。`,
  caption('合同、结算及付款情况（单位：万元）'),
  table(
    [['合同', '合同价', '结算送审价', '审定价', '已付款', '付款比例（已付款÷合同价）']],
    [
      ...C.map((c) => [
        c.name,
        m(c.contract),
        m(c.submitted),
        m(c.audited),
        m(c.paid),
        c === c1
          ? inj(
              1,
              'money',
              pct(c.paid, c.contract),
              pct(c.paid.plus('172.50'), c.contract),
              `表6 施工一标段“付款比例（已付款÷合同价）${pct(c.paid.plus('172.50'), c.contract)}”：${m(c.paid)} ÷ ${m(c.contract)} = ${pct(c.paid, c.contract)}（附件4 施工一标段小计${m(c.paid)}）`,
              pct(c.paid, c.contract).replace('%', ''),
            )
          : pct(c.paid, c.contract),
      ]),
      [
        '合计',
        m(bid),
        m(subSum),
        inj(
          2,
          'money',
          m(auditedSum),
          m(auditedSum.plus('300.00')),
          `表6 合计行审定价${m(auditedSum.plus('300.00'))}：9份合同审定价逐项相加为${m(auditedSum)}（表10合计同）`,
          m(auditedSum),
        ),
        m(paidSum),
        pct(paidSum, bid),
      ],
    ],
    { split: 5, widths: [16, 12, 12, 12, 12, 14] },
  ),
);

// ================= 三、工程实施
H(1, '三、工程实施情况');
H(2, '（一）工程进度');
const late = L.filter((l) => l.delay > 0);
P(
  `各施工标段于2023年3月至4月陆续开工。${L.length}个标段中，${L.length - late.length}个按合同工期完工，${late.map((l) => `${l.name}计划${ymd(l.planEnd)}完工、实际${ymd(l.end)}完工，延期${l.delay}天`).join('；')}，延期主要原因是${late[0].town}段管位与既有燃气、通信管线冲突，需重新报批迁改方案。各标段计划与实际工期见表7，分季度累计完成投资比例见表8。`,
  caption('各标段计划与实际工期'),
  table(
    [['标段', '计划开工', '实际开工', '计划完工', '实际完工', '延期天数']],
    L.map((l) => [l.name, l.planStart, l.start, l.planEnd, l.end, String(l.delay)]),
    { widths: [10, 14, 14, 14, 14, 10] },
  ),
  caption('各标段分季度累计完成投资比例（%）'),
  table(
    [['标段', ...R.QUARTERS]],
    L.map((l) => [l.name, ...l.progress.map((x) => x.toString())]),
    { widths: [8, 9, 9, 9, 9, 9, 9, 9, 9] },
  ),
);
H(2, '（二）设计变更及签证');
const chg = R.CHANGES;
const plus = (xs) => sum(xs.filter((c) => c.yuan.gt(0)).map((c) => c.yuan));
const minus = (xs) => sum(xs.filter((c) => c.yuan.lt(0)).map((c) => c.yuan));
const net = (xs) => sum(xs.map((c) => c.yuan));
P(
  `项目建设期内共发生设计变更及现场签证${chg.length}项，增加金额${yuan(plus(chg))}元，减少金额${yuan(minus(chg).abs())}元，净增加${yuan(net(chg))}元（约${m(net(chg).div(10000))}万元），占施工合同价合计的${pct(net(chg).div(10000), sum(lotC.map((c) => c.contract)))}。变更均履行了设计、监理、建设单位三方签认程序，其中单项金额30万元以上的变更${chg.filter((c) => c.yuan.abs().gte(300000)).length}项报县住房城乡建设局审批。各标段汇总见表9，明细见附件3。`,
  caption('各标段设计变更及签证汇总（单位：元）'),
  table(
    [['标段', '变更项数', '增加金额', '减少金额', '净增加金额']],
    [
      ...L.map((l) => {
        const xs = chg.filter((c) => c.lot === l);
        return [l.name, String(xs.length), yuan(plus(xs)), yuan(minus(xs).abs()), yuan(net(xs))];
      }),
      ['合计', String(chg.length), yuan(plus(chg)), yuan(minus(chg).abs()), yuan(net(chg))],
    ],
    { widths: [10, 10, 16, 16, 16] },
  ),
);
H(2, '（三）结算审计');
const c3 = lotC[2];
const lotSub = sum(lotC.map((c) => c.submitted));
const lotAud = sum(lotC.map((c) => c.audited));
P(
  `项目中心委托全过程造价咨询单位对9份合同开展结算审核，送审金额合计${m(subSum)}万元，审定金额合计${m(auditedSum)}万元，核减${m(subSum.minus(auditedSum))}万元，综合核减率${pct(subSum.minus(auditedSum), subSum)}。其中5个施工标段送审${m(lotSub)}万元，审定${m(lotAud)}万元，核减率${pct(lotSub.minus(lotAud), lotSub)}。`,
  `分标段看，${lotC
    .map((c) => {
      const rateText = pct(c.cut, c.submitted);
      const txt = `核减率${rateText}`;
      return `${c.lot.name}送审${m(c.submitted)}万元，审定${m(c.audited)}万元，核减${m(c.cut)}万元，${
        c === c3
          ? inj(
              3,
              'money',
              txt,
              `核减率${pct(c.cut.plus('47.00'), c.submitted)}`,
              `三（三）“三标段送审${m(c.submitted)}万元，审定${m(c.audited)}万元，核减${m(c.cut)}万元，核减率${pct(c.cut.plus('47.00'), c.submitted)}”：${m(c.cut)} ÷ ${m(c.submitted)} = ${rateText}（表10同）`,
              rateText.replace('%', ''),
            )
          : txt
      }`;
    })
    .join('；')}。核减主要原因为重复计量、工程量计算错误和材料价格按信息价调整。各合同结算审核情况见表10。`,
  caption('结算审核情况（单位：万元）'),
  table(
    [['合同', '合同价', '送审金额', '审定金额', '核减金额', '核减率']],
    [
      ...C.map((c) => [c.name, m(c.contract), m(c.submitted), m(c.audited), m(c.cut), pct(c.cut, c.submitted)]),
      ['合计', m(bid), m(subSum), m(auditedSum), m(subSum.minus(auditedSum)), pct(subSum.minus(auditedSum), subSum)],
    ],
    { split: 5, widths: [16, 12, 12, 12, 12, 10] },
  ),
);
H(2, '（四）资产交付');
P(
  `项目完工并通过竣工验收的标段，已由项目中心按《五华县市政设施移交管理办法》将管网和泵站移交五华县城区污水处理厂运营单位（五华县粤海水务有限公司）管护。截至2024年12月31日，${L.filter((l) => l.end < '2024-09-01').length}个标段完成资产移交，${L.filter(
    (l) => l.end >= '2024-09-01',
  )
    .map((l) => l.name)
    .join('、')}尚在办理竣工验收备案，未办理资产移交。资产交付情况见表11。`,
  caption('资产交付情况'),
  table(
    [['标段', '移交资产', '管网长度（km）', '提升泵站（座）', '移交日期', '接收单位']],
    L.map((l) => [
      l.name,
      l.stations ? `污水管网及提升泵站` : '污水管网',
      R.km(l.newM + l.fixM),
      String(l.stations),
      l.end < '2024-09-01'
        ? `${l.end.slice(0, 4)}-${String(Number(l.end.slice(5, 7)) + 2).padStart(2, '0')}-15`
        : '未移交',
      l.end < '2024-09-01' ? '五华县粤海水务有限公司' : '—',
    ]),
    { widths: [8, 18, 12, 10, 12, 22] },
  ),
);

// ================= 四、运营情况
H(1, '四、运营情况');
const Y23 = R.yearOf(2023);
const Y24 = R.yearOf(2024);
const vol = (xs) => sum(xs.map((x) => x.volume));
const meanOf = (xs, f) => r2(sum(xs.map((x) => D(f(x)))).div(xs.length));
const okDays = (xs) => sum(xs.map((x) => D(x.okDays)));
const allDays = (xs) => sum(xs.map((x) => D(x.days)));
const cutRate = (x) => pct(x.codIn - x.codOut, x.codIn);
H(2, '（一）污水处理厂运行情况');
P(
  `五华县城区污水处理厂设计规模4万吨/日，采用A²/O＋深度处理工艺，出水执行一级A标准。随着各标段管网陆续接通，2024年全年处理污水${m(vol(Y24))}万吨，较2023年的${m(vol(Y23))}万吨增加${m(vol(Y24).minus(vol(Y23)))}万吨；进水COD月均浓度由2023年的${meanOf(Y23, (x) => x.codIn).toFixed(2)}mg/L提高到2024年的${meanOf(Y24, (x) => x.codIn).toFixed(2)}mg/L，出水COD月均浓度${meanOf(Y24, (x) => x.codOut).toFixed(2)}mg/L。2024年运行${allDays(Y24)}天，出水达标${okDays(Y24)}天，全年出水达标率${pct(okDays(Y24), allDays(Y24))}，其中${Y24.filter(
    (x) => x.okDays < x.days,
  )
    .map((x) => `${x.m}月达标率${pct(x.okDays, x.days)}`)
    .join('、')}（强降雨期间进水水量冲击及设备检修），其余月份均为100%。各月运行数据见表12。`,
  caption('城区污水处理厂2023—2024年各月运行数据'),
  table(
    [['月份', '处理量（万吨）', '进水COD（mg/L）', '出水COD（mg/L）', 'COD削减率', '运行天数', '达标天数', '达标率']],
    [
      ...Y23.map((x) => [
        `2023年${x.m}月`,
        m(x.volume),
        String(x.codIn),
        String(x.codOut),
        cutRate(x),
        String(x.days),
        String(x.okDays),
        pct(x.okDays, x.days),
      ]),
      [
        '2023年小计',
        m(vol(Y23)),
        meanOf(Y23, (x) => x.codIn).toFixed(2),
        meanOf(Y23, (x) => x.codOut).toFixed(2),
        '—',
        String(allDays(Y23)),
        String(okDays(Y23)),
        pct(okDays(Y23), allDays(Y23)),
      ],
      ...Y24.map((x) => [
        `2024年${x.m}月`,
        m(x.volume),
        String(x.codIn),
        String(x.codOut),
        cutRate(x),
        String(x.days),
        String(x.okDays),
        pct(x.okDays, x.days),
      ]),
      [
        '2024年小计',
        m(vol(Y24)),
        meanOf(Y24, (x) => x.codIn).toFixed(2),
        meanOf(Y24, (x) => x.codOut).toFixed(2),
        '—',
        String(allDays(Y24)),
        String(okDays(Y24)),
        pct(okDays(Y24), allDays(Y24)),
      ],
    ],
    { split: 9, widths: [12, 12, 12, 12, 10, 9, 9, 10] },
  ),
  '注：小计行的进水、出水COD为各月数值的算术平均值。',
);
H(2, '（二）管网运维');
P(
  '项目中心与运营单位签订了管网运维协议，运营单位配备管网巡查人员12人、疏通车2台，建立了管网GIS台账。2024年共开展管网巡查286次，清淤疏通管道41.6km，处理管网投诉47件。但运维经费尚未纳入县级年度预算，2024年运维费用由运营单位垫付，可持续性不足。',
);

// ================= 五、评价工作情况
H(1, '五、绩效评价工作情况');
H(2, '（一）评价目的、对象和范围');
P(
  `本次评价对象为${NAME}（2023—2024年），评价范围包括项目${m(R.ARRIVED.total)}万元到位资金的管理和使用、5个施工标段和4项服务合同的实施、工程产出以及项目建成后的运行效益。评价基准日为2024年12月31日。`,
);
H(2, '（二）评价指标体系');
const n2 = seconds.length;
const n3 = thirds.length;
P(
  `评价组按照我公司政府投资建设项目绩效评价模板，结合城镇污水管网项目特点，设置项目决策、项目过程、项目产出、项目效益4个一级指标，权重分别为20分、20分、30分、30分，下设二级指标${n2}个、三级指标${n3}个，指标编码采用“一级.二级.三级”三段式（如1.1.1）。指标体系及评分细则见表13，评价等级划分见表14。`,
);
const RULE = {
  '1.1.1': '符合国家、省、市相关规划及政策，得满分；依据不充分的酌情扣分',
  '1.1.2': '履行可研、初设、概算审批程序的，得满分；每缺一项扣1分',
  '1.2.1': '绩效目标与项目内容、资金量匹配的，得满分；否则酌情扣分',
  '1.2.2': '绩效指标细化量化、可衡量的，得满分；每有一项不可衡量扣0.5分',
  '1.3.1': '概算编制依据充分、测算准确的，得满分；概算调整超过5%的扣0.5分',
  '1.3.2': '资金来源明确、分配与建设内容匹配的，得满分',
  '2.1.1': '得分＝权重×资金到位率',
  '2.1.2': '得分＝权重×预算执行率（累计支出÷到位资金）',
  '2.1.3': '资金使用符合规定的，得满分；发现一项违规扣0.5分，提前支付或超付每项扣0.5分',
  '2.2.1': '建立项目管理、资金管理、工程质量管理制度的，得满分',
  '2.2.2': '招标采购程序合规的，得满分；每发现一项问题扣1分',
  '2.2.3': '合同签订、履约和付款管理规范的，得满分；每发现一项问题扣0.5分',
  '2.2.4': '变更签证程序完整、审批及时的，得满分；每发现一项问题扣0.5分',
  '3.1.1': '得分＝权重×新建管网完成率',
  '3.1.2': '得分＝权重×修复管网完成率',
  '3.1.3': '泵站全部建成的得满分，每少一座扣1分',
  '3.1.4': '接户完成率100%得满分，低于100%的按比例扣分，最多扣1分',
  '3.2.1': '分部工程验收合格率100%得满分，每降低1个百分点扣0.5分',
  '3.2.2': '闭水试验全部合格的，得满分',
  '3.3.1': '按期完工标段数÷标段总数×权重',
  '3.3.2': '完工后6个月内完成结算审核的得满分，否则扣1分',
  '3.4.1': '审定价不超过批复概算的得满分',
  '3.4.2': '综合核减率5%以内的得满分，5%—10%的扣0.5分，10%以上扣1分',
  '4.1.1': '进水COD年均浓度达到150mg/L的得满分，每低10mg/L扣1分；较上年提高不足30%的扣1分',
  '4.1.2': '出水达标率≥95%的得满分，每低1个百分点扣1分',
  '4.1.3': '管网服务范围内黑臭水体全部消除的得满分',
  '4.2.1': '新增收集覆盖人口达到目标的得满分，每低5%扣0.5分',
  '4.2.2': '城区内涝点、冒溢点整治完成的得满分，每余一处扣0.5分',
  '4.3.1': '运维机构、人员、经费落实的得满分，经费未落实扣1分',
  '4.3.2': '完工标段按期移交并落实管护的得满分，每有一个标段未移交扣0.5分',
  '4.4.1': '得分＝权重×群众满意度',
};
const sysRows = [];
for (const f of R.TREE)
  for (const s of f.kids)
    s.kids.forEach((t, k) => {
      const firstOfF = s === f.kids[0] && k === 0;
      sysRows.push([
        ...(firstOfF
          ? [{ t: `${f.code} ${f.name}（${sc(f.weight)}）`, rs: f.kids.reduce((a, x) => a + x.kids.length, 0) }]
          : []),
        ...(k === 0 ? [{ t: `${s.code} ${s.name}（${sc(s.weight)}）`, rs: s.kids.length }] : []),
        t.code,
        t.name,
        sc(t.weight),
        RULE[t.code],
      ]);
    });
P(
  caption('绩效评价指标体系及评分细则'),
  table([['一级指标', '二级指标', '编码', '三级指标', '分值', '评分细则']], sysRows, {
    split: 8,
    widths: [12, 12, 7, 16, 6, 40],
  }),
  caption('评价等级划分'),
  table(
    [['等级', '得分区间']],
    R.GRADES.map(([g, lo, hi]) => [
      g,
      hi === 100 ? `${lo}分（含）以上` : lo === 0 ? `${hi}分以下` : `${lo}分（含）—${hi}分`,
    ]),
    { widths: [10, 30] },
  ),
);
H(2, '（三）评价方法及过程');
const roadCount = L.reduce((a, l) => a + l.roadRows.length, 0);
const sampledMeasured = R.SAMPLED.reduce((a, x) => a + x.measured, 0);
const sampledSettled = R.SAMPLED.reduce((a, x) => a + x.x.m, 0);
P(
  `评价组采用比较法、因素分析法和公众评判法。现场勘验抽取管网路段${R.SAMPLED.length}条（占附件2路段数${roadCount}条的${pct(R.SAMPLED.length, roadCount)}），抽测长度合计${int(sampledMeasured)}m，结算长度合计${int(sampledSettled)}m，各路段偏差均在±1%以内（附件6）；对5个施工标段的结算资料逐项复核；向项目沿线居民和商户发放问卷${R.SURVEY.issued}份，回收有效问卷${R.SURVEY.valid}份，有效率${pct(R.SURVEY.valid, R.SURVEY.issued)}。评价工作分前期准备（2025年1月6日—1月17日）、现场评价（2025年1月20日—2月21日）和报告撰写（2025年2月24日—3月18日）三个阶段。`,
);

// ================= 六、评价结论
H(1, '六、综合评价结论');
P(
  `经评价，本项目${inj(4, 'score', `综合得分${sc(TOTAL)}分`, `综合得分${sc(TOTAL.minus(1))}分`, `六“综合得分${sc(TOTAL.minus(1))}分”：${R.TREE.map((f) => sc(f.score)).join(' + ')} = ${sc(TOTAL)}（表15合计、附件1合计）`, sc(TOTAL))}，评价等级为“${R.grade(TOTAL)}”。其中项目决策得${sc(F1.score)}分，项目过程得${sc(F2.score)}分，项目产出得${sc(F3.score)}分，项目效益得${sc(F4.score)}分，见表15。`,
  caption('绩效评价得分汇总'),
  table(
    [['编码', '一级指标', '权重', '得分', '得分率']],
    [
      ...R.TREE.map((f) => [f.code, f.name, sc(f.weight), sc(f.score), pct(f.score, f.weight)]),
      ['合计', '—', '100', sc(TOTAL), pct(TOTAL, 100)],
    ],
    { widths: [8, 20, 10, 10, 10] },
  ),
  `评价组认为，${inj(7, 'identity', NAME, `${R.COUNTY}2021年${R.PROJECT}`, `六“评价组认为，${R.COUNTY}2021年${R.PROJECT}立项依据充分…”：本项目建设期为2023—2024年（封面、标题、一（一）“项目建设期为2023年3月至2024年12月”），2021年项目尚未立项（可研批复于2022年11月）`, '2023—2024年', `${R.COUNTY}2021年${R.PROJECT}`)}立项依据充分，资金来源落实，招标采购规范，新建和修复管网、提升泵站全部建成，县城区污水处理厂进水浓度明显提高，出水稳定达标，项目效益初步显现；但存在县级资金未足额到位、部分标段延期完工、变更签证管理不够规范、接户工程未全部完成和运维经费未落实等问题。`,
);

// ================= 七、绩效分析
H(1, '七、绩效指标分析');
const RUNIN = {
  '1.1.1': '项目列入《广东省城镇生活污水处理提质增效三年行动方案》和县“十四五”城镇污水处理规划，立项依据充分。',
  '1.1.2': '项目履行了可研、初步设计及概算审批程序，程序规范。',
  '1.2.1': '项目设定了总体目标和年度目标，但年度目标未按标段分解。',
  '1.2.2': '绩效指标中“服务人口”“内涝点整治”等指标未设定量化目标值，部分指标不可衡量。',
  '1.3.1': '概算编制依据较充分，但一标段因管位调整概算内调剂较大。',
  '1.3.2': '资金来源明确，分配与建设内容相匹配。',
  '2.1.3': '资金支付基本按合同约定执行，但抽查发现施工四标段一笔进度款在监理签认前支付，属程序倒置。',
  '2.2.1': '项目中心制定了工程建设管理、资金支付审批等制度，制度健全。',
  '2.2.2': '9份合同均依法公开招标，程序合规。',
  '2.2.3': '合同签订规范，但施工二标段合同约定的进度款支付比例与实际执行不一致。',
  '2.2.4': '部分现场签证事后补办，签证单缺少监理意见的有4项。',
  '3.1.1': '新建管网全部完成。',
  '3.1.2': '修复改造管网全部完成。',
  '3.1.3': `${stations}座一体化提升泵站全部建成投运，其中${STATION}于2024年5月通水运行。`,
  '3.1.4': `应接户${int(households)}户，已接${int(householdsDone)}户，完成率${pct(householdsDone, households)}。`,
  '3.2.1': '各标段分部工程验收合格率100%。',
  '3.2.2': '闭水试验全部合格。',
  '3.3.1': `${L.length}个标段中${L.length - late.length}个按期完工，按期完工率${pct(L.length - late.length, L.length)}。`,
  '3.3.2': `${late.map((l) => l.name).join('、')}完工后未在规定时间内完成结算审核。`,
  '3.4.1': `9份合同审定金额未超出批复概算。`,
  '3.4.2': `综合核减率${pct(subSum.minus(auditedSum), subSum)}，送审结算质量有待提高。`,
  '4.1.1': `进水COD月均浓度由${meanOf(Y23, (x) => x.codIn).toFixed(2)}mg/L提高到${meanOf(Y24, (x) => x.codIn).toFixed(2)}mg/L，达到目标值，但个别月份仍低于150mg/L。`,
  '4.1.2': `2024年出水达标率${pct(okDays(Y24), allDays(Y24))}，达到目标值。`,
  '4.1.3': '服务范围内琴江支流3处黑臭水体已消除。',
  '4.2.1': '新增污水收集覆盖人口约4.6万人，但接户未全部完成，部分区域收集率偏低。',
  '4.2.2': '城区原有7处冒溢点整治完成5处，余2处。',
  '4.3.1': '运维机构和人员已落实，但运维经费未纳入预算。',
  '4.3.2': `${L.filter((l) => l.end >= '2024-09-01')
    .map((l) => l.name)
    .join('、')}未完成资产移交。`,
};
const RATE_RUNIN = {
  '2.1.1': `资金到位率${pct(R.ARRIVED.total, R.PLAN.total)}，得分＝3×${pct(R.ARRIVED.total, R.PLAN.total)}＝${sc(third('2.1.1').score)}分。`,
  '2.1.2': `预算执行率${pct(R.SPENT.total, R.ARRIVED.total)}，得分＝3×${pct(R.SPENT.total, R.ARRIVED.total)}＝${sc(third('2.1.2').score)}分。`,
  '4.4.1': `问卷调查群众满意度${p2(R.RATES.surveyRate)}，得分＝4×${p2(R.RATES.surveyRate)}＝${sc(third('4.4.1').score)}分。`,
};
const CN = ['一', '二', '三', '四'];
R.TREE.forEach((f, i) => {
  H(2, `（${CN[i]}）${f.name}（权重${sc(f.weight)}分，得分${sc(f.score)}分）`);
  P(
    `${f.name}指标下设${f.kids.length}个二级指标、${f.kids.reduce((a, s) => a + s.kids.length, 0)}个三级指标，得分率${pct(f.score, f.weight)}。`,
  );
  for (const s of f.kids) {
    H(3, `${s.code} ${s.name}（权重${sc(s.weight)}分，得分${sc(s.score)}分）`);
    for (const t of s.kids)
      P(`${t.code} ${t.name}（权重${sc(t.weight)}分，得分${sc(t.score)}分）。${RATE_RUNIN[t.code] ?? RUNIN[t.code]}`);
  }
});

// ================= 八、问题
H(1, '八、存在的主要问题');
const cnt = S[3];
P(
  `（一）县级资金未足额到位。县级财政资金计划${m(cnt.plan[0].plus(cnt.plan[1]))}万元，实际到位${m(cnt.arrived[0].plus(cnt.arrived[1]))}万元，2024年缺口${m(cnt.plan[1].minus(cnt.arrived[1]))}万元，导致部分施工合同结算尾款未能按期支付。`,
  `（二）部分标段延期完工。${late.map((l) => `${l.name}延期${l.delay}天`).join('，')}，延期期间未及时办理工期顺延手续。`,
  `（三）变更签证管理不够规范。${inj(9, 'identity', NAME, `${R.COUNTY}城镇污水官网建设及提质增效工程`, `八（三）“${R.COUNTY}城镇污水官网建设及提质增效工程共发生…”：项目名称为“${NAME}”，“管网”误为“官网”`, NAME)}共发生变更签证${chg.length}项，其中4项签证事后补办，部分签证单缺少监理意见和工程量计算书。`,
  '（四）接户工程未全部完成。二标段、五标段部分沿街商户和城中村住户因产权、入户条件等原因未完成接户，影响污水收集率。',
  '（五）运维经费未落实。管网移交后运维经费未纳入县级预算，运营单位垫付运维费用，长效运维机制有待健全。',
);

// ================= 九、建议
H(1, '九、有关建议');
P(
  '（一）加快县级资金筹措。县财政局应将县级配套资金缺口纳入2025年预算，按结算审定金额及时支付工程尾款，避免拖欠。',
  `（二）加快完成剩余接户。项目中心应会同各镇政府逐户摸排未接户原因，2025年6月底前${inj(8, 'identity', '完成本项目剩余接户工作', '完成兴宁市城区雨污分流改造工程剩余接户工作', `九（二）“2025年6月底前完成兴宁市城区雨污分流改造工程剩余接户工作”：剩余接户是本项目二标段、五标段的（八（四）、3.1.4），兴宁市的工程是另一个项目`, NAME, '兴宁市城区雨污分流改造工程', missedIn(EVERY_FORM, 'another county\'s project named in a duty of the own subject ("完成兴宁市城区雨污分流改造工程剩余接户工作") is deliberately no slot of the own project: a duty may name another project (U\'s "确保邢台市学前教育发展资金…" guard), and making it one is a precision trade-off not taken'))}，提高污水收集率。`,
  '（三）规范变更签证管理。严格执行先审批后实施，签证单须有监理意见和工程量计算书，单项30万元以上的变更须报主管部门审批。',
  '（四）落实运维经费。将管网运维经费纳入年度预算，按管网长度核定运维定额，建立“厂—网—河”一体化运维机制。',
);

// ================= 十、其他
H(1, '十、其他需要说明的事项');
P(
  `（一）本报告金额除变更签证（附件3）以元为单位外，均以万元为单位；管网长度在表1、表11中以km计，在附件2中以m计。`,
  '（二）2022年发生的可研、勘察等前期工作费用已在前期工作经费中列支，不在本次评价范围内。',
  '（三）本报告仅供委托单位用于预算绩效管理，评价结论基于项目中心提供资料的真实性和完整性。',
  `<p class="right">${FIRM}</p>`,
  '<p class="right">2025年3月18日</p>',
  BREAK,
);

// ================= 附件1 评分表
H(1, '附件1 绩效评价指标评分表');
const scoreRows = [];
for (const f of R.TREE) {
  const fs =
    f === F2
      ? inj(
          5,
          'score',
          sc(f.score),
          sc(f.score.plus('1.5')),
          `附件1一级指标“2 项目过程”行得分${sc(f.score.plus('1.5'))}分：其二级指标2.1 ${sc(f.kids[0].score)} + 2.2 ${sc(f.kids[1].score)} = ${sc(f.score)}（三级指标逐项相加同；表15、七（二）标题均为${sc(f.score)}）`,
          sc(f.score),
        )
      : sc(f.score);
  scoreRows.push([f.code, f.name, sc(f.weight), '—', fs, '—']);
  for (const s of f.kids) {
    scoreRows.push([s.code, s.name, sc(s.weight), '—', sc(s.score), '—']);
    for (const t of s.kids)
      scoreRows.push([
        t.code,
        t.name,
        sc(t.weight),
        RULE[t.code],
        sc(t.score),
        t.score.eq(t.weight) ? '—' : (RATE_RUNIN[t.code] ?? RUNIN[t.code]),
      ]);
  }
}
scoreRows.push(['合计', '—', '100', '—', sc(TOTAL), '—']);
P(
  table([['编码', '指标名称', '权重', '评分细则', '得分', '扣分说明']], scoreRows, {
    split: 8,
    widths: [7, 14, 6, 30, 6, 30],
  }),
);
P(BREAK);

// ================= 附件2 管网工程量明细
H(1, '附件2 管网工程量明细');
const roadRows = [];
let no = 0;
for (const l of L) {
  for (const x of l.roadRows)
    roadRows.push([String(++no), l.name, x.road, x.pipe, x.mat, x.kind, int(x.m), String(x.wells)]);
  roadRows.push([`${l.name}小计`, '—', '—', '—', '—', '—', int(l.newM + l.fixM), String(l.wells)]);
}
roadRows.push(['合计', '—', '—', '—', '—', '—', int(newM.plus(fixM).toNumber()), String(wells)]);
P(
  table([['序号', '标段', '道路名称', '管径', '管材', '类型', '长度（m）', '检查井（座）']], roadRows, {
    split: 14,
    widths: [8, 8, 18, 8, 16, 6, 10, 10],
  }),
);
P(BREAK);

// ================= 附件3 变更签证明细
H(1, '附件3 设计变更及签证明细');
const chgRows = [];
no = 0;
for (const l of L) {
  const xs = chg.filter((c) => c.lot === l);
  for (const c of xs) chgRows.push([String(++no), c.code, l.name, c.what, yuan(c.yuan), c.date]);
  chgRows.push([`${l.name}小计`, '—', '—', '—', yuan(net(xs)), '—']);
}
chgRows.push(['合计', '—', '—', '—', yuan(net(chg)), '—']);
P(
  table([['序号', '变更编号', '标段', '变更内容', '金额（元）', '审批日期']], chgRows, {
    split: 12,
    widths: [8, 16, 8, 28, 14, 12],
  }),
);
P(BREAK);

// ================= 附件4 合同付款明细
H(1, '附件4 合同付款明细');
const payRows = [];
no = 0;
for (const c of C) {
  let acc = D(0);
  c.payments.forEach((p, k) => {
    acc = acc.plus(p.amount);
    payRows.push([String(++no), c.name, `第${k + 1}期`, p.date, m(p.amount), m(acc)]);
  });
  payRows.push([`${c.name}小计`, '—', '—', '—', m(c.paid), '—']);
}
payRows.push(['合计', '—', '—', '—', m(paidSum), '—']);
P(
  table([['序号', '合同', '期次', '支付日期', '支付金额（万元）', '累计支付（万元）']], payRows, {
    split: 13,
    widths: [10, 16, 8, 12, 14, 14],
  }),
);
P(BREAK);

// ================= 附件5 问卷统计
H(1, '附件5 满意度问卷统计');
const Q = R.QUESTIONS;
const qAll = sum(Q.map((q) => D(q.yes + q.part)));
P(
  `共发放问卷${R.SURVEY.issued}份，回收有效问卷${R.SURVEY.valid}份。满意度＝（满意＋基本满意）÷有效问卷数，总体满意度为各题满意及基本满意人次之和÷（有效问卷数×题数）＝${int(qAll.toNumber())}÷${int(R.SURVEY.valid * Q.length)}＝${p2(R.RATES.surveyRate)}。`,
  table(
    [['序号', '问题', '满意', '基本满意', '不满意', '满意度']],
    [
      ...Q.map((q, i) => [
        String(i + 1),
        q.q,
        String(q.yes),
        String(q.part),
        String(q.no),
        pct(q.yes + q.part, R.SURVEY.valid),
      ]),
      [
        '合计',
        '—',
        String(Q.reduce((a, q) => a + q.yes, 0)),
        String(Q.reduce((a, q) => a + q.part, 0)),
        String(Q.reduce((a, q) => a + q.no, 0)),
        p2(R.RATES.surveyRate),
      ],
    ],
    { widths: [6, 40, 8, 10, 8, 10] },
  ),
);
P(BREAK);
H(1, '附件6 管网工程量现场抽测记录');
P(
  table(
    [['序号', '标段', '道路名称', '管径', '结算长度（m）', '抽测长度（m）', '偏差（m）', '偏差率']],
    [
      ...R.SAMPLED.map((s, i) => [
        String(i + 1),
        s.lot.name,
        s.x.road,
        s.x.pipe,
        int(s.x.m),
        int(s.measured),
        String(s.measured - s.x.m),
        pct(s.measured - s.x.m, s.x.m),
      ]),
      [
        '合计',
        '—',
        '—',
        '—',
        int(sampledSettled),
        int(sampledMeasured),
        String(sampledMeasured - sampledSettled),
        pct(sampledMeasured - sampledSettled, sampledSettled),
      ],
    ],
    { split: 12, widths: [6, 8, 18, 8, 12, 12, 10, 10] },
  ),
);
P(BREAK);
// ================= 附件7 月度完成投资: each quarter's share of the lot's 审定价 spread over its months, the quarter's
// last month taking what rounding leaves, so that the quarter-end 累计 is 表8's share of the 审定价
H(1, '附件7 各标段月度完成投资');
const monthRows = [];
for (const c of lotC) {
  const l = c.lot;
  let acc = D(0);
  const startQ = 0;
  l.progress.forEach((p, q) => {
    if (q === 0) return;
    const target = r2(c.audited.times(p).div(100));
    const inc = target.minus(acc);
    if (inc.isZero() && p.eq(100)) return;
    const y = 2023 + Math.floor(q / 4);
    for (let k = 0; k < 3; k++) {
      const mo = (q % 4) * 3 + k + 1;
      const a = k < 2 ? r2(inc.div(3)) : target.minus(acc);
      acc = acc.plus(a);
      monthRows.push([l.name, `${y}年${mo}月`, m(a), m(acc), pct(acc, c.audited)]);
    }
  });
  monthRows.push([`${l.name}小计`, '—', m(acc), '—', '—']);
}
P(
  `各标段按监理签认的月度产值统计，累计完成投资以审定金额为基数计算完成比例（季度末数据见表8）。`,
  table([['标段', '月份', '当月完成投资（万元）', '累计完成投资（万元）', '累计完成比例']], monthRows, {
    split: 14,
    widths: [10, 14, 16, 16, 12],
  }),
);
P(BREAK);
H(1, '附件8 评价组成员');
P(
  table(
    [['姓名', '职务/职称', '专业', '分工']],
    [
      ['黄志坚', '项目负责人/注册造价工程师', '工程造价', '总体协调、报告审定'],
      ['李文辉', '高级工程师', '给排水工程', '工程量抽测、质量评价'],
      ['陈晓燕', '注册会计师', '财务会计', '资金核查'],
      ['张伟强', '工程师', '市政工程', '现场勘验、进度评价'],
      ['刘梦琪', '助理工程师', '环境工程', '运行数据分析、问卷调查'],
    ],
    { widths: [10, 24, 14, 30] },
  ),
);

spec.write(HERE, STEM, TITLE);
