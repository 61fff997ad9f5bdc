import { describe, expect, it } from 'vitest';
import { displayName, extractIndicators } from '../../src/facts/indicators/indicators.js';
import { keysMatch, indicatorName, letterCoded } from '../../src/facts/lang/indicator-names.js';
import { docFromText } from '../helpers.js';
import { LETTER_CODED, ownFirstLevels } from '../rules/score/texts.js';

describe('indicator names', () => {
  it('strip numbering, labels, 情况/指标 and read codes', () => {
    expect(indicatorName('指标1：工业总产值').key).toBe('工业总产值');
    expect(indicatorName('（一）项目决策情况').key).toBe('项目决策');
    expect(indicatorName('（一）决策指标分析').key).toBe('决策');
    expect(indicatorName('A101 预算编制科学性')).toMatchObject({ code: 'A101', key: '预算编制科学性' });
  });
  it('read a lone letter as a code only where the name beside it extends it (A决策 over A1项目立项)', () => {
    expect(letterCoded('A决策（15分）', 'A1项目立项（5分）')).toMatchObject({ code: 'A', key: '决策' });
    expect(letterCoded('B过程（20分）', 'B103资金使用合规性')).toMatchObject({ code: 'B', key: '过程' });
    expect(letterCoded('A决策', 'B1资金管理')).toBeNull();
    expect(letterCoded('B超检查覆盖率', '产出数量')).toBeNull();
    expect(letterCoded('决策（15分）', 'A1项目立项')).toBeNull();
  });
  it('match tolerantly', () => {
    expect(keysMatch('服务满意度', '满意度')).toBe(true);
    expect(keysMatch('服务对象满意度', '服务满意度')).toBe(true);
    expect(keysMatch('产出数量', '产出质量')).toBe(false);
  });
});

describe('the tree from every source', () => {
  const doc = docFromText(
    [
      '二、指标分析',
      '（一）过程指标（共20分，得18.5分）',
      '1、资金管理（指标分值10分，评价得分10分）',
      '综上，该指标得10分。',
      '2、组织实施（指标分值10分，评价得分8.5分）',
      '制度执行不到位，扣1.5分，得8.5分。',
      '指标名称\t权重\t指标得分\t得分率',
      '过程\t20%\t18.5\t92.5%',
    ].join('\n\n'),
  );
  const f = extractIndicators(doc);
  it('one node per indicator, facts from heading, narrative and summary', () => {
    const proc = f.nodes.find((n) => displayName(n) === '过程')!;
    expect(proc.level).toBe(1);
    const got = f.facts.filter((x) => x.node === proc.id).map((x) => `${x.source}:${x.kind}=${x.q?.value.toString()}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'heading:分值=20',
        'heading:得分=18.5',
        'summary:权重=20',
        'summary:得分=18.5',
        'summary:得分率=92.5',
      ]),
    );
    const org = f.nodes.find((n) => displayName(n) === '组织实施')!;
    expect(org.parent).toBe(proc.id);
    expect(
      f.facts
        .filter((x) => x.node === org.id && x.source === 'narrative')
        .map((x) => `${x.kind}=${x.q!.value.toString()}`),
    ).toEqual(['扣分=1.5', '得分=8.5']);
  });
});

describe("scores that are not the indicator's own", () => {
  const doc = docFromText(
    [
      '四、绩效指标分析',
      '经自评，本项目综合得分40分。其中：决策指标满分20分，自评19分；产出指标满分23分，自评21分。',
      '（一）决策指标',
      '决策指标得分情况略。',
      '（二）产出指标',
      '1.产出数量：此项满分15分，自评15分。硬化村内道路4.35公里，安装太阳能路灯224盏，三项指标各得5分。',
      '2.产出时效：此项满分8分，评分标准为每有1个项目未按期完工扣1分。2个项目延期，扣2分，得6分。',
    ].join('\n\n'),
  );
  const f = extractIndicators(doc);
  const facts = (name: string) => {
    const n = f.nodes.find((x) => displayName(x) === name)!;
    return f.facts
      .filter((x) => x.node === n.id && x.source === 'narrative')
      .map((x) => `${x.kind}=${x.q?.value.toString()}`);
  };
  it('leave out "各得5分" (each of several) and "每…扣1分" (a rule, not a deduction)', () => {
    expect(facts('产出数量')).toEqual(['分值=15', '得分=15']);
    expect(facts('产出时效')).toEqual(['分值=8', '扣分=2', '得分=6']);
  });
  it('give "决策指标满分20分，自评19分" to 决策, not to the total', () => {
    expect(facts('决策')).toEqual(['分值=20', '得分=19']);
    expect(
      f.facts.filter((x) => x.node === 0 && x.source === 'narrative').map((x) => `${x.kind}=${x.q?.value.toString()}`),
    ).toEqual(['得分=40']);
  });
});

describe('two rows of one table with alike names', () => {
  it('are two indicators', () => {
    const doc = docFromText(
      [
        '附件：评分表',
        '一级指标\t二级指标\t三级指标\t分值\t得分',
        '效益\t满意度\t服务对象满意度\t5\t5',
        '\t\t服务对象家属满意度\t3\t2',
        '合计\t\t\t8\t7',
      ]
        .join('\n\n')
        .replace(/\n\n(?=\t|效益|合计)/g, '\n'),
    );
    const f = extractIndicators(doc);
    const sat = f.nodes.find((n) => displayName(n) === '满意度')!;
    expect(sat.children.map((id) => displayName(f.nodes[id]))).toEqual(['服务对象满意度', '服务对象家属满意度']);
  });
});

describe('sibling sections with alike names', () => {
  it('are two indicators', () => {
    const doc = docFromText(
      [
        '四、绩效评价指标分析',
        '（二）产出指标分析（38分，得38分）',
        '1.产出数量（16分）',
        '（1）困难残疾人生活补贴发放人数（8分）。月均发放3215人，超过年度目标，得8分。',
        '（2）重度残疾人护理补贴发放人数（8分）。月均发放2748人，得8分。',
        '2.产出质量（22分）',
        '（1）补贴对象认定准确率（22分）。认定准确，得22分。',
      ].join('\n\n'),
    );
    const f = extractIndicators(doc);
    const count = f.nodes.find((n) => displayName(n) === '产出数量')!;
    expect(count.children.map((id) => displayName(f.nodes[id]))).toEqual([
      '困难残疾人生活补贴发放人数',
      '重度残疾人护理补贴发放人数',
    ]);
  });
});

describe('sentences opened by an indicator name and a colon', () => {
  // one paragraph restates its heading and scores the sub-indicators in turn, "X：该指标分值…"
  const doc = docFromText(
    [
      '三、指标分析',
      '（二）绩效目标（5分，得4.5分）。绩效目标合理性：该指标分值3分，得满分。绩效目标明确性：该指标分值2分，扣0.5分，得1.5分。长效管护：该指标分值2分，得1分。',
      '附表',
      '一级指标\t二级指标\t三级指标\t分值\t得分',
      '决策\t绩效目标\t绩效目标合理性\t3\t3',
      '决策\t绩效目标\t绩效目标明确性\t2\t1.5',
    ].join('\n\n'),
  );
  const f = extractIndicators(doc);
  const narrative = (name: string) => {
    const n = f.nodes.find((x) => displayName(x) === name)!;
    return f.facts
      .filter((x) => x.node === n.id && x.source === 'narrative')
      .map((x) => `${x.kind}=${x.q?.value.toString() ?? 'full'}`);
  };
  it('score the sub-indicator named, not the section', () => {
    expect(narrative('绩效目标明确性')).toEqual(['分值=2', '扣分=0.5', '得分=1.5']);
    expect(narrative('绩效目标')).toEqual([]);
  });
  it('leave out a name the section does not hold', () => {
    expect(f.facts.some((x) => x.source === 'narrative' && x.q?.value.toString() === '1')).toBe(false);
  });
});

describe('a sentence naming a sub-indicator with the score words of lang/score-words.ts', () => {
  // "共计扣" is a total's word before the score words as "共扣" is: the sentence scores 产出质量, not its section
  const doc = docFromText(
    [
      '三、指标分析',
      '（一）产出指标',
      '完成全部任务。产出质量指标共计扣2分，得分6分。',
      '附表',
      '一级指标\t二级指标\t分值\t得分',
      '产出指标\t产出数量\t10\t10',
      '\t产出质量\t8\t6',
    ].join('\n\n'),
  );
  const f = extractIndicators(doc);
  const narrative = (name: string) => {
    const n = f.nodes.find((x) => displayName(x) === name)!;
    return f.facts.filter((x) => x.node === n.id && x.source === 'narrative').map((x) => `${x.kind}=${x.q?.value}`);
  };
  it('places its figures at the sub-indicator it names', () => {
    expect(narrative('产出质量')).toEqual(['扣分=2', '得分=6']);
    expect(narrative('产出')).toEqual([]);
  });
});

describe('paragraphs opened by an indicator code', () => {
  // a department-wide report: groups A1, A2 are bold lines, not headings, and their parts are list items
  const md = [
    '# 某局2024年度部门整体支出绩效评价报告',
    '## 四、绩效评价指标分析',
    '### （一）投入指标',
    '**A1 目标设定**（标准分8分，实得分7.5分）',
    '1. **A1-1 绩效目标合理性。** 目标与职责相符。该指标权重4分，得4分。\n2. **A1-2 绩效指标明确性。** 部分指标未量化。该指标权重4分，扣除0.5分后得3.5分。',
    '**A2 预算配置**（标准分12分，实得分12分）',
    '1. **A2-1 在职人员控制率。** 未超编。该指标权重6分，得6分。\n2. **A2-2 三公经费变动率。** 下降5.21%。该指标权重6分，得6分。',
  ].join('\n\n');
  const f = extractIndicators(docFromText(md, 'md'));
  const facts = (name: string) => {
    const n = f.nodes.find((x) => displayName(x) === name)!;
    return f.facts.filter((x) => x.node === n.id).map((x) => `${x.kind}=${x.q?.value.toString()}`);
  };
  it('are not the scores of the indicator whose section they follow', () => {
    expect(facts('绩效指标明确性')).toEqual(['分值=4', '扣分=0.5', '得分=3.5']);
    expect(facts('投入')).not.toContain('得分=7.5');
  });
  it('still give a sub-indicator its own scores', () => {
    expect(facts('在职人员控制率')).toEqual(['分值=6', '得分=6']);
  });
});

describe('a column name kept as a row by the reader', () => {
  // a page's header written again with one cell reworded, so no reassembly drops it
  const doc = docFromText(
    [
      '附件：评分表',
      '一级指标\t二级指标\t三级指标\t分值\t得分',
      '决策\t项目立项\t立项依据充分性\t5\t5',
      '一级指标\t二级指标\t三级指标\t分值\t自评得分',
      '过程\t资金管理\t资金到位率\t5\t4',
      '指标名称\t权重\t得分\t得分率',
      '决策\t50%\t5\t100%',
      '指标名称\t权重\t自评得分\t得分率',
    ].join('\n\n'),
  );
  it('is never an indicator', () => {
    const names = extractIndicators(doc).nodes.map(displayName);
    expect(names).toEqual(expect.arrayContaining(['决策', '过程', '资金到位率']));
    for (const n of names) expect(n).not.toMatch(/^(?:[一二三]级)?指标(?:名称)?$/);
  });
});

describe('first-level cells coded by a lone letter (A决策（15分） | A1项目立项 | A101…)', () => {
  // Q's 表6: the letter is the code its rows extend, so A决策 is the 决策 of "（一）项目决策情况"; read
  // as a name of its own it made four empty first-level nodes, and the first level no longer added up
  const doc = docFromText(LETTER_CODED.join('\n\n'));
  const f = extractIndicators(doc);
  it('are the first-level indicators the headings name', () => {
    expect(f.nodes[0].children.map((id) => displayName(f.nodes[id]))).toEqual(['项目决策', '项目过程']);
    const leaf = f.nodes.find((n) => n.name.code === 'A101')!;
    expect(displayName(f.nodes[f.nodes[leaf.parent!].parent!])).toBe('项目决策');
  });
});

describe('a scoring table coded A / A1 / A1-1 (a letter, a digit, a dash)', () => {
  // U's 附件1: 编码 | 指标名称 | 权重 | … | 得分, the first and second levels with rows of their own; read by name
  // alone each row was a first level, and 产出数量 (C1) was taken for 产出
  const rows = [
    '编码\t指标名称\t权重\t得分\t扣分原因',
    'A\t决策\t6.00\t5.50\t—',
    'A1\t政策设立\t6.00\t5.50\t—',
    'A1-1\t政策依据充分性\t3.00\t3.00\t—',
    'A1-2\t政策目标合理性\t3.00\t2.50\t部分目标未量化',
    'C\t产出\t4.00\t3.10\t—',
    'C1\t产出数量\t4.00\t3.10\t—',
    'C1-1\t学生覆盖率\t4.00\t3.10\t补助人数不足',
    '合计\t\t10.00\t8.60\t—',
  ];
  const tree = (text: string, format: 'txt' | 'md' = 'txt') => {
    const f = extractIndicators(docFromText(text, format));
    const node = (name: string) => f.nodes.find((n) => displayName(n) === name)!;
    const up = (name: string) => displayName(f.nodes[node(name).parent!]);
    const own = (name: string) =>
      f.facts
        .filter((x) => x.node === node(name).id && x.source === 'summary')
        .map((x) => `${x.kind}=${x.q?.value.toString()}`);
    return { f, node, up, own };
  };

  it('nests each row under the code it extends, the parents kept with their own figures', () => {
    const { f, up, own, node } = tree(['附件1 评分表', rows.join('\n') + '\n'].join('\n\n'));
    expect(f.nodes[0].children.map((id) => displayName(f.nodes[id]))).toEqual(['决策', '产出']);
    expect(up('政策依据充分性')).toBe('政策设立');
    expect(up('政策设立')).toBe('决策');
    expect(up('学生覆盖率')).toBe('产出数量');
    expect(node('政策目标合理性').name.code).toBe('A1-2');
    expect(own('决策')).toEqual(['分值=6', '得分=5.5']);
  });

  it("passes over a piece's header written again in the code column (pandoc's markdown of html-to-docx's table)", () => {
    // pandoc finds no header in html-to-docx's table: an empty header row, the real one the first body row,
    // and again at each piece the reader joined
    const pipe = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const md = [
      pipe(['', '', '', '', '']),
      pipe(['---', '---', '---', '---', '---']),
      ...rows.slice(0, 5).map((r) => pipe(r.split('\t'))),
      pipe(rows[0].split('\t')),
      ...rows.slice(5).map((r) => pipe(r.split('\t'))),
    ].join('\n');
    const { f, up } = tree(['# 某市2023年度某某补助经费政策绩效评价报告', '附件1 评分表', md].join('\n\n'), 'md');
    expect(f.nodes[0].children.map((id) => displayName(f.nodes[id]))).toEqual(['决策', '产出']);
    expect(up('学生覆盖率')).toBe('产出数量');
    expect(up('产出数量')).toBe('产出');
  });
});

describe('one score table per first-level indicator (二级指标 | 编码 | 三级指标 | 分值 | 得分, closed by a bare 小计)', () => {
  // Z's 表10—表13: each table sits in its first level's own section ("（二）过程指标（20分）"); names like
  // "B1 资金管理" extend no first-level name, so its rows were dropped or read as first levels of their own,
  // and the bare "小计" (the first level's own score) was nobody's
  const table = (rows: string[]) => ['二级指标\t编码\t三级指标\t分值\t评分标准\t得分', ...rows].join('\n');
  const text = (subtotal: string) =>
    [
      '五、绩效评价指标分析',
      '（一）决策指标（6分）',
      '决策指标满分6分，评价得分5分。',
      '表10 A 决策指标评分表',
      table([
        '项目立项\tA11\t立项依据充分性\t3\t依据充分得满分\t3',
        '\tA12\t立项程序规范性\t3\t程序规范得满分\t2',
        '小计\t\t\t6\t\t5',
      ]),
      '（二）过程指标（8分）',
      '过程指标满分8分，评价得分6.5分。',
      '表11 B 过程指标评分表',
      table([
        '资金管理\tB11\t资金到位率\t4\t到位得满分\t4',
        '组织实施\tB21\t制度执行有效性\t4\t执行有效得满分\t2.5',
        `${subtotal}\t\t\t8\t\t6.5`,
      ]),
    ].join('\n\n');
  const read = (subtotal = '小计') => {
    const f = extractIndicators(docFromText(text(subtotal)));
    const node = (name: string) => f.nodes.find((n) => displayName(n) === name)!;
    const up = (name: string) => displayName(f.nodes[node(name).parent!]);
    const own = (name: string) =>
      f.facts
        .filter((x) => x.node === node(name).id && x.source === 'attachment')
        .map((x) => `${x.kind}=${x.q?.value.toString()}`);
    return { f, up, own };
  };

  it('places each second level under the first level whose section holds the table', () => {
    const { f, up } = read();
    expect(f.nodes[0].children.map((id) => displayName(f.nodes[id]))).toEqual(['决策', '过程']);
    expect(up('项目立项')).toBe('决策');
    expect(up('立项程序规范性')).toBe('项目立项');
    expect(up('资金管理')).toBe('过程');
    expect(up('制度执行有效性')).toBe('组织实施');
  });
  it("reads the bare 小计 as that first level's own 分值 and 得分", () => {
    const { own } = read();
    expect(own('决策')).toEqual(['分值=6', '得分=5']);
    expect(own('过程')).toEqual(['分值=8', '得分=6.5']);
  });
  it('reads no bare 小计 of a table whose first row comes before any second-level name (a layout text wrote it lower)', () => {
    // Q's 表12 in pdftotext's layout: "            资金到位率  3  3" above "资金管理  预算执行率 …"
    const doc = docFromText(
      [
        '五、绩效评价指标分析',
        '（二）过程指标（8分）',
        '（1）资金到位率（4分）：资金全部到位，得4分。',
        '表11 B 过程指标评分表',
        [
          '二级指标\t编码\t三级指标\t分值\t评分标准\t得分',
          '\tB11\t资金到位率\t4\t到位得满分\t4',
          '资金管理\tB12\t预算执行率\t4\t执行得满分\t2.5',
          '小计\t\t\t8\t\t6.5',
        ].join('\n'),
      ].join('\n\n'),
    );
    const f = extractIndicators(doc);
    const proc = f.nodes.find((n) => displayName(n) === '过程')!;
    expect(f.facts.filter((x) => x.node === proc.id && x.source === 'attachment')).toEqual([]);
  });
  it("leaves a 小计 naming another group nobody's", () => {
    const { own } = read('其他小计');
    expect(own('过程')).toEqual([]);
  });
});

describe('first-level scores stated outside the analysis', () => {
  const figures = (list: string) => {
    const f = extractIndicators(docFromText(ownFirstLevels(list)));
    return f.facts
      .filter((x) => x.source === 'narrative' && f.nodes[x.node].level === 1)
      .map((x) => `${displayName(f.nodes[x.node])} ${x.kind} ${x.q?.text}`);
  };
  it('give each clause of a list to the first-level indicator it names ("；", "、" or "，")', () => {
    expect(figures('运行管理指标分值40分，得分39分；服务成效指标分值60分，得分55.5分。')).toEqual(
      expect.arrayContaining([
        '运行管理 分值 40分',
        '运行管理 得分 39分',
        '服务成效 分值 60分',
        '服务成效 得分 55.5分',
      ]),
    );
    expect(figures('其中运行管理指标得39分、服务成效指标得55.5分。')).toEqual(
      expect.arrayContaining(['运行管理 得分 39分', '服务成效 得分 55.5分']),
    );
  });
  it('leave out a name no first-level indicator has and a clause naming the whole', () => {
    const read = figures('文化服务指标得分57分，运行管理指标分值40分，综合得分94.5分。');
    expect(read).toContain('运行管理 分值 40分');
    expect(read.filter((x) => /57|94\.5/.test(x))).toEqual([]);
  });
});
