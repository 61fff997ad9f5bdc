// One answer to "whose figure is it, within the project" for every fact (issue 11, item 4): the store's
// partScopes knows the parts the funding tables name as rows and as columns, and funding and targets
// both ask it.
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

const doc = docFromText(
  [
    '2024年度某省非物质文化遗产保护专项资金绩效评价报告',
    '一、资金使用情况',
    '表1 分子项目资金使用情况（单位：万元）',
    '子项目\t预算数\t支出数',
    '非遗工坊建设\t8,700.00\t8,399.77',
    '非遗宣传展示\t2,600.00\t2,512.60',
    '合计\t11,300.00\t10,912.37',
    '二、绩效目标完成情况',
    '全年实际完成传承人培训300人次。',
    '非遗工坊建设全年实际完成传承人培训120人次。',
  ].join('\n\n'),
);

describe('ctx.facts.partScopes', () => {
  it('knows a sub-programme the funding table names as a row, for a sentence that opens with it', () => {
    const facts = new Facts(doc, {});
    const sentence = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.startsWith('非遗工坊建设全年'));
    expect(facts.partScopes.of(sentence, 10)).toBe('part:非遗工坊建设');
    expect(facts.partScopes.of(sentence - 1, 10)).toBeNull();
  });
  it('is the one targets ask too: the sub-programme’s 120人次 is not the project’s indicator, the project’s 300人次 is', () => {
    const facts = new Facts(doc, {});
    const trained = facts.targets.statements.filter((s) => s.name.includes('培训')).map((s) => s.actual?.q.text);
    expect(trained).toEqual(['300人次']);
    expect(facts.partScopes).toBe(facts.partScopes);
  });
});

// A clause, not only a sentence or a section, opened by a part states that part's figures (U's 沧州市
// 城乡义务教育补助经费: its four sub-funds, its counties): the sub-funds the report lists and counts, a county of
// its own city after "如下：", a part named as "X中的Y"; the whole's clause before the first part clause stays the whole's.
const fund = (...body: string[]) =>
  docFromText(
    [
      '沧州市2023年度城乡义务教育补助经费绩效评价报告',
      '一、基本情况',
      '沧州市城乡义务教育补助经费包括公用经费补助资金、家庭经济困难学生生活补助资金、校舍安全保障长效机制资金、免费教科书资金四项。',
      ...body,
    ].join('\n\n'),
  );
/** The part scope at the first occurrence of `figure` in the paragraph that holds it. */
const scopeAt = (doc: ReturnType<typeof fund>, figure: string) => {
  const block = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.includes(figure));
  const b = doc.blocks[block];
  return new Facts(doc, {}).partScopes.of(block, b.kind === 'paragraph' ? b.text.indexOf(figure) : 0);
};

describe('a clause opened by a part', () => {
  it('is a sub-fund the report lists and counts ("包括A、B、C、D四项"), after "，" and after "；"', () => {
    const doc = fund(
      '分补助项目看，公用经费补助资金到位75,752.48万元，支出72,979.97万元；校舍安全保障长效机制资金到位2,615.40万元，支出2,230.23万元。',
    );
    expect(scopeAt(doc, '72,979.97')).toBe('part:公用经费补助资金');
    expect(scopeAt(doc, '2,230.23')).toBe('part:校舍安全保障长效机制资金');
  });
  it('is not an item of a list whose count does not match it ("包括A、B三项")', () => {
    const doc = docFromText(
      [
        '某市2023年度教育补助经费绩效评价报告',
        '经费包括公用经费补助资金、校舍安全保障长效机制资金三项。',
        '分补助项目看，校舍安全保障长效机制资金到位2,615.40万元。',
      ].join('\n\n'),
    );
    const block = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.includes('2,615.40'));
    const b = doc.blocks[block];
    expect(new Facts(doc, {}).partScopes.of(block, b.kind === 'paragraph' ? b.text.indexOf('2,615.40') : 0)).toBeNull();
  });
  it('is the part of "X中的Y" opening the clause', () => {
    const doc = fund(
      '截至2023年底，沧州市城乡义务教育补助经费中的校舍安全保障长效机制资金到位2,615.40万元，支出2,230.23万元。',
    );
    expect(scopeAt(doc, '2,230.23')).toBe('part:校舍安全保障长效机制资金');
  });
  it('is a county of the report’s city after "如下：", while the clause before it stays the whole’s', () => {
    const doc = fund(
      '全市实际到位94,753.76万元，各县（市、区）资金使用情况如下：运河区到位资金5,965.54万元，实际支出5,824.82万元；新华区到位资金4,832.43万元。',
    );
    expect(scopeAt(doc, '94,753.76')).toBeNull();
    expect(scopeAt(doc, '5,824.82')).toBe('place:运河区');
    expect(scopeAt(doc, '4,832.43')).toBe('place:新华区');
  });
  it('takes no source after "其中：" for a place ("中央财政城镇…", "其中县级…")', () => {
    const doc = fund(
      '项目预算资金共计9,000.00万元，其中：中央财政城镇保障性安居工程补助资金5,826.00万元，县级财政配套资金1,652.00万元。实际到位8,544.00万元，其中县级配套资金到位1,196.00万元。',
    );
    expect(scopeAt(doc, '5,826.00')).toBeNull();
    expect(scopeAt(doc, '1,196.00')).toBeNull();
  });
  it('keeps the whole’s reading where a part is named inside the clause, not opening it', () => {
    const doc = fund('全市到位资金94,753.76万元，主要用于公用经费补助资金，实际支出91,052.88万元。');
    expect(scopeAt(doc, '94,753.76')).toBeNull();
    expect(scopeAt(doc, '91,052.88')).toBeNull();
  });
});

// A construction project let in 标段 (X's 五华县城镇污水管网…工程): a clause opened by a numbered part — an ordinal and
// 标段 (子项目, 片区, 批次), "施工X标段", or "其中N个施工标段" — states that part's figures, however the ordinal is
// written; the project's own clauses, and a report that is itself one lot's, stay the whole's.
const works = (title: string, ...body: string[]) => docFromText([title, '一、基本情况', ...body].join('\n\n'));
const atFigure = (doc: ReturnType<typeof works>, figure: string) => {
  const block = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.includes(figure));
  const b = doc.blocks[block];
  return new Facts(doc, {}).partScopes.of(block, b.kind === 'paragraph' ? b.text.indexOf(figure) : 0);
};
const TITLE = '五华县城镇污水管网建设及提质增效工程（2023—2024年）财政重点绩效评价报告';

describe('a clause opened by a numbered part', () => {
  it('is a lot after "分标段看，" and after "；", the project’s clause before it the whole’s', () => {
    const doc = works(
      TITLE,
      '项目新建管网119.554km、一体化提升泵站7座。分标段看，一标段（县城主城区）新建管网30.512km、提升泵站2座；二标段（华城镇区）新建管网22.546km、提升泵站1座。',
    );
    expect(atFigure(doc, '7座')).toBeNull();
    expect(atFigure(doc, '2座')).toBe('part:标段1');
    expect(atFigure(doc, '1座')).toBe('part:标段2');
  });
  it('is the same lot however its ordinal is written ("施工三标段", "第3标段"), and a 批次 or 片区 too', () => {
    const doc = works(
      TITLE,
      '施工三标段送审4,813.91万元，审定4,590.06万元。第3标段延期45天。第二批次下达资金1,200.00万元。二片区接户2,962户。',
    );
    expect(atFigure(doc, '4,590.06')).toBe('part:标段3');
    expect(atFigure(doc, '45天')).toBe('part:标段3');
    expect(atFigure(doc, '1,200.00')).toBe('part:批次2');
    expect(atFigure(doc, '2,962')).toBe('part:片区2');
  });
  it('is the lots together after 其中 ("其中5个施工标段送审…"), a part of the contracts before it', () => {
    const doc = works(
      TITLE,
      '9份合同送审金额合计21,595.28万元，综合核减率2.92%。其中5个施工标段送审20,275.32万元，核减率2.80%。',
    );
    expect(atFigure(doc, '2.92%')).toBeNull();
    expect(atFigure(doc, '2.80%')).toBe('part:标段*');
  });
  it('is not a count of lots nor a clause that names a lot inside it', () => {
    const doc = works(TITLE, '施工共划分为5个标段，新建管网119.554km。项目建设内容包括一标段在内的管网160.716km。');
    expect(atFigure(doc, '119.554')).toBeNull();
    expect(atFigure(doc, '160.716')).toBeNull();
  });
  it('is the whole’s in a report that is itself one lot’s ("…工程施工一标段绩效评价报告")', () => {
    const doc = works('某县污水管网工程施工一标段2024年度绩效评价报告', '一标段新建管网30.512km，提升泵站2座。');
    expect(atFigure(doc, '2座')).toBeNull();
  });
});
