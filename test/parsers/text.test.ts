import { describe, expect, it } from 'vitest';
import { loadTextReaders, parseText, stripTags } from '../../src/parsers/text.js';
import { buildDocument } from '../../src/structure/build.js';
import { alignRow } from '../../src/parsers/text-table.js';
import { docFromText } from '../helpers.js';
import type { Table } from '../../src/model/document.js';

describe('txt paragraphs', () => {
  it('makes one paragraph a line, with its line number', () => {
    const raw = parseText('第一段。\n\n第二段。\n第三段。\n', 'a.txt', 'txt', {});
    const paras = raw.blocks.map((b) =>
      b.kind === 'paragraph' ? b.lines.map((l) => `${l.line}:${l.text}`).join('+') : 'T',
    );
    expect(paras).toEqual(['1:第一段。', '3:第二段。', '4:第三段。']);
  });

  it('joins a paragraph a page break cut in the middle of a sentence', () => {
    const doc = docFromText(
      '全年新增规上工业企业22户，总数达239户，列全市第3，规上工业增加值同比增长16.4%，列全市第7；实\n\n现规上工业总产值329.2亿元。\n\n（1）项目背景\n\n为推动工业倍增升级。',
    );
    const texts = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts[0]).toContain('；实现规上工业总产值329.2亿元。');
    expect(texts).toHaveLength(3);
    // the joined paragraph still knows where each piece came from
    const p = doc.blocks[0];
    expect(p.kind === 'paragraph' && p.lines.map((l) => l.line)).toEqual([1, 3]);
  });

  it('does not join a short heading with the text under it', () => {
    const doc = docFromText('（2）绩效指标明确性\n\n该项目将绩效目标细化分解为具体指标。');
    expect(doc.blocks).toHaveLength(2);
  });

  it('joins a piece that starts with a continuing mark such as 、', () => {
    const doc = docFromText('推动洁美科技、同益（二期）\n\n、轩博等项目达标达产。');
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0].kind === 'paragraph' && doc.blocks[0].text).toBe(
      '推动洁美科技、同益（二期）、轩博等项目达标达产。',
    );
  });

  it('joins a wrapped line that closes the bracket the line above opened, though it starts like 附件', () => {
    const doc = docFromText(
      '资金拨付方面，县人社局按批次审核后由县财政局直接拨付至个人或单位账户，两年共拨付42批次（见\n附件4）。\n2.组织实施（权重12分，得分10.5分）\n',
    );
    const texts = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts[0]).toMatch(/两年共拨付42批次（见附件4）。$/);
    expect(doc.sections.map((s) => s.path)).toEqual(['2.组织实施']);
  });

  it('keeps a real 附件 heading after a full stop, and a （三） heading after a sentence end', () => {
    const doc = docFromText(
      '两年共拨付42批次（详见附件）。\n附件4 就业补助资金绩效评价评分表\n' +
        '培训补贴按人次核定后拨付，全年共核定补贴对象三百余人次。\n（三）项目产出情况\n',
    );
    expect(doc.sections.map((s) => s.path)).toEqual([
      '附件4就业补助资金绩效评价评分表',
      '附件4就业补助资金绩效评价评分表 > （三）项目产出情况',
    ]);
  });

  it('keeps a heading that ends in a bracket of its own apart from an open bracket above', () => {
    // the line above leaves "（" open, but "（三）" opens its own bracket first
    const doc = docFromText('资金拨付情况如下（单位：万元\n（三）项目产出（权重20分）\n');
    expect(doc.sections.map((s) => s.title)).toEqual(['项目产出']);
  });

  it('joins a line cut mid-clause however short, so "（含）" continues the grade bands', () => {
    const doc = docFromText(
      '评价等级分为四档：综合得分90分（含）以上为“优”，80分\n（含）至90分为“良”，60分（含）至80分为“中”，60分以下为\n“差”。\n',
    );
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0].kind === 'paragraph' && doc.blocks[0].text).toBe(
      '评价等级分为四档：综合得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。',
    );
  });

  it('does not take a thousands separator for an open clause', () => {
    // the last figure of a table read as text, then the next paragraph
    const doc = docFromText(
      '合计 2,840.00\n按补贴类别分，两年安排职业技能培训补贴940.00万元、社会保险补贴500.00万元。\n',
    );
    expect(doc.blocks).toHaveLength(2);
  });

  it('joins a figure the line end cut in Chinese text without a space, numbers and years alike', () => {
    // mutool: "2,0" / "57.88 万元", "、2" / "024 年度" (Writer broke the justified line inside the figure)
    const doc = docFromText(
      '4.园区道路、管网及配套工程。该子项目安排专项债券资金 2,2\n\n' +
        '00.00 万元、县级配套资金 500.00 万元，累计支出专项债券资金 2,0\n\n' +
        '57.88 万元，其中 2022 年度 603.50 万元、2023 年度 834.02 万元、2\n\n\n' +
        '024 年度 620.36 万元，支出进度 93.54%；累计支出县级配套资金 4\n\n' +
        '71.05 万元。供电、消防及绿化工程（施工 5 标）经县住建局组织于 2024-08-0\n\n5 完成验收。\n',
    );
    const texts = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('专项债券资金2,200.00万元');
    expect(texts[0]).toContain('累计支出专项债券资金2,057.88万元');
    expect(texts[0]).toContain('、2024年度620.36万元');
    expect(texts[0]).toContain('配套资金471.05万元');
    expect(texts[0]).toContain('于2024-08-05完成验收');
  });

  it('keeps the space between two figures a line end parts in Latin text', () => {
    // "in 2023" / "2024 was": after a Latin word the figures are two words
    const doc = docFromText(
      'The project budget approved for the county was revised once in 2023\n2024 was the year the last payment fell due, 主管部门确认。\n',
    );
    const texts = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('in 2023 2024 was');
  });

  it('does not join a short line without an open clause to the text under it', () => {
    // no comma left open: a short title line stays apart, as before
    const doc = docFromText('就业补助资金绩效评价\n（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。\n');
    expect(doc.blocks).toHaveLength(2);
  });

  it("joins a run-in heading's text cut at a full line though it has no comma yet, so its score stays its own", () => {
    // 29 characters (the code's ASCII is narrow): the colon's clause is open
    const doc = docFromText(
      '2.组织实施（权重12分，得分10.5分）\nB2-2制度执行有效性（权重5分）：公益性岗位考勤记录不规\n范，部分乡镇未按月上报在岗情况，扣1分，得4分。\n',
    );
    const texts = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toEqual([
      '2.组织实施（权重12分，得分10.5分）',
      'B2-2制度执行有效性（权重5分）：公益性岗位考勤记录不规范，部分乡镇未按月上报在岗情况，扣1分，得4分。',
    ]);
  });

  it('keeps short field lines apart, and a heading after a run-in line a heading', () => {
    const doc = docFromText(
      '报告编号：晋衡绩评字〔2025〕第036号\n项目名称：山西省非物质文化遗产保护传承专项资金（2021—2024年）\n' +
        '报告日期：2023 年 4 月 20 日\n蓬溪县教育局根据《蓬溪县财政局关于开展 2022 年度财政支出绩效评价工作的通知》要求开展了绩效评价。\n' +
        'B2-2制度执行有效性（权重5分）：公益性岗位考勤记录不规\n（三）项目产出情况\n',
    );
    expect(doc.blocks).toHaveLength(6);
    expect(doc.sections.map((s) => s.path)).toEqual(['（三）项目产出情况']);
  });

  it('keeps TOC lines with a tab as paragraphs, not a table', () => {
    const doc = docFromText('目录\n\n一、基本情况\t1\n（一）项目概况\t2\n二、评价结论\t3\n\n一、基本情况\n\n正文。');
    expect(doc.tables).toHaveLength(0);
    expect(doc.toc?.entries.map((e) => e.page)).toEqual([1, 2, 3]);
  });
});

describe('tab-separated tables', () => {
  it('reads a rectangular table as a grid with its line numbers', () => {
    const doc = docFromText('说明\n\n指标\t分值\t得分\n决策\t20\t18\n过程\t30\t30\n');
    const t = doc.tables[0];
    expect([t.rows, t.cols]).toEqual([3, 3]);
    expect(t.cells.find((c) => c.row === 1 && c.col === 2)?.text).toBe('18');
    expect(t.cells.find((c) => c.row === 2 && c.col === 0)?.lines[0].line).toBe(5);
  });

  it('restores a merged label from the empty cells under it', () => {
    const doc = docFromText('一级\t二级\t分值\n项目决策\t立项\t3\n\t目标\t4\n\t投入\t5\n项目过程\t管理\t6\n');
    const t = doc.tables[0];
    const top = t.cells[t.grid[1][0]];
    expect(top.text).toBe('项目决策');
    expect(top.rowSpan).toBe(3);
    expect(t.grid[2][0]).toBe(t.grid[1][0]);
    expect(t.grid[3][0]).toBe(t.grid[1][0]);
    expect(t.cells[t.grid[4][0]].text).toBe('项目过程');
  });

  it('joins the rest of a cell that a page break pushed onto a row of its own', () => {
    const doc = docFromText('名称\t标准\t得分\n立项\t①符合规划（1分）\t3\n\n\t②不重复（1分）\t\n规范\t程序完整\t2\n');
    const t = doc.tables[0];
    expect(t.rows).toBe(3);
    expect(t.cells[t.grid[1][1]].text).toBe('①符合规划（1分）②不重复（1分）');
  });

  it('aligns a row that lost a cell by the kind of each column', () => {
    // columns: text, number, text, number; the row lacks its first number
    expect(alignRow(['项目过程', '资金管理', '12'], 4, ['text', 'num', 'text', 'num'])).toEqual([
      '项目过程',
      '',
      '资金管理',
      '12',
    ]);
  });

  it('strips <p> and renders checkboxes inside cells', () => {
    expect(stripTags('<p>评价要点：</p> <p>①是否符合；（1分）</p>')).toEqual(['评价要点：', '①是否符合；（1分）']);
    expect(stripTags('优 <input type="checkbox" checked/> 良 <input type="checkbox"/>')).toEqual(['优 ☑ 良 ☐']);
  });
});

describe('markdown', () => {
  it('reads headings, soft-wrapped paragraphs and pipe tables', () => {
    const doc = docFromText(
      '# 某某项目绩效评价报告\n\n## 一、基本情况\n\n第一行\n接着写。\n\n| 指标 | 分值 |\n| --- | --- |\n| 决策 | 20 |\n',
      'md',
    );
    expect(doc.title).toBe('某某项目绩效评价报告');
    expect(doc.sections[0].title).toBe('基本情况');
    const p = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('第一行'));
    expect(p && p.kind === 'paragraph' && p.text).toBe('第一行接着写。');
    const t = doc.tables[0] as Table;
    expect([t.rows, t.cols]).toEqual([2, 2]);
    expect(t.cells[t.grid[1][1]].text).toBe('20');
  });

  it("drops pandoc's heading attributes ({#id .class key=val}) from ATX and setext headings, not from text", () => {
    const doc = docFromText(
      [
        '# 某局2024年度部门整体支出绩效自评报告 {#title .unnumbered}',
        '',
        '# 一、部门概况 {#一部门概况}',
        '',
        '本段写到{#不是属性}为止。',
        '',
        '二、部门整体支出管理及使用情况 {#二部门整体支出 lang=zh}',
        '====',
        '',
        '（一）收入情况 {-}',
        '------------',
        '',
        '收入见表1。',
        '',
      ].join('\n'),
      'md',
    );
    expect(doc.title).toBe('某局2024年度部门整体支出绩效自评报告');
    expect(doc.sections.map((s) => [s.title, s.parent])).toEqual([
      ['部门概况', null],
      ['部门整体支出管理及使用情况', null],
      ['收入情况', 1],
    ]);
    const texts = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toContain('本段写到{#不是属性}为止。');
    expect(texts).toContain('收入见表1。');
    expect(texts.some((t) => t.includes('{') && !t.includes('不是属性'))).toBe(false);
  });

  it('drops emphasis marks, so a bold key is still a cover field and a bold code still opens its paragraph', () => {
    const doc = docFromText(
      '# 某局2024年度部门整体支出绩效评价报告\n\n**部门名称：** 某县某局\n\n**评价期间：** 2024年1月1日至2024年12月31日\n\n**A2 预算配置**（标准分12分，实得分11分）\n\n按*评分标准*计分。\n',
      'md',
    );
    expect(doc.cover.map((c) => `${c.key}=${c.value}`)).toEqual([
      '部门名称=某县某局',
      '评价期间=2024年1月1日至2024年12月31日',
    ]);
    const texts = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toContain('A2预算配置（标准分12分，实得分11分）');
    expect(texts).toContain('按评分标准计分。');
  });

  it("drops a converter's running header and image comments, and joins a table the page break split", () => {
    const md = [
      '# 某县某项目绩效评价报告',
      '',
      '德清县财政局',
      '',
      '<!-- image -->',
      '',
      '| 一级指标 | 三级指标 | 分值 | 得分 |',
      '|---|---|---|---|',
      '| 决策 | 立项依据充分性 | 2 | 2 |',
      '',
      '—1—',
      '',
      '德清县财政局',
      '',
      '| 一级指标 | 三级指标 | 分值 | 得分 |',
      '|---|---|---|---|',
      '|  | 立项程序规范性 | 2 | 2 |',
      '',
      '德清县财政局',
      '',
      '正文。',
    ].join('\n');
    const doc = docFromText(md, 'md');
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(
      ['某县某项目绩效评价报告', '正文。'],
    );
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0] as Table;
    expect(t.rows).toBe(3);
    expect(t.cells[t.grid[2][0]].text).toBe('决策'); // the merged 一级 cell runs on over the page break
  });
  it("reads pandoc's multiline and simple tables by display columns (a Chinese character is two)", () => {
    const md = [
      '# 某项目绩效评价报告',
      '',
      '  ------------------------------------------------------------------',
      '  **一级指标**   **三级指标**             **分值**   **得分**',
      '  -------------- ------------------------ ---------- ----------',
      '  决策           立项依据充分性           2          2',
      '',
      '                 绩效指标明确性，每有1类  3          2',
      '                 指标未量化扣1分',
      '  ------------------------------------------------------------------',
      '',
      '  资金来源     预算数      到位率',
      '  ------------ ----------- --------',
      '  中央资金     12,860.00   100.00%',
      '  县级资金     1,540.00    77.92%',
      '',
      '正文。',
    ].join('\n');
    const doc = docFromText(md, 'md');
    expect(doc.tables).toHaveLength(2);
    const [a, b] = doc.tables as Table[];
    const cell = (t: Table, r: number, c: number) => t.cells[t.grid[r][c]].text;
    expect([a.rows, a.cols, cell(a, 0, 0), cell(a, 2, 0), cell(a, 2, 1), cell(a, 2, 3)]).toEqual([
      3,
      4,
      '一级指标',
      '决策',
      '绩效指标明确性，每有1类指标未量化扣1分',
      '2',
    ]);
    expect([b.rows, b.cols, cell(b, 2, 0), cell(b, 2, 2)]).toEqual([3, 3, '县级资金', '77.92%']);
    expect(doc.blocks.filter((x) => x.kind === 'paragraph').map((x) => (x.kind === 'paragraph' ? x.text : ''))).toEqual(
      ['某项目绩效评价报告', '正文。'],
    );
  });
  it('keeps each list item its own paragraph', () => {
    const doc = docFromText(
      '## 一、绩效目标\n\n年度目标如下：\n- 食品安全监督抽检不少于1200批次\n- 投诉举报按时办结率100%\n',
      'md',
    );
    const texts = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts.slice(1)).toEqual(['年度目标如下：', '食品安全监督抽检不少于1200批次', '投诉举报按时办结率100%']);
  });
});

describe('txt paragraphs: what is not a cut paragraph', () => {
  it('does not glue a contents entry to the title after it', () => {
    const doc = docFromText(
      '目录\n\n一、基本情况\t1\n附件：2024年某县某某工作经费项目部门评价表（附各项指标评分明细）\t10\n\n某县2024年某某工作经费项目部门评价报告\n\n为深入贯彻落实有关要求，现将绩效评价情况报告如下：',
    );
    expect(doc.toc?.entries).toHaveLength(2);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text === '某县2024年某某工作经费项目部门评价报告')).toBe(
      true,
    );
  });

  it("ends a whole heading line at the blank line after it (lynx): the indented paragraph is the heading's text", () => {
    const doc = docFromText(
      '（四）效益指标（分值25.00分，扣分2.35分，得分22.65分）\n\n   效益指标分值25.00分，得分22.65分，得分率90.60%，下设3个二级指标。',
    );
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      '（四）效益指标（分值25.00分，扣分2.35分，得分22.65分）',
      '效益指标分值25.00分，得分22.65分，得分率90.60%，下设3个二级指标。',
    ]);
  });

  it('still joins a numbered paragraph a page break cut, whose clause outside the brackets is open', () => {
    const cut = docFromText(
      '（二）全市公租房保有量15,842套（含在建房源及已竣工未分配房源），实物配\n\n租在保15,364套，实物配租分配率96.98%，较上年提高1.2个百分点。',
    );
    expect(cut.blocks).toHaveLength(1);
  });

  it('does not glue a long unpunctuated line to a short title under it', () => {
    const doc = docFromText(
      '本报告依据有关文件和评价工作方案编制供有关部门参考使用并接受监督检查\n\n附件一评分表\n\n正文从这里开始。',
    );
    expect(doc.blocks).toHaveLength(3);
  });
});

describe('markdown backslash escapes', () => {
  it('read an escaped punctuation mark as itself (mammoth writes "103\\.57亿元", "\\*\\*" is no emphasis)', () => {
    const doc = docFromText(
      '# 某市某专项资金绩效评价报告\n\n技术合同成交额103\\.57亿元，较上年86\\.42亿元增长19\\.84%，\\*\\*号不是强调。\n\n| 指标 | 金额 |\n| --- | --- |\n| 成交额 | 103\\.57 |\n',
      'md',
    );
    const p = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('技术'));
    expect(p && p.kind === 'paragraph' && p.text).toBe(
      '技术合同成交额103.57亿元，较上年86.42亿元增长19.84%，**号不是强调。',
    );
    const t = doc.tables[0] as Table;
    expect(t.cells[t.grid[1][1]].text).toBe('103.57');
  });

  it('keep a backslash before a letter or a Chinese character (no escape there)', () => {
    const doc = docFromText('# 报告\n\n路径D\\data与\\中文保持原样。\n', 'md');
    const p = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('路径'));
    expect(p && p.kind === 'paragraph' && p.text).toBe('路径D\\data与\\中文保持原样。');
  });
});

describe('markdown pipe tables', () => {
  it('read a cell pandoc wrote in bold (**一级指标**) as its text, so the header names its columns', () => {
    const raw = parseText(
      '| **一级指标** | **分值** | **得分** |\n|---|---|---|\n| 决策 | 15 | 13.50 |\n| **合计** | **100** | **90.53** |\n',
      'a.md',
      'md',
      {},
    );
    const table = raw.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.cells.map((c) => c.lines.map((l) => l.text).join(''))).toEqual([
      '一级指标',
      '分值',
      '得分',
      '决策',
      '15',
      '13.50',
      '合计',
      '100',
      '90.53',
    ]);
  });
});

describe('markdown pipe tables without outer pipes (html2text)', () => {
  const cellsOf = (md: string) => {
    const doc = docFromText(md, 'md');
    return doc.tables.map((t) => (t as Table).grid.map((row) => row.map((k) => (t as Table).cells[k].text)));
  };
  // html2text writes each piece of a split table with its header and delimiter again, no blank line between
  const pieces = [
    '表1 所属单位',
    '',
    '序号| 单位名称| 实有人数  ',
    '---|---|---  ',
    '1| 牡丹江市社会福利院| 58  ',
    '2| 牡丹江市儿童福利院| 36  ',
    '序号| 单位名称| 实有人数  ',
    '---|---|---  ',
    '3| 牡丹江市殡仪馆| 48  ',
    '| 合计| 142  ',
    '',
    '正文。',
  ];

  it('reads the table, its pieces as one, the repeated header dropped, a leading "|" an empty first cell', () => {
    expect(cellsOf(pieces.join('\n'))).toEqual([
      [
        ['序号', '单位名称', '实有人数'],
        ['1', '牡丹江市社会福利院', '58'],
        ['2', '牡丹江市儿童福利院', '36'],
        ['3', '牡丹江市殡仪馆', '48'],
        // the empty 序号 cell reads as the one above merged down (tabRowsToTable), 合计 stays in its column
        ['3', '合计', '142'],
      ],
    ]);
  });

  it('reads no table where the delimiter row has another count of cells, or no pipe (a setext heading)', () => {
    const one = pieces.slice(0, 6).concat(['', '正文。']);
    expect(cellsOf(one.join('\n'))).toHaveLength(1);
    expect(cellsOf(one.map((l, k) => (k === 3 ? '---|---  ' : l)).join('\n'))).toHaveLength(0);
    const setext = docFromText('甲| 乙\n---\n\n正文。', 'md');
    expect(setext.tables).toHaveLength(0);
    expect(setext.blocks[0].kind === 'paragraph' && setext.blocks[0].headingLevel).toBe(2);
  });
});

describe('a programme form in html2text pipes: the funds header over its first row', () => {
  // W's .md: html2text drops the merged cell of both rows ("项目资金（万元）" spanning down, the blank beside it), so
  // the header and the row under it write seven fields each in a table eight wide. Read by hand: 年初预算数 stands
  // over 6,850.00 and 得分 over 9.87, as in the .docx
  const form = [
    '表16 某项目支出绩效自评表',
    '',
    '项目名称| 城乡低保补助资金  ',
    '---|---  ',
    '项目资金（万元）| 年初预算数| 全年预算数| 全年执行数| 分值| 执行率| 得分  ',
    '年度资金总额| 6,850.00| 7,262.60| 7,171.09| 10| 98.74%| 9.87  ',
    '一级指标| 二级指标| 三级指标| 年度指标值| 实际完成值| 分值| 得分| 偏差原因  ',
    '产出指标| 数量指标| 城市低保保障人数| ≥8500人| 8764人| 15| 15| 无  ',
    '',
    '正文。',
  ].join('\n');

  it('puts each name over its figure, the first name spanning down over the row label', () => {
    const t = docFromText(form, 'md').tables[0] as Table;
    const text = (r: number) => t.grid[r].map((k) => t.cells[k].text);
    const head = text(1);
    const first = text(2);
    expect(first[head.indexOf('年初预算数')]).toBe('6,850.00');
    expect(first[head.indexOf('得分')]).toBe('9.87');
    expect(first[head.indexOf('分值')]).toBe('10');
  });
});

describe('a programme form in html2text pipes: the 其中 rows under the funds row', () => {
  // W's .md: "项目资金（万元）" spans down over the four rows of the funds block; html2text drops it from each, so
  // "其中：当年财政拨款 | 6,850.00 | 7,262.60 | — | …" writes seven fields as "年度资金总额" above it does. Read by
  // hand: its label stands under 年度资金总额, 6,850.00 under 年初预算数, 7,262.60 under 全年预算数
  const form = (other: string) =>
    [
      '表16 某项目支出绩效自评表',
      '',
      '项目名称| 城乡低保补助资金  ',
      '---|---  ',
      '主管部门| 某市民政局| 实施单位| 某市社会救助服务中心  ',
      '项目资金（万元）| 年初预算数| 全年预算数| 全年执行数| 分值| 执行率| 得分  ',
      '年度资金总额| 6,850.00| 7,262.60| 7,171.09| 10| 98.74%| 9.87  ',
      '其中：当年财政拨款| 6,850.00| 7,262.60| —| —| —| —  ',
      other,
      '一级指标| 二级指标| 三级指标| 年度指标值| 实际完成值| 分值| 得分| 偏差原因  ',
      '产出指标| 数量指标| 城市低保保障人数| ≥8500人| 8764人| 15| 15| 无  ',
      '产出指标| 质量指标| 低保对象认定准确率| ≥98%| 98.6%| 10| 10| 无  ',
      '效益指标| 社会效益指标| 基本生活保障水平| 稳步提高| 稳步提高| 15| 15| 无  ',
      '',
      '正文。',
    ].join('\n');

  it('places a row of the funds row shape as the funds row, under the label merged down', () => {
    const t = docFromText(form('上年结转资金| 0.00| 0.00| —| —| —| —  '), 'md').tables[0] as Table;
    const text = (r: number) => t.grid[r].map((k) => t.cells[k].text);
    const head = text(2);
    expect(text(4)[0]).toBe('项目资金（万元）');
    expect(text(4)[1]).toBe('其中：当年财政拨款');
    expect(text(4)[head.indexOf('年初预算数')]).toBe('6,850.00');
    expect(text(4)[head.indexOf('全年预算数')]).toBe('7,262.60');
    expect(text(5)[1]).toBe('上年结转资金');
    expect(text(5)[head.indexOf('年初预算数')]).toBe('0.00');
  });
});

describe('a two-row header repeated at each piece (html2text)', () => {
  // W's 表2: "单位名称 | 编制数 | 实有人数" over "| 行政 | 事业 | 工勤 | 小计 | …"; each piece repeats both rows. Both
  // are the header again, so the columns under 小计 hold figures only and add up to the 合计 (by hand: 46 + 53 = 99)
  const staff = [
    '表2 人员编制及实有人数情况（单位：人）',
    '',
    '单位名称| 编制数| 实有人数  ',
    '---|---|---  ',
    '| 行政| 事业| 工勤| 小计| 行政| 事业| 工勤| 小计  ',
    '机关| 42| 0| 4| 46| 39| 0| 4| 43  ',
    '单位名称| 编制数| 实有人数  ',
    '---|---|---  ',
    '| 行政| 事业| 工勤| 小计| 行政| 事业| 工勤| 小计  ',
    '殡仪馆| 0| 45| 8| 53| 0| 41| 7| 48  ',
    '合计| 42| 45| 12| 99| 39| 41| 11| 91  ',
    '',
    '正文。',
  ].join('\n');

  it('drops the repeated second header row with the first', () => {
    const t = docFromText(staff, 'md').tables[0] as Table;
    const first = t.grid.map((row) => t.cells[row[0]].text);
    expect(t.grid).toHaveLength(5);
    expect(first.slice(2)).toEqual(['机关', '殡仪馆', '合计']);
  });
});

describe("pandoc's plain text tables (`pandoc -t plain`)", () => {
  const plain = async (text: string) =>
    buildDocument(parseText(text, 'a.txt', 'txt', await loadTextReaders(text, 'txt')));
  const cell = (t: Table, r: number, c: number) => t.cells[t.grid[r][c]].text;
  // a .docx table with no marked header row: a rule of column runs, rows parted by blank lines, the rule again
  const headerless = [
    '各县资金到位情况见下表。',
    '',
    '  ---------- -------------- ------------------ ----------',
    '  序号       县（市、区）   到位资金（万元）   到位率',
    '',
    '  1          运河区         5,965.54           99.91%',
    '',
    '  2          孟村回族自治   2,947.01           99.92%',
    '             县',
    '  ---------- -------------- ------------------ ----------',
    '',
    '正文。',
  ];

  it('reads a headerless table between two equal rules, a cell wrapped over lines joined', async () => {
    const doc = await plain(headerless.join('\n'));
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0] as Table;
    expect([t.rows, t.cols, cell(t, 0, 2), cell(t, 1, 1), cell(t, 2, 1), cell(t, 2, 3)]).toEqual([
      3,
      4,
      '到位资金（万元）',
      '运河区',
      '孟村回族自治县',
      '99.92%',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(
      ['各县资金到位情况见下表。', '正文。'],
    );
  });

  it('reads a table whose rows are one a line (no blank line between the rules)', async () => {
    const doc = await plain(headerless.filter((l, k) => (l || k < 2 || k > 9) && k !== 8).join('\n'));
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0] as Table;
    expect([t.rows, cell(t, 1, 1), cell(t, 2, 1)]).toEqual([3, '运河区', '孟村回族自治']);
  });

  it('reads no table where a line crosses the gap between two columns (the rule is no column rule of it)', async () => {
    const crossed = headerless.map((l, k) => (k === 5 ? '  1          运河区到位资金5,965.54万元，到位率99.91%' : l));
    const doc = await plain(crossed.join('\n'));
    expect(doc.tables).toHaveLength(0);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('运河区到位资金5,965.54万元'))).toBe(true);
  });

  it('reads no table where the closing rule is missing or has other columns', async () => {
    const other = headerless.map((l, k) => (k === 9 ? '  ------------------------- ------------------ ----------' : l));
    expect((await plain(other.join('\n'))).tables).toHaveLength(0);
    expect((await plain(headerless.slice(0, 9).join('\n'))).tables).toHaveLength(0);
  });
});

describe("pandoc's markdown of a table with no marked header row", () => {
  const empty = '|      |          |              |';
  const sep = '|------|------|------|';
  const head = '| 序号 | 县（市、区） | 到位资金（万元） |';
  const pieces = [
    '# 评价报告',
    '',
    empty,
    sep,
    head,
    '| 1 | 运河区 | 5,965.54 |',
    '| 2 | 新华区 | 4,832.43 |',
    '',
    empty,
    sep,
    head,
    '| 3 | 泊头市 | 6,439.10 |',
    '| 合计 | | 17,237.07 |',
  ];

  it('takes the all-words row under the empty header row as the header, and drops its repeat at the next piece', () => {
    const doc = docFromText(pieces.join('\n'), 'md');
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0] as Table;
    const col = (c: number) => t.grid.map((row) => t.cells[row[c]].text);
    expect(col(1)).toEqual(['县（市、区）', '运河区', '新华区', '泊头市', '']);
    expect(col(2)).toEqual(['到位资金（万元）', '5,965.54', '4,832.43', '6,439.10', '17,237.07']);
  });

  it('keeps an empty first row over a row of figures (that row is no header)', () => {
    const doc = docFromText(
      ['# 评价报告', '', empty, sep, '| 1 | 运河区 | 5,965.54 |', '| 2 | 新华区 | 4,832.43 |'].join('\n'),
      'md',
    );
    expect((doc.tables[0] as Table).rows).toBe(3);
  });
});
