import { describe, expect, it } from 'vitest';
import { groupIndicators, targetIndicators } from '../../src/facts/targets/by-indicator.js';
import { extractTargets } from '../../src/facts/targets/targets.js';
import { targetNamesMatch as namesMatch } from '../../src/facts/lang/indicator-names.js';
import { docFromText, readFixture, SEED, SEED_FORMATS } from '../helpers.js';

const doc = (text: string) => docFromText(`某项目绩效评价报告\n\n一、基本情况\n\n${text}`);
const show = (d: ReturnType<typeof doc>) =>
  extractTargets(d).statements.map(
    (s) =>
      `${s.origin}:${s.name}|${s.target ? s.target.q.comparator + s.target.q.value.toString() : '-'}|${s.actual ? s.actual.q.value.toString() : '-'}|${s.fullMarks ? (s.fullMarks.full ? 'full' : 'lost') : '?'}`,
  );

describe('targets and actuals', () => {
  it('pairs a target with the actual after it in one sentence', () => {
    expect(
      show(doc('新增规上企业20家以上，实际新增22家。重大项目开工率达95%以上，实际开工率100%，该项指标扣0分。')),
    ).toEqual(['text:新增规上企业|≥20|22|full', 'text:重大项目开工率|≥95|100|full']);
  });

  it('reads 指标值 / 实际完成值 / 分值 / 得分 columns by their headers', () => {
    const d = doc(
      [
        '完成情况表',
        '',
        '指标名称\t分值\t年度指标值\t实际完成值\t得分',
        '培训人次\t10\t≥500人次\t520人次\t10',
        '群众满意度\t10\t≥95%\t90%\t8',
        '',
      ].join('\n'),
    );
    expect(show(d)).toEqual(['table:培训人次|≥500|520|full', 'table:群众满意度|≥95|90|lost']);
  });

  it("reads per-year columns, the target with its own year's actual ('2024年目标值 | 2023年完成值 | 2024年完成值')", () => {
    const d = doc(
      [
        '绩效目标完成情况表',
        '',
        '三级指标\t2024年目标值\t2023年完成值\t2024年完成值\t完成情况',
        '公益性岗位安置人数\t≥175人\t188人\t179人\t完成',
        '服务对象满意度\t≥90%\t—\t89.94%\t基本完成',
        '',
      ].join('\n'),
    );
    expect(show(d)).toEqual(['table:公益性岗位安置人数|≥175|179|?', 'table:服务对象满意度|≥90|89.94|?']);
  });

  it("reads the value's column, not the verdict's ('目标值 | 完成值 | 完成情况'), and a name's year qualifier aside", () => {
    const d = doc(
      [
        '绩效目标完成情况表',
        '',
        '指标类型\t指标名称\t目标值\t完成值\t完成情况',
        '产出指标\t培训人次\t≥500人次\t520人次\t已完成',
        '效益指标\t空气质量优良率（2024年）\t≥85%\t88.20%\t已完成',
        '',
      ].join('\n'),
    );
    expect(show(d)).toEqual(['table:培训人次|≥500|520|?', 'table:空气质量优良率|≥85|88.2|?']);
  });

  it('in a report on a span, reads a sentence opened by a year of it as the actual of the row named with that year', () => {
    const span = (row: string, sentence: string) =>
      docFromText(
        [
          '滨川市2022—2024年大气污染防治专项资金绩效评价报告',
          '',
          '一、基本情况',
          '',
          sentence,
          '',
          '绩效目标完成情况表',
          '',
          '指标类型\t指标名称\t目标值\t完成值\t完成情况',
          `效益指标\t${row}\t≥85%\t88.20%\t已完成`,
          '',
        ].join('\n'),
      );
    const texts = (d: ReturnType<typeof doc>) => show(d).filter((x) => x.startsWith('text:'));
    // the row's own year: 87.20% is its actual stated again
    expect(texts(span('空气质量优良率（2024年）', '2024年全市优良天数320天，空气质量优良率为87.20%。'))).toEqual([
      'text:空气质量优良率|-|87.2|?',
    ]);
    // another year of the span, or a row named with no year: that year's figure, no actual of the row
    expect(texts(span('空气质量优良率（2024年）', '2023年全市优良天数310天，空气质量优良率为84.70%。'))).toEqual([]);
    expect(texts(span('空气质量优良率', '2024年全市优良天数320天，空气质量优良率为87.20%。'))).toEqual([]);
  });

  it("leaves a table of one other year ('表8 2021年度绩效目标完成情况') to its verdict column: its values are that year's", () => {
    const d = docFromText(
      [
        '滨川市2021—2024年非遗保护专项资金绩效评价报告',
        '',
        '一、基本情况',
        '',
        '表8 2021年度绩效目标完成情况',
        '',
        '三级指标\t年度目标值\t实际完成值\t完成情况',
        '生态保护区建设项目数\t18个\t18个\t已完成',
        '',
      ].join('\n'),
    );
    expect(show(d)).toEqual(['table:生态保护区建设项目数|null18|-|?']);
  });

  it("never pairs a year's target with another year's actual, nor a target of no year with a year's actual", () => {
    const table = (head: string) =>
      doc(['目标表', '', `三级指标\t${head}`, '培训人次\t≥500人次\t520人次', ''].join('\n'));
    expect(show(table('2024年目标值\t2023年完成值'))).toEqual([]);
    expect(show(table('目标值\t2024年完成值'))).toEqual([]);
    expect(show(table('2024年度目标值\t2024年度完成值'))).toEqual(['table:培训人次|≥500|520|?']);
  });

  it("does not vote a year's actual against one of no year ('2024年完成值 97.78%', the text's two-year 98.33%)", () => {
    const voted = (head: string) => {
      const d = doc(
        [
          '评价组抽查的180名补贴对象中，177人资料相符，补贴对象精准率98.33%。',
          '',
          '绩效目标完成情况表',
          '',
          `三级指标\t${head}`,
          '补贴对象精准率\t100%\t97.78%',
          '培训取证率\t≥85%\t92.63%',
          '',
        ].join('\n'),
      );
      const ind = targetIndicators(extractTargets(d).statements).find((i) => i.name === '补贴对象精准率')!;
      return ind.actual?.outliers.map((o) => o.actual.q.text) ?? null;
    };
    expect(voted('2024年目标值\t2024年完成值')).toBeNull();
    // the same columns of no year: one figure stated twice otherwise, as before
    expect(voted('目标值\t完成值')).not.toBeNull();
  });

  describe("a run-in sentence's figure as the indicator's actual ('C1-2公益性岗位安置人数（权重4分）：2024年末在岗197人')", () => {
    const TABLE = [
      '绩效目标完成情况表',
      '',
      '指标编码\t三级指标\t2024年目标值\t2023年完成值\t2024年完成值',
      'C1-2\t公益性岗位安置人数\t≥175人\t188人\t179人',
      'C1-3\t创业补贴发放人数\t≥180人\t184人\t203人',
      'C1-4\t职业技能培训人次\t≥3,400人次\t3,472人次\t3,433人次',
      '',
    ].join('\n');
    /** The text actuals read for 公益性岗位安置人数 (value and year), and the table's figure the vote leaves out. */
    const read = (sentence: string, table = TABLE) => {
      const d = doc(`${sentence}\n\n${table}`);
      const ind = targetIndicators(extractTargets(d).statements).find((i) => i.name === '公益性岗位安置人数')!;
      return {
        text: ind.statements.filter((s) => s.origin === 'text' && s.actual).map((s) => `${s.actual!.q.text}@${s.year}`),
        outliers: ind.actual?.outliers.map((o) => o.actual.q.text) ?? null,
      };
    };

    it('reads it, with or without the code, and votes it against the 2024年完成值', () => {
      const both = { text: ['197人@2024'], outliers: ['179人'] };
      expect(
        read(
          'C1-2公益性岗位安置人数（权重4分）：2024年末在岗197人，达到目标，但有2个乡镇岗位空缺超过3个月，扣0.4分，得3.6分。',
        ),
      ).toEqual(both);
      expect(read('公益性岗位安置人数（分值4分）：2024年末在岗197人，扣0.4分，得3.6分。')).toEqual(both);
      // a target, a change and a part in the sentence are not a second actual
      expect(
        read('C1-2公益性岗位安置人数（权重4分）：年度目标175人，2024年末在岗197人，较上年增加9人，其中脱贫人口120人。'),
      ).toEqual(both);
      // the same figure as the table's: read, and nothing to report
      expect(read('C1-2公益性岗位安置人数（权重4分）：2024年末在岗179人。')).toEqual({
        text: ['179人@2024'],
        outliers: [],
      });
    });

    it.each([
      ['another unit (人次)', 'C1-2公益性岗位安置人数（权重4分）：2024年培训197人次。'],
      [
        'a person-month (人月, read by the number reader as 人)',
        'C1-2公益性岗位安置人数（权重4分）：2024年发放2,346人月。',
      ],
      ['another year', 'C1-2公益性岗位安置人数（权重4分）：2023年末在岗197人。'],
      ['no year, under a 2024年完成值', 'C1-2公益性岗位安置人数（权重4分）：年末在岗197人。'],
      ['two figures of the unit', 'C1-2公益性岗位安置人数（权重4分）：2024年末在岗197人，年内累计安置227人。'],
      ['the code of another indicator', 'C1-3公益性岗位安置人数（权重4分）：2024年末在岗197人。'],
      ['a part of the name', '公益性岗位（权重4分）：2024年末在岗197人。'],
      ['a longer name', '公益性岗位安置人数完成率（权重4分）：2024年末在岗197人。'],
      ["another indicator's name at the figure", 'C1-2公益性岗位安置人数（权重4分）：2024年创业补贴发放人数197人。'],
    ])('says nothing for %s', (_, sentence) => {
      expect(read(sentence).text).toEqual([]);
    });

    it("reads it under '绩效目标完成情况', not under '项目绩效目标' (where the sentence states the target)", () => {
      const under = (heading: string) => {
        const d = docFromText(
          `某项目绩效评价报告\n\n一、${heading}\n\nC1-2公益性岗位安置人数（权重4分）：2024年末在岗197人。\n\n${TABLE}`,
        );
        return extractTargets(d)
          .statements.filter((s) => s.origin === 'text' && s.actual && s.name === '公益性岗位安置人数')
          .map((s) => s.name);
      };
      expect(under('绩效目标完成情况')).toEqual(['公益性岗位安置人数']);
      expect(under('项目绩效目标')).toEqual([]);
      expect(under('项目绩效目标\n\n（一）产出指标')).toEqual([]);
      expect(under('绩效目标完成情况\n\n（一）产出指标')).toEqual(['公益性岗位安置人数']);
    });

    it('reads the figure once: a statement that read it under another name keeps only its target', () => {
      const undated = TABLE.replace('2024年目标值\t2023年完成值\t2024年完成值', '目标值\t上年完成值\t完成值');
      // "安置人数175人以上，实际安置197人" is read as 安置人数's target and actual before the run-in name is known
      const d = doc(`C1-2公益性岗位安置人数（权重4分）：安置人数175人以上，实际安置197人。\n\n${undated}`);
      expect(show(d).filter((s) => s.startsWith('text'))).toEqual([
        'text:安置人数|≥175|-|?',
        'text:公益性岗位安置人数|-|197|?',
      ]);
      // read under the run-in name already: read once, as it was
      const same = doc(`C1-2公益性岗位安置人数（权重4分）：公益性岗位安置人数175人以上，实际安置197人。\n\n${undated}`);
      expect(show(same).filter((s) => s.startsWith('text'))).toEqual(['text:公益性岗位安置人数|≥175|197|?']);
    });

    it('says nothing (and does not fail) when the named row holds no figure of a known unit', () => {
      const table = TABLE.replace(
        'C1-4\t职业技能培训人次',
        'C1-5\t培训课时\t≥10课时\t—\t12课时\nC1-4\t职业技能培训人次',
      );
      const d = doc(`C1-5培训课时（权重2分）：2024年完成12课时。\n\n${table}`);
      expect(extractTargets(d).statements.filter((s) => s.origin === 'text' && s.actual)).toEqual([]);
    });
  });

  it('matches names tolerantly, by the same head character', () => {
    expect(namesMatch('开工率', '重大项目开工率')).toBe(true);
    expect(namesMatch('新增规上企业', '新增规上工业企业')).toBe(true);
    expect(namesMatch('资金使用率', '资金拨付及时率')).toBe(false);
  });

  // Read by hand: 重大项目开工率 is stated as a target (超过95%, 达95%以上, ≥95%) and as actuals
  // "实际开工率100%" and the attachment's "95.00%".
  it.each(SEED_FORMATS)('seed (%s): 重大项目开工率 has two actuals, 100 and 95.00', async (fmt) => {
    const groups = groupIndicators(extractTargets(await readFixture(SEED[fmt])).statements);
    const g = groups.find((x) => x.some((s) => s.name === '重大项目开工率'))!;
    expect(g.filter((s) => s.actual).map((s) => s.actual!.q.value.toFixed(s.actual!.q.decimals))).toEqual([
      '100',
      '95.00',
    ]);
  });
});
