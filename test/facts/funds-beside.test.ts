// The funding figures stated beside one another: a rate's operands are those of its own sentence, or
// of its own table row and scope, before the amounts the whole document stands by.
import { describe, expect, it } from 'vitest';
import { isStated } from '../../src/facts/lang/numbers.js';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

const facts = (body: string) => new Facts(docFromText(`2024年度某项目绩效评价报告\n\n${body}`), {});
const shown = (fs: { q: { text: string } }[]) => fs.map((f) => f.q.text);

describe('funding figures beside one another', () => {
  it("are a sentence's: the rate's 到位 and 预算 are its own sentence's, not another's", () => {
    const f = facts('项目预算资金200万元，实际到位资金150万元，到位率75%。\n\n另有预算资金300万元，到位资金300万元。');
    const rate = f.funding.figures.filter(isStated).find((x) => x.kind === 'arrivalRate')!;
    expect(rate).toBeDefined();
    expect(shown(f.fundsBeside.of('budget', rate))).toEqual(['200万元']);
    expect(shown(f.fundsBeside.of('arrived', rate))).toEqual(['150万元']);
  });
  it('leave the figure itself out: another figure of its kind beside it, or none', () => {
    const f = facts('项目预算资金200万元，实际到位资金150万元，到位率75%。');
    const budget = f.funding.figures.filter(isStated).find((x) => x.kind === 'budget')!;
    expect(f.fundsBeside.of('budget', budget)).toEqual([]);
  });
});
