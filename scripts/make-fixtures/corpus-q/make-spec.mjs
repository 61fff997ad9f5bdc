// Writes q-gongshui-2022-2024.spec.md, the report-spec of report Q, from the figures of data.mjs and the text below.
// The spec is the report: render it with ../spec/ (build.mjs does), check it with check.mjs.
//   node scripts/make-fixtures/corpus-q/make-spec.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, int, money, pct, r2, sc, sc2 } from '../spec/figures.mjs';
import * as Q from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const NAME = '舒城县农村供水保障工程建设项目';
const TITLE = '舒城县2022—2024年农村供水保障工程建设项目';
const EVENT = '舒城县农村供水保障百日攻坚行动'; // a sub-event named the same way everywhere (a trap: not a typo of NAME)

// the spec's lines, injections ({{clean|dirty}}, one entry of expected.json each) and tables: ../spec/authoring.mjs
const spec = authoring();
const { P, H, caption, inj, injections: INJ, out } = spec;
const sum = (xs) => xs.reduce((a, b) => a.plus(b), D(0));
const B = Q.TOTAL_BUDGET,
  S = Q.TOTAL_SPENT;
const [A, Bp, C, Dx] = Q.TREE;
const PEOPLE_WAN = r2(D(Q.PEOPLE).div(10000)).toFixed(2);
const WATER_RATE = pct(Q.WATER_OK, Q.WATER_N);
const SURVEY_RATE = pct(Q.SURVEY_SAT, Q.SURVEY_VALID);
const UNIT_COST = r2(Q.USES[0].budget.div(Q.KM)).toFixed(2);

// ================= cover and contents
P(
  `<p class="center">${TITLE}</p>`,
  '<p class="center">财政重点绩效评价报告</p>',
  '<p class="center">报告编号：皖徽正绩评〔2025〕第018号</p>',
  `项目名称：${TITLE}`,
  '主管部门：舒城县水利局',
  '实施单位：舒城县水利局、项目所在乡镇人民政府',
  '委托单位：舒城县财政局',
  '评价机构：安徽徽正工程咨询有限公司',
  '评价期间：2022年1月1日—2024年12月31日',
  '评价组组长：许明远',
  '报告日期：2025年6月18日',
  BREAK,
  '<p class="center">目  录</p>',
  '一、项目基本情况',
  '（一）项目背景',
  '（二）项目主要内容及实施情况',
  '（三）资金投入和使用情况',
  '（四）项目绩效目标',
  '二、绩效评价工作开展情况',
  '（一）评价目的、对象和范围',
  '（二）评价原则、指标体系、方法和标准',
  '（三）评价工作过程',
  '三、综合评价情况及评价结论',
  '四、绩效评价指标分析',
  '（一）项目决策情况',
  '（二）项目过程情况',
  '（三）项目产出情况',
  '（四）项目效益情况',
  '五、各乡镇子项目实施情况',
  '六、主要经验及做法',
  '七、存在的问题及原因分析',
  '八、有关建议',
  '九、其他需要说明的问题',
  '附件1 绩效评价评分表',
  '附件2 子项目验收情况表',
  '附件3 资金下达文件一览表',
  '附件4 主要工程量统计表',
  '附件5 分季度水质抽检情况表',
  '附件6 分年度绩效目标完成情况表',
  '附件7 各乡镇工程管护情况表',
  '附件8 评价工作组成员',
  BREAK,
  `<p class="center">${TITLE}财政重点绩效评价报告</p>`,
  `受舒城县财政局委托，安徽徽正工程咨询有限公司（以下简称“评价机构”）按照《中共中央 国务院关于全面实施预算绩效管理的意见》《安徽省财政厅关于印发〈安徽省财政重点绩效评价管理办法〉的通知》（皖财绩〔2021〕8号）等规定，对${TITLE}（以下简称“项目”）2022—2024年度的资金使用和项目实施情况开展了财政重点绩效评价。评价组在查阅资料、现场核查、问卷调查和座谈访谈的基础上，形成本报告。`,
);

// ================= 一、项目基本情况
H(1, '一、项目基本情况');
H(2, '（一）项目背景');
P(
  `舒城县位于安徽省中部、大别山东麓，辖21个乡镇，农村人口约62万人，地形由西南山区向东北圩畈区过渡，山区乡镇水源分散、管网老化，圩畈区乡镇水厂规模小、消毒设施不全，农村供水保障水平与群众需求存在差距。截至2021年底，全县农村自来水普及率${Q.LAST.coverage}，规模化供水工程覆盖农村人口比例71.30%，部分山区村组仍依靠山泉水和浅层井水分散供水。`,
  `为落实《安徽省农村供水保障“十四五”规划》和《六安市农村供水保障三年行动方案（2022—2024年）》，舒城县人民政府于2022年3月印发《舒城县农村供水保障三年行动实施方案（2022—2024年）》（舒政办〔2022〕11号），决定在2022—2024年实施${NAME}，以“城乡供水一体化、区域供水规模化、农村供水规范化”为方向，分年度在12个乡镇实施管网延伸、老旧管网改造、水厂提标改造、入户工程和加压泵站等子项目。`,
  `2021年度，全县安排同类农村饮水安全巩固提升资金预算${money(Q.LAST.budget)}万元，实际支出${money(Q.LAST.spent)}万元，执行率${pct(Q.LAST.spent, Q.LAST.budget)}；该资金2021年度绩效自评得分${Q.LAST.score}分，等级为“良”。本项目是在其基础上整合中央、省、县三级资金实施的三年建设项目。`,
);
H(2, '（二）项目主要内容及实施情况');
P(
  `项目三年共在城关镇、杭埠镇、千人桥镇等12个乡镇实施子项目108个，其中管网延伸工程、老旧管网改造工程、水厂提标改造工程、入户工程和加压泵站工程五类。截至2024年12月31日，已完工子项目${Q.DONE}个、在建子项目${108 - Q.DONE}个，累计新建改造供水管网${Q.KM.toFixed(1)}公里，完成水厂提标改造${Q.PLANTS}座，受益人口${int(Q.PEOPLE)}人（约${PEOPLE_WAN}万人）。`,
  `项目由舒城县水利局牵头组织，县农村饮水安全工程管理站负责技术指导和质量监督，各乡镇人民政府负责子项目的征地协调、入户组织和工程完工后的日常管护。2022年7月至10月，县水利局组织开展了${EVENT}，集中推进山区乡镇管网延伸和入户工程，当年完工子项目34个。`,
  ...Q.YEARS.map((y) => {
    const subs = Q.SUBPROJECTS.filter((x) => x.year === y);
    const win = sum(Q.TENDERS.filter((t) => t.year === y).map((t) => t.win));
    const km = sum(subs.map((x) => x.km));
    const what = {
      2022: `以山区乡镇管网延伸和入户工程为重点，结合${EVENT}集中推进`,
      2023: '以圩畈区水厂提标改造和老旧管网改造为重点，同步推进入户工程',
      2024: '以补齐供水薄弱村组短板为重点，实施加压泵站和管网延伸工程',
    }[y];
    return `${y}年度，项目${what}，当年开工子项目${subs.length}个，中标价合计${money(win)}万元，设计管网${km.toFixed(1)}公里，截至2024年底已完工${subs.filter((x) => !x.building).length}个。`;
  }),
  `各乡镇子项目情况见表1。表1按乡镇列示子项目的建设内容、管网长度、受益人口、投资和建设状态，每个乡镇设小计，合计为各乡镇小计之和。`,
);
P(caption('子项目一览表（截至2024年12月31日）'));
{
  const body = [];
  let n = 0;
  for (const t of Q.TOWN) {
    t.subs.forEach((s, i) => {
      const row = [];
      if (i === 0) row.push({ t: t.town, rs: 10 });
      row.push(
        String(++n),
        s.name,
        s.content,
        s.km.toFixed(1),
        int(s.people),
        money(s.invest),
        s.building ? '在建' : '完工',
      );
      body.push(row);
    });
    const invest =
      t.town === '杭埠镇'
        ? inj(
            'subtotal',
            'money',
            money(t.invest),
            '1,362.58',
            '杭埠镇9个子项目投资之和为1,326.58万元（子项目一览表该镇9行、杭埠镇子项目投资及支付情况表合计、标段招标情况表杭埠镇三个标段中标价之和都是1,326.58），小计写成1,362.58',
            '1,326.58',
            '1,362.58',
            // the laid-out text's 表1 rows take a wrapped name's lines into the 小计 row, so its groups are not read
            {
              txt: {
                known_miss: true,
                reason:
                  "pdftotext -layout wraps the sub-projects' names over lines and a 小计 row takes the next name's top line, so 表1's groups are not read in the laid-out text (the .docx, .md and .pdf find it)",
              },
            },
          )
        : money(t.invest);
    body.push([{ t: '小计', cs: 3 }, t.km.toFixed(1), int(t.people), invest, `完工${t.done}个`]);
  }
  body.push([{ t: '合计', cs: 4 }, Q.KM.toFixed(1), int(Q.PEOPLE), money(Q.USES[0].budget), `完工${Q.DONE}个`]);
  P(
    table(
      [['乡镇', '序号', '子项目名称', '建设内容', '管网（公里）', '受益人口（人）', '投资（万元）', '状态']],
      body,
      { split: 24, widths: [6, 4, 20, 25, 8, 10, 12, 9] },
    ),
  );
}
H(2, '（三）资金投入和使用情况');
P(
  `1.资金安排。项目三年共安排资金${money(B)}万元，其中2022年度${money(Q.YEAR_BUDGET[2022])}万元、2023年度${money(Q.YEAR_BUDGET[2023])}万元、${inj('years', 'money', `2024年度${money(Q.YEAR_BUDGET[2024])}万元`, '2024年度5,020.00万元', '分年度预算4,200.00+4,800.00+5,200.00=14,200.00；分年度分来源预算安排表2024年度合计2,600.00+1,500.00+1,100.00=5,200.00，执行情况表和资金下达文件表也是5,200.00', '5,200.00')}；按来源分，中央资金${money(Q.SOURCE_BUDGET[0])}万元、省级资金${money(Q.SOURCE_BUDGET[1])}万元、县级资金${money(Q.SOURCE_BUDGET[2])}万元。各年度分来源预算见表2。`,
  `与2021年度同类资金预算${money(Q.LAST.budget)}万元相比，2022年度预算增加${money(Q.YEAR_BUDGET[2022].minus(Q.LAST.budget))}万元，增长${pct(Q.YEAR_BUDGET[2022].minus(Q.LAST.budget), Q.LAST.budget)}。`,
);
P(caption('分年度分来源预算安排表（单位：万元）'));
P(
  table(
    [['年度', ...Q.SOURCES, '合计']],
    [
      ...Q.YEARS.map((y) => [`${y}年度`, ...Q.BUDGET[y].map(money), money(Q.YEAR_BUDGET[y])]),
      ['合计', ...Q.SOURCE_BUDGET.map(money), money(B)],
    ],
  ),
);
P(
  `2.资金下达。中央和省级资金由省财政厅分两批下达，县级资金由县财政局在年初预算中安排。2022年度资金分别由舒财农〔2022〕6号、舒财农〔2022〕18号下达，2023年度由舒财农〔2023〕7号、舒财农〔2023〕20号下达，2024年度由舒财农〔2024〕9号、舒财农〔2024〕21号下达，各年度资金均已足额到位，资金到位率100%。`,
  `3.资金支出。截至2024年12月31日，项目累计支出${money(S)}万元，${inj('exec', 'money', `预算执行率${Q.EXEC_RATE}`, '预算执行率95.18%', `累计支出13,604.64÷预算14,200.00=95.81%（分年度预算执行情况表合计、B102评分3×95.81%=2.87都用95.81%）`, '95.81')}，结余${money(B.minus(S))}万元，结余资金主要为在建子项目的未付工程款和已完工子项目的质量保证金。分年度支出见表3，按用途分的预算和支出见表4。`,
);
P(caption('分年度预算执行情况表（单位：万元）'));
P(
  table(
    [['年度', '预算', '支出', '结余', '执行率']],
    [
      ...Q.YEARS.map((y) => [
        `${y}年度`,
        money(Q.YEAR_BUDGET[y]),
        money(Q.YEAR_SPENT[y]),
        money(Q.YEAR_BUDGET[y].minus(Q.YEAR_SPENT[y])),
        pct(Q.YEAR_SPENT[y], Q.YEAR_BUDGET[y]),
      ]),
      ['合计', money(B), money(S), money(B.minus(S)), Q.EXEC_RATE],
    ],
  ),
);
P(caption('资金用途及支出情况表（单位：万元）'));
P(
  table(
    [['资金用途', '预算', '支出', '执行率']],
    [
      ...Q.USES.map((u) => [u.name, money(u.budget), money(u.spent), pct(u.spent, u.budget)]),
      ['合计', money(B), money(S), Q.EXEC_RATE],
    ],
  ),
);
{
  const t = Q.TOWN[0];
  P(
    `从乡镇看，城关镇子项目投资${money(t.invest)}万元，已支付${money(t.paid)}万元，支付率${pct(t.paid, t.invest)}；山区乡镇河棚镇、汤池镇的在建子项目较多，支付率相对较低，详见第五部分。`,
  );
}
H(2, '（四）项目绩效目标');
P(
  `根据《舒城县农村供水保障三年行动实施方案（2022—2024年）》和各年度项目绩效目标申报表，项目总体绩效目标为：到2024年底，新建改造供水管网780公里以上，完成子项目100个以上，完成水厂提标改造20座，农村自来水普及率达到95%以上，受益人口32万人以上，农村供水水质达标率达到98%以上，受益群众满意度达到90%以上。`,
);
P(caption('项目绩效目标及完成情况表'));
{
  const rows = [
    ['产出指标', '数量指标', '新建改造供水管网长度', '≥780公里', `${Q.KM.toFixed(1)}公里`, '已完成'],
    ['产出指标', '数量指标', '完工子项目数量', '≥100个', `${Q.DONE}个`, '已完成'],
    ['产出指标', '数量指标', '水厂提标改造数量', '20座', `${Q.PLANTS}座`, '已完成'],
    ['产出指标', '质量指标', '工程验收合格率', '100%', '100%', '已完成'],
    ['产出指标', '质量指标', '农村供水水质达标率', '≥98%', WATER_RATE, '未完成'],
    ['产出指标', '质量指标', '供水保证率', '≥95%', '95.60%', '已完成'],
    ['产出指标', '时效指标', '资金拨付及时率', '100%', '100%', '已完成'],
    ['产出指标', '成本指标', '单位管网造价', '≤18万元/公里', `${UNIT_COST}万元/公里`, '已完成'],
    ['效益指标', '社会效益指标', '农村自来水普及率', '≥95%', '96.30%', '已完成'],
    ['效益指标', '社会效益指标', '受益人口', '≥32万人', `${PEOPLE_WAN}万人`, '已完成'],
    ['效益指标', '生态效益指标', '千吨万人水源地保护区划定率', '100%', '100%', '已完成'],
    ['效益指标', '可持续影响指标', '工程长效管护机制', '健全', '基本健全', '基本完成'],
    ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', SURVEY_RATE, '已完成'],
  ];
  const body = rows.map((r, i) => {
    const row = [];
    if (i === 0 || rows[i - 1][0] !== r[0]) row.push({ t: r[0], rs: rows.filter((x) => x[0] === r[0]).length });
    if (i === 0 || rows[i - 1][1] !== r[1])
      row.push({ t: r[1], rs: rows.filter((x) => x[1] === r[1] && x[0] === r[0]).length });
    return [...row, ...r.slice(2)];
  });
  P(table([['一级指标', '二级指标', '三级指标', '目标值', '实际完成值', '完成情况']], body, { split: 8 }));
}

// ================= 二、评价工作
H(1, '二、绩效评价工作开展情况');
H(2, '（一）评价目的、对象和范围');
P(
  `评价目的：全面了解项目资金使用和工程建设情况，总结经验做法，查找存在的问题，为县财政局和县水利局后续安排农村供水资金、完善工程管护机制提供参考。`,
  `评价对象：本次评价对象为${inj('other', 'identity', NAME, '舒城县中小河流治理项目', `评价对象是${NAME}（封面、标题和全文）；舒城县中小河流治理项目是另一个项目`, NAME)}2022—2024年度安排的中央、省、县三级资金${money(B)}万元及其形成的108个子项目。`,
  `评价范围：涵盖项目决策、过程、产出和效益各环节，评价期间为2022年1月1日至2024年12月31日，涉及县水利局、县财政局、县农村饮水安全工程管理站和12个乡镇人民政府。`,
);
H(2, '（二）评价原则、指标体系、方法和标准');
P(
  `评价遵循科学公正、统筹兼顾、激励约束、公开透明的原则。评价组按照财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）的共性指标框架，结合农村供水工程建设特点设计评价指标体系，${inj('count', 'count', `共设一级指标4个、二级指标${Q.SECOND_COUNT}个、三级指标${Q.THIRD_COUNT}个`, '共设一级指标4个、二级指标13个、三级指标28个', `评价指标体系表和附件1评分表的三级指标：A 6个（A101—A302）+B 6个（B101—B203）+C 10个（C101—C402）+D 5个（D101—D401）=27个`, '27', '三级指标28个')}，其中决策指标15分、过程指标20分、产出指标40分、效益指标25分，合计100分（表${spec.tableNo + 1}）。`,
  '评价方法以比较法、因素分析法和公众评判法为主，辅以成本效益分析法。评价结果分为四个等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。',
);
P(caption('评价指标体系表'));
{
  const body = [];
  for (const f of Q.TREE) {
    const n = f.seconds.reduce((a, s) => a + s.thirds.length, 0);
    f.seconds.forEach((s, i) =>
      s.thirds.forEach((t, j) => {
        const row = [];
        if (i === 0 && j === 0) row.push({ t: `${f.code} ${f.name}（${sc(f.weight)}分）`, rs: n });
        if (j === 0) row.push({ t: `${s.code} ${s.name}（${sc(s.weight)}分）`, rs: s.thirds.length });
        body.push([...row, `${t.code} ${t.name}`, sc(t.weight)]);
      }),
    );
  }
  body.push([{ t: '合计', cs: 3 }, '100']);
  P(table([['一级指标', '二级指标', '三级指标', '分值']], body, { split: 14 }));
}
H(2, '（三）评价工作过程');
P(
  '评价工作分为前期准备、现场评价、分析评价和报告撰写四个阶段，自2025年3月10日开始，至2025年6月18日提交正式报告（表' +
    (spec.tableNo + 1) +
    '）。',
);
P(caption('评价工作进度表'));
P(
  table(
    [['阶段', '时间', '主要工作']],
    [
      ['前期准备', '2025年3月10日—3月28日', '成立评价组，收集项目资料，设计评价指标体系和问卷，制定评价工作方案'],
      [
        '现场评价',
        '2025年3月31日—4月30日',
        '抽查36个子项目现场，查阅财务凭证和招投标资料，发放问卷600份，召开座谈会5场',
      ],
      ['分析评价', '2025年5月6日—5月23日', '整理核查数据，逐项评分，与县水利局、县财政局交换意见'],
      ['报告撰写', '2025年5月26日—6月18日', '撰写评价报告，征求意见后修改定稿'],
    ],
  ),
);
P(`现场评价按每个乡镇3个子项目抽查，共抽查36个子项目，抽查投资额和比例见表${spec.tableNo + 1}。`);
P(caption('现场抽查子项目情况表（单位：万元）'));
{
  const rows = Q.TOWN.map((t) => {
    const s = t.subs.slice(0, 3);
    const inv = sum(s.map((x) => x.invest));
    return [t.town, '3', money(inv), money(t.invest), pct(inv, t.invest)];
  });
  const inv = sum(Q.TOWN.map((t) => sum(t.subs.slice(0, 3).map((x) => x.invest))));
  P(
    table(
      [['乡镇', '抽查子项目数（个）', '抽查投资额', '乡镇子项目投资', '抽查比例']],
      [...rows, ['合计', '36', money(inv), money(Q.USES[0].budget), pct(inv, Q.USES[0].budget)]],
    ),
  );
}

P(
  `评价组在县水利局、县财政局和4个乡镇召开座谈会5场，听取项目管理、资金拨付和工程管护情况介绍（表${spec.tableNo + 1}）。`,
);
P(caption('座谈会情况表'));
P(
  table(
    [['序号', '时间', '地点', '参会单位', '参会人数（人）', '主要内容']],
    [
      [
        '1',
        '2025年4月1日',
        '县水利局',
        '县水利局、县农村饮水安全工程管理站',
        '9',
        '项目总体实施、工程质量监督和运维平台建设',
      ],
      ['2', '2025年4月2日', '县财政局', '县财政局农业农村股、国库股', '6', '资金分配、下达和拨付'],
      ['3', '2025年4月9日', '杭埠镇', '镇政府、镇财政所、5个村委会', '12', '水厂提标改造和入户工程'],
      ['4', '2025年4月16日', '五显镇', '镇政府、镇财政所、6个村委会', '13', '山区管网延伸和村级管水员'],
      ['5', '2025年4月23日', '河棚镇', '镇政府、施工单位、监理单位', '10', '在建子项目进度和汛期施工'],
      ['合计', '', '', '', '50', ''],
    ],
    { widths: [5, 14, 10, 26, 10, 35] },
  ),
);

// ================= 三、综合评价
H(1, '三、综合评价情况及评价结论');
P(
  `经综合评价，${TITLE}${inj('overall', 'score', `综合得分${sc2(Q.TOTAL_SCORE)}分`, '综合得分91.53分', `得分汇总表合计和附件1合计都是90.53分：13.50+17.87+37.04+22.12=90.53`, '90.53')}，评价等级为“优”。其中决策指标得${sc2(A.score)}分、过程指标得${sc2(Bp.score)}分、产出指标得${sc2(C.score)}分、效益指标得${sc2(Dx.score)}分，各一级指标得分情况见表${spec.tableNo + 1}。`,
  `项目立项依据充分，资金足额到位，工程建设总体按计划推进，管网建设、水厂提标改造等产出目标全面完成，农村自来水普及率由2021年底的${Q.LAST.coverage}提高到96.30%，群众满意度较高。主要扣分点为：绩效目标细化量化不足，个别子项目预算编制偏粗，部分在建子项目未按期完工，水质达标率未达到目标值，工程长效管护机制仍需完善。`,
  `与2021年度同类资金绩效自评得分${Q.LAST.score}分相比，本项目得分提高${sc2(Q.TOTAL_SCORE.minus(Q.LAST.score))}分。`,
);
P(caption('绩效评价得分汇总表'));
P(
  table(
    [['项目', '决策', '过程', '产出', '效益', '合计']],
    [
      ['分值', ...Q.TREE.map((f) => sc(f.weight)), '100'],
      [
        '得分',
        sc2(A.score),
        sc2(Bp.score),
        inj(
          'across',
          'score',
          sc2(C.score),
          '37.40',
          '得分汇总表得分行：13.50+17.87+产出+22.12=合计90.53要求产出为37.04；同列得分率92.60%（37.04÷40）、产出指标得分情况表小计和附件1也都是37.04',
          '37.04',
        ),
        sc2(Dx.score),
        sc2(Q.TOTAL_SCORE),
      ],
      ['得分率', ...Q.TREE.map((f) => pct(f.score, f.weight)), pct(Q.TOTAL_SCORE, 100)],
    ],
    { widths: [10, 10, 10, 10, 10, 10] },
  ),
);

// ================= 四、指标分析
const TEXT = {
  A101: [
    '项目立项符合国家和省农村供水保障政策及县“十四五”规划，与部门职责相符，属于公共财政支持范围，与其他财政资金无重复。',
    '对照《安徽省农村供水保障“十四五”规划》和舒政办〔2022〕11号文件，项目建设内容与政策要求一致，立项依据充分，不扣分',
  ],
  A102: [
    '项目按规定程序申请设立，经过可行性研究、专家论证和集体决策，审批文件齐全。',
    '各年度子项目均编制了实施方案并经县水利局党组会议审定，县发改委出具了可行性研究报告批复，程序规范，不扣分',
  ],
  A201: [
    '项目有绩效目标，与实际工作内容相关，预期产出和效益符合正常业绩水平，与预算确定的投资额相匹配。',
    '项目设定了总体目标和年度目标，但2022年度目标未分解到乡镇，个别目标值与子项目计划不衔接，扣0.5分',
  ],
  A202: [
    '绩效目标细化分解为具体指标，通过清晰、可衡量的指标值予以体现，与项目目标任务数相对应。',
    '效益指标中“工程长效管护机制”仅以“健全”定性表述，缺少可衡量的指标值；可持续影响指标未设置年度目标，扣0.5分',
  ],
  A301: [
    '预算编制经过科学论证，内容与项目内容匹配，额度测算依据充分，确定的项目投资额与工作任务相匹配。',
    '抽查发现5个子项目概算编制依据的管材单价未按当期信息价调整，决算与概算偏差超过10%，扣0.5分',
  ],
  A302: [
    '资金分配依据充分，分配额度与各乡镇实际需求相适应。',
    '资金按各乡镇农村供水缺口和子项目概算分配，依据充分，额度合理，不扣分',
  ],
  B101: [
    '实际到位资金与预算资金的比率，用以反映资金落实情况。',
    '三年预算14,200.00万元，实际到位14,200.00万元，到位率100%，不扣分',
  ],
  B102: [
    '项目预算资金在规定时期内是否按计划执行，用以反映预算执行情况。得分＝分值×预算执行率。',
    `累计支出${money(S)}万元，预算执行率${Q.EXEC_RATE}，得分3×${Q.EXEC_RATE}＝2.87分`,
  ],
  B103: [
    '资金使用符合国家财经法规和财务管理制度，有完整的审批程序和手续，符合预算批复的用途，无截留、挤占、挪用、虚列支出等情况。',
    '资金使用总体合规，但抽查发现2笔工程款支付凭证缺少监理签字，1个子项目的设计变更未履行审批程序即支付变更款，扣0.5分',
  ],
  B201: [
    '项目实施单位的财务和业务管理制度健全，能够保障项目顺利实施。',
    '县水利局制定了工程建设管理、资金管理和质量监督等制度，但乡镇层面缺少子项目管护责任制度，扣0.5分',
  ],
  B202: [
    '项目依法依规实施招投标和合同管理，招标程序合规，合同条款完整。',
    '36个标段均按规定实施了公开招标或竞争性磋商，合同签订及时；抽查发现2个标段的合同未约定质量保证金比例，扣0.5分',
  ],
  B203: [
    '工程质量、安全生产管理措施到位，监理履职，资料完整。',
    '工程质量监督覆盖全部子项目，但现场抽查发现施工日志缺失3处',
  ],
  C101: [
    '实际完成的管网建设长度与计划长度的比率。',
    `计划780公里，实际完成${Q.KM.toFixed(1)}公里，完成率100%以上，不扣分`,
  ],
  C102: [
    '已完工子项目数与计划子项目数的比率。得分＝分值×完工率。',
    `计划108个，完工${Q.DONE}个，完工率${pct(Q.DONE, 108)}，得分4×${pct(Q.DONE, 108)}＝${third('C102')}分`,
  ],
  C103: ['实际完成提标改造的水厂数量与计划数量的比较。', `计划20座，实际完成${Q.PLANTS}座，不扣分`],
  C201: ['完工子项目验收合格数与验收子项目数的比率。', `已完工的${Q.DONE}个子项目全部通过完工验收，合格率100%，不扣分`],
  C202: [
    '农村供水水质抽检达标样本数与抽检样本数的比率，目标值98%。',
    `2022—2024年共抽检水样${Q.WATER_N}份，达标${Q.WATER_OK}份，达标率${WATER_RATE}，低于98%的目标值，扣0.4分`,
  ],
  C203: [
    '供水工程在设计保证率下稳定供水的情况。',
    '2024年夏季用水高峰期，山七镇、河棚镇的4个村出现间歇性供水不足，供水保证率95.60%，扣0.5分',
  ],
  C301: [
    '按计划时间完工的子项目数与计划完工子项目数的比率。',
    '108个子项目中有101个完工，其中按期完工95个；7个在建子项目中有5个超过合同工期，扣0.8分',
  ],
  C302: [
    '资金是否按规定时限拨付到实施单位和施工单位。',
    '中央和省级资金均在规定时限内分配下达，但2023年度第二批资金拨付到施工单位平均滞后26天，扣0.5分',
  ],
  C401: [
    '实际工程造价控制在批复概算以内，无超概算现象。',
    '108个子项目决算均未超过批复概算，但3个子项目的变更费用超过合同价5%，扣0.5分',
  ],
  C402: [
    '单位管网造价与目标值的比较，目标值≤18万元/公里。',
    `子项目工程建设投资${money(Q.USES[0].budget)}万元，管网${Q.KM.toFixed(1)}公里，单位管网造价${UNIT_COST}万元/公里，不扣分`,
  ],
  D101: [
    '项目实施后农村自来水普及率的提高情况，目标值95%。',
    `全县农村自来水普及率由2021年底的${Q.LAST.coverage}提高到2024年底的96.30%，达到目标，不扣分`,
  ],
  D102: [
    '项目受益人口与目标值的比较，目标值32万人。',
    `受益人口${int(Q.PEOPLE)}人，达到目标；但汤池镇2个在建子项目涉及的4,860人尚未通水，扣0.5分`,
  ],
  D201: [
    '千吨万人以上水源地保护区划定、水源地环境整治情况。',
    '全县14处千吨万人水源地均已划定保护区，但抽查发现2处水源地隔离防护设施损毁未及时修复，扣1分',
  ],
  D301: [
    '工程长效运行管护机制是否健全，管护主体、管护经费是否落实。',
    '县级建立了统一运维管理平台，但部分乡镇的村级管水员报酬未落实，维修养护基金计提不足，扣1分',
  ],
  D401: [
    '受益群众对项目实施效果的满意程度。得分＝分值×满意率。',
    `发放问卷600份，回收有效问卷${Q.SURVEY_VALID}份，满意${Q.SURVEY_SAT}份，满意率${SURVEY_RATE}，得分5×${SURVEY_RATE}＝${third('D401')}分`,
  ],
};
function third(code) {
  return sc(Q.third(code).score);
}
const B203 = Q.third('B203');
function firstLevel(f, no, intro, extra) {
  H(2, `（${no}）项目${f.name}情况`);
  P(intro);
  P(caption(`${f.name}指标得分情况表`));
  const body = [];
  f.seconds.forEach((s) =>
    s.thirds.forEach((t, j) => {
      const row = j === 0 ? [{ t: s.name, rs: s.thirds.length }] : [];
      body.push([...row, t.name, sc(t.weight), sc(t.score), pct(t.score, t.weight)]);
    }),
  );
  body.push([{ t: '小计', cs: 2 }, sc(f.weight), sc2(f.score), pct(f.score, f.weight)]);
  P(table([['二级指标', '三级指标', '分值', '得分', '得分率']], body));
  f.seconds.forEach((s, i) => {
    H(3, `${i + 1}.${s.name}（${sc(s.weight)}分，得${sc(s.score)}分）`);
    s.thirds.forEach((t, j) => {
      const [, opinion] = TEXT[t.code];
      if (t.code === 'B203')
        P(
          `（${j + 1}）${t.name}（${sc(t.weight)}分）：${opinion}、${inj('child', 'score', `安全技术交底记录不全2处，得${sc(t.score)}分`, '安全技术交底记录不全2处，得2分', `B203满分3分，附件1评分表和过程指标得分情况表都是2.5分；组织实施“（10分，得8.5分）”=B201 2.5+B202 3.5+B203 2.5，写成2分则三项之和为8分`, '2.5')}。`,
        );
      else P(`（${j + 1}）${t.name}（${sc(t.weight)}分）：${opinion}，得${sc(t.score)}分。`);
    });
    if (extra?.[s.code]) extra[s.code]();
  });
}

H(1, '四、绩效评价指标分析');
firstLevel(
  A,
  '一',
  `决策指标满分${sc(A.weight)}分，得${sc2(A.score)}分，得分率${pct(A.score, A.weight)}。决策指标包括项目立项、绩效目标和资金投入3个二级指标、6个三级指标。`,
);
firstLevel(
  Bp,
  '二',
  `过程指标满分${sc(Bp.weight)}分，得${sc2(Bp.score)}分，得分率${pct(Bp.score, Bp.weight)}。过程指标包括资金管理和组织实施2个二级指标、6个三级指标。`,
  {
    B2: () => {
      P(
        `项目三年共划分36个标段，按年度和乡镇组织招标，招标情况见表${spec.tableNo + 1}。下浮率＝（控制价－中标价）÷控制价。`,
      );
      P(caption('标段招标情况表（单位：万元）'));
      const rows = Q.TENDERS.map((t) => [
        t.lot,
        `${t.year}年`,
        t.town,
        String(t.n),
        t.way,
        money(t.ceiling),
        money(t.win),
        pct(t.ceiling.minus(t.win), t.ceiling),
      ]);
      const ceil = sum(Q.TENDERS.map((t) => t.ceiling)),
        win = sum(Q.TENDERS.map((t) => t.win));
      P(
        table(
          [['标段编号', '年度', '乡镇', '子项目数（个）', '招标方式', '控制价', '中标价', '下浮率']],
          [...rows, [{ t: '合计', cs: 3 }, '108', '—', money(ceil), money(win), pct(ceil.minus(win), ceil)]],
          { split: 18 },
        ),
      );
    },
  },
);
firstLevel(
  C,
  '三',
  `产出指标满分${sc(C.weight)}分，得${sc2(C.score)}分，得分率${pct(C.score, C.weight)}。产出指标包括4个二级指标、10个三级指标。`,
  {
    C2: () => {
      P(
        `水质检测由县疾控中心和县农村饮水安全工程管理站水质检测中心按季度抽检，2022—2024年各乡镇抽检情况见表${spec.tableNo + 1}。`,
      );
      P(caption('农村供水水质抽检情况表（单位：份）'));
      const rows = Q.TOWNS.map((town, t) => {
        const w = Q.WATER[t];
        const n = w.reduce((a, x) => a + x.n, 0),
          ok = w.reduce((a, x) => a + x.ok, 0);
        return [town, ...w.flatMap((x) => [String(x.n), String(x.ok)]), String(n), String(ok), pct(ok, n)];
      });
      const col = (y, k) => String(Q.WATER.reduce((a, w) => a + w[y][k], 0));
      P(
        table(
          [
            [
              { t: '乡镇', rs: 2 },
              { t: '2022年', cs: 2 },
              { t: '2023年', cs: 2 },
              { t: '2024年', cs: 2 },
              { t: '合计', cs: 3 },
            ],
            ['抽检', '达标', '抽检', '达标', '抽检', '达标', '抽检', '达标', '达标率'],
          ],
          [
            ...rows,
            [
              '合计',
              col(0, 'n'),
              col(0, 'ok'),
              col(1, 'n'),
              col(1, 'ok'),
              col(2, 'n'),
              col(2, 'ok'),
              String(Q.WATER_N),
              String(Q.WATER_OK),
              WATER_RATE,
            ],
          ],
        ),
      );
    },
  },
);
firstLevel(
  Dx,
  '四',
  `效益指标满分${sc(Dx.weight)}分，得${sc2(Dx.score)}分，${inj('rate', 'score', `得分率${pct(Dx.score, Dx.weight)}`, '得分率88.84%', '22.12÷25=88.48%（得分汇总表和效益指标得分情况表的得分率也是88.48%）', '88.48%')}。效益指标包括社会效益、生态效益、可持续影响和满意度4个二级指标、5个三级指标。`,
  {
    D4: () => {
      P(`满意度调查在12个乡镇各发放问卷50份，调查对象为子项目受益村的农户，各乡镇情况见表${spec.tableNo + 1}。`);
      P(caption('受益群众满意度调查情况表'));
      P(
        table(
          [['乡镇', '发放问卷（份）', '有效问卷（份）', '满意（份）', '满意率']],
          [
            ...Q.SURVEY.map((s) => [
              s.town,
              String(s.sent),
              String(s.valid),
              String(s.satisfied),
              pct(s.satisfied, s.valid),
            ]),
            ['合计', '600', String(Q.SURVEY_VALID), String(Q.SURVEY_SAT), SURVEY_RATE],
          ],
        ),
      );
    },
  },
);

// ================= 五、各乡镇
H(1, '五、各乡镇子项目实施情况');
P('本部分按乡镇列示子项目的投资、支付和建设状态。各乡镇的投资、支付和支付率是该乡镇子项目的数据，不是项目整体的数据。');
const HISTORY = {
  城关镇:
    '城关镇地处县城周边，子项目以老旧管网改造和管网延伸为主，重点解决城郊结合部村组管网漏损率高、水压不足的问题。',
  杭埠镇: '杭埠镇是圩畈区人口大镇，子项目以水厂提标改造和入户工程为主，改造后杭埠水厂日供水能力由1.2万吨提高到2万吨。',
  千人桥镇: '千人桥镇地势低洼，原有供水管网多为2005年前铺设的PVC管，爆管频繁，子项目以老旧管网改造为主。',
  百神庙镇: '百神庙镇子项目以管网延伸和加压泵站为主，解决镇东部丘陵村组高位用水困难问题。',
  桃溪镇: '桃溪镇子项目以入户工程和管网延伸为主，实现了全镇行政村自来水管网全覆盖。',
  万佛湖镇: '万佛湖镇是县城水源地所在镇，子项目兼顾水源地保护，新建隔离防护设施和管网延伸工程。',
  干汊河镇: '干汊河镇子项目以水厂提标改造为主，新增紫外线消毒和在线监测设备。',
  张母桥镇: '张母桥镇子项目以管网延伸和加压泵站为主，解决杭埠河沿岸村组季节性缺水问题。',
  五显镇: '五显镇地处山区，村组分散，子项目以管网延伸和入户工程为主，施工难度较大。',
  山七镇: '山七镇是深山区乡镇，子项目以小型集中供水工程改造为主，部分村组仍存在季节性缺水。',
  河棚镇: '河棚镇子项目以加压泵站和管网延伸为主，2024年实施的子项目受汛期影响进度滞后。',
  汤池镇: '汤池镇子项目以入户工程和老旧管网改造为主，2个在建子项目尚未通水。',
};
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
Q.TOWN.forEach((t, k) => {
  H(2, `（${CN[k]}）${t.town}`);
  P(
    `${HISTORY[t.town]}${t.town}共实施子项目${t.subs.length}个，完工${t.done}个，新建改造管网${t.km.toFixed(1)}公里，受益人口${int(t.people)}人；子项目计划投资${money(t.invest)}万元，已支付${money(t.paid)}万元，支付率${pct(t.paid, t.invest)}。`,
  );
  P(caption(`${t.town}子项目投资及支付情况表（单位：万元）`));
  P(
    table(
      [['序号', '子项目名称', '开工年度', '管网（公里）', '受益人口（人）', '投资', '已支付', '支付率', '状态']],
      [
        ...t.subs.map((s, i) => [
          String(i + 1),
          s.name,
          `${s.year}年`,
          s.km.toFixed(1),
          int(s.people),
          money(s.invest),
          money(s.paid),
          pct(s.paid, s.invest),
          s.building ? '在建' : '完工',
        ]),
        [
          { t: '合计', cs: 3 },
          t.km.toFixed(1),
          int(t.people),
          money(t.invest),
          money(t.paid),
          pct(t.paid, t.invest),
          `完工${t.done}个`,
        ],
      ],
      { widths: [5, 20, 9, 9, 10, 10, 10, 9, 8] },
    ),
  );
  {
    const smp = t.subs.slice(0, 3);
    const inv = sum(smp.map((x) => x.invest)),
      paid = sum(smp.map((x) => x.paid));
    P(
      `评价组现场抽查了${smp.map((x) => x.name).join('、')}3个子项目，抽查投资${money(inv)}万元，占该镇子项目投资的${pct(inv, t.invest)}，已支付${money(paid)}万元。抽查子项目的管网走向、管径和入户数量与设计文件基本一致，水表安装到户，管沟回填和路面恢复符合要求；入户走访的农户反映用水方便、水压稳定，个别农户反映夏季用水高峰期水压偏低。`,
    );
  }
  const building = t.subs.filter((s) => s.building);
  P(
    building.length
      ? `现场核查发现，${building.map((s) => s.name).join('、')}截至2024年底仍在建设，主要原因是管线穿越道路和农田的协调时间较长、山区施工受雨季影响；评价组建议乡镇加快协调，督促施工单位按合同工期完工。`
      : `现场核查的子项目均已完工并通过验收，入户水压、水量基本满足需求，村级管水员已落实。`,
  );
});

// ================= 六—九
H(1, '六、主要经验及做法');
P(
  `（一）集中攻坚，加快推进。2022年县水利局组织开展${EVENT}，抽调技术人员组成6个工作专班驻点乡镇，倒排工期、挂图作战，当年完工子项目34个。${EVENT}期间形成的“一镇一专班、一周一调度”机制在2023年和2024年继续沿用。`,
  '（二）统一标准，规范建设。县水利局统一制定了管材选用、管沟开挖、入户安装和水表计量的技术标准，子项目设计、施工和验收按统一标准执行，工程质量总体较好。',
  '（三）建管并重，探索长效管护。全县建立县级农村供水统一运维管理平台，推行“县级统管、乡镇监管、村级协管”的管护模式，实现水厂在线监测和故障报修的统一调度。',
);
H(1, '七、存在的问题及原因分析');
P('评价发现的主要问题见表' + (spec.tableNo + 1) + '。');
P(caption('存在的问题清单'));
P(
  table(
    [['序号', '问题类别', '具体表现', '涉及乡镇', '原因分析']],
    [
      [
        '1',
        '绩效目标',
        '绩效目标未分解到乡镇和年度，效益指标以定性表述为主，可衡量性不足',
        '全县',
        '项目申报时重建设任务、轻绩效目标，缺少绩效目标编制的技术指导',
      ],
      [
        '2',
        '预算编制',
        '5个子项目概算的管材单价未按当期信息价调整，决算与概算偏差超过10%',
        '千人桥镇、五显镇',
        '概算编制时间早于开工时间一年以上，价格变动未及时调整',
      ],
      [
        '3',
        '资金管理',
        '2笔工程款支付凭证缺少监理签字；1个子项目设计变更未经审批即支付变更款',
        '桃溪镇、山七镇',
        '乡镇财政所对工程款支付的审核把关不严',
      ],
      [
        '4',
        '工程进度',
        '7个子项目截至2024年底仍在建设，其中5个超过合同工期',
        '杭埠镇、百神庙镇、桃溪镇、干汊河镇、五显镇、山七镇、河棚镇、汤池镇',
        '管线穿越协调时间长，山区施工受汛期影响，个别施工单位组织不力',
      ],
      [
        '5',
        '工程质量',
        '现场抽查发现施工日志缺失3处、安全技术交底记录不全2处',
        '百神庙镇、河棚镇',
        '监理单位对施工资料的检查不到位',
      ],
      [
        '6',
        '水质保障',
        `水质达标率${WATER_RATE}，低于98%的目标值，不达标样本主要为山区小型集中供水工程的微生物指标`,
        '山七镇、河棚镇、五显镇',
        '小型水厂消毒设施运行不规范，管水员专业能力不足',
      ],
      [
        '7',
        '长效管护',
        '部分乡镇村级管水员报酬未落实，维修养护基金计提不足',
        '五显镇、山七镇、汤池镇',
        '县级维修养护资金渠道单一，水费收缴率偏低',
      ],
      [
        '8',
        '水源保护',
        '2处千吨万人水源地隔离防护设施损毁未及时修复',
        '万佛湖镇、张母桥镇',
        '水源地巡查制度落实不到位',
      ],
    ],
    { widths: [5, 10, 34, 16, 30] },
  ),
);
H(1, '八、有关建议');
P(
  '（一）完善绩效目标管理。建议县水利局在后续年度项目申报时，将绩效目标分解到乡镇和年度，效益指标尽可能量化，并加强对乡镇的绩效目标编制培训。',
  '（二）加快在建子项目进度。建议对7个在建子项目逐一明确完工时限，对超过合同工期的施工单位按合同约定追究违约责任，确保2025年6月底前全部完工通水。',
  '（三）强化水质保障。建议对山区小型集中供水工程加装自动消毒设备，加强管水员培训，提高水质检测频次，确保水质达标率达到98%以上。',
  `（四）健全长效管护机制。建议县财政局和县水利局研究建立维修养护资金稳定投入渠道，落实村级管水员报酬，为${inj('typo', 'identity', NAME, '舒城县农村供水保章工程建设项目', `项目名称是${NAME}（“保障”，不是“保章”）；全文其他地方都写“保障”`, NAME)}后续运行管护提供资金保障。`,
);
H(1, '九、其他需要说明的问题');
P(
  '本报告所用数据来源于县水利局、县财政局和各乡镇提供的资料及评价组现场核查结果，评价机构对数据的真实性进行了抽查核实，但不对被评价单位提供资料的完整性承担责任。',
  `本报告所称“${EVENT}”是项目实施期间的一项集中推进活动，其完成的子项目已包含在本项目108个子项目之中。`,
  '<p class="center">安徽徽正工程咨询有限公司</p>',
  '<p class="center">2025年6月18日</p>',
);

// ================= 附件
P(BREAK);
H(1, '附件1 绩效评价评分表');
P(caption(`${TITLE}绩效评价评分表`));
{
  const body = [];
  for (const f of Q.TREE) {
    const n = f.seconds.reduce((a, s) => a + s.thirds.length, 0);
    f.seconds.forEach((s, i) =>
      s.thirds.forEach((t, j) => {
        const row = [];
        if (i === 0 && j === 0) row.push({ t: `${f.name}（${sc(f.weight)}分）`, rs: n });
        if (j === 0) row.push({ t: `${s.name}（${sc(s.weight)}分）`, rs: s.thirds.length });
        const [std, opinion] = TEXT[t.code];
        const op = t.code === 'B203' ? `${opinion}、安全技术交底记录不全2处，扣0.5分` : opinion;
        body.push([...row, `${t.code} ${t.name}`, sc(t.weight), std, op + '。', sc(t.score)]);
      }),
    );
  }
  body.push([{ t: '合计', cs: 3 }, '100', '', '', sc2(Q.TOTAL_SCORE)]);
  P(
    table([['一级指标', '二级指标', '三级指标', '分值', '评分标准', '评价意见', '得分']], body, {
      split: 6,
      widths: [8, 10, 14, 6, 26, 30, 6],
    }),
  );
}
P(BREAK);
H(1, '附件2 子项目验收情况表');
P(caption('子项目验收情况表'));
{
  const body = Q.SUBPROJECTS.map((s, i) => {
    const m = 3 + ((i * 7) % 9),
      d = 1 + ((i * 11) % 27);
    const done = s.building ? '—' : `${s.year + (m > 10 ? 1 : 0)}年${m > 10 ? m - 10 : m + 2}月${d}日`;
    const acc = s.building ? '—' : `${s.year + (m > 9 ? 1 : 0)}年${m > 9 ? m - 9 : m + 3}月${Math.min(28, d + 1)}日`;
    return [s.code, s.town, s.name, done, acc, s.building ? '在建，未验收' : '合格'];
  });
  P(
    table([['子项目编号', '乡镇', '子项目名称', '完工日期', '验收日期', '验收结论']], body, {
      split: 20,
      widths: [10, 10, 26, 16, 16, 14],
    }),
  );
}
P(BREAK);
H(1, '附件3 资金下达文件一览表');
P(
  '中央和省级资金按“提前下达70%、当年第二批下达30%”分两批下达；提前下达的资金文件在上一年度第四季度印发，资金属于文件所列年度。',
);
P(caption('资金下达文件一览表（单位：万元）'));
{
  const DOC = {
    2022: [
      ['皖财农〔2021〕1186号', '皖财农〔2022〕352号'],
      ['皖财农〔2021〕1203号', '皖财农〔2022〕417号'],
      ['舒财预〔2022〕2号'],
    ],
    2023: [
      ['皖财农〔2022〕1094号', '皖财农〔2023〕298号'],
      ['皖财农〔2022〕1127号', '皖财农〔2023〕386号'],
      ['舒财预〔2023〕3号'],
    ],
    2024: [
      ['皖财农〔2023〕1152号', '皖财农〔2024〕317号'],
      ['皖财农〔2023〕1176号', '皖财农〔2024〕402号'],
      ['舒财预〔2024〕2号'],
    ],
  };
  const body = [];
  for (const y of Q.YEARS) {
    const rows = [];
    Q.SOURCES.forEach((src, k) => {
      const amt = Q.BUDGET[y][k];
      if (k < 2) {
        const first = r2(amt.times('0.7'));
        rows.push(
          [src, DOC[y][k][0], '提前下达', money(first)],
          [src, DOC[y][k][1], '第二批', money(amt.minus(first))],
        );
      } else rows.push([src, DOC[y][k][0], '年初预算', money(amt)]);
    });
    rows.forEach((r, i) => body.push(i === 0 ? [{ t: `${y}年度`, rs: rows.length + 1 }, ...r] : r));
    body.push(['小计', '', '', money(Q.YEAR_BUDGET[y])]);
  }
  body.push([{ t: '合计', cs: 4 }, money(B)]);
  P(table([['资金年度', '资金来源', '文件文号', '批次', '金额']], body, { split: 12 }));
}
P(BREAK);
H(1, '附件4 主要工程量统计表');
P(caption('主要工程量统计表'));
{
  const rows = Q.TOWN.map((t) => {
    const big = r2(t.km.times('0.2')).toDecimalPlaces(1),
      mid = t.km.times('0.35').toDecimalPlaces(1);
    const small = t.km.minus(big).minus(mid);
    return {
      town: t.town,
      big,
      mid,
      small,
      km: t.km,
      meters: Math.round(t.people / 3.6),
      pumps: t.subs.filter((s) => s.kind === '加压泵站工程').length,
      plants: t.subs.filter((s) => s.kind === '水厂提标改造工程').length,
    };
  });
  const tot = (k) =>
    rows.reduce(
      (a, r) => (typeof r[k] === 'number' ? a + r[k] : D(a).plus(r[k])),
      typeof rows[0][k] === 'number' ? 0 : D(0),
    );
  const f1 = (x) => D(x).toFixed(1);
  P(
    table(
      [
        [
          { t: '乡镇', rs: 2 },
          { t: '供水管网（公里）', cs: 4 },
          { t: '水表（只）', rs: 2 },
          { t: '加压泵站（座）', rs: 2 },
          { t: '提标改造水厂（座）', rs: 2 },
        ],
        ['DN110及以上', 'DN63—DN90', 'DN32—DN50', '小计'],
      ],
      [
        ...rows.map((r) => [
          r.town,
          f1(r.big),
          f1(r.mid),
          f1(r.small),
          f1(r.km),
          int(r.meters),
          String(r.pumps),
          String(r.plants),
        ]),
        [
          '合计',
          f1(tot('big')),
          f1(tot('mid')),
          f1(tot('small')),
          f1(tot('km')),
          int(tot('meters')),
          String(tot('pumps')),
          String(tot('plants')),
        ],
      ],
    ),
  );
}
P(BREAK);
H(1, '附件5 分季度水质抽检情况表');
P('各乡镇每季度抽检情况如下（单位：份）。各年度合计与农村供水水质抽检情况表一致。');
P(caption('分季度水质抽检情况表'));
{
  const body = [];
  Q.TOWNS.forEach((town, t) =>
    Q.YEARS.forEach((y, k) => {
      const w = Q.WATER[t][k];
      const n = [0, 1, 2, 3].map((q) => Math.floor(w.n / 4) + (q < w.n % 4 ? 1 : 0));
      let bad = w.n - w.ok;
      const ok = n.map((x, q) => {
        const b = q === 2 || q === 1 ? Math.min(bad, 1) : 0; // failures fall in the wet quarters
        bad -= b;
        return x - b;
      });
      ok[2] -= bad;
      n.forEach((x, q) => {
        const row = [];
        if (k === 0 && q === 0) row.push({ t: town, rs: 12 });
        if (q === 0) row.push({ t: `${y}年`, rs: 4 });
        body.push([...row, `第${'一二三四'[q]}季度`, String(x), String(ok[q]), pct(ok[q], x)]);
      });
    }),
  );
  body.push([{ t: '合计', cs: 3 }, String(Q.WATER_N), String(Q.WATER_OK), WATER_RATE]);
  P(table([['乡镇', '年度', '季度', '抽检', '达标', '达标率']], body, { split: 36 }));
}
P(BREAK);
H(1, '附件6 分年度绩效目标完成情况表');
for (const y of Q.YEARS) {
  const subs = Q.SUBPROJECTS.filter((x) => x.year === y);
  const km = sum(subs.map((x) => x.km));
  const plants = subs.filter((x) => x.kind === '水厂提标改造工程').length;
  const done = subs.filter((x) => !x.building).length;
  const water = Q.WATER.reduce((a, w) => [a[0] + w[Q.YEARS.indexOf(y)].n, a[1] + w[Q.YEARS.indexOf(y)].ok], [0, 0]);
  P(caption(`${y}年度绩效目标完成情况表`));
  P(
    table(
      [['指标', '年度目标值', '实际完成值', '完成情况']],
      [
        ['当年开工子项目数量', `${subs.length}个`, `${subs.length}个`, '已完成'],
        ['当年开工子项目设计管网长度', `≥${Math.floor(km.toNumber() / 10) * 10}公里`, `${km.toFixed(1)}公里`, '已完成'],
        ['水厂提标改造数量', `${plants}座`, `${plants}座`, '已完成'],
        [
          '当年开工子项目截至2024年底完工数',
          `${subs.length}个`,
          `${done}个`,
          done === subs.length ? '已完成' : '未完成',
        ],
        [
          '水质抽检达标率',
          '≥98%',
          pct(water[1], water[0]),
          D(water[1]).div(water[0]).gte('0.98') ? '已完成' : '未完成',
        ],
        ['当年预算执行率', '≥90%', pct(Q.YEAR_SPENT[y], Q.YEAR_BUDGET[y]), '已完成'],
      ],
    ),
  );
}
P(BREAK);
H(1, '附件7 各乡镇工程管护情况表');
P(caption('各乡镇工程管护情况表'));
{
  const rows = Q.TOWN.map((t, k) => {
    const staff = 6 + ((k * 5) % 9);
    const pay = D(staff).times('0.36');
    const fund = r2(t.invest.times('0.012'));
    return [
      t.town,
      String(t.subs.length),
      String(staff),
      money(pay),
      money(fund),
      [
        '已落实',
        '已落实',
        '已落实',
        '已落实',
        '已落实',
        '已落实',
        '已落实',
        '已落实',
        '部分落实',
        '部分落实',
        '已落实',
        '部分落实',
      ][k],
    ];
  });
  const tot = (i) => money(sum(rows.map((r) => D(r[i].replace(/,/g, '')))));
  P(
    table(
      [
        [
          '乡镇',
          '子项目数（个）',
          '村级管水员（人）',
          '管水员年报酬（万元）',
          '维修养护基金计提（万元）',
          '管护责任落实',
        ],
      ],
      [...rows, ['合计', '108', String(rows.reduce((a, r) => a + Number(r[2]), 0)), tot(3), tot(4), '—']],
    ),
  );
}
P(BREAK);
H(1, '附件8 评价工作组成员');
P(caption('评价工作组成员表'));
P(
  table(
    [['序号', '姓名', '单位', '职称/资格', '分工']],
    [
      ['1', '许明远', '安徽徽正工程咨询有限公司', '高级工程师、注册造价工程师', '评价组组长，统筹评价工作'],
      ['2', '方静怡', '安徽徽正工程咨询有限公司', '注册会计师', '资金核查'],
      ['3', '童立新', '安徽徽正工程咨询有限公司', '高级工程师（水利）', '工程现场核查'],
      ['4', '汪雨晨', '安徽徽正工程咨询有限公司', '中级经济师', '指标评分、报告撰写'],
      ['5', '储国华', '特邀专家', '正高级工程师（给排水）', '技术咨询'],
    ],
  ),
);

const meta = { name: 'q-gongshui-2022-2024', title: `${TITLE}财政重点绩效评价报告`, injections: INJ };
const text = `---\n${JSON.stringify(meta, null, 1)}\n---\n${out.join('\n')}\n`;
writeFileSync(join(HERE, 'q-gongshui-2022-2024.spec.md'), text);
console.log(`spec: ${out.length} lines, ${spec.tableNo} tables, ${INJ.length} injections`);
