// Writes u-yiwu-2023.spec.md, the report-spec of report U, from the figures of data.mjs and the text below.
// The spec is the report: build it with build.mjs, check it with check.mjs.
//   node scripts/make-fixtures/corpus-u/make-spec.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAK, authoring, table } from '../spec/authoring.mjs';
import { D, int, money, pct, r2, sc2 as sc, sum, wan } from '../spec/figures.mjs';
import * as R from './data.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const STEM = 'u-yiwu-2023';
const CITY = '沧州市';
const FUND = '城乡义务教育补助经费';
const NAME = CITY + FUND;
const TITLE = `${CITY}2023年度${FUND}政策绩效评价报告`;
const FIRM = '河北渤诚项目管理咨询有限公司';
// a sub-fund named the same way everywhere (a trap: a part of the fund, not another fund, not a slip)
const SAFE = R.SUBFUNDS[2];

// a contradiction not found in some forms: its entry in those forms is a known miss with the reason
const missedIn = (forms, reason) => Object.fromEntries(forms.map((f) => [f, { known_miss: true, reason }]));
const EVERY_FORM = ['docx', 'md', 'pdf', 'txt'];

const spec = authoring();
const { P, H, caption, inj } = spec;
const w = (yuan) => wan(yuan); // 元 → "1,234.56" 万元
const C = R.COUNTIES;
const N = C.length;
const [FA, FB, FC, FD] = R.TREE;
const seconds = R.TREE.flatMap((f) => f.kids);
const thirds = seconds.flatMap((s) => s.kids);
const third = (code) => thirds.find((t) => t.code === code);
const TOTAL = R.TOTAL_SCORE;
const ws = (x) => sc(x); // a weight "3.00"
const pctOf = (x) => r2(D(x).times(100)).toFixed(2) + '%';
const cAlloc = (c, l) => sum(c.alloc.map((x) => x[l]));
const cArr = (c) => c.arrivedTotal;
const fundArrived = (f) => sum(C.map((c) => sum(c.arrived[f])));
const XIAN = C.find((c) => c.name === '献县');
const RENQIU = C.find((c) => c.name === '任丘市');

// ================= cover
P(
  `<p class="center">${TITLE}</p>`,
  '<p class="center">（政策和专项资金绩效评价）</p>',
  '<p class="center">报告编号：渤诚绩评〔2024〕第037号</p>',
  `评价对象：${NAME}（2023年度）`,
  '资金主管部门：沧州市教育局、沧州市财政局',
  '委托单位：沧州市财政局',
  `评价机构：${FIRM}`,
  '评价年度：2023年度',
  '项目负责人：刘振国',
  '报告日期：2024年6月12日',
  BREAK,
  `<p class="center">${TITLE}</p>`,
  `根据《中共中央 国务院关于全面实施预算绩效管理的意见》、《河北省财政厅关于印发〈河北省省级财政政策和专项资金绩效评价管理办法〉的通知》和《沧州市财政局关于开展2024年市级财政重点绩效评价工作的通知》（沧财绩〔2024〕8号）要求，${FIRM}（以下简称“评价机构”）受沧州市财政局委托，对${inj(8, 'identity', `${CITY}2023年度${FUND}`, `${CITY}2024年度${FUND}`, `开篇“对沧州市2024年度城乡义务教育补助经费…开展了政策绩效评价”：封面“评价年度：2023年度”、标题“2023年度”、评价对象及全文所评的都是2023年度资金；报告日期2024年6月12日，2024年度尚未结束`, '2023年度', `${CITY}2024年度${FUND}`, missedIn(EVERY_FORM, 'identity/wrong-year reports only a year earlier than the evaluated one, and the fund\'s own name dated by a later year in the title\'s shape (place + YYYY年度 + name: "沧州市2024年度城乡义务教育补助经费") is read as no mention of it'))}（以下简称“义务教育补助经费”）开展了政策绩效评价。评价组采取资料核查、数据分析、实地调研、抽样核查、问卷调查和座谈访谈等方法，覆盖全市${N}个县（市、区），对政策决策、资金管理和使用、产出和效益进行了全面评价，现将评价情况报告如下。`,
);

// ================= 一、基本情况
H(1, '一、政策及资金基本情况');
H(2, '（一）政策背景');
P(
  '城乡义务教育经费保障机制是国家保障义务教育均衡发展的基础性制度。按照《国务院关于进一步完善城乡义务教育经费保障机制的通知》（国发〔2015〕67号）和《河北省人民政府关于进一步完善城乡义务教育经费保障机制的实施意见》，河北省自2016年起统一城乡义务教育学校生均公用经费基准定额，对城乡义务教育学生免除学杂费、免费提供国家规定课程教科书，对家庭经济困难寄宿生补助生活费，并建立校舍安全保障长效机制。补助经费由中央、省、市、县四级按规定比例分担。',
  `沧州市下辖${N}个县（市、区），2023年全市义务教育阶段在校学生${int(sum(C.map((c) => D(c.pupils))).toNumber())}人，其中小学${int(sum(C.map((c) => D(c.primary))).toNumber())}人、初中${int(sum(C.map((c) => D(c.junior))).toNumber())}人，寄宿生${int(sum(C.map((c) => D(c.boarders))).toNumber())}人。市财政局、市教育局按照因素法将中央、省级补助资金和市级配套资金分配下达各县（市、区），县级财政按规定落实本级分担资金，由县级教育部门拨付至学校或学生。`,
);
H(2, '（二）资金构成及标准');
P(
  `${NAME}包括${R.SUBFUNDS.join('、')}四项。各项补助标准见表1。`,
  caption('义务教育补助标准'),
  table(
    [['补助项目', '小学（元/生·年）', '初中（元/生·年）', '备注']],
    [
      [
        '生均公用经费基准定额',
        String(R.STANDARD.primary),
        String(R.STANDARD.junior),
        `寄宿制学校按寄宿生数每生每年增加${R.STANDARD.boarder}元`,
      ],
      [
        '家庭经济困难寄宿生生活补助',
        int(R.STANDARD.poorPrimary),
        int(R.STANDARD.poorJunior),
        '非寄宿生按寄宿生标准的50%补助',
      ],
      ['免费教科书', '按实际', '按实际', `全市平均约${R.STANDARD.book}元/生·年`],
      [SAFE, '—', '—', '按校舍面积和安全等级分配'],
    ],
    { widths: [8, 5, 5, 10] },
  ),
);
const layerSentence = () => {
  const [ce, pr, ci, co] = R.ALLOC_LAYER;
  return `2023年度，全市共下达${FUND}${w(R.ALLOC)}万元，其中中央资金${w(ce)}万元、${inj(3, 'money', `省级资金${w(pr)}万元`, `省级资金${w(pr.plus(1000000))}万元`, `一（二）“全市共下达城乡义务教育补助经费${w(R.ALLOC)}万元，其中中央资金${w(ce)}万元、省级资金${w(pr.plus(1000000))}万元、市级资金${w(ci)}万元、县级资金${w(co)}万元”：${w(ce)} + ${w(pr.plus(1000000))} + ${w(ci)} + ${w(co)} = ${w(R.ALLOC.plus(1000000))} ≠ ${w(R.ALLOC)}；表2省级合计${w(pr)}`, w(pr).replace(/,/g, ''), `省级资金${w(pr.plus(1000000))}万元`, missedIn(EVERY_FORM, '下达 is no kind word of the funding vocabulary, and the fund\'s own name stands between it and the amount ("全市共下达城乡义务教育补助经费94,907.27万元，其中…"), so the sentence gives no whole for its four layers to be added up to'))}、市级资金${w(ci)}万元、县级资金${w(co)}万元，分别占${pct(ce, R.ALLOC)}、${pct(pr, R.ALLOC)}、${pct(ci, R.ALLOC)}和${pct(co, R.ALLOC)}。`;
};
P(
  layerSentence(),
  caption('2023年度义务教育补助经费构成（按资金层级）'),
  table(
    [
      [
        '补助项目',
        '中央资金（万元）',
        '省级资金（万元）',
        '市级资金（万元）',
        '县级资金（万元）',
        '合计（万元）',
        '占比',
      ],
    ],
    [
      ...R.SUBFUNDS.map((f, i) => [
        f,
        ...R.ALLOC_FUND_LAYER[i].map(w),
        w(R.ALLOC_FUND[i]),
        pct(R.ALLOC_FUND[i], R.ALLOC),
      ]),
      ['合计', ...R.ALLOC_LAYER.map(w), w(R.ALLOC), '100.00%'],
    ],
    { widths: [9, 5, 5, 5, 5, 5, 4] },
  ),
);
P(
  `与上年相比，2022年度全市下达${FUND}${w(R.ALLOC22)}万元，资金全部到位，实际支出${w(R.SPENT22)}万元，执行率${pct(R.SPENT22, R.ALLOC22)}。2023年度下达资金较2022年度增加${w(R.ALLOC.minus(R.ALLOC22))}万元，增长${pct(R.ALLOC.minus(R.ALLOC22), R.ALLOC22)}，主要是公用经费基准定额提高和校舍安全保障资金增加。分项目对比见表3。`,
  caption('2022—2023年度义务教育补助经费对比'),
  table(
    [['补助项目', '2022年度（万元）', '2023年度（万元）', '增减额（万元）', '增减率']],
    [
      ...R.SUBFUNDS.map((f, i) => [
        f,
        w(R.ALLOC22_FUND[i]),
        w(R.ALLOC_FUND[i]),
        w(R.ALLOC_FUND[i].minus(R.ALLOC22_FUND[i])),
        pct(R.ALLOC_FUND[i].minus(R.ALLOC22_FUND[i]), R.ALLOC22_FUND[i]),
      ]),
      ['合计', w(R.ALLOC22), w(R.ALLOC), w(R.ALLOC.minus(R.ALLOC22)), pct(R.ALLOC.minus(R.ALLOC22), R.ALLOC22)],
    ],
    { widths: [9, 5, 5, 5, 4] },
  ),
);
H(2, '（三）资金分配、下达及使用情况');
P(
  `2023年度，全市下达${FUND}${w(R.ALLOC)}万元，实际到位${w(R.ARRIVED)}万元，到位率${pctOf(R.ARRIVE_RATE)}；截至2023年12月31日，实际支出${w(R.SPENT)}万元，预算执行率（实际支出÷到位资金）${pctOf(R.EXEC_RATE)}，结转${w(R.ARRIVED.minus(R.SPENT))}万元。中央、省级和市级资金全部到位，县级资金应到位${w(R.ALLOC_LAYER[3])}万元，实际到位${w(R.ARRIVED_LAYER[3])}万元，到位率${pct(R.ARRIVED_LAYER[3], R.ALLOC_LAYER[3])}。各县（市、区）资金到位和支出情况见表4。`,
  caption('2023年度各县（市、区）资金到位及支出情况'),
  table(
    [['序号', '县（市、区）', '下达资金（万元）', '到位资金（万元）', '到位率', '实际支出（万元）', '执行率']],
    [
      ...C.map((c, i) => [
        String(i + 1),
        c.name,
        w(c.allocTotal),
        w(c.arrivedTotal),
        pct(c.arrivedTotal, c.allocTotal),
        w(c.spentTotal),
        pct(c.spentTotal, c.arrivedTotal),
      ]),
      [
        { t: '合计', cs: 2 },
        w(R.ALLOC),
        w(R.ARRIVED),
        pctOf(R.ARRIVE_RATE),
        inj(
          1,
          'money',
          w(R.SPENT),
          w(R.SPENT.plus(1200000)),
          `表4合计行“实际支出”${w(R.SPENT.plus(1200000))}万元：16个县（市、区）的实际支出相加为${w(R.SPENT)}万元（一（三）正文、表7合计同）；合计行执行率${pctOf(R.EXEC_RATE)}亦由${w(R.SPENT)}万元算得`,
          w(R.SPENT).replace(/,/g, ''),
        ),
        pctOf(R.EXEC_RATE),
      ],
    ],
    { split: 6, widths: [2, 6, 5, 5, 4, 5, 4] },
  ),
  `各县（市、区）2023年度资金使用情况如下：${C.map((c) => {
    const r = pct(c.spentTotal, c.arrivedTotal);
    const rate =
      c === XIAN
        ? inj(
            2,
            'money',
            `执行率${r}`,
            '执行率97.86%',
            `一（三）“献县…到位资金${w(c.arrivedTotal)}万元，实际支出${w(c.spentTotal)}万元，执行率97.86%”：${w(c.spentTotal)} ÷ ${w(c.arrivedTotal)} = ${r}（表4献县同）`,
            r.replace('%', ''),
          )
        : `执行率${r}`;
    return `${c.name}下达资金${w(c.allocTotal)}万元，到位资金${w(c.arrivedTotal)}万元，实际支出${w(c.spentTotal)}万元，${rate}`;
  }).join('；')}。`,
  '分资金层级看，各县（市、区）下达资金构成见表5。',
  caption('2023年度各县（市、区）下达资金构成（按资金层级）'),
  table(
    [
      [
        '县（市、区）',
        '中央资金（万元）',
        '省级资金（万元）',
        '市级资金（万元）',
        '县级资金（万元）',
        '合计（万元）',
        '上级资金占比',
      ],
    ],
    [
      ...C.map((c) => [
        c.name,
        ...R.LAYERS.map((_, l) => w(cAlloc(c, l))),
        w(c.allocTotal),
        pct(cAlloc(c, 0).plus(cAlloc(c, 1)), c.allocTotal),
      ]),
      ['合计', ...R.ALLOC_LAYER.map(w), w(R.ALLOC), pct(R.ALLOC_LAYER[0].plus(R.ALLOC_LAYER[1]), R.ALLOC)],
    ],
    { split: 6, widths: [6, 5, 5, 5, 5, 5, 4] },
  ),
  '分补助项目看，各县（市、区）下达资金见表6。',
  caption('2023年度各县（市、区）下达资金构成（按补助项目）'),
  table(
    [
      [
        '县（市、区）',
        '公用经费（万元）',
        '困难学生生活补助（万元）',
        '校舍安全保障（万元）',
        '免费教科书（万元）',
        '合计（万元）',
      ],
    ],
    [
      ...C.map((c) => [c.name, ...c.alloc.map((l) => w(sum(l))), w(c.allocTotal)]),
      ['合计', ...R.ALLOC_FUND.map(w), w(R.ALLOC)],
    ],
    { split: 6, widths: [6, 5, 5, 5, 5, 5] },
  ),
);
P(
  `分补助项目看，${R.SUBFUNDS.map((f, i) => `${f}到位${w(fundArrived(i))}万元，支出${w(R.SPENT_FUND[i])}万元，执行率${pct(R.SPENT_FUND[i], fundArrived(i))}`).join('；')}。${SAFE}执行率较低，主要是部分校舍维修改造项目跨年度实施，资金按工程进度拨付。`,
  caption('2023年度各补助项目资金支出情况'),
  table(
    [['补助项目', '下达资金（万元）', '到位资金（万元）', '实际支出（万元）', '执行率']],
    [
      ...R.SUBFUNDS.map((f, i) => [
        f,
        w(R.ALLOC_FUND[i]),
        w(fundArrived(i)),
        w(R.SPENT_FUND[i]),
        pct(R.SPENT_FUND[i], fundArrived(i)),
      ]),
      ['合计', w(R.ALLOC), w(R.ARRIVED), w(R.SPENT), pctOf(R.EXEC_RATE)],
    ],
    { widths: [9, 5, 5, 5, 4] },
  ),
  `2022年度各县（市、区）资金下达和支出情况见表8（2022年度资金全部到位，执行率为实际支出÷下达资金）。`,
  caption('2022年度各县（市、区）资金下达及支出情况'),
  table(
    [
      [
        '县（市、区）',
        '2022年度下达（万元）',
        '2022年度支出（万元）',
        '2022年度执行率',
        '2023年度下达（万元）',
        '2023年度执行率',
      ],
    ],
    [
      ...C.map((c) => [
        c.name,
        w(sum(c.alloc22)),
        w(c.spent22),
        pct(c.spent22, sum(c.alloc22)),
        w(c.allocTotal),
        pct(c.spentTotal, c.arrivedTotal),
      ]),
      ['合计', w(R.ALLOC22), w(R.SPENT22), pct(R.SPENT22, R.ALLOC22), w(R.ALLOC), pctOf(R.EXEC_RATE)],
    ],
    { split: 6, widths: [6, 5, 5, 4, 5, 4] },
  ),
);
H(2, '（四）政策实施及受益情况');
const pupils = sum(C.map((c) => D(c.pupils)));
const poorDue = sum(C.map((c) => D(c.poorDue)));
const poorPaid = sum(C.map((c) => D(c.poorPaid)));
const books = sum(C.map((c) => D(c.booksGiven)));
P(
  `2023年度，全市${int(pupils.toNumber())}名义务教育学生全部享受生均公用经费补助和免学杂费政策，免费教科书发放${int(books.toNumber())}人，覆盖率${pct(books, pupils)}；家庭经济困难学生生活补助应补${int(poorDue.toNumber())}人，实际补助${int(poorPaid.toNumber())}人，覆盖率${pct(poorPaid, poorDue)}。各县（市、区）受益情况见表9。`,
  caption('2023年度各县（市、区）受益学生情况'),
  table(
    [
      [
        { t: '县（市、区）', rs: 2 },
        { t: '在校学生（人）', cs: 3 },
        { t: '困难学生生活补助', cs: 3 },
        { t: '免费教科书', cs: 2 },
      ],
      ['小学', '初中', '合计', '应补人数', '补助人数', '覆盖率', '发放人数', '覆盖率'],
    ],
    [
      ...C.map((c) => [
        c.name,
        int(c.primary),
        int(c.junior),
        int(c.pupils),
        int(c.poorDue),
        int(c.poorPaid),
        pct(c.poorPaid, c.poorDue),
        int(c.booksGiven),
        pct(c.booksGiven, c.pupils),
      ]),
      [
        '合计',
        int(sum(C.map((c) => D(c.primary))).toNumber()),
        int(sum(C.map((c) => D(c.junior))).toNumber()),
        int(pupils.toNumber()),
        int(poorDue.toNumber()),
        int(poorPaid.toNumber()),
        pct(poorPaid, poorDue),
        int(books.toNumber()),
        pct(books, pupils),
      ],
    ],
    { split: 6, widths: [6, 4, 4, 4, 4, 4, 4, 4, 4] },
  ),
);
const projects = C.reduce((a, c) => a + c.projects, 0);
const projectsDone = C.reduce((a, c) => a + c.projectsDone, 0);
const invest = sum(C.map((c) => c.invest));
const investDone = sum(C.map((c) => c.investDone));
P(
  `${SAFE}2023年度支持全市校舍维修改造项目${projects}个，截至2023年底完工${projectsDone}个，按期完工率${pct(projectsDone, projects)}；计划投资${money(invest)}万元（含县级自筹），完成投资${money(investDone)}万元，投资完成率${pct(investDone, invest)}。各县（市、区）项目情况见表10。`,
  caption(`2023年度各县（市、区）${SAFE}项目情况`),
  table(
    [
      [
        '县（市、区）',
        '项目数（个）',
        '完工数（个）',
        '改造面积（平方米）',
        '计划投资（万元）',
        '完成投资（万元）',
        '投资完成率',
      ],
    ],
    [
      ...C.map((c) => [
        c.name,
        String(c.projects),
        String(c.projectsDone),
        int(c.area),
        money(c.invest),
        money(c.investDone),
        pct(c.investDone, c.invest),
      ]),
      [
        '合计',
        String(projects),
        String(projectsDone),
        int(C.reduce((a, c) => a + c.area, 0)),
        money(invest),
        money(investDone),
        pct(investDone, invest),
      ],
    ],
    { split: 6, widths: [6, 4, 4, 5, 5, 5, 4] },
  ),
);
H(2, '（五）绩效目标');
P(
  '市教育局、市财政局设定的2023年度区域绩效目标及完成情况见表11。',
  caption('2023年度区域绩效目标及完成情况'),
  table(
    [['一级指标', '二级指标', '三级指标', '目标值', '完成值', '完成情况']],
    [
      [{ t: '产出指标', rs: 7 }, { t: '数量指标', rs: 3 }, '公用经费补助学生覆盖率', '100%', '100%', '完成'],
      ['困难学生生活补助覆盖率', '100%', pct(poorPaid, poorDue), '基本完成'],
      ['免费教科书发放覆盖率', '100%', pct(books, pupils), '基本完成'],
      [{ t: '质量指标', rs: 2 }, '生均公用经费达标率', '100%', '100%', '完成'],
      ['校舍项目验收合格率', '100%', '100%', '完成'],
      [{ t: '时效指标', rs: 2 }, '补助资金按学期发放', '按学期', '2个县延迟', '基本完成'],
      ['校舍项目按期完工率', '≥98%', pct(projectsDone, projects), '未完成'],
      [{ t: '效益指标', rs: 3 }, '社会效益指标', '九年义务教育巩固率', '≥99%', '99.32%', '完成'],
      ['可持续影响指标', '经费保障长效机制', '健全', '基本健全', '基本完成'],
      ['满意度指标', '学生家长满意度', '≥95%', pctOf(R.SATISFACTION), '完成'],
    ],
    { widths: [4, 5, 9, 4, 4, 4] },
  ),
  BREAK,
);

// ================= 二、评价工作开展情况
H(1, '二、绩效评价工作开展情况');
H(2, '（一）评价对象和范围');
P(
  `本次评价对象为2023年度${NAME}，包括中央、省级、市级补助资金和县级分担资金共计${w(R.ALLOC)}万元，评价范围覆盖全市${N}个县（市、区）的资金分配、下达、使用、管理和政策实施效果。评价年度为2023年1月1日至2023年12月31日，为反映政策实施的连续性，部分指标与2022年度情况进行了对比。`,
);
H(2, '（二）评价指标体系');
const n2 = seconds.length;
const n3 = thirds.length;
P(
  `评价组依据《河北省财政政策和专项资金绩效评价共性指标框架》，结合义务教育经费保障机制特点，设置了决策（A）、过程（B）、产出（C）、效益（D）4个一级指标，权重分别为${R.TREE.map((f) => sc(f.weight).replace(/\.00$/, '')).join('分、')}分。指标体系共设一级指标4个、${inj(7, 'count', `二级指标${n2}个`, `二级指标${n2 + 1}个`, `二（二）“共设一级指标4个、二级指标${n2 + 1}个、三级指标${n3}个”：表12和附件1列出的二级指标为A1、A2、B1、B2、C1—C4、D1—D3，共${n2}个（决策2 + 过程2 + 产出4 + 效益3）`, String(n2))}、三级指标${n3}个，指标编码采用“一级字母+二级序号-三级序号”（如A1-1），权重保留两位小数。指标体系见表12，评分方法及得分见附件1。`,
  caption('义务教育补助经费绩效评价指标体系'),
  table(
    [['一级指标', '二级指标', '编码', '三级指标', '权重', '指标解释', '评价标准']],
    R.TREE.flatMap((f) =>
      f.kids.flatMap((s, si) =>
        s.kids.map((k, ki) => [
          ...(si === 0 && ki === 0
            ? [{ t: `${f.code} ${f.name}（${ws(f.weight)}）`, rs: f.kids.reduce((a, x) => a + x.kids.length, 0) }]
            : []),
          ...(ki === 0 ? [{ t: `${s.code} ${s.name}（${ws(s.weight)}）`, rs: s.kids.length }] : []),
          k.code,
          k.name,
          ws(k.weight),
          explain(k),
          k.how.replace(/，.*$/, ''),
        ]),
      ),
    ),
    { split: 7, widths: [4, 5, 3, 7, 3, 10, 8] },
  ),
);
function explain(k) {
  const m = {
    'A1-1': '政策设立是否符合国家和省有关规定',
    'A1-2': '区域绩效目标是否与政策目标相符',
    'A2-1': '资金分配是否采用因素法、因素选择是否合理',
    'A2-2': '分配结果与各县学生数等因素是否匹配',
    'A2-3': '绩效目标是否明确、细化、量化',
    'B1-1': '实际到位资金÷下达资金×100%',
    'B1-2': '上级资金是否在规定时限内分解下达',
    'B1-3': '实际支出÷到位资金×100%',
    'B1-4': '资金使用是否符合规定用途',
    'B2-1': '是否制定资金管理和财务管理制度',
    'B2-2': '管理制度是否有效执行',
    'B2-3': '是否按要求开展绩效运行监控',
    'C1-1': '享受公用经费补助学生数÷在校学生数',
    'C1-2': '实际补助人数÷应补人数',
    'C1-3': '发放人数÷在校学生数',
    'C2-1': '生均公用经费达到基准定额的学校比例',
    'C2-2': '验收合格项目数÷完工项目数',
    'C3-1': '补助资金是否按学期及时发放',
    'C3-2': '按期完工项目数÷计划项目数',
    'C4-1': '项目投资是否控制在批复概算内',
    'D1-1': '九年义务教育巩固率',
    'D1-2': '学校是否正常运转',
    'D2-1': '经费保障长效机制是否建立并落实',
    'D3-1': '学生家长对政策的满意程度',
    'D3-2': '学校教师对政策的满意程度',
  };
  return m[k.code];
}
P(
  '评价结果采用百分制，分为四个等级，见表13。',
  caption('评价等级标准'),
  table(
    [['等级', '优', '良', '中', '差']],
    [['得分区间', '90（含）—100分', '80（含）—90分', '60（含）—80分', '60分以下']],
    { widths: [4, 5, 5, 5, 5] },
  ),
);
H(2, '（三）评价方法和抽样');
// sampled schools (附件3): 8 counties × 5 schools, each's 公用经费 arrived and spent (元)
const SAMPLE_COUNTIES = ['任丘市', '河间市', '沧县', '献县', '黄骅市', '海兴县', '吴桥县', '孟村回族自治县'];
const SCHOOL_KINDS = ['中心小学', '第一中学', '实验小学', '第二初级中学', '九年一贯制学校'];
const SCHOOLS = [];
SAMPLE_COUNTIES.forEach((cn, i) =>
  SCHOOL_KINDS.forEach((k, j) => {
    const pupilsN = R.pick(380, 2600);
    const got = D(pupilsN * (k.includes('小学') ? R.STANDARD.primary : R.STANDARD.junior)).plus(
      j % 2 ? 0 : R.pick(0, 40) * 1000,
    );
    const spent = got
      .times(D(0.88 + R.rand() * 0.12).toFixed(2))
      .div(100)
      .round()
      .times(100);
    SCHOOLS.push({
      county: cn,
      name: `${cn}${['城关镇', '', '', '', ['北', '南', '东', '西'][i % 4] + '关'][j]}${k}`,
      kind: k.includes('小学') ? '小学' : k.includes('一贯') ? '九年一贯制' : '初中',
      pupils: pupilsN,
      got,
      spent,
    });
  }),
);
const sampleGot = sum(SCHOOLS.map((s) => s.got));
P(
  `评价组采用分层抽样方法，选取任丘市、河间市、沧县、献县、黄骅市、海兴县、吴桥县、孟村回族自治县${SAMPLE_COUNTIES.length}个县（市）进行实地核查，每县抽查学校5所，共抽查学校${SCHOOLS.length}所，核查公用经费${money(sampleGot)}元（${wan(sampleGot)}万元），占抽查县公用经费下达额的${pct(sampleGot, sum(SAMPLE_COUNTIES.map((n) => sum(C.find((c) => c.name === n).alloc[0]))))}。抽样情况见表14，抽查学校明细见附件3。`,
  caption('抽样核查情况'),
  table(
    [['县（市、区）', '抽查学校（所）', '抽查学生（人）', '核查公用经费（元）', '其中已支出（元）']],
    [
      ...SAMPLE_COUNTIES.map((n) => {
        const ss = SCHOOLS.filter((s) => s.county === n);
        return [
          n,
          String(ss.length),
          int(ss.reduce((a, s) => a + s.pupils, 0)),
          money(sum(ss.map((s) => s.got))),
          money(sum(ss.map((s) => s.spent))),
        ];
      }),
      [
        '合计',
        String(SCHOOLS.length),
        int(SCHOOLS.reduce((a, s) => a + s.pupils, 0)),
        money(sampleGot),
        money(sum(SCHOOLS.map((s) => s.spent))),
      ],
    ],
    { widths: [7, 4, 4, 6, 6] },
  ),
  `问卷调查面向学生家长，在${N}个县（市、区）共发放问卷${int(R.SURVEY.out)}份，回收有效问卷${int(R.SURVEY.valid)}份，有效率${pct(R.SURVEY.valid, R.SURVEY.out)}。`,
);
H(2, '（四）评价工作过程');
P(
  '评价工作分为前期准备、现场评价、分析评价和报告撰写四个阶段：2024年3月4日至3月15日，制定评价方案和指标体系，开展数据采集；2024年3月18日至4月19日，赴各县（市、区）实地核查、座谈和问卷调查；2024年4月22日至5月17日，汇总分析数据、评分；2024年5月20日至6月12日，撰写并修改报告，征求市财政局和市教育局意见后定稿。',
  BREAK,
);

// ================= 三、综合评价结论
H(1, '三、综合评价情况及评价结论');
P(
  `经评价，${NAME}2023年度${inj(4, 'score', `综合得分${sc(TOTAL)}分`, `综合得分${sc(TOTAL.plus(1))}分`, `三“综合得分${sc(TOTAL.plus(1))}分”：${R.TREE.map((f) => sc(f.score)).join(' + ')} = ${sc(TOTAL)}（表15合计、附件1合计）`, sc(TOTAL))}，评价等级为“${R.grade(TOTAL)}”。其中，决策指标得${sc(FA.score)}分，过程指标得${sc(FB.score)}分，产出指标得${sc(FC.score)}分，效益指标得${sc(FD.score)}分，见表15。`,
  caption('评价得分汇总'),
  table(
    [['编码', '一级指标', '权重', '得分', '得分率']],
    [
      ...R.TREE.map((f) => [f.code, f.name, ws(f.weight), sc(f.score), pct(f.score, f.weight)]),
      [{ t: '合计', cs: 2 }, '100.00', sc(TOTAL), pct(TOTAL, 100)],
    ],
    { widths: [3, 6, 4, 4, 4] },
  ),
  `总体来看，${NAME}政策目标明确，资金分配采用因素法，中央、省、市、县四级分担机制落实较好，资金到位率${pctOf(R.ARRIVE_RATE)}，全市义务教育学校生均公用经费全部达到基准定额，家庭经济困难学生资助、免费教科书政策落实到位，校舍安全保障水平进一步提升。但也存在个别县级资金到位不足、${SAFE}支出进度偏慢、部分县资金下达不及时、学校经费使用不够规范等问题。`,
  `按照市财政局要求，评价组同时对${N}个县（市、区）分别进行了评分（各县满分均为100分，指标与市级指标体系一致），结果见表16。各县得分在${sc(C.reduce((a, c) => (c.total.lt(a) ? c.total : a), D(100)))}分至${sc(C.reduce((a, c) => (c.total.gt(a) ? c.total : a), D(0)))}分之间，其中任丘市得分${sc(RENQIU.total)}分，评价等级为“${R.grade(RENQIU.total)}”；${C.filter((c) => c.total.gte(90)).length}个县（市、区）为“优”，${C.filter((c) => c.total.lt(90)).length}个为“良”。`,
  caption('各县（市、区）评价得分'),
  table(
    [['县（市、区）', '决策（15）', '过程（25）', '产出（35）', '效益（25）', '总分', '等级']],
    C.map((c) => [c.name, ...c.scores.map(sc), sc(c.total), R.grade(c.total)]),
    { split: 6, widths: [7, 4, 4, 4, 4, 4, 3] },
  ),
  BREAK,
);

// ================= 四、绩效分析
H(1, '四、绩效分析');
const firstLine = (f, rateInj) =>
  `${f.name}指标下设${f.kids.length}个二级指标、${f.kids.reduce((a, s) => a + s.kids.length, 0)}个三级指标，${f.name}指标权重${sc(f.weight).replace(/\.00$/, '')}分，得分${sc(f.score)}分，得分率${rateInj ?? pct(f.score, f.weight)}。`;
const secondHead = (s) => `${s.code} ${s.name}（权重${ws(s.weight)}分，得分${sc(s.score)}分）`;
const runIn = (k, text) => `${k.code} ${k.name}（权重${ws(k.weight)}分，得分${sc(k.score)}分）。${text}`;
const NOTES = {
  'A1-1':
    '国家和省出台了完善城乡义务教育经费保障机制的系列文件，市财政局、市教育局制定了《沧州市城乡义务教育补助经费管理实施细则》，政策依据充分，得满分。',
  'A1-2': '区域绩效目标与保障机制要求相符，但部分县（市、区）未将绩效目标细化分解到学校，扣0.50分。',
  'A2-1':
    '资金分配采用因素法，以在校学生数、寄宿生数、困难学生数和校舍面积为主要因素，但校舍资金分配未充分考虑在建项目结转情况，扣0.25分。',
  'A2-2': '分配结果总体合理，海兴县、吴桥县分配额与在校生数偏差较大，扣0.50分。',
  'A2-3': '区域绩效目标较完整，但满意度目标未量化，扣0.20分。',
  'B1-1': `全市下达资金${w(R.ALLOC)}万元，实际到位${w(R.ARRIVED)}万元，到位率${pctOf(R.ARRIVE_RATE)}，得分=4.00×${pctOf(R.ARRIVE_RATE)}=${sc(third('B1-1').score)}分。`,
  'B1-2': '市财政局收到上级资金后在30日内分解下达，但泊头市、南皮县、肃宁县向学校拨付超过规定时限，扣0.75分。',
  'B1-3': `全市实际支出${w(R.SPENT)}万元，预算执行率${pctOf(R.EXEC_RATE)}，得分=5.00×${pctOf(R.EXEC_RATE)}=${sc(third('B1-3').score)}分。`,
  'B1-4': '抽查发现2所学校将公用经费用于教师福利性支出，扣0.60分。',
  'B2-1': '市、县两级均制定了资金管理办法和学校财务管理制度，得满分。',
  'B2-2': '部分学校公用经费支出台账不完整，扣0.40分。',
  'B2-3': '运河区、新华区、东光县、青县未按要求报送绩效运行监控表，扣0.50分。',
  'C1-1': `全市${int(pupils.toNumber())}名学生全部享受公用经费补助，覆盖率100%，得满分。`,
  'C1-2': `应补${int(poorDue.toNumber())}人，实际补助${int(poorPaid.toNumber())}人，覆盖率${pct(poorPaid, poorDue)}，扣0.15分。`,
  'C1-3': `发放${int(books.toNumber())}人，覆盖率${pct(books, pupils)}，扣0.10分。`,
  'C2-1': '全市义务教育学校生均公用经费均达到基准定额，得满分。',
  'C2-2': `已完工项目验收合格，其中1个项目整改后通过验收，扣0.30分。`,
  'C3-1': '南皮县、肃宁县秋季学期困难学生生活补助延迟发放，扣0.40分。',
  'C3-2': `计划项目${projects}个，按期完工${projectsDone}个，按期完工率${pct(projectsDone, projects)}，扣0.70分。`,
  'C4-1': '黄骅市1个校舍维修项目结算超出批复概算，扣0.20分。',
  'D1-1': '2023年全市九年义务教育巩固率99.32%，高于目标值，得满分。',
  'D1-2': '全市义务教育学校运转正常，个别学校取暖费欠缴，扣0.50分。',
  'D2-1': '四级分担机制总体落实，但部分县级资金到位不及时，扣0.70分。',
  'D3-1': `学生家长满意度${pctOf(R.SATISFACTION)}，得分=5.50×${pctOf(R.SATISFACTION)}=${sc(third('D3-1').score)}分。`,
  'D3-2': '对教师的座谈和问卷显示满意度92.50%，扣0.50分。',
};
const NUMS = ['一', '二', '三', '四'];
R.TREE.forEach((f, i) => {
  H(2, `（${NUMS[i]}）${f.name}指标（权重${sc(f.weight).replace(/\.00$/, '')}分，得分${sc(f.score)}分）`);
  P(
    firstLine(
      f,
      f === FC
        ? inj(
            6,
            'score',
            pct(f.score, f.weight),
            '95.71%',
            `四（三）“产出指标权重35分，得分${sc(f.score)}分，得分率95.71%”：${sc(f.score)} ÷ 35 = ${pct(f.score, f.weight)}（表15同）`,
            pct(f.score, f.weight).replace('%', ''),
          )
        : undefined,
    ),
  );
  for (const s of f.kids) {
    H(3, secondHead(s));
    for (const k of s.kids) P(runIn(k, NOTES[k.code]));
    if (s.code === 'B1') {
      P(
        `中央提前下达资金（冀财教〔2022〕168号）于2022年11月25日下达到市，市财政局于2022年12月20日前分解下达各县（市、区）；各县（市、区）向学校拨付春季学期公用经费的时间见表17，规定时限为收到资金后30日内。`,
        caption('各县（市、区）春季学期公用经费拨付时效'),
        table(
          [['县（市、区）', '收到市级分解文件日期', '向学校拨付日期', '间隔天数', '是否超期']],
          C.map((c, i) => {
            const late = ['泊头市', '南皮县', '肃宁县'].includes(c.name);
            const got = 12 + (i % 8);
            const days = late ? 34 + (i % 9) : 9 + ((i * 7) % 19);
            const paid = new Date(Date.UTC(2022, 11, got + days));
            return [
              c.name,
              `2022-12-${String(got).padStart(2, '0')}`,
              paid.toISOString().slice(0, 10),
              String(days),
              late ? '是' : '否',
            ];
          }),
          { split: 6, widths: [7, 6, 6, 4, 4] },
        ),
      );
      P(
        `上级和市级资金下达文件明细见附件2。县级资金到位不足的县（市、区）情况见表${spec.tableNo + 1}。`,
        caption('县级资金到位情况'),
        table(
          [['县（市、区）', '县级应到位（万元）', '县级实际到位（万元）', '县级到位率', '未到位（万元）']],
          C.filter((c) => !cAlloc(c, 3).eq(sum(c.arrived.map((x) => x[3])))).map((c) => {
            const due = cAlloc(c, 3);
            const got = sum(c.arrived.map((x) => x[3]));
            return [c.name, w(due), w(got), pct(got, due), w(due.minus(got))];
          }),
          { widths: [7, 5, 5, 4, 5] },
        ),
      );
    }
    if (s.code === 'D3') {
      P(
        `问卷调查结果显示，${N}个县（市、区）学生家长总体满意度${pctOf(R.SATISFACTION)}，各县满意度在${minMax(C.map((c) => rateOf(c)))}之间，见表${spec.tableNo + 1}；问卷内容见附件4。`,
        caption('各县（市、区）学生家长满意度调查情况'),
        table(
          [['县（市、区）', '发放（份）', '有效（份）', '满意（份）', '基本满意（份）', '不满意（份）', '满意度']],
          [
            ...C.map((c) => [
              c.name,
              String(c.surveyOut),
              String(c.surveyValid),
              String(c.good),
              String(c.fair),
              String(c.bad),
              pct(c.good + c.fair, c.surveyValid),
            ]),
            [
              '合计',
              int(R.SURVEY.out),
              int(R.SURVEY.valid),
              int(R.SURVEY.good),
              int(R.SURVEY.fair),
              int(R.SURVEY.bad),
              pctOf(R.SATISFACTION),
            ],
          ],
          { split: 6, widths: [7, 4, 4, 4, 4, 4, 4] },
        ),
      );
    }
  }
});
function rateOf(c) {
  return r2(
    D(c.good + c.fair)
      .times(100)
      .div(c.surveyValid),
  );
}
function minMax(xs) {
  const s = [...xs].sort((a, b) => a.cmp(b));
  return `${s[0].toFixed(2)}%至${s[s.length - 1].toFixed(2)}%`;
}
P(BREAK);

// ================= 五—八
H(1, '五、主要成效');
P(
  `（一）经费保障机制全面落实。2023年度全市${N}个县（市、区）全部落实生均公用经费基准定额，中央、省级和市级资金${w(R.ALLOC_LAYER[0].plus(R.ALLOC_LAYER[1]).plus(R.ALLOC_LAYER[2]))}万元全部到位，保障了${int(pupils.toNumber())}名义务教育学生的基本办学需要。`,
  `（二）困难学生资助精准。全市实际资助家庭经济困难学生${int(poorPaid.toNumber())}人，资助对象认定程序规范，资助资金通过“一卡通”发放到学生家庭。`,
  `（三）校舍安全水平提升。${SAFE}支持维修改造校舍${int(C.reduce((a, c) => a + c.area, 0))}平方米，消除了一批C级、D级危房隐患。`,
);
H(1, '六、存在的问题');
P(
  `（一）部分县级资金到位不足。${C.filter((c) => !cAlloc(c, 3).eq(sum(c.arrived.map((x) => x[3])))).length}个县（市、区）县级分担资金未足额到位，合计未到位${w(R.ALLOC_LAYER[3].minus(R.ARRIVED_LAYER[3]))}万元，影响了政策的足额落实。`,
  `（二）${SAFE}支出进度偏慢。截至2023年底，${inj(10, 'identity', NAME, `${CITY}城乡义务教肓补助经费`, `六（二）“沧州市城乡义务教肓补助经费中的校舍安全保障长效机制资金…”：名称中“教育”误为“教肓”（一个字），全文其余处均为“沧州市城乡义务教育补助经费”`, NAME)}中的${SAFE}到位${w(fundArrived(2))}万元，支出${w(R.SPENT_FUND[2])}万元，执行率${pct(R.SPENT_FUND[2], fundArrived(2))}，低于其他补助项目，部分项目前期手续办理迟缓。`,
  '（三）资金下达和发放不够及时。泊头市、南皮县、肃宁县向学校拨付公用经费超过规定时限，南皮县、肃宁县秋季学期困难学生生活补助延迟发放。',
  '（四）学校经费使用管理不够规范。抽查发现个别学校将公用经费用于教师福利性支出，部分学校支出台账不完整，绩效运行监控流于形式。',
);
H(1, '七、意见建议');
P(
  '（一）压实县级分担责任。市财政局应督促县级财政将分担资金足额纳入预算，按学期及时拨付，对到位不足的县（市、区）在下一年度分配中予以约谈和扣减。',
  `（二）加快校舍项目实施。县级教育部门应提前做好项目储备和前期手续，按工程进度及时拨付资金，确保${inj(9, 'identity', SAFE, '沧州市学前教育发展资金', `七（二）“确保沧州市学前教育发展资金当年形成实物工作量”：一句讲本经费中校舍安全保障长效机制资金的校舍项目实施，却写成另一项资金（学前教育发展资金）的名称；本报告评价的是${NAME}`, SAFE)}当年形成实物工作量。`,
  '（三）规范学校财务管理。加强学校公用经费使用监督，建立支出台账和公示制度，严禁用于人员经费和福利性支出。',
  '（四）强化绩效管理。细化分解区域绩效目标，按要求开展绩效运行监控，将评价结果与下一年度资金分配挂钩。',
);
H(1, '八、其他需要说明的问题');
P(
  '中央提前下达的2023年度资金（冀财教〔2022〕168号）于2022年11月下达，已计入2023年度资金；各县（市、区）得分为对县级资金管理使用情况的评价，与市级综合得分分别计算，不作加总或平均。本报告所用数据由市财政局、市教育局和各县（市、区）提供，评价组对其真实性进行了抽查核实。',
  `<p class="right">${FIRM}</p>`,
  '<p class="right">2024年6月12日</p>',
  BREAK,
);

// ================= 附件1 评分表
H(1, '附件1 义务教育补助经费绩效评价评分表');
const rows = [];
for (const f of R.TREE) {
  rows.push([
    f.code,
    `${f.name}`,
    ws(f.weight),
    '—',
    '—',
    f === FB
      ? inj(
          5,
          'score',
          sc(f.score),
          sc(f.score.minus('0.90')),
          `附件1一级指标B“过程”行得分${sc(f.score.minus('0.90'))}分：其二级指标B1 ${sc(f.kids[0].score)} + B2 ${sc(f.kids[1].score)} = ${sc(f.score)}（三级指标逐项相加同；表15、四（二）标题均为${sc(f.score)}）`,
          sc(f.score),
        )
      : sc(f.score),
    '',
  ]);
  for (const s of f.kids) {
    rows.push([s.code, s.name, ws(s.weight), '—', '—', sc(s.score), '']);
    for (const k of s.kids) rows.push([k.code, k.name, ws(k.weight), explain(k), k.how, sc(k.score), k.loss]);
  }
}
rows.push(['合计', '', '100.00', '', '', sc(TOTAL), '']);
P(
  table([['编码', '指标名称', '权重', '指标解释', '评分方法', '得分', '扣分原因']], rows, {
    split: 8,
    widths: [3, 7, 3, 8, 10, 3, 7],
  }),
  BREAK,
);

// ================= 附件2 资金下达明细
H(1, '附件2 2023年度上级及市级资金下达明细');
const DOCS = [
  { no: '冀财教〔2022〕168号', date: '2022-11-25', layer: '中央', share: 0.7 },
  { no: '冀财教〔2023〕52号', date: '2023-05-16', layer: '中央', share: null },
  { no: '冀财教〔2023〕31号', date: '2023-03-28', layer: '省级', share: 1 },
  { no: '沧财教〔2023〕12号', date: '2023-04-20', layer: '市级', share: 1 },
];
const docRows = [];
let seq = 0;
let grand = D(0);
DOCS.forEach((d, di) => {
  const l = R.LAYERS.indexOf(d.layer);
  let sub = D(0);
  for (const c of C) {
    const all = cAlloc(c, l);
    const first = all.times(0.7).div(100).round().times(100);
    const amt = d.share === 0.7 ? first : d.share === null ? all.minus(first) : all;
    sub = sub.plus(amt);
    docRows.push([String(++seq), d.no, d.date, `${d.layer}资金`, c.name, w(amt)]);
  }
  grand = grand.plus(sub);
  docRows.push([{ t: `${d.no}小计`, cs: 5 }, w(sub)]);
});
docRows.push([{ t: '合计', cs: 5 }, w(grand)]);
P(
  table([['序号', '文号', '下达日期', '资金层级', '县（市、区）', '金额（万元）']], docRows, {
    split: 12,
    widths: [3, 7, 5, 4, 6, 5],
  }),
  BREAK,
);

// ================= 附件3 抽查学校
H(1, '附件3 抽查学校公用经费核查明细');
P(
  table(
    [['序号', '县（市、区）', '学校', '学段', '在校生（人）', '到账公用经费（元）', '已支出（元）', '支出比例']],
    [
      ...SCHOOLS.map((s, i) => [
        String(i + 1),
        s.county,
        s.name,
        s.kind,
        int(s.pupils),
        money(s.got),
        money(s.spent),
        pct(s.spent, s.got),
      ]),
      [
        { t: '合计', cs: 4 },
        int(SCHOOLS.reduce((a, s) => a + s.pupils, 0)),
        money(sampleGot),
        money(sum(SCHOOLS.map((s) => s.spent))),
        pct(sum(SCHOOLS.map((s) => s.spent)), sampleGot),
      ],
    ],
    { split: 10, widths: [2, 6, 9, 4, 4, 6, 6, 4] },
  ),
  BREAK,
);

// ================= 附件4 问卷
H(1, '附件4 学生家长满意度调查问卷（摘要）');
const QUESTIONS = [
  '您是否知道孩子在校享受免学杂费政策？',
  '孩子是否按时领到全部国家规定课程教科书？',
  '您对学校办学条件（教室、桌椅、取暖等）是否满意？',
  '您对学校校舍安全状况是否满意？',
  '如您家庭经济困难，是否按学期领到生活补助？',
  '您对困难学生认定程序的公开公平是否满意？',
  '学校是否向学生收取政策规定以外的费用？',
  '您对学校公用经费公示情况是否满意？',
  '您对寄宿生住宿和伙食条件是否满意？',
  '您对义务教育补助政策的总体评价？',
];
P(
  table(
    [['序号', '问题', '满意（份）', '基本满意（份）', '不满意（份）', '满意度']],
    QUESTIONS.map((q, i) => {
      const bad = 20 + ((i * 37) % 90);
      const fair = 260 + ((i * 53) % 200);
      const good = R.SURVEY.valid - bad - fair;
      return [String(i + 1), q, int(good), int(fair), int(bad), pct(good + fair, R.SURVEY.valid)];
    }),
    { split: 5, widths: [2, 12, 4, 4, 4, 4] },
  ),
  BREAK,
);
H(1, '附件5 评价工作组成员');
P(
  table(
    [['姓名', '职务/职称', '单位', '评价分工']],
    [
      ['刘振国', '项目负责人/高级会计师', FIRM, '统筹评价工作，审核报告'],
      ['王晓梅', '注册会计师', FIRM, '资金分配、下达及使用核查'],
      ['张立新', '高级经济师', FIRM, '指标体系设计及评分'],
      ['孙海燕', '助理会计师', FIRM, '现场核查及问卷调查'],
      ['李国强', '中学高级教师（外聘专家）', '沧州师范学院', '义务教育政策效果评价'],
    ],
    { widths: [3, 7, 9, 8] },
  ),
);

// ---- write
spec.write(HERE, STEM, TITLE);
