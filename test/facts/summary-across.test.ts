// A score summary laid out across (Q's 表10: "项目 | 决策 | 过程 | 产出 | 效益 | 合计" over the rows
// 分值 / 得分 / 得分率) gives the facts a summary written down the page gives; tables of the same shape
// that are not the first level's summary give none.
import { describe, expect, it } from 'vitest';
import { displayName, extractIndicators, type IndicatorFacts } from '../../src/facts/indicators/indicators.js';
import { docFromText } from '../helpers.js';

const headings = [
  '四、绩效评价指标分析',
  '（一）项目决策情况',
  '决策指标满分15分，得13.50分。',
  '（二）项目过程情况',
  '过程指标满分20分，得17.87分。',
  '（三）项目产出情况',
  '产出指标满分40分，得37.04分。',
  '（四）项目效益情况',
  '效益指标满分25分，得22.12分。',
];

const report = (table: string[], withHeadings = true) =>
  extractIndicators(
    docFromText(
      [
        '某项目绩效评价报告',
        '三、综合评价结论',
        '各一级指标得分情况见下表。',
        ...table,
        ...(withHeadings ? headings : []),
      ].join('\n\n'),
    ),
  );

/** The summary's facts as "name:kind=value", in table order. */
const summary = (f: IndicatorFacts) =>
  f.facts
    .filter((x) => x.source === 'summary')
    .map((x) => `${displayName(f.nodes[x.node])}:${x.kind}=${x.q?.value.toString() ?? x.grade}`);

// Q's 表10, read by hand: 13.50 + 17.87 + 37.04 + 22.12 = 90.53; 37.04 ÷ 40 = 92.60%
const Q = [
  '项目\t决策\t过程\t产出\t效益\t合计',
  '分值\t15\t20\t40\t25\t100',
  '得分\t13.50\t17.87\t37.04\t22.12\t90.53',
  '得分率\t90.00%\t89.35%\t92.60%\t88.48%\t90.53%',
];

describe('a summary laid out across', () => {
  it("gives each first-level column's 分值, 得分 and 得分率 to the indicator the headings name, 合计 to the total", () => {
    const f = report(Q);
    expect(f.nodes[0].children.map((id) => displayName(f.nodes[id]))).toEqual([
      '项目决策',
      '项目过程',
      '项目产出',
      '项目效益',
    ]);
    expect(summary(f)).toEqual([
      '项目决策:分值=15',
      '项目决策:得分=13.5',
      '项目决策:得分率=90',
      '项目过程:分值=20',
      '项目过程:得分=17.87',
      '项目过程:得分率=89.35',
      '项目产出:分值=40',
      '项目产出:得分=37.04',
      '项目产出:得分率=92.6',
      '项目效益:分值=25',
      '项目效益:得分=22.12',
      '项目效益:得分率=88.48',
      '总分:分值=100',
      '总分:得分=90.53',
      '总分:得分率=90.53',
    ]);
  });

  it('reads its 得分率 row as rates, never as scores', () => {
    const f = report(Q);
    const rates = f.facts.filter((x) => x.source === 'summary' && x.kind === '得分率');
    expect(rates.every((x) => x.q?.unit === '%')).toBe(true);
    const scores = f.facts.filter((x) => x.source === 'summary' && x.kind === '得分');
    expect(scores.map((x) => x.span.cell?.row)).toEqual([2, 2, 2, 2, 2]);
  });

  it('reads a 权重 row in points as the 分值, one in % as the 权重', () => {
    const points = report(['指标\t决策\t过程\t产出\t效益', '权重\t15\t20\t40\t25', '得分\t13.50\t17.87\t37.04\t22.12']);
    expect(summary(points).filter((x) => x.startsWith('项目决策'))).toEqual(['项目决策:分值=15', '项目决策:得分=13.5']);
    const pct = report([
      '指标\t决策\t过程\t产出\t效益',
      '权重\t15%\t20%\t40%\t25%',
      '得分\t13.50\t17.87\t37.04\t22.12',
    ]);
    expect(summary(pct).filter((x) => x.startsWith('项目决策'))).toEqual(['项目决策:权重=15', '项目决策:得分=13.5']);
  });

  it('passes over a 扣分 row (分值 − 扣分 = 得分), reading the rows around it; the 扣分 is never a score', () => {
    // Q's 表10 in the deduction layout, by hand: 15 − 1.50 = 13.50, 20 − 2.13 = 17.87, 40 − 2.96 = 37.04,
    // 25 − 2.88 = 22.12; 100 − 9.47 = 90.53
    const f = report([Q[0], Q[1], '扣分\t1.50\t2.13\t2.96\t2.88\t9.47', Q[2], Q[3]]);
    expect(summary(f)).toEqual(summary(report(Q)));
    expect(summary(f)).toHaveLength(15);
    const deducted = ['1.5', '2.13', '2.96', '2.88', '9.47'];
    expect(f.facts.filter((x) => deducted.includes(x.q?.value.toString() ?? ''))).toEqual([]);
  });

  it('without a 合计 column gives the first level only', () => {
    const f = report(['项目\t决策\t过程\t产出\t效益', '分值\t15\t20\t40\t25', '得分\t13.50\t17.87\t37.04\t22.12']);
    expect(summary(f)).toHaveLength(8);
    expect(f.facts.filter((x) => x.node === 0 && x.source === 'summary')).toEqual([]);
  });

  it('without headings names the first level itself (决策, 产出指标…), or by its corner 一级指标', () => {
    const f = report(Q, false);
    expect(f.nodes[0].children.map((id) => displayName(f.nodes[id]))).toEqual(['决策', '过程', '产出', '效益']);
    const dept = report(['一级指标\t履职效能\t管理效率\t合计', '分值\t60\t40\t100', '得分\t55\t36\t91'], false);
    expect(summary(dept)).toEqual([
      '履职效能:分值=60',
      '履职效能:得分=55',
      '管理效率:分值=40',
      '管理效率:得分=36',
      '总分:分值=100',
      '总分:得分=91',
    ]);
  });
});

describe('tables of the same shape that are no first-level summary', () => {
  const none = (table: string[]) => expect(summary(report(table))).toEqual([]);

  it('years × sources, either way round', () => {
    none([
      '年度\t2022年\t2023年\t2024年\t合计',
      '中央\t2,100\t2,400\t2,600\t7,100',
      '省级\t1,200\t1,350\t1,500\t4,050',
    ]);
    none([
      '项目\t中央\t省级\t县级\t合计',
      '2022年度\t2,100\t1,200\t900\t4,200',
      '2023年度\t2,400\t1,350\t1,050\t4,800',
    ]);
  });

  it("scores by year: last years', and one indicator's in two years", () => {
    none(['项目\t2021年\t2022年\t2023年', '得分\t86.2\t88.5\t90.1', '等级\t良\t良\t优']);
    const twoYears = report(['项目\t产出（2023年）\t产出（2024年）', '分值\t40\t40', '得分\t36.5\t37.04'], false);
    expect(summary(twoYears)).toEqual([]);
  });

  it("per-township rates, and townships' own scores", () => {
    none([
      '乡镇\t城关镇\t杭埠镇\t合计',
      '抽检数\t60\t58\t118',
      '达标数\t59\t56\t115',
      '达标率\t98.33%\t96.55%\t97.46%',
    ]);
    none(['项目\t城关镇\t杭埠镇\t合计', '分值\t50\t50\t100', '得分\t46\t45\t91', '得分率\t92.00%\t90.00%\t91.00%']);
    // one township's own first-level scores: the corner names whose they are
    none([
      '城关镇\t决策\t过程\t产出\t效益\t合计',
      '得分\t14\t18\t38\t23\t93',
      '得分率\t93.33%\t90.00%\t95.00%\t92.00%\t93.00%',
    ]);
  });

  it('second-level indicators laid out across (the headings have them below 产出)', () => {
    const f = extractIndicators(
      docFromText(
        [
          '某项目绩效评价报告',
          '三、综合评价结论',
          '项目\t产出数量\t产出质量',
          '分值\t20\t20',
          '得分\t19\t18.04',
          '四、绩效评价指标分析',
          '（一）项目产出情况',
          '1.产出数量（20分，得19分）',
          '数量达标。',
          '2.产出质量（20分，得18.04分）',
          '质量达标。',
        ].join('\n\n'),
      ),
    );
    expect(summary(f)).toEqual([]);
  });

  it('a row that is no kind of score among them, or the same kind twice', () => {
    none(['项目\t决策\t过程\t产出\t效益', '分值\t15\t20\t40\t25', '说明\t略\t略\t略\t略']);
    // a 扣分 row is passed over, not a kind: with it a lone 得分 row is still one kind, no summary
    none(['项目\t决策\t过程\t产出\t效益', '扣分\t1\t2\t2\t3', '得分\t14\t18\t38\t22']);
    none(['项目\t决策\t过程\t产出\t效益', '自评得分\t14\t18\t38\t23', '评价得分\t13.50\t17.87\t37.04\t22.12']);
  });
});
