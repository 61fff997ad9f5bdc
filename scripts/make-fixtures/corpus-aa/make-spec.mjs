// Writes aa-baishan-2024.spec.md, the report-spec of report AA, from the figures of data.mjs and the text below: a
// third-party firm's 财政重点绩效评价 of the 2024年度白山市医疗救助补助资金 (吉林省), commissioned by 白山市财政局:
// 资助参保, 门诊救助, 住院救助 and 倾斜救助 per 县（市、区）, 中央 / 省 / 市 / 县 funds, 2023 beside 2024, 一站式结算,
// the sampled cases and the survey of 救助对象; one indicator table `一级指标 | 二级指标 | 三级指标 | 指标解释 |
// 评分标准 | 权重（分） | 得分`, a summary table with 得分率 and 等级 per first level, the grade in words (优 / 良 / 中 / 差).
//   node scripts/make-fixtures/corpus-aa/make-spec.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, check, int, money, pct, r2, sc, sum } from '../spec/figures.mjs';
import * as R from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const STEM = 'aa-baishan-2024';
const FUND = R.FUND;
const TITLE = `2024年度${FUND}绩效评价报告`;
const FIRM = '吉林正衡会计师事务所有限公司';
const BUREAU = '白山市医疗保障局';

const spec = authoring();
const { P, H, caption, inj } = spec;
const m = (x) => money(x);
const TOTAL = R.TOTAL_SCORE;
const grade = (s) => (D(s).gte(90) ? '优' : D(s).gte(80) ? '良' : D(s).gte(60) ? '中' : '差');
const growth = (a, b) => pct(D(b).minus(a), a);
const [FA, FB, FC, FD] = R.TREE;
const thirds = R.TREE.flatMap((f) => f.kids.flatMap((s) => s.kids));
const T = (name) => thirds.find((t) => t.name === name);
const nSecond = R.TREE.reduce((a, f) => a + f.kids.length, 0);
const tot = (xs, k) => xs.reduce((a, x) => a + x[k], 0);
const totD = (xs, k) => sum(xs.map((x) => x[k]));

const PERSONS = tot(R.INSURED, 'persons');
const INSURED_WAN = totD(R.PAID, 'insured');
const CLINIC_T = tot(R.CLINIC, 'times');
const CLINIC_W = totD(R.CLINIC, 'amount');
const HOSP_T = tot(R.HOSPITAL, 'times');
const HOSP_W = totD(R.HOSPITAL, 'amount');
const ONE = tot(R.HOSPITAL, 'oneStop');
const TILT_T = tot(R.TILT, 'times');
const TILT_W = totD(R.TILT, 'amount');
const PAID = R.PAID_TOTAL;
const FUNDS = R.FUNDS_TOTAL;
const CASE_OWN = totD(R.CASES, 'own');
const CASE_AID = totD(R.CASES, 'aid');
const SURVEY_N = tot(R.SURVEY, 'n');
const SURVEY_OK = R.SURVEY.reduce((a, s) => a + s.sat + s.fair, 0);
check(PAID.eq(sum([INSURED_WAN, CLINIC_W, HOSP_W, TILT_W])), 'four kinds add to the spending');
// the targets (绩效目标申报表): below what was done, in round figures
const TARGET = {
  persons: Math.floor(PERSONS / 1000) * 1000,
  clinic: Math.floor(CLINIC_T / 1000) * 1000,
  hospital: Math.floor(HOSP_T / 1000) * 1000,
};
check(pct(ONE, HOSP_T) === '97.49%', 'one-stop rate in the 95—98 band (3 points): ' + pct(ONE, HOSP_T));
check(pct(SURVEY_OK, SURVEY_N) === '91.27%', 'satisfaction in the 90—95 band (7 points)');
check(pct(PAID, FUNDS) === '94.91%', 'execution in the 94—98 band (4 points)');

// ================= cover
P(
  `<p class="center">${TITLE}</p>`,
  '<p class="center">（财政重点绩效评价）</p>',
  `项目名称：${FUND}`,
  `项目主管部门：${BUREAU}`,
  '委托单位：白山市财政局',
  `评价机构：${FIRM}`,
  '评价期间：2024年1月1日至2024年12月31日',
  '报告编号：吉正衡绩评字〔2025〕第018号',
  '报告日期：2025年5月16日',
  BREAK,
);

// ================= contents: a typed list with page numbers (the PDF's: weasyprint's page of each heading, cover = 1)
const CONTENTS = [
  ['报告摘要', 3],
  ['一、项目基本情况', 4],
  ['二、绩效评价工作开展情况', 9],
  ['三、综合评价结论', 12],
  ['四、医疗救助实施情况分析', 13],
  [
    inj(
      10,
      'toc',
      '五、绩效指标分析',
      '五、绩效目标分析',
      '目录第五项“五、绩效目标分析”，正文第五章标题为“五、绩效指标分析”（目录与正文标题不一致）',
      '五、绩效指标分析',
    ),
    32,
  ],
  ['六、存在的问题及原因分析', 44],
  ['七、有关建议', 46],
  ['八、其他需要说明的问题', 47],
  ['附件1 评价工作组成员', 48],
  ['附件2 救助对象满意度调查问卷', 49],
  ['附件3 分县（市、区）医疗救助资金月度支出情况', 50],
  ['附件4 住院救助抽查病例情况说明', 52],
];
P('<p class="center">目    录</p>', ...CONTENTS.map(([t, n]) => `${t}……………………${n}`), BREAK);

// ================= 摘要
P(
  '<p class="center">报告摘要</p>',
  `受白山市财政局委托，${FIRM}（以下简称“评价机构”）组成评价工作组，于2025年3月至5月对${BUREAU}（以下简称“市医保局”）主管的2024年度${FUND}（以下简称“医疗救助资金”）开展了财政重点绩效评价。评价采用“决策、过程、产出、效益”4个一级指标、${nSecond}个二级指标、${thirds.length}个三级指标的评价体系，各指标以权重（分）计分，满分100分。`,
  `经评价，医疗救助资金2024年度绩效评价得分${sc(TOTAL)}分，评价等级为“${grade(TOTAL)}”。全市各级财政下达医疗救助补助资金${m(FUNDS)}万元，全年支出${m(PAID)}万元；资助${int(PERSONS)}名困难群众参加城乡居民基本医疗保险，实施门诊救助${int(CLINIC_T)}人次、住院救助${int(HOSP_T)}人次、倾斜救助${int(TILT_T)}人次。主要问题是预算执行进度偏慢、部分县（市、区）“一站式”结算率偏低、倾斜救助认定标准不统一、部门间数据共享仍有滞后。`,
  BREAK,
);

// ================= 一、项目基本情况
H(1, '一、项目基本情况');
H(2, '（一）项目背景及政策依据');
P(
  `医疗救助是多层次医疗保障体系的托底制度。为贯彻《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）和《吉林省人民政府办公厅关于健全重特大疾病医疗保险和救助制度的实施意见》，白山市于2022年制定《白山市健全重特大疾病医疗保险和救助制度实施方案》，明确由市医保局会同市财政局、市民政局、市乡村振兴局等部门，统筹中央、省、市、县四级资金，对困难群众参加城乡居民基本医疗保险个人缴费给予资助，对经基本医保、大病保险支付后政策范围内个人自付的医疗费用给予门诊救助和住院救助，对规范转诊且个人负担仍然较重的救助对象给予倾斜救助。`,
  `医疗救助资金由市医保局负责政策制定、资金分配和绩效管理，各县（市、区）医保局负责救助对象身份信息比对、救助申请受理审核和资金结算，医保经办机构通过医保信息平台实现基本医保、大病保险、医疗救助“一站式服务、一窗口办理、一单制结算”。2024年，全市6个县（市、区）为浑江区、江源区、临江市、抚松县、靖宇县和长白朝鲜族自治县，均纳入本次评价范围。`,
);
H(2, '（二）救助对象及救助标准');
P(
  `2024年医疗救助对象分为五类：特困人员、低保对象、返贫致贫人口、低保边缘家庭成员和纳入监测范围的易返贫致贫人口。城乡居民基本医疗保险个人缴费标准为每人380元，对特困人员给予全额资助，对低保对象、返贫致贫人口每人定额资助300元，对低保边缘家庭成员和易返贫致贫人口每人定额资助200元。住院救助按救助对象类别确定救助比例，年度救助限额为每人10万元，详见表1。`,
  caption('2024年医疗救助对象类别及救助标准'),
  table(
    [['序号', '救助对象类别', '参保资助标准（元/人）', '资助方式', '住院救助比例', '年度救助限额（万元）']],
    R.CATEGORIES.map((c, i) => [
      String(i + 1),
      c.name,
      String(c.std),
      c.std === 380 ? '全额资助' : '定额资助',
      `${R.RATES[c.name] * 100}%`,
      '10',
    ]),
    { widths: [6, 22, 16, 12, 12, 14] },
  ),
  '门诊救助对特困人员、低保对象和返贫致贫人口患门诊慢特病发生的政策范围内个人自付费用给予救助，年度门诊救助限额并入住院救助限额统一计算。倾斜救助对经三重制度保障后政策范围内个人自付费用仍然超过家庭承受能力的救助对象，按个案审核确定救助金额。',
);

H(2, '（三）资金安排情况');
P(
  `2024年，中央、省、市、县四级财政共下达医疗救助补助资金${m(FUNDS)}万元，其中中央财政${m(R.LEVEL_TOTALS[0])}万元、省级财政${m(R.LEVEL_TOTALS[1])}万元、市级财政${m(R.LEVEL_TOTALS[2])}万元、县级财政${m(R.LEVEL_TOTALS[3])}万元。中央和省级资金中提前下达的部分于2023年11月下达，其余于2024年分批下达。资金下达文件见表2，分县（市、区）下达情况见表3。`,
  caption('2024年医疗救助补助资金下达文件（单位：万元）'),
  table(
    [['序号', '文件名称或文号', '下达日期', '资金级次', '下达金额']],
    [
      ...R.DOC_AMOUNTS.map((d, i) => [String(i + 1), d.no, d.date, d.level, m(d.amount)]),
      ['合计', '—', '—', '—', m(FUNDS)],
    ],
    { widths: [6, 26, 18, 10, 14] },
  ),
  caption('2024年分县（市、区）医疗救助补助资金下达情况（单位：万元）'),
  table(
    [['序号', '县（市、区）', '中央资金', '省级资金', '市级资金', '县级资金', '合计']],
    [
      ...R.FUNDS.map((f, i) => [String(i + 1), f.county, ...f.levels.map(m), m(f.total)]),
      ['合计', '—', ...R.LEVEL_TOTALS.map(m), m(FUNDS)],
    ],
    { split: 4, widths: [6, 20, 12, 12, 12, 12, 14] },
  ),
  `从资金结构看，中央资金占${pct(R.LEVEL_TOTALS[0], FUNDS)}，省级资金占${pct(R.LEVEL_TOTALS[1], FUNDS)}，市级资金占${pct(R.LEVEL_TOTALS[2], FUNDS)}，县级资金占${pct(R.LEVEL_TOTALS[3], FUNDS)}，医疗救助资金主要依靠上级转移支付。`,
);

H(2, '（四）资金使用情况');
P(
  `截至2024年12月31日，全市医疗救助资金支出${m(PAID)}万元，预算执行率${inj(5, 'money', pct(PAID, FUNDS), '96.91%', `一（四）“预算执行率96.91%”：表4 支出合计${m(PAID)}万元 ÷ 下达合计${m(FUNDS)}万元 = ${pct(PAID, FUNDS)}`, pct(PAID, FUNDS), '预算执行率96.91%')}，结余${m(FUNDS.minus(PAID))}万元结转下年继续用于医疗救助。其中资助参保支出${m(INSURED_WAN)}万元，门诊救助支出${m(CLINIC_W)}万元，住院救助支出${m(HOSP_W)}万元，倾斜救助支出${m(TILT_W)}万元。分县（市、区）支出情况见表4。`,
  caption('2024年分县（市、区）医疗救助资金支出情况（单位：万元）'),
  table(
    [['县（市、区）', '资助参保', '门诊救助', '住院救助', '倾斜救助', '支出合计', '下达资金', '结余', '执行率']],
    [
      ...R.PAID.map((p, i) => [
        p.county,
        ...p.parts.map(m),
        m(p.total),
        m(R.FUNDS[i].total),
        m(R.FUNDS[i].total.minus(p.total)),
        pct(p.total, R.FUNDS[i].total),
      ]),
      [
        '合计',
        m(INSURED_WAN),
        m(CLINIC_W),
        m(HOSP_W),
        m(TILT_W),
        m(PAID),
        m(FUNDS),
        m(FUNDS.minus(PAID)),
        pct(PAID, FUNDS),
      ],
    ],
    { split: 4, widths: [18, 11, 11, 11, 11, 11, 11, 10, 9] },
  ),
);
const byRate = [...R.PAID.keys()].sort((a, b) =>
  R.PAID[a].total.div(R.FUNDS[a].total).cmp(R.PAID[b].total.div(R.FUNDS[b].total)),
);
const low = byRate[0],
  high = byRate[byRate.length - 1];
P(
  `各县（市、区）执行进度差异较大：${R.PAID[high].county}执行率最高，为${pct(R.PAID[high].total, R.FUNDS[high].total)}；${R.PAID[low].county}执行率最低，为${pct(R.PAID[low].total, R.FUNDS[low].total)}，主要是四季度下达的中央资金未能在年内全部结算。`,
);

H(2, '（五）绩效目标');
P(
  `市医保局在预算申报时设定了2024年度医疗救助资金绩效目标：资助困难群众参保不少于${int(TARGET.persons)}人，实施门诊救助不少于${int(TARGET.clinic)}人次、住院救助不少于${int(TARGET.hospital)}人次，困难群众参保资助覆盖率100%，住院救助政策范围内自付费用救助比例不低于65%，“一站式”即时结算率不低于95%，救助对象满意度不低于90%。目标完成情况见表5。`,
  caption('2024年度绩效目标完成情况'),
  table(
    [['一级指标', '二级指标', '指标名称', '年度目标值', '实际完成值', '完成情况']],
    [
      [
        { t: '产出指标', rs: 7 },
        { t: '数量指标', rs: 3 },
        '资助参保人数',
        `≥${int(TARGET.persons)}人`,
        `${int(PERSONS)}人`,
        '已完成',
      ],
      ['门诊救助人次', `≥${int(TARGET.clinic)}人次`, `${int(CLINIC_T)}人次`, '已完成'],
      ['住院救助人次', `≥${int(TARGET.hospital)}人次`, `${int(HOSP_T)}人次`, '已完成'],
      [{ t: '质量指标', rs: 3 }, '资助参保覆盖率', '100%', '100%', '已完成'],
      ['住院救助比例', '≥65%', pct(CASE_AID, CASE_OWN), '已完成'],
      ['“一站式”即时结算率', '≥95%', pct(ONE, HOSP_T), '已完成'],
      ['时效指标', '救助资金结算时限', '≤30个工作日', '抽查2例超时', '基本完成'],
      [{ t: '效益指标', rs: 2 }, '社会效益指标', '因病返贫致贫风险', '有效防范', '未发生规模性返贫', '已完成'],
      ['满意度指标', '救助对象满意度', '≥90%', pct(SURVEY_OK, SURVEY_N), '已完成'],
    ],
    { widths: [12, 12, 22, 16, 16, 12] },
  ),
  BREAK,
);

// ================= 二、评价工作开展情况
H(1, '二、绩效评价工作开展情况');
H(2, '（一）评价目的');
P(
  '通过评价，全面了解医疗救助资金的分配、使用和管理情况，客观反映资金产出和效益，查找资金管理和政策执行中存在的问题，为市财政局优化资金分配、市医保局完善医疗救助政策提供参考。',
);
H(2, '（二）评价对象和范围');
P(
  `评价对象为2024年度${FUND}，评价范围涵盖中央、省、市、县四级财政安排的医疗救助资金${m(FUNDS)}万元及其形成的产出和效益，涉及市医保局及浑江区、江源区、临江市、抚松县、靖宇县、长白朝鲜族自治县6个县（市、区）医保局，以及承担“一站式”结算的定点医疗机构。`,
);
H(2, '（三）评价依据');
P(
  '《中华人民共和国预算法》；《中共中央 国务院关于全面实施预算绩效管理的意见》；《财政部关于印发〈项目支出绩效评价管理办法〉的通知》（财预〔2020〕10号）；《财政部 国家医保局关于印发〈中央财政医疗救助补助资金管理办法〉的通知》；《吉林省财政厅关于印发〈吉林省省级财政支出绩效评价管理暂行办法〉的通知》；白山市医疗救助相关政策文件；市医保局及各县（市、区）提供的预算、决算、会计凭证和业务台账资料。',
);
H(2, '（四）评价指标体系');
P(
  `评价工作组按照相关性、重要性、可比性、系统性和经济性原则，结合医疗救助资金特点设计评价指标体系，共设置4个一级指标、${nSecond}个二级指标、${thirds.length}个三级指标，各指标以权重（分）计分。一级指标权重为：决策${sc(FA.weight)}分、过程${sc(FB.weight)}分、产出${sc(FC.weight)}分、效益${sc(FD.weight)}分。指标解释、评分标准及得分见第五部分表17。`,
  `评价结果按得分划分为四个等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”，详见表6。`,
  caption('绩效评价等级划分'),
  table(
    [['评价等级', '优', '良', '中', '差']],
    [['得分区间', '90分（含）以上', '80分（含）—90分', '60分（含）—80分', '60分以下']],
    { widths: [14, 16, 16, 16, 16] },
  ),
);
H(2, '（五）评价方法');
P(
  `评价采用资料核查、数据比对、现场核查、抽样调查和问卷调查相结合的方法。资料核查覆盖市本级和6个县（市、区）的资金下达文件、会计凭证、医疗救助台账；数据比对将医保信息平台医疗救助结算数据与民政、乡村振兴部门推送的救助对象名单逐人比对；现场核查抽取住院救助病例${R.CASES.length}例，每个县（市、区）6例，逐例复核费用构成和救助金额；问卷调查面向五类救助对象发放问卷${SURVEY_N}份，回收有效问卷${SURVEY_N}份。`,
);
H(2, '（六）评价工作过程');
P(
  '评价工作分为前期准备、现场评价、综合分析和报告撰写四个阶段。2025年3月3日至3月14日，评价工作组收集政策文件和基础资料，设计评价指标体系和调查问卷，经市财政局、市医保局审核后确定评价方案；3月17日至4月11日，评价工作组分两组赴6个县（市、区）开展现场核查和问卷调查；4月14日至4月30日，评价工作组汇总分析数据并逐项评分；5月上旬形成报告初稿，征求市财政局、市医保局意见后于2025年5月16日定稿。',
  BREAK,
);

// ================= 三、综合评价结论
H(1, '三、综合评价结论');
const rateOf = (f) => pct(f.score, f.weight);
P(
  `经评价，${FUND}2024年度绩效评价得分${sc(TOTAL)}分，其中决策指标得${sc(FA.score)}分、过程指标得${sc(FB.score)}分、产出指标得${sc(FC.score)}分、效益指标得${sc(FD.score)}分，评价等级为“${grade(TOTAL)}”。各一级指标得分情况见表7。`,
  caption('绩效评价得分汇总'),
  table(
    [['一级指标', '权重（分）', '得分', '得分率', '等级']],
    [
      ['决策', sc(FA.weight), sc(FA.score), rateOf(FA), grade(D(FA.score).times(100).div(FA.weight))],
      [
        '过程',
        sc(FB.weight),
        inj(
          1,
          'score',
          sc(FB.score),
          '22.5',
          `表7 过程 得分22.5：表17 过程指标的6个三级指标 4 + 4 + 4 + 3 + 3 + 3.5 = ${sc(FB.score)}（第五部分“过程指标…得${sc(FB.score)}分”；表7 合计${sc(TOTAL)}按${sc(FB.score)}计）`,
          sc(FB.score),
        ),
        rateOf(FB),
        grade(D(FB.score).times(100).div(FB.weight)),
      ],
      ['产出', sc(FC.weight), sc(FC.score), rateOf(FC), grade(D(FC.score).times(100).div(FC.weight))],
      [
        '效益',
        sc(FD.weight),
        sc(FD.score),
        inj(
          3,
          'score',
          rateOf(FD),
          '85.00%',
          `表7 效益 得分率85.00%：${sc(FD.score)} ÷ ${sc(FD.weight)} = ${rateOf(FD)}`,
          rateOf(FD),
        ),
        grade(D(FD.score).times(100).div(FD.weight)),
      ],
      ['合计', sc(R.TOTAL_WEIGHT), sc(TOTAL), pct(TOTAL, R.TOTAL_WEIGHT), grade(TOTAL)],
    ],
    { widths: [16, 14, 12, 14, 10] },
  ),
  `总体来看，${inj(9, 'identity', `2024年度${FUND}`, `2023年度${FUND}`, `三 “2023年度白山市医疗救助补助资金政策目标明确…”：评价的是2024年度的资金（标题、封面评价期间2024年1月1日至2024年12月31日）`, `2024年度${FUND}`)}政策目标明确，资金分配与救助对象数量基本匹配，四级资金均按规定到位，“一站式”结算覆盖全部定点医疗机构，困难群众参保资助实现应保尽保，住院救助比例达到年度目标，有效减轻了困难群众医疗费用负担。但预算执行进度偏慢，部分县（市、区）“一站式”结算率偏低，倾斜救助认定标准不统一，部门间数据共享仍有滞后，资金绩效仍有提升空间。`,
  `综合上述情况，评价工作组认为该项目综合得分${inj(2, 'score', sc(TOTAL), '89', `三 结尾“综合得分89分”：表7 合计及四个一级指标之和 ${sc(FA.score)} + ${sc(FB.score)} + ${sc(FC.score)} + ${sc(FD.score)} = ${sc(TOTAL)}`, sc(TOTAL), '综合得分89分')}分，绩效评价等级为“${grade(TOTAL)}”。`,
  BREAK,
);

// ================= 四、实施情况分析 (the tables that are not about scores)
H(1, '四、医疗救助实施情况分析');
H(2, '（一）资助参保情况');
P(
  `2024年全市资助${int(PERSONS)}名困难群众参加城乡居民基本医疗保险，资助资金${m(INSURED_WAN)}万元。其中${R.CATEGORIES.map(
    (c, k) =>
      `${c.name}${int(
        tot(
          R.INSURED.map((x) => ({ n: x.counts[k] })),
          'n',
        ),
      )}人`,
  ).join('、')}。分县（市、区）分类别资助人数见表8，资助金额见表9。`,
  caption('2024年分县（市、区）分类别资助参保人数（单位：人）'),
  table(
    [['县（市、区）', ...R.CATEGORIES.map((c) => c.name), '合计']],
    [
      ...R.INSURED.map((x) => [x.county, ...x.counts.map(int), int(x.persons)]),
      ['合计', ...R.CATEGORIES.map((_, k) => int(R.INSURED.reduce((a, x) => a + x.counts[k], 0))), int(PERSONS)],
    ],
    { split: 4, widths: [18, 12, 12, 12, 14, 14, 12] },
  ),
  caption('2024年分县（市、区）分类别资助参保金额（单位：元）'),
  table(
    [['县（市、区）', ...R.CATEGORIES.map((c) => c.name), '合计']],
    [
      ...R.INSURED.map((x) => [x.county, ...x.yuan.map(m), m(x.total)]),
      [
        '合计',
        ...R.CATEGORIES.map((_, k) => m(sum(R.INSURED.map((x) => x.yuan[k])))),
        m(sum(R.INSURED.map((x) => x.total))),
      ],
    ],
    { split: 4, widths: [18, 12, 12, 12, 14, 14, 14] },
  ),
  `资助金额按资助人数乘以资助标准计算：特困人员每人380元，低保对象和返贫致贫人口每人300元，低保边缘家庭成员和易返贫致贫人口每人200元。全市资助金额合计${m(sum(R.INSURED.map((x) => x.total)))}元，折合${m(INSURED_WAN)}万元，与表4资助参保支出一致。与2023年相比，资助参保人数增加${int(PERSONS - R.Y2023.insuredPersons)}人，主要是2024年将低保边缘家庭成员和易返贫致贫人口全部纳入资助范围。`,
);

H(2, '（二）门诊救助情况');
P(
  `2024年全市实施门诊救助${int(CLINIC_T)}人次，救助金额${m(CLINIC_W)}万元，次均救助${m(CLINIC_W.times(10000).div(CLINIC_T))}元。分县（市、区）情况见表10。`,
  caption('2024年分县（市、区）门诊救助情况'),
  table(
    [['序号', '县（市、区）', '救助人次', '救助金额（万元）', '次均救助（元）']],
    [
      ...R.CLINIC.map((x, i) => [
        String(i + 1),
        x.county,
        int(x.times),
        m(x.amount),
        m(x.amount.times(10000).div(x.times)),
      ]),
      ['合计', '—', int(CLINIC_T), m(CLINIC_W), m(CLINIC_W.times(10000).div(CLINIC_T))],
    ],
    { split: 4, widths: [8, 22, 14, 18, 16] },
  ),
);

H(2, '（三）住院救助情况');
const hospSumDirty = HOSP_W.plus(100);
P(
  `2024年全市实施住院救助${int(HOSP_T)}人次，救助金额${m(HOSP_W)}万元，次均救助${m(HOSP_W.times(10000).div(HOSP_T))}元。分县（市、区）情况见表11。`,
  caption('2024年分县（市、区）住院救助情况'),
  table(
    [['序号', '县（市、区）', '救助人次', '救助金额（万元）', '次均救助（元）']],
    [
      ...R.HOSPITAL.map((x, i) => [
        String(i + 1),
        x.county,
        int(x.times),
        m(x.amount),
        m(x.amount.times(10000).div(x.times)),
      ]),
      [
        '合计',
        '—',
        int(HOSP_T),
        inj(
          4,
          'money',
          m(HOSP_W),
          m(hospSumDirty),
          `表11 合计 救助金额${m(hospSumDirty)}：六个县（市、区）${R.HOSPITAL.map((x) => m(x.amount)).join(' + ')} = ${m(HOSP_W)}（表4 住院救助合计、正文同为${m(HOSP_W)}）`,
          m(HOSP_W),
        ),
        m(HOSP_W.times(10000).div(HOSP_T)),
      ],
    ],
    { split: 4, widths: [8, 22, 14, 18, 16] },
  ),
  `住院救助政策范围内个人自付费用救助比例为${pct(CASE_AID, CASE_OWN)}（按抽查病例测算），达到不低于65%的年度目标。年度救助限额10万元以内的住院救助全部通过“一站式”结算或手工报销完成，未发现超限额支付。`,
);

H(2, '（四）倾斜救助情况');
P(
  `对经基本医保、大病保险和医疗救助三重制度保障后个人负担仍然较重的救助对象，各县（市、区）实施倾斜救助${int(TILT_T)}人次，救助金额${m(TILT_W)}万元。倾斜救助按个案审核，各县（市、区）认定的费用起付标准从5,000元到10,000元不等，详见表12。`,
  caption('2024年分县（市、区）倾斜救助情况'),
  table(
    [['序号', '县（市、区）', '救助人次', '救助金额（万元）', '认定起付标准（元）']],
    [
      ...R.TILT.map((x, i) => [
        String(i + 1),
        x.county,
        int(x.times),
        m(x.amount),
        ['5,000', '8,000', '10,000', '6,000', '5,000', '8,000'][i],
      ]),
      ['合计', '—', int(TILT_T), m(TILT_W), '—'],
    ],
    { split: 4, widths: [8, 22, 14, 18, 18] },
  ),
);

H(2, '（五）“一站式”结算情况');
P(
  `2024年全市住院救助${int(HOSP_T)}人次中，通过医保信息平台“一站式”即时结算${int(ONE)}人次，即时结算率${pct(ONE, HOSP_T)}；其余${int(HOSP_T - ONE)}人次为异地就医或身份认定滞后，由救助对象垫付后手工报销。分县（市、区）情况见表13。`,
  caption('2024年分县（市、区）住院救助“一站式”结算情况'),
  table(
    [['县（市、区）', '住院救助人次', '“一站式”结算人次', '手工报销人次', '即时结算率']],
    [
      ...R.HOSPITAL.map((x) => [
        x.county,
        int(x.times),
        int(x.oneStop),
        int(x.times - x.oneStop),
        pct(x.oneStop, x.times),
      ]),
      ['合计', int(HOSP_T), int(ONE), int(HOSP_T - ONE), pct(ONE, HOSP_T)],
    ],
    { split: 4, widths: [22, 16, 18, 16, 14] },
  ),
);
const oneLow = R.HOSPITAL.filter((x) => x.oneStop / x.times < 0.95);
P(
  `${oneLow.map((x) => `${x.county}即时结算率为${pct(x.oneStop, x.times)}`).join('，')}，低于95%的年度目标，主要是部分救助对象在省外就医，异地就医直接结算尚未覆盖医疗救助。`,
);

H(2, '（六）2023年与2024年对比情况');
const Y = R.Y2023;
const cmpRows = [
  ['资助参保人数（人）', Y.insuredPersons, PERSONS, true],
  ['资助参保金额（万元）', Y.insured, INSURED_WAN],
  ['门诊救助人次', Y.clinicTimes, CLINIC_T, true],
  ['门诊救助金额（万元）', Y.clinic, CLINIC_W],
  ['住院救助人次', Y.hospitalTimes, HOSP_T, true],
  ['住院救助金额（万元）', Y.hospital, HOSP_W],
  ['倾斜救助人次', Y.tiltTimes, TILT_T, true],
  ['倾斜救助金额（万元）', Y.tilt, TILT_W],
];
const Y2023_TOTAL = sum([Y.insured, Y.clinic, Y.hospital, Y.tilt]);
P(
  `与2023年相比，2024年医疗救助支出总额由${m(Y2023_TOTAL)}万元增加到${m(PAID)}万元，增长${growth(Y2023_TOTAL, PAID)}。住院救助人次由${int(Y.hospitalTimes)}人次增加到${int(HOSP_T)}人次，增长${growth(Y.hospitalTimes, HOSP_T)}；门诊救助人次由${int(Y.clinicTimes)}人次增加到${int(CLINIC_T)}人次，增长${growth(Y.clinicTimes, CLINIC_T)}。各项对比见表14。`,
  caption('2023年与2024年医疗救助主要指标对比'),
  table(
    [['项目', '2023年', '2024年', '增减', '增长率']],
    [
      ...cmpRows.map(([name, a, b, n]) =>
        n ? [name, int(a), int(b), int(b - a), growth(a, b)] : [name, m(a), m(b), m(D(b).minus(a)), growth(a, b)],
      ),
      ['支出合计（万元）', m(Y2023_TOTAL), m(PAID), m(PAID.minus(Y2023_TOTAL)), growth(Y2023_TOTAL, PAID)],
    ],
    { split: 5, widths: [26, 14, 14, 14, 12] },
  ),
  '2024年门诊救助人次增幅较大，主要是门诊慢特病病种范围扩大；倾斜救助金额增幅较大，主要是2024年各县（市、区）普遍建立了倾斜救助制度。',
);

H(2, '（七）住院救助病例抽查情况');
P(
  `评价工作组在6个县（市、区）各抽取住院救助病例6例，共${R.CASES.length}例，逐例核对住院总费用、政策范围内费用、基本医保和大病保险报销金额及救助金额。抽查病例政策范围内个人自付${m(CASE_OWN)}元，医疗救助${m(CASE_AID)}元，救助比例${pct(CASE_AID, CASE_OWN)}。抽查中发现2例非即时结算病例拨付时间超过30个工作日，1例倾斜救助个案审批材料不完整，未发现救助金额计算错误。抽查明细见表15（救助对象姓名已作脱敏处理）。`,
  caption('住院救助病例抽查明细（单位：元）'),
  table(
    [
      [
        '病例编号',
        '县（市、区）',
        '姓名',
        '救助对象类别',
        '住院总费用',
        '政策范围内费用',
        '医保报销',
        '政策范围内自付',
        '救助比例',
        '救助金额',
      ],
    ],
    [
      ...R.CASES.map((c) => [
        c.no,
        c.county,
        c.name,
        c.cat,
        m(c.total),
        m(c.policy),
        m(c.reimb),
        m(c.own),
        `${c.rate * 100}%`,
        m(c.aid),
      ]),
      [
        '合计',
        '—',
        '—',
        '—',
        m(totD(R.CASES, 'total')),
        m(totD(R.CASES, 'policy')),
        m(totD(R.CASES, 'reimb')),
        m(CASE_OWN),
        '—',
        m(CASE_AID),
      ],
    ],
    { split: 9, widths: [14, 14, 8, 14, 12, 12, 12, 12, 8, 11] },
  ),
);

H(2, '（八）救助对象满意度调查情况');
P(
  `评价工作组按救助对象类别发放满意度调查问卷${SURVEY_N}份，回收有效问卷${SURVEY_N}份。调查显示，选择“满意”和“较满意”的共${SURVEY_OK}份，总体满意度${pct(SURVEY_OK, SURVEY_N)}。分类别情况见表16。`,
  caption('救助对象满意度调查结果（单位：份）'),
  table(
    [['救助对象类别', '有效样本', '满意', '较满意', '一般', '不满意', '满意度']],
    [
      ...R.SURVEY.map((s) => [
        s.name,
        int(s.n),
        int(s.sat),
        int(s.fair),
        int(s.mid),
        int(s.poor),
        pct(s.sat + s.fair, s.n),
      ]),
      [
        '合计',
        int(SURVEY_N),
        int(tot(R.SURVEY, 'sat')),
        int(tot(R.SURVEY, 'fair')),
        int(tot(R.SURVEY, 'mid')),
        int(tot(R.SURVEY, 'poor')),
        pct(SURVEY_OK, SURVEY_N),
      ],
    ],
    { widths: [20, 12, 10, 10, 10, 10, 12] },
  ),
  '不满意的意见主要集中在异地就医需垫付、倾斜救助申请材料多、救助金到账时间长三个方面。',
);

H(2, '（九）各县（市、区）实施情况');
R.COUNTIES.forEach((c, i) => {
  const f = R.FUNDS[i],
    p = R.PAID[i],
    h = R.HOSPITAL[i],
    cl = R.CLINIC[i],
    t = R.TILT[i],
    x = R.INSURED[i];
  P(
    `${['1', '2', '3', '4', '5', '6'][i]}．${c}。2024年下达医疗救助资金${m(f.total)}万元，其中中央资金${m(f.levels[0])}万元、省级资金${m(f.levels[1])}万元、市级资金${m(f.levels[2])}万元、县级资金${m(f.levels[3])}万元；全年支出${m(p.total)}万元，执行率${pct(p.total, f.total)}。资助参保${int(x.persons)}人、资金${m(p.insured)}万元，门诊救助${int(cl.times)}人次、${m(cl.amount)}万元，住院救助${int(h.times)}人次、${m(h.amount)}万元，倾斜救助${int(t.times)}人次、${m(t.amount)}万元。住院救助“一站式”结算率${pct(h.oneStop, h.times)}。`,
    `${c}医保局建立了医疗救助对象动态管理台账，按月与民政、乡村振兴部门比对救助对象身份信息。现场核查发现，该县（市、区）部分救助对象身份标识在医保信息平台中更新滞后，个别救助对象在身份认定前发生的住院费用需事后手工报销。`,
  );
});
P(BREAK);

// ================= 五、绩效指标分析
H(1, '五、绩效指标分析');
P(`各项指标的指标解释、评分标准、权重及得分见表17。`);
P(caption('绩效评价指标体系及评分表'));
const rows = [];
for (const f of R.TREE) {
  const n = f.kids.reduce((a, s) => a + s.kids.length, 0);
  f.kids.forEach((s, si) =>
    s.kids.forEach((t, ti) => {
      const r = [];
      if (si === 0 && ti === 0) r.push({ t: f.name, rs: n });
      if (ti === 0) r.push({ t: s.name, rs: s.kids.length });
      r.push(t.name, t.explain, t.rule, sc(t.weight), sc(t.score));
      rows.push(r);
    }),
  );
}
rows.push([{ t: '合计', cs: 5 }, sc(R.TOTAL_WEIGHT), sc(TOTAL)]);
P(
  table([['一级指标', '二级指标', '三级指标', '指标解释', '评分标准', '权重（分）', '得分']], rows, {
    split: 7,
    widths: [8, 10, 14, 24, 28, 8, 7],
  }),
);

// the run-ins: per first level a heading, a sentence with its counts and score, each third level in turn
const SAY = {
  立项依据充分性: '医疗救助资金的设立符合国办发〔2021〕42号文件及吉林省实施意见，立项依据充分。',
  立项程序规范性: '资金分配方案经市医保局党组会议研究、市财政局审核后下达，程序规范。',
  绩效目标合理性: `绩效目标与救助任务基本匹配，但资助参保人数目标${int(TARGET.persons)}人低于上年实际资助人数，目标值偏低，扣0.5分。`,
  绩效指标明确性: '数量指标均已量化，但“因病返贫致贫风险”指标以“有效防范”表述，缺少量化标准，扣0.5分。',
  预算编制科学性: '预算依据上年救助人次和资助标准测算，但未充分考虑门诊慢特病病种扩大带来的支出增长，扣0.5分。',
  资金分配合理性: '市级资金按救助对象数量、上年支出和绩效因素分配，但绩效因素权重仅占5%，扣0.5分。',
  资金到位率: '中央、省、市、县四级资金均已全额到位，资金到位率100%。',
  预算执行率: `全年支出${m(PAID)}万元，下达资金${m(FUNDS)}万元，执行率${pct(PAID, FUNDS)}，在94%（含）—98%区间，得4分。`,
  资金使用合规性: '抽查发现1例倾斜救助个案审批材料不完整，1例门诊救助在限额外多支付，扣1分。',
  管理制度健全性: '市医保局制定了医疗救助经办规程、资金管理办法和内部审核制度，制度健全。',
  制度执行有效性: '部分县（市、区）医疗救助公示不及时，2个县（市、区）档案资料不完整，扣1分。',
  信息系统对接: '医保信息平台已与民政、乡村振兴部门实现数据共享，但数据推送按月进行，存在滞后，扣0.5分。',
  资助参保人数完成率: `实际资助参保${int(PERSONS)}人，应资助人员全部资助到位，完成率100%。`,
  住院救助人次完成率: `实际住院救助${int(HOSP_T)}人次，年度目标${int(TARGET.hospital)}人次，完成率${pct(HOSP_T, TARGET.hospital)}。`,
  门诊救助人次完成率: `实际门诊救助${int(CLINIC_T)}人次，年度目标${int(TARGET.clinic)}人次，完成率${pct(CLINIC_T, TARGET.clinic)}。`,
  资助参保覆盖率: '经与民政、乡村振兴部门名单逐人比对，符合条件的救助对象全部资助参保，覆盖率100%。',
  住院救助比例: `按抽查病例测算，住院救助政策范围内自付费用救助比例为${pct(CASE_AID, CASE_OWN)}，年度目标值为不低于${inj(6, 'target', '65%', '75%', `五（三）住院救助比例：年度目标写作“不低于75%”，实际完成${pct(CASE_AID, CASE_OWN)}，却称达到目标并得满分5分（表5 年度目标值≥65%）`, '65%', '不低于75%')}，达到目标，得5分。`,
  一站式结算率: `住院救助“一站式”即时结算率为${pct(ONE, HOSP_T)}，在95%（含）—98%区间，得3分。`,
  救助资金结算及时性: '抽查发现2例非即时结算病例拨付时间超过30个工作日，扣1分。',
  次均救助标准控制: '抽查病例救助金额均在年度限额内，但1例门诊救助超过门诊年度限额，扣0.5分。',
  自付费用负担减轻: '救助对象政策范围内住院自付费用负担有所下降，但异地就医救助对象仍需垫付，扣1分。',
  因病返贫致贫风险防范: '已建立高额医疗费用预警机制，但个别预警信息处置超过15个工作日，扣0.5分。',
  长效机制建设: '医疗救助与慈善救助、商业补充保险的衔接机制尚未建立，扣1分。',
  部门协同: '医保、民政、乡村振兴、卫健部门建立了联席会议制度，但信息推送不够及时，扣0.5分。',
  救助对象满意度: `问卷调查总体满意度为${pct(SURVEY_OK, SURVEY_N)}，在90%（含）—95%区间，得7分。`,
};
const CH = ['（一）', '（二）', '（三）', '（四）'];
R.TREE.forEach((f, fi) => {
  const n = f.kids.reduce((a, s) => a + s.kids.length, 0);
  P(BREAK); // each first level's analysis starts a page
  H(2, `${CH[fi]}${f.name}指标（权重${sc(f.weight)}分）`);
  const nThird =
    f.name === '产出'
      ? inj(
          8,
          'count',
          String(n),
          '9',
          `五（三）“产出指标下设4个二级指标、9个三级指标”：表17 产出指标下三级指标为资助参保人数完成率、住院救助人次完成率、门诊救助人次完成率、资助参保覆盖率、住院救助比例、一站式结算率、救助资金结算及时性、次均救助标准控制，共8个`,
          String(n),
          '产出指标下设4个二级指标、9个三级指标',
        )
      : String(n);
  P(
    `${f.name}指标下设${f.kids.length}个二级指标、${nThird}个三级指标，权重${sc(f.weight)}分，评价得分${sc(f.score)}分，得分率${pct(f.score, f.weight)}。`,
  );
  let k = 0;
  for (const s of f.kids) {
    P(`${s.name}（权重${sc(s.weight)}分，得${sc(s.score)}分）`);
    for (const t of s.kids) {
      k++;
      P(
        `${k}．${t.name}（权重${sc(t.weight)}分）。指标解释：${t.explain}。评分标准：${t.rule}。评价情况：${SAY[t.name]}该指标得${sc(t.score)}分。`,
      );
    }
  }
});
P(BREAK);

// ================= 六、问题
H(1, '六、存在的问题及原因分析');
P(
  `（一）预算执行进度偏慢。2024年医疗救助资金执行率${pct(PAID, FUNDS)}，结余${m(FUNDS.minus(PAID))}万元，${R.PAID[low].county}执行率仅${pct(R.PAID[low].total, R.FUNDS[low].total)}。主要原因是2024年10月下达的中央资金到达县级时已近年末，部分县（市、区）未能及时安排结算；同时，门诊慢特病救助的月度结算存在滞后。`,
  `（二）部分县（市、区）“一站式”结算率偏低。${oneLow.map((x) => `${x.county}即时结算率${pct(x.oneStop, x.times)}`).join('，')}，救助对象异地就医后需先行垫付再回参保地手工报销，增加了困难群众的资金压力。主要原因是异地就医直接结算尚未覆盖医疗救助，部分救助对象身份标识更新滞后。`,
  `（三）倾斜救助认定标准不统一。6个县（市、区）认定的倾斜救助费用起付标准从5,000元到10,000元不等，同类救助对象在不同县（市、区）获得的救助差异较大。${inj(7, 'identity', FUND, '通化市医疗救助补助资金', '六（三）“通化市医疗救助补助资金对倾斜救助…”：评价的是白山市的资金；通化市是吉林省另一个地级市', FUND)}对倾斜救助未制定全市统一的认定办法，由各县（市、区）自行确定。`,
  '（四）部门间数据共享仍有滞后。民政、乡村振兴部门按月推送救助对象名单，新认定救助对象的身份标识需次月才能在医保信息平台生效，其间发生的医疗费用无法即时享受救助。',
  '（五）绩效目标设置不够精准。资助参保人数目标低于上年实际，“因病返贫致贫风险”等效益指标缺少量化标准，绩效目标对资金管理的约束作用不强。',
  BREAK,
);

// ================= 七、建议
H(1, '七、有关建议');
P(
  '（一）加快预算执行。市医保局应督促各县（市、区）在资金下达后30日内完成分配，按月结算门诊慢特病救助费用，对执行进度偏慢的县（市、区）实行通报和约谈。市财政局在分配2025年市级资金时，将上年执行率作为分配因素之一。',
  '（二）提高“一站式”结算覆盖面。推动医疗救助纳入异地就医直接结算范围，对省外就医的救助对象实行“先诊疗后付费”；缩短身份标识更新时间，做到救助对象认定后即时生效。',
  '（三）统一倾斜救助认定标准。由市医保局会同市财政局制定全市统一的倾斜救助实施细则，明确费用起付标准、救助比例和审批程序，避免县域间救助水平差异过大。',
  '（四）健全部门数据共享机制。推动民政、乡村振兴部门救助对象名单由按月推送改为实时推送，建立高额医疗费用预警信息的限时处置制度。',
  '（五）科学设置绩效目标。以上年实际完成情况和本年政策调整为依据设定数量目标，对效益指标设定量化标准，强化绩效目标对资金分配的引导作用。',
);

// ================= 八、其他
H(1, '八、其他需要说明的问题');
P(
  '（一）本报告中资金数据除表9、表15以元为单位外，均以万元为单位，保留两位小数；表中合计数与分项之和的差异系四舍五入所致的，已在表中调整。',
  `（二）2023年数据取自市医保局2023年度医疗救助统计年报，仅用于与2024年对比，不参与评分。`,
  '（三）住院救助比例按抽查病例测算，抽查病例不能完全代表全部住院救助情况，评价结论以抽查结果为基础。',
  '（四）本报告仅供市财政局、市医保局在预算管理和政策完善中使用，数据截止日期为2024年12月31日。',
  `<p class="right">${FIRM}</p>`,
  '<p class="right">2025年5月16日</p>',
  BREAK,
);

// ================= 附件
H(1, '附件1 评价工作组成员');
P(
  table(
    [['序号', '姓名', '单位', '职务/职称', '分工']],
    [
      ['1', '孟某某', FIRM, '合伙人、注册会计师', '项目负责人'],
      ['2', '石某某', FIRM, '高级经理、高级会计师', '现场负责人'],
      ['3', '阎某某', FIRM, '项目经理、注册会计师', '资金核查'],
      ['4', '谷某某', FIRM, '审计员', '病例抽查'],
      ['5', '姜某某', FIRM, '审计员', '问卷调查'],
      ['6', '柏某某', '吉林省某医科院校', '副教授', '医疗保障政策咨询'],
    ],
    { widths: [6, 10, 26, 20, 16] },
  ),
  BREAK,
);
H(1, '附件2 救助对象满意度调查问卷');
P(
  '尊敬的参保群众：您好！为了解医疗救助政策落实情况，我们开展本次问卷调查。问卷不记名，请根据实际情况填写。',
  '1．您属于哪类救助对象？A．特困人员 B．低保对象 C．返贫致贫人口 D．低保边缘家庭成员 E．易返贫致贫人口',
  '2．您是否知道政府为您资助参加城乡居民医保？A．知道 B．不知道',
  '3．您住院时是否在医院直接结算了医疗救助？A．是 B．否，需要先垫付',
  '4．您对医疗救助到账时间是否满意？A．满意 B．较满意 C．一般 D．不满意',
  '5．您对医保经办人员的服务态度是否满意？A．满意 B．较满意 C．一般 D．不满意',
  '6．您对医疗救助政策总体是否满意？A．满意 B．较满意 C．一般 D．不满意',
  '7．您对医疗救助工作还有什么意见和建议？',
);

P(BREAK);
H(1, '附件3 分县（市、区）医疗救助资金月度支出情况');
P(
  '<p class="center">单位：万元</p>',
  table(
    [['月份', ...R.COUNTIES, '合计']],
    [
      ...Array.from({ length: 12 }, (_, k) => [
        `${k + 1}月`,
        ...R.MONTHS.map((ms) => m(ms[k])),
        m(sum(R.MONTHS.map((ms) => ms[k]))),
      ]),
      ['合计', ...R.PAID.map((p) => m(p.total)), m(PAID)],
    ],
    { split: 7, widths: [8, 12, 12, 12, 12, 12, 16, 13] },
  ),
  `全年支出中，10月至12月支出${m(sum(R.MONTHS.flatMap((ms) => ms.slice(9))))}万元，占全年支出的${pct(sum(R.MONTHS.flatMap((ms) => ms.slice(9))), PAID)}，支出进度前慢后快。`,
  BREAK,
);
H(1, '附件4 住院救助抽查病例情况说明');
R.CASES.forEach((c, i) =>
  P(
    `${i + 1}．病例${c.no}，${c.county}${c.cat}${c.name}。住院总费用${m(c.total)}元，其中政策范围内费用${m(c.policy)}元，基本医保和大病保险报销${m(c.reimb)}元，政策范围内个人自付${m(c.own)}元。按${c.cat}救助比例${c.rate * 100}%计算，应救助${m(c.aid)}元，实际救助${m(c.aid)}元，计算无误。${i % 3 === 0 ? '该病例通过“一站式”即时结算，救助对象出院时只需支付个人自付部分。' : i % 3 === 1 ? '该病例由救助对象垫付后手工报销，资料齐全。' : '该病例救助审批、公示资料完整。'}`,
  ),
);

spec.write(HERE, STEM, TITLE);
