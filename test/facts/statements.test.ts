// The statements of one figure and the one the document stands by, as the fact store hands them to
// money/consistency and target/actual-consistency (issue 11, items 1–2: the rules only read them).
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

const TITLE = '某县2024年度农村饮水安全项目绩效评价报告';
const facts = (...paragraphs: string[]) => new Facts(docFromText([TITLE, ...paragraphs].join('\n\n')), {});
const show = (xs: { q: { text: string } }[]) => xs.map((x) => x.q.text);

describe('ctx.facts.fundStatements', () => {
  it('groups the statements of one figure and stands by the majority; the rest are to fix', () => {
    const f = facts('项目预算100万元，到位资金90万元。', '项目预算为100万元。', '项目预算合计120万元。');
    const budget = f.fundStatements.find((s) => s.stoodBy[0]?.kind === 'budget');
    expect(show(budget?.stoodBy ?? [])).toEqual(['100万元', '100万元']);
    expect(show(budget?.outliers ?? [])).toEqual(['120万元']);
    const arrived = f.fundStatements.find((s) => s.stoodBy[0]?.kind === 'arrived');
    expect(arrived?.outliers).toEqual([]);
  });
  it('takes a plain 预算 that equals the 调整后预算 as that figure restated, not a figure of its own', () => {
    const f = facts('项目年初预算100万元，调整后预算120万元。', '预算数为120万元。');
    const kinds = f.fundStatements.map((s) => `${s.stoodBy[0].variant}:${show(s.stoodBy)}`);
    expect(kinds).toEqual(['initial:100万元', 'adjusted:120万元']);
  });
  it('keeps one city’s figures with that city’s, never with the project’s', () => {
    const f = facts('项目累计支出100.00万元。', '太原市累计支出40.00万元。');
    const scopes = f.fundStatements.map((s) => [s.stoodBy[0].scope, show(s.stoodBy)]);
    expect(scopes).toEqual([
      [null, ['100.00万元']],
      ['place:太原市', ['40.00万元']],
    ]);
    expect(f.fundStatements.flatMap((s) => s.outliers)).toEqual([]);
  });
  it('between two equal groups stands by the rate its amounts give (90 ÷ 100 = 90%), even when it comes later', () => {
    const f = facts('资金到位率95%。', '项目预算100万元，到位资金90万元，资金到位率90%。');
    const rate = f.fundStatements.find((s) => s.stoodBy[0]?.kind === 'arrivalRate');
    expect(show(rate?.stoodBy ?? [])).toEqual(['90%']);
    expect(show(rate?.outliers ?? [])).toEqual(['95%']);
  });
  it('is built once per document', () => {
    const f = facts('项目预算100万元。');
    expect(f.fundStatements).toBe(f.fundStatements);
  });
});

describe('ctx.facts.fundStanding', () => {
  it('gives the whole amount the document stands by, of one kind and scope, never a source’s part', () => {
    const f = facts(
      '项目到位资金90万元，其中中央资金60万元、省级资金30万元。',
      '项目到位资金为90万元。',
      '项目到位资金合计95万元。',
      '太原市累计到位资金40.00万元。',
    );
    expect(show(f.fundStanding.of('arrived', null))).toEqual(['90万元']);
    expect(show(f.fundStanding.of('arrived', 'place:太原市'))).toEqual(['40.00万元']);
    expect(f.fundStanding.of('spent', null)).toEqual([]);
    expect(f.fundStanding.of('arrived', null)).toBe(f.fundStanding.of('arrived', null));
  });
  it('gives one budget of each variant stated, 调整后 first: any may be a rate’s denominator', () => {
    const f = facts('项目年初预算100万元，调整后预算120万元。');
    expect(f.fundStanding.of('budget', null).map((b) => `${b.variant}:${b.q.text}`)).toEqual([
      'adjusted:120万元',
      'initial:100万元',
    ]);
  });
});

describe('ctx.facts.targetIndicators', () => {
  const TABLE = ['绩效指标\t年度目标\t实际完成\t分值\t得分', '新增规上企业数量\t≥20家\t22家\t5\t5'].join('\n');
  it('names an indicator as its table row does and stands by the actual most places give (家 and 户 alike)', () => {
    const f = facts('新增规上企业数量20家以上，实际新增22户。', '新增规上企业数量20家以上，实际新增25家。', TABLE);
    const firms = f.targetIndicators.find((i) => i.name.includes('规上企业'));
    expect(firms?.name).toBe('新增规上企业数量');
    expect(firms?.statements).toHaveLength(3);
    expect(show((firms?.actual?.stoodBy ?? []).map((s) => s.actual))).toEqual(['22户', '22家']);
    expect(show((firms?.actual?.outliers ?? []).map((s) => s.actual))).toEqual(['25家']);
  });
  it('votes on no actual when they are in units that do not compare', () => {
    const f = facts(
      '新增规上企业数量20家以上，实际新增22家。',
      ['绩效指标\t年度目标\t实际完成\t分值\t得分', '新增规上企业数量\t≥20家\t30公里\t5\t5'].join('\n'),
    );
    expect(f.targetIndicators.find((i) => i.name.includes('规上企业'))?.actual).toBeNull();
  });
});
