// The engine's message steps, each on its own (issue 13, item 2): config, cap, localize, dedupe, sort;
// then the whole pipeline once, on a finding whose English words come from the glossary.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check-document.js';
import { capLocations, MAX_LOCATIONS } from '../../src/engine/steps/cap-locations.js';
import { dedupe } from '../../src/engine/steps/dedupe.js';
import { localize } from '../../src/engine/steps/localize.js';
import { optionsOf, severityOf } from '../../src/engine/steps/rule-config.js';
import { sortByPosition } from '../../src/engine/steps/sort.js';
import { inGlossary, list, phrase, term } from '../../src/i18n/glossary.js';
import type { Finding, Location } from '../../src/model/result.js';
import type { RuleMeta, RuleReport } from '../../src/model/rule.js';
import { docFromText } from '../helpers.js';

const meta: RuleMeta = {
  id: 'money/example',
  description: { 'zh-CN': '例', en: 'example' },
  defaultSeverity: 'warning',
  messages: {
    differs: {
      'zh-CN': '{what}此处为{actual}，{where}为{expected}',
      en: '{what} is {actual} here but {expected} in the {where}',
    },
  },
  defaultOptions: { tolerance: 1, strict: false },
};

const at = (text: string, paragraph = 0): Location => ({
  text,
  excerpt: text,
  page: null,
  line: null,
  paragraph,
  table: null,
  section: null,
});
const finding = (message: string, first: Location, ruleId = 'money/example'): Finding => ({
  ruleId,
  severity: 'error',
  message,
  locations: [first],
});

describe('rule config', () => {
  it("takes the rule's default severity unless the config names one, 'off' included", () => {
    expect(severityOf(meta)).toBe('warning');
    expect(severityOf(meta, { severity: 'error' })).toBe('error');
    expect(severityOf(meta, { severity: 'off' })).toBe('off');
  });
  it("lays the config's options over the rule's defaults", () => {
    expect(optionsOf(meta, { options: { strict: true } })).toEqual({ tolerance: 1, strict: true });
    expect(optionsOf(meta)).toEqual({ tolerance: 1, strict: false });
  });
});

describe('cap locations', () => {
  const report = (n: number): RuleReport => ({
    ruleId: meta.id,
    messageId: 'differs',
    data: {},
    spans: Array.from({ length: n }, (_, i) => ({ block: i })),
  });
  it('keeps the place to fix and the first places it conflicts with', () => {
    const capped = capLocations(report(12));
    expect(capped.spans).toHaveLength(MAX_LOCATIONS);
    expect(capped.spans[0]).toEqual({ block: 0 });
    expect(capped.spans.at(-1)).toEqual({ block: 7 });
  });
  it('leaves a short report as it is', () => {
    const r = report(3);
    expect(capLocations(r)).toBe(r);
  });
});

describe('localize', () => {
  it('writes terms in the language asked for, and figures and names as written', () => {
    const data = {
      what: phrase('中央', '调整后', '预算'),
      actual: '120万元',
      expected: '100万元',
      where: term('附表'),
    };
    expect(localize(meta, 'differs', data, 'zh-CN')).toBe('中央调整后预算此处为120万元，附表为100万元');
    expect(localize(meta, 'differs', data, 'en')).toBe(
      'central adjusted budget is 120万元 here but 100万元 in the attachment table',
    );
  });
  it('leaves out the words of a phrase that are not there, and lists terms as each language lists them', () => {
    const data = {
      what: phrase(null, false, '结余'),
      actual: '1',
      expected: '2',
      where: list([term('汇总表'), term('正文')]),
    };
    expect(localize(meta, 'differs', data, 'zh-CN')).toBe('结余此处为1，汇总表、正文为2');
    expect(localize(meta, 'differs', data, 'en')).toBe('balance is 1 here but 2 in the summary table, text');
  });
  it("fills a term's own placeholders", () => {
    const data = {
      what: term('指标“{name}”', { name: '产出数量' }),
      actual: '优',
      expected: '良',
      where: term('（正文为{score}）', { score: '18分' }),
    };
    expect(localize(meta, 'differs', data, 'zh-CN')).toBe('指标“产出数量”此处为优，（正文为18分）为良');
    expect(localize(meta, 'differs', data, 'en')).toBe(
      'Indicator "产出数量" is 优 here but 良 in the  (the text says 18分)',
    );
  });
  it('refuses a messageId the rule does not have', () => {
    expect(() => localize(meta, 'nope', {}, 'en')).toThrow(/unknown messageId nope/);
  });
  it('knows each Chinese form of a fund kind, and no English word as a key', () => {
    for (const zh of ['结余', '结余资金', '到位率', '资金到位率', '执行率', '预算执行率'])
      expect(inGlossary(zh), zh).toBe(true);
    expect(inGlossary('balance')).toBe(false);
  });
});

describe('dedupe', () => {
  it('says a finding once per rule, message and first place, keeping the first', () => {
    const a = finding('甲', at('120'));
    const b = { ...finding('甲', at('120')), expected: 'other' };
    const c = finding('乙', at('120'));
    const d = finding('甲', at('120', 4));
    const e = finding('甲', at('120'), 'money/other');
    expect(dedupe([a, b, c, d, e])).toEqual([a, c, d, e]);
  });
});

describe('sort by position', () => {
  it('orders by block, then row and column of the cell, then offset; ties keep their order', () => {
    const items = [
      { id: 'late', at: { block: 9 } },
      { id: 'cell 2,1', at: { block: 3, cell: { row: 2, col: 1 } } },
      { id: 'cell 1,5', at: { block: 3, cell: { row: 1, col: 5 } } },
      { id: 'offset 7', at: { block: 2, start: 7 } },
      { id: 'offset 3', at: { block: 2, start: 3 } },
      { id: 'offset 3 again', at: { block: 2, start: 3 } },
    ];
    expect(sortByPosition(items, (i) => i.at).map((i) => i.id)).toEqual([
      'offset 3',
      'offset 3 again',
      'offset 7',
      'cell 1,5',
      'cell 2,1',
      'late',
    ]);
  });
});

describe('the pipeline', () => {
  // one cell of the 分值 column holds two figures: the table is read poorly and said once
  const doc = docFromText(
    [
      '二、评价结论',
      '各指标得分见下表。',
      '指标名称\t分值\t得分',
      '决策\t20\t18',
      '过程\t20 18\t',
      '产出\t40\t36',
    ].join('\n\n'),
  );
  const run = (lang: 'zh-CN' | 'en') => checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang });
  it('keeps the messageId on the finding, the same in both languages', () => {
    const [zh] = run('zh-CN');
    const [en] = run('en');
    expect(zh).toMatchObject({
      ruleId: 'table/unreadable',
      messageId: 'poor',
      message: '表1未能可靠读取（第2列一格内有两个数字），表中的数字未核对，请人工核对',
    });
    expect(en).toMatchObject({
      ruleId: 'table/unreadable',
      messageId: 'poor',
      message: 'Table 1 could not be read reliably (column 2: two figures in one cell); its figures were not checked',
    });
  });
});
