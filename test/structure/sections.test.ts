import { describe, expect, it } from 'vitest';
import { matchNumbering } from '../../src/structure/numbering.js';
import { normalize } from '../../src/structure/normalize.js';
import { docFromText } from '../helpers.js';

const tree = (text: string) =>
  docFromText(text).sections.map((s) => `${s.level}:${s.numbering}${s.title}${s.runIn ? '*' : ''}`);

describe('numbering', () => {
  it('recognizes each Chinese numbering kind with its value', () => {
    const m = (s: string) => {
      const r = matchNumbering(normalize(s).text);
      return r && `${r.kind}:${r.ordinal}`;
    };
    expect(m('十二、其他')).toBe('cn-dun:12');
    expect(m('（三）项目')).toBe('cn-paren:3');
    expect(m('(三) 项目')).toBe('cn-paren:3');
    expect(m('2. 资金')).toBe('arabic-dot:2');
    expect(m('2、资金')).toBe('arabic-dot:2');
    expect(m('（4）资金')).toBe('arabic-paren:4');
    expect(m('③是否')).toBe('circled:3');
  });

  it("takes an indicator's dotted code for numbering before a name and its score bracket", () => {
    const m = (s: string) => {
      const r = matchNumbering(normalize(s).text);
      return r && `${r.kind}:${r.ordinal}:${r.numbering}`;
    };
    expect(m('2.1资金管理（分值13分，得分12.23分）')).toBe('arabic-dotted:1:2.1');
    expect(m('1.1 项目立项（分值 5 分，得分 4.50 分）')).toBe('arabic-dotted:1:1.1');
    expect(m('1.1.2 绩效目标合理性（分值2分，得2分）。该项目…')).toBe('arabic-dotted:2:1.1.2');
    expect(m('3.4 产出成本（权重10分，得分9分）')).toBe('arabic-dotted:4:3.4');
  });

  it('does not take a decimal, a figure with its unit or a code without a score for numbering', () => {
    // mutool's cell lines of a targets table, a sentence's decimal, a code with a name but no score
    for (const s of [
      '4.3 公里',
      '3.2 万吨（设计能力，实际2.9万吨）',
      '4.2 个百分点',
      '1.5倍于上年，得分5分',
      '2.1 资金管理',
      '1.1 项目立项情况良好，得到批复。',
      '2.85（利率，得分2分）',
    ])
      expect(matchNumbering(normalize(s).text)).toBeNull();
  });

  it('does not take years, decimals or 一是 for numbering', () => {
    for (const s of ['2024年工作', '2.5万元', '一是项目提速行动', '指标1：工业总产值'])
      expect(matchNumbering(normalize(s).text)).toBeNull();
  });
});

describe('section tree', () => {
  it('nests by the order numbering kinds open, and skips a missing level', () => {
    expect(
      tree('一、概况\n\n（一）背景\n\n1. 内容\n\n（1）细节\n\n（二）目标\n\n二、结论\n\n1、建议。正文继续写。'),
    ).toEqual(['1:一、概况', '2:（一）背景', '3:1.内容', '4:（1）细节', '2:（二）目标', '1:二、结论', '2:1、建议*']);
  });

  it("nests an indicator's second level under its first and its run-in third levels under it", () => {
    // a PDF or text has no heading style: the codes alone make the levels ("1.1" / "1.1.1" are two)
    expect(
      tree(
        '四、绩效分析\n\n（一）决策指标（分值15分，得分13.00分）\n\n1.1 项目立项（分值5分，得分4.50分）\n\n' +
          '1.1.1 立项依据充分性（分值2分，得2分）。项目符合规划。\n\n1.1.2 立项程序规范性（分值3分，得2.50分）。程序基本规范。\n\n' +
          '1.2 绩效目标（分值4分，得分4.00分）\n\n项目年运量提高1.5倍，里程4.3公里。\n\n（二）过程指标（分值25分，得分21.73分）',
      ),
    ).toEqual([
      '1:四、绩效分析',
      '2:（一）决策指标',
      '3:1.1项目立项',
      '4:1.1.1立项依据充分性*',
      '4:1.1.2立项程序规范性*',
      '3:1.2绩效目标',
      '2:（二）过程指标',
    ]);
  });

  it('strips a restated score from the title but keeps it in the heading span', () => {
    const doc = docFromText('一、分析\n\n（一）项目决策情况（指标分值20分，评价得分18分）\n\n正文。');
    const s = doc.sections[1];
    expect(s.title).toBe('项目决策情况');
    const p = doc.blocks[s.block];
    expect(p.kind === 'paragraph' && p.text.slice(s.start, s.end)).toContain('评价得分18分');
    expect(s.path).toBe('一、分析 > （一）项目决策情况');
  });

  it('puts each block in its innermost section', () => {
    const doc = docFromText('一、甲\n\n甲的正文。\n\n（一）乙\n\n乙的正文。\n\n二、丙\n\n丙的正文。');
    const sec = (t: string) => {
      const b = doc.blocks.find((x) => x.kind === 'paragraph' && x.text === t)!;
      return doc.sections[b.sectionId!].title;
    };
    expect([sec('甲的正文。'), sec('乙的正文。'), sec('丙的正文。')]).toEqual(['甲', '乙', '丙']);
  });
});

describe('cover, title and TOC', () => {
  const text = [
    '某县2023年农村道路养护项目绩效自评报告',
    '项目单位：某县交通运输局主管部门：某县人民政府',
    '评价时间：2024年3月1日至2024年3月31日',
    '目录',
    '一、项目概况\t1',
    '二、评价结论\t3',
    '一、项目概况',
    '项目于2023年实施。',
    '二、评价结论',
    '评价得分92分。',
  ].join('\n\n');
  const doc = docFromText(text);

  it('finds the title', () => expect(doc.title).toBe('某县2023年农村道路养护项目绩效自评报告'));

  it('splits two cover fields on one line', () => {
    expect(doc.cover.map((c) => [c.key, c.value])).toEqual([
      ['项目单位', '某县交通运输局'],
      ['主管部门', '某县人民政府'],
      ['评价时间', '2024年3月1日至2024年3月31日'],
    ]);
  });

  it('reads TOC entries with pages and does not make them sections', () => {
    expect(doc.toc?.entries.map((e) => [e.numbering + e.title, e.page])).toEqual([
      ['一、项目概况', 1],
      ['二、评价结论', 3],
    ]);
    expect(doc.sections.map((s) => s.title)).toEqual(['项目概况', '评价结论']);
    expect(
      doc.sections.every(
        (s) => doc.blocks[s.block].kind === 'paragraph' && (doc.blocks[s.block] as { role: string }).role === 'heading',
      ),
    ).toBe(true);
  });
});

describe('a run-in heading ended by a colon', () => {
  it('takes the short name before the colon for the title', () => {
    const doc = docFromText(
      '四、绩效分析\n\n1.产出时效：此项满分8分，评分标准为每有1个项目未按期完工扣1分。实际扣2分，得6分。',
    );
    const s = doc.sections.find((x) => x.numbering === '1.')!;
    expect([s.title, s.runIn]).toEqual(['产出时效', true]);
  });
});

describe('a numbered paragraph that is one sentence', () => {
  it('is a heading up to its first clause, the rest its run-in text', () => {
    const text = [
      '七、意见和建议',
      '（一）建立以业务量和成本核算为基础的预算编制机制，减少年中调整。',
      '（四）完善单位整体绩效目标，重庆市綦江区人民医院应结合公立医院绩效考核指标，设置可量化、可考核的产出和效益指标。',
    ].join('\n\n');
    expect(tree(text)).toEqual([
      '1:七、意见和建议',
      '2:（一）建立以业务量和成本核算为基础的预算编制机制*',
      '2:（四）完善单位整体绩效目标*',
    ]);
    const s = docFromText(text).sections[2];
    expect(text.split('\n\n')[2].slice(s.end + 1)).toMatch(/^重庆市綦江区人民医院应/);
  });

  it('keeps a heading with no sentence end, or a comma only inside its brackets, whole', () => {
    const text = [
      '五、主要成绩和经验',
      '（一）坚持公益性定位，区域医疗中心作用逐步显现',
      '（二）过程指标（权重25分，得分22.01分）。',
      '（三）预算编制精细化不足。预算编制以基数加增长为主，年中调整频繁。',
      '（四）“谁受益，谁管护”。',
      '（五）绩效评价目的、对象和范围。',
      '（六）资金支出进度偏慢，预算执行率仅85.75%。',
    ].join('\n\n');
    expect(tree(text)).toEqual([
      '1:五、主要成绩和经验',
      '2:（一）坚持公益性定位，区域医疗中心作用逐步显现',
      '2:（二）过程指标',
      '2:（三）预算编制精细化不足*',
      '2:（四）“谁受益，谁管护”',
      '2:（五）绩效评价目的、对象和范围',
      '2:（六）资金支出进度偏慢*',
    ]);
  });
});

describe('a title on two lines and cover keys set off by spaces', () => {
  const doc = docFromText(
    [
      '信丰县工业和信息化局2024年度工业倍增升级工作经费项目',
      '部门评价报告',
      '',
      '项目名称：工业倍增升级工作经费项目',
      '项目单位\u3000信丰县工业和信息化局',
      '评价时段  2024年1月1日至2024年12月31日',
      '',
      '一、项目基本情况',
      '',
      '项目预算57万元。',
    ].join('\n'),
  );
  it('joins the two lines of the title', () => {
    expect(doc.title).toBe('信丰县工业和信息化局2024年度工业倍增升级工作经费项目部门评价报告');
    expect(doc.sections.map((s) => s.title)).toEqual(['项目基本情况']);
  });
  it('reads a key followed by an ideographic space or spaces as a field', () => {
    expect(doc.cover.map((c) => [c.key, c.value])).toEqual([
      ['项目名称', '工业倍增升级工作经费项目'],
      ['项目单位', '信丰县工业和信息化局'],
      ['评价时段', '2024年1月1日至2024年12月31日'],
    ]);
  });
  it('joins a long second line that names no project ("2024年度财政重点绩效评价报告")', () => {
    const d = docFromText(
      [
        '虞城县2022—2024年老旧小区改造项目',
        '2024年度财政重点绩效评价报告',
        '',
        '一、项目基本情况',
        '',
        '项目预算9000万元。',
      ].join('\n'),
    );
    expect(d.title).toBe('虞城县2022—2024年老旧小区改造项目2024年度财政重点绩效评价报告');
  });
  it('joins the project line to the title under a short issuer line', () => {
    const d = docFromText(
      [
        '将乐县民政局',
        '将乐县２０２３年度残疾人两项补贴项目',
        '部门绩效评价报告',
        '',
        '项目名称：将乐县２０２３年度残疾人两项补贴项目',
        '',
        '一、项目基本情况',
        '',
        '正文。',
      ].join('\n'),
    );
    expect(d.title).toBe('将乐县2023年度残疾人两项补贴项目部门绩效评价报告');
  });
  it('does not take the line before a title that names the project itself for a first line', () => {
    const d = docFromText(
      ['内部资料', '', '2024年度工业倍增升级工作经费项目绩效评价报告', '', '一、概况', '', '正文。'].join('\n'),
    );
    expect(d.title).toBe('2024年度工业倍增升级工作经费项目绩效评价报告');
  });
});

describe('a contents without page numbers that lists the attachments', () => {
  const doc = docFromText(
    [
      '某县2024年度农村供水项目绩效评价报告',
      '目录',
      '一、项目基本情况',
      '二、评价结论',
      '附件1绩效评价评分表',
      '附件2子项目验收情况表',
      '某县2024年度农村供水项目绩效评价报告',
      '一、项目基本情况',
      '项目共实施子项目108个。',
      '二、评价结论',
      '综合得分90.53分。',
      '附件1绩效评价评分表',
      '见下表。',
    ].join('\n\n'),
  );

  it('takes the 附件 lines as its entries, so the body is not nested under the last attachment', () => {
    expect(doc.toc?.entries.map((e) => e.numbering + e.title)).toEqual([
      '一、项目基本情况',
      '二、评价结论',
      '附件1绩效评价评分表',
      '附件2子项目验收情况表',
    ]);
    expect(doc.sections.filter((s) => s.parent === null).map((s) => s.title)).toEqual([
      '项目基本情况',
      '评价结论',
      '绩效评价评分表',
    ]);
  });
});

describe('an unnumbered 摘要 before the first numbered heading', () => {
  const lines = (summary: string) =>
    [
      '某区人民医院2022—2024年度单位整体支出绩效评价报告',
      '被评价单位：某区人民医院',
      '评价机构：某会计师事务所',
      summary,
      '受区财政局委托，评价组对区人民医院整体支出开展绩效评价，综合得分为89.01分。',
      '一、基本情况',
      '医院始建于1939年。',
      '二、评价结论',
      '综合得分88.01分。',
    ].join('\n\n');
  const roleOf = (text: string, body: string, format: 'txt' | 'md' = 'txt') =>
    (
      docFromText(text, format).blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith(body)) as {
        role: string;
      }
    ).role;

  it('ends the cover: the summary is body, heads no section, and 一、 stays at the top', () => {
    for (const summary of ['摘要', '摘  要', '报告摘要']) {
      const doc = docFromText(lines(summary));
      expect(roleOf(lines(summary), '受区财政局委托')).toBe('body');
      expect(doc.cover.map((c) => c.key)).toEqual(['被评价单位', '评价机构']);
      expect(tree(lines(summary))).toEqual(['1:一、基本情况', '1:二、评价结论']);
    }
  });

  it('as a markdown heading too', () => {
    const md = lines('# 摘要').replace('一、基本情况', '# 一、基本情况').replace('二、评价结论', '# 二、评价结论');
    expect(roleOf(md, '受区财政局委托', 'md')).toBe('body');
    expect(docFromText(md, 'md').sections.map((s) => `${s.level}:${s.numbering}${s.title}`)).toEqual([
      '1:一、基本情况',
      '1:二、评价结论',
    ]);
  });

  it('a sentence naming 摘要 is no heading, and a 摘要 after the body is left as it was', () => {
    expect(roleOf(lines('以下为报告摘要。'), '受区财政局委托')).toBe('cover');
    const after = `${lines('说明')}\n\n# 摘要\n\n本报告综合得分88.01分。`;
    expect(docFromText(after, 'md').sections.map((s) => `${s.level}:${s.title}`)).toEqual([
      '1:基本情况',
      '1:评价结论',
      '2:摘要',
    ]);
  });
});

describe('a contents without its 目录 heading stands before the body', () => {
  // lynx's table rows ("绩效目标合理性     2", the 分值 at the line's end) in a section of the body
  const rows = ['政策依据充分性     2', '绩效目标合理性     2', '资金分配合理性     2', '资金到位率        4'];
  const report = (before: string[]) =>
    docFromText(
      [
        '某市2024年保障性安居工程专项资金绩效评价报告',
        ...before,
        '一、基本情况',
        '项目覆盖全市11个旗县市区。',
        '二、评价指标体系',
        '指标体系见表6。',
        ...rows,
        '三、评价结论',
        '综合得分89.93分。',
      ].join('\n\n'),
    );

  it('reads no contents in the body, so the chapters before the table stay sections', () => {
    const doc = report([]);
    expect(doc.toc).toBeNull();
    expect(doc.sections.filter((s) => s.parent === null).map((s) => s.title)).toEqual([
      '基本情况',
      '评价指标体系',
      '评价结论',
    ]);
  });

  it('still reads one with leaders before the first chapter', () => {
    const doc = report(['一、基本情况……………1', '二、评价指标体系……………3', '三、评价结论……………5']);
    expect(doc.toc?.entries.map((e) => [e.numbering + e.title, e.page])).toEqual([
      ['一、基本情况', 1],
      ['二、评价指标体系', 3],
      ['三、评价结论', 5],
    ]);
  });
});
