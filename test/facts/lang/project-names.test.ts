// Name mentions of a construction project (X): 工程 ends a name only in a report whose own name ends in it, and there
// only for a name a place opens or dates, or the own name; a unit's name and a kind of project are no mentions.
import { describe, expect, it } from 'vitest';
import { DOUBLED_FUND_WORD, findNameMentions } from '../../../src/facts/lang/project-names.js';
import { getSegmenter } from '../../../src/structure/segmenter.js';

const OWN = '平远县农村供水保障及管网改造工程';
const names = (text: string, own: string | null = OWN) =>
  findNameMentions(text, getSegmenter(), own).map((m) => m.name);

describe('findNameMentions: a name ending in 工程', () => {
  it('reads a …工程 name a place opens, with 及 of the own name inside it', () => {
    expect(names('平远县农村供水保障及官网改造工程共发生变更签证12项。')).toEqual(['平远县农村供水保障及官网改造工程']);
    expect(names('完成蕉岭县城区雨污分流排涝工程剩余接户工作。')).toEqual(['蕉岭县城区雨污分流排涝工程']);
  });

  it('reads the own name dated after its place (place, year, name) with its year', () => {
    const [m] = findNameMentions(
      '评价组认为，平远县2021年农村供水保障及管网改造工程立项依据充分。',
      getSegmenter(),
      OWN,
    );
    expect(m.name).toBe('农村供水保障及管网改造工程');
    expect(m.yearPrefix?.value).toBe(2021);
  });

  it('leaves 工程 as a common noun alone: 工程量, 管网工程, 工程监理, 造价工程师', () => {
    expect(names('完成管网工程建设，工程量与设计一致，工程监理到位，注册造价工程师审核了结算。')).toEqual([]);
  });

  it('reads no …工程 name where the own name ends otherwise', () => {
    expect(names('平远县农村供水保障及管网改造工程共发生变更签证12项。', '平远县农村供水保障资金')).toEqual([]);
  });

  it("reads no name inside a unit's name or a kind of project", () => {
    expect(names('项目实施单位：平远县城乡供水项目建设管理中心；平远县水务项目办公室配合。')).toEqual([]);
    expect(names('评价组按照我公司政府投资建设项目绩效评价模板开展评价。')).toEqual([]);
  });
});

describe('DOUBLED_FUND_WORD: a name tail that says "funds" twice', () => {
  it('reads 经费资金 and 资金经费 in a tail, with or without 项目 after', () => {
    expect(DOUBLED_FUND_WORD.test('经费资金项目')).toBe(true);
    expect(DOUBLED_FUND_WORD.test('资金经费')).toBe(true);
  });

  it('leaves one fund word alone, chained with 项目 or 专项 as names are: 经费项目, 专项资金, 资金项目', () => {
    expect(DOUBLED_FUND_WORD.test('经费项目')).toBe(false);
    expect(DOUBLED_FUND_WORD.test('专项资金')).toBe(false);
    expect(DOUBLED_FUND_WORD.test('资金项目')).toBe(false);
    expect(DOUBLED_FUND_WORD.test('经费、资金')).toBe(false);
  });
});
