// A table read badly gives at most one info note, never a cascade of errors (issue 10, item 4).
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check-document.js';
import { readingOf } from '../../src/structure/table-reading.js';
import type { Document } from '../../src/model/document.js';
import { docFromText } from '../helpers.js';

const run = (doc: Document, ruleConfig = {}) =>
  checkDocument(doc, { rules: allRules, ruleConfig, settings: {}, lang: 'zh-CN' });
const tableDoc = (rows: string[][]) =>
  docFromText(['二、评价结论', '各指标得分见下表。', ...rows.map((r) => r.join('\t'))].join('\n\n'));

describe('how well a table was read', () => {
  it('is poor where one cell of a figure column holds two figures', () => {
    const doc = tableDoc([
      ['指标名称', '分值', '得分'],
      ['决策', '20', '18'],
      ['过程', '20 18', ''],
      ['产出', '40', '36'],
    ]);
    expect(doc.tables[0].reading).toMatchObject({
      kind: 'summary',
      confidence: 'poor',
      issues: [{ issue: 'jammed', col: 1 }],
    });
  });
  it('is poor where a 得分 column holds words as often as figures', () => {
    const doc = tableDoc([
      ['指标名称', '分值', '得分'],
      ['决策', '20', '18'],
      ['过程', '20', '资金管理'],
      ['产出', '40', '产出数量'],
      ['效益', '20', '19'],
    ]);
    expect(doc.tables[0].reading.issues).toEqual([{ issue: 'words-in-figure-column', col: 2 }]);
  });
  it('is good for a form whose label column names its unit, and for — in a figure column', () => {
    const form = tableDoc([
      ['项目名称', '某项目', '', ''],
      ['项目资金（万元）', '年初预算数', '全年执行数', '得分'],
      ['年度资金总额', '100', '96', '9.6'],
      ['其中：财政拨款', '100', '96', '—'],
      ['年度总体目标', '完成', '', ''],
      ['绩效指标', '一级指标', '二级指标', '三级指标'],
    ]);
    expect(form.tables[0].reading.confidence).toBe('good');
  });
  it('tells a table by its header words', () => {
    expect(
      tableDoc([
        ['一级指标', '二级指标', '三级指标', '分值', '得分'],
        ['决策', '立项', '依据', '5', '5'],
      ]).tables[0].reading.kind,
    ).toBe('scoring');
    expect(
      tableDoc([
        ['资金来源', '预算数（万元）', '到位数（万元）'],
        ['中央', '10', '10'],
      ]).tables[0].reading.kind,
    ).toBe('funding');
    expect(
      tableDoc([
        ['序号', '获奖单位', '奖项'],
        ['1', '县一中', '一等奖'],
      ]).tables[0].reading.kind,
    ).toBe('other');
    // a summary laid out across: indicators as columns, the rows 分值 / 得分 / 得分率 (Q's 表10)
    expect(
      tableDoc([
        ['项目', '决策', '过程', '合计'],
        ['分值', '40', '60', '100'],
        ['得分', '36', '54', '90'],
        ['得分率', '90.00%', '90.00%', '90.00%'],
      ]).tables[0].reading.kind,
    ).toBe('summary');
    expect(
      tableDoc([
        ['乡镇', '城关镇', '杭埠镇', '合计'],
        ['抽检数', '60', '58', '118'],
        ['达标率', '98.33%', '96.55%', '97.46%'],
      ]).tables[0].reading.kind,
    ).toBe('other');
    expect(readingOf({ rows: 0, cols: 0, grid: [], cells: [] }).confidence).toBe('good');
  });
});

describe('the findings of a table read badly', () => {
  // every 得分 above its 分值 would be a score/range error on each row; the jammed cell says the columns are off
  const rows = [
    ['指标名称', '分值', '得分'],
    ['决策', '10', '18'],
    ['过程', '10', '18'],
    ['产出', '10 40', '36'],
    ['效益', '10', '19'],
  ];
  it('are replaced by one info note', () => {
    const findings = run(tableDoc(rows));
    expect(findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['table/unreadable:info']);
    expect(findings[0].message).toContain('表1');
  });
  it('are still checked when the same table is read well', () => {
    const good = [rows[0], ['决策', '10', '18'], ['过程', '10', '8'], ['产出', '10', '6'], ['效益', '10', '9']];
    expect(run(tableDoc(good)).map((f) => f.ruleId)).toContain('score/range');
    const badAgain = good.map((r) => (r[0] === '产出' ? ['产出', '10 40', '6'] : r));
    expect(run(tableDoc(badAgain)).map((f) => f.ruleId)).toEqual(['table/unreadable']);
  });
  it('leave no note when table/unreadable is off', () => {
    expect(run(tableDoc(rows), { 'table/unreadable': { severity: 'off' } })).toEqual([]);
  });
});

describe('a table where most rows contradict each other at once', () => {
  const many = [
    ['指标名称', '分值', '得分'],
    ['决策', '10', '18'],
    ['过程', '10', '18'],
    ['产出', '10', '36'],
    ['效益', '10', '19'],
    ['满意度', '10', '12'],
  ];
  it('is reported once, as a reading to check by hand', () => {
    const findings = run(tableDoc(many));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'table/unreadable').map((f) => f.message)).toEqual([
      expect.stringMatching(/表1中有\d+处/),
    ]);
  });
  it('keeps its findings when only a few rows disagree', () => {
    const few = many.map((r, i) => (i >= 2 ? [r[0], r[1], String(Math.min(Number(r[2]), 9))] : r));
    const findings = run(tableDoc(few));
    expect(findings.some((f) => f.ruleId === 'score/range')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'table/unreadable')).toBe(false);
  });
});
