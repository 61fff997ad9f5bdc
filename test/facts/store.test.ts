// The fact store on the rule context (issue 11, item 1): each fact built once per document on
// first read, with the config's settings and the report's identity handed to every extractor.
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/model/rule.js';
import { checkDocument } from '../../src/engine/check-document.js';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

const doc = docFromText(
  [
    '某县2023年度农村饮水安全项目绩效评价报告',
    '一、项目资金',
    '2024年度项目预算100万元，到位资金90万元，资金到位率90%。',
    '二、绩效目标完成情况',
    '2024年度完成维修水井12眼，评价等级为“优”。',
  ].join('\n\n'),
);

describe('the fact store', () => {
  it('builds a fact on first read and hands back the same one after', () => {
    const facts = new Facts(doc, {});
    expect(facts.funding).toBe(facts.funding);
    expect(facts.indicators).toBe(facts.indicators);
    expect(facts.indicators[0].consensus.f).toBe(facts.indicators[0].facts);
  });
  it('hands settings.year to every extractor: funding, targets and grades read 2024 sentences as the report’s own', () => {
    const title = new Facts(doc, {});
    const config = new Facts(doc, { year: 2024 });
    expect(title.basics.evaluated).toEqual({ from: 2023, to: 2023 });
    expect(config.basics.evaluated).toEqual({ from: 2024, to: 2024 });
    // a sentence opened by '2024年度' is 2024's across its clauses (lang/other-year.ts openedByAnotherYear): none of it is 2023's
    expect(title.funding.figures.map((f) => f.kind)).toEqual([]);
    expect(config.funding.figures.map((f) => f.kind)).toEqual(['budget', 'arrived', 'arrivalRate']);
    const wells = (f: Facts) =>
      f.targets.statements.filter((x) => x.name.includes('水井')).map((x) => x.actual?.q.value.toString());
    expect(wells(title)).toEqual([]);
    expect(wells(config)).toEqual(['12']);
    expect(title.grades.stated).toEqual([]);
    expect(config.grades.stated.map((g) => g.grade)).toEqual(['优']);
  });
  it('hands settings.projectName to identity', () => {
    expect(new Facts(doc, { projectName: '某某项目' }).identity.projectName).toBe('某某项目');
  });
  it('hands settings.knownNames to identity as the name cores the config allows, once for the rules that read them', () => {
    const facts = new Facts(doc, { knownNames: ['农村公路养护项目', '2023年度农村饮水安全项目绩效评价报告'] });
    expect([...facts.identity.knownCores]).toEqual(['农村公路养护', '农村饮水安全']);
    expect([...new Facts(doc, {}).identity.knownCores]).toEqual([]);
  });
  it('knows from the title or the cover whether the report is a self-evaluation', () => {
    expect(new Facts(doc, {}).identity.selfEvaluation).toBe(false);
    expect(new Facts(docFromText('某局2024年度部门整体支出绩效自评报告\n\n一、概况'), {}).identity.selfEvaluation).toBe(
      true,
    );
  });
  it('is one store per document for all rules: a second rule reads the fact the first one built', () => {
    const seen: unknown[] = [];
    const reader = (id: string): Rule => ({
      meta: { id, description: { 'zh-CN': id, en: id }, defaultSeverity: 'info', messages: {} },
      check: (ctx) => void seen.push(ctx.facts.funding),
    });
    checkDocument(doc, { rules: [reader('a/one'), reader('a/two')], ruleConfig: {}, settings: {}, lang: 'zh-CN' });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});
