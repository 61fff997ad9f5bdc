// The config's settings.year reaches every fact extractor, not only identity (issue 11, item 6): a
// report whose title still says 2023 checked with `year: 2024` reads its 2024 sentences as its own.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check-document.js';
import { extractFunding } from '../../src/facts/funding/funding.js';
import { extractTargets } from '../../src/facts/targets/targets.js';
import { docFromText } from '../helpers.js';

const doc = docFromText(
  [
    '某县2023年度农村饮水安全项目绩效评价报告',
    '一、项目资金',
    '2024年度项目预算100万元，到位资金90万元，资金到位率95%。',
    '二、绩效目标完成情况',
    '2024年度完成维修水井12眼。',
  ].join('\n\n'),
);
const run = (settings: { year?: number }) =>
  checkDocument(doc, { rules: allRules, ruleConfig: {}, settings, lang: 'zh-CN' });

describe('settings.year in the facts', () => {
  it('makes a sentence dated by it the report’s own, in funding and targets', () => {
    // with the title's 2023, the sentence opened by 2024 is another year's: none of its figures is the report's
    expect(extractFunding(doc).figures.map((f) => f.kind)).toEqual([]);
    expect(extractFunding(doc, { year: 2024 }).figures.map((f) => f.kind)).toEqual([
      'budget',
      'arrived',
      'arrivalRate',
    ]);
    const wells = (year?: number) =>
      extractTargets(doc, year ? { year } : {})
        .statements.filter((x) => x.name.includes('水井'))
        .map((x) => x.actual?.q.value.toString());
    expect(wells()).toEqual([]);
    expect(wells(2024)).toEqual(['12']);
  });
  it('reaches the rules through the engine: a wrong 到位率 in a 2024 sentence is found with year 2024', () => {
    expect(run({}).filter((f) => f.ruleId.startsWith('money/'))).toEqual([]);
    expect(
      run({ year: 2024 })
        .filter((f) => f.ruleId === 'money/identity')
        .map((f) => f.actual),
    ).toEqual(['95%']);
  });
});
