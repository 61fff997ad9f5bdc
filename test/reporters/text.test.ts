import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/reporters/index.js';
import { enOpts, loadResult, zhOpts } from './fixture.js';

const ESC = '\u001b';

describe('text reporter', () => {
  const zh = reporters.text(loadResult(), zhOpts);
  const en = reporters.text(loadResult(), enOpts);
  const zhLines = zh.split('\n');
  // lines wrapped to 80 columns, joined again: a Chinese line breaks between characters, an English one at a space
  const zhFlat = zh.replace(/\n {2,}/g, '');

  it('groups by file: one header per file, in input order, the failed one with its code', () => {
    const order = [
      'reports/县农业局2024年项目绩效评价报告.docx',
      'scans/乙县 报告#1.pdf',
      'bad/损坏.docx',
      './notes.txt',
    ].map((p) => zhLines.findIndex((l) => l.startsWith(p)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const failed = zhLines[order[2]];
    expect(failed).toContain('无法读取');
    expect(failed).toContain('E_CORRUPT');
    expect(zh.replace(/\n {2,}/g, ' ')).toContain(
      'E_CORRUPT: 文件已损坏，无法读取：end of central directory not found',
    );
  });

  it('says where in zh-CN: page/line, table cell (1-based), paragraph (1-based), section path', () => {
    expect(zh).toContain('第3页第12行 · 三、项目实施情况');
    expect(zhFlat).toContain('表2 第5行第3列 · 四、绩效评价指标分析 > （一）项目决策情况'); // table index 1, row 4, col 2
    expect(zh).toContain('第6页第10行 表1 第3行第4列');
    expect(zh).toContain('第39段'); // paragraph 38
    expect(zh).toContain('第7行'); // txt line
  });

  it('says where in English with --lang en', () => {
    expect(en).toContain('page 3, line 12');
    expect(en).toContain('table 2, row 5, col 3');
    expect(en).toContain('page 6, line 10, table 1, row 3, col 4');
    expect(en).toContain('paragraph 39');
    expect(en).toContain('expected: 95.00%');
    expect(en).not.toContain('应为');
    expect(en).not.toContain('第3页');
  });

  it('marks the span in the excerpt, the right one when the text occurs twice', () => {
    expect(zh).toContain('决策 | 20 | 【18】');
    expect(zh).toContain('满分20分，实际得分【20分】，得分率');
    expect(zh).toContain('应为：95.00%   实为：98.00%');
  });

  it('lists the other locations indented below the first', () => {
    const head = zhLines.findIndex((l) => l.includes('number/percent-sum'));
    const also = zhLines.slice(head, head + 12).filter((l) => l.trimStart().startsWith('另见'));
    expect(also).toHaveLength(2);
    for (const l of also) expect(l.length - l.trimStart().length).toBeGreaterThan(8);
  });

  it('ends with the summary line', () => {
    expect(zhLines.at(-2)).toBe('共 4 个文件（1 个无法读取）：2 个错误，2 个警告，1 个提示');
    expect(en.trimEnd().split('\n').at(-1)).toBe('4 files (1 failed): 2 errors, 2 warnings, 1 info');
  });

  it('aligns columns by display width (a Chinese character is two columns)', () => {
    // zh severity labels are 2 characters but 4 columns: the rule id starts at column 2 + 4 + 2 = 8
    const heads = zhLines.filter((l) => /^ {2}(错误|警告|提示) /.test(l));
    expect(heads).toHaveLength(5);
    for (const h of heads) {
      const rule = h.search(/[a-z]+\//);
      expect(stringWidth(h.slice(0, rule))).toBe(8);
    }
    // and the lines below a head start under the rule id
    const msg = zhLines[zhLines.findIndex((l) => l.includes('决策指标得分为'))];
    expect(msg.length - msg.trimStart().length).toBe(8);
    // English labels differ in width: the column after them still lines up, across files too
    const enHeads = en.split('\n').filter((l) => /^ {2}(error|warning|info) /.test(l));
    const ruleCols = enHeads.map((h) => stringWidth(h.slice(0, h.search(/[a-z]+\/[a-z]/))));
    expect(new Set(ruleCols).size).toBe(1);
    const whereCols = enHeads.map((h) => {
      const m = /[a-z]+\/[a-z-]+ +/.exec(h)!;
      return stringWidth(h.slice(0, m.index + m[0].length));
    });
    expect(new Set(whereCols).size).toBe(1);
  });

  it('uses no ANSI codes without color, and neutralizes control characters from the document', () => {
    expect(zh).not.toContain(ESC);
    expect(zh).toContain('标点 [2J混用');
  });

  it('with color: ANSI severity colour and an inverse span instead of brackets, still no document escape codes', () => {
    const c = reporters.text(loadResult(), { ...zhOpts, color: true });
    expect(c).toContain(`${ESC}[31m${ESC}[1m错误${ESC}[0m`);
    expect(c).toContain(`${ESC}[7m${ESC}[4m18${ESC}[0m`);
    expect(c).not.toContain('【18】');
    expect(c).not.toContain(`${ESC}[2J`);
  });

  it('says so when a file has no findings', () => {
    const r = loadResult();
    r.files = [{ ...r.files[3], findings: [] }];
    r.summary = { files: 1, failedFiles: 0, errors: 0, warnings: 0, infos: 0 };
    const out = reporters.text(r, zhOpts);
    expect(out).toContain('./notes.txt  未发现问题');
    expect(out.trimEnd().split('\n').at(-1)).toBe('共 1 个文件：0 个错误，0 个警告，0 个提示');
  });
});
