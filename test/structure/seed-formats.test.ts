// The seed in its three forms must give the same structure: the same section
// tree, the same summary table, the same attachment scoring table.
import { describe, expect, it } from 'vitest';
import type { Document, Paragraph, Table } from '../../src/model/document.js';
import { rowTexts } from '../../src/structure/grid.js';
import { readFixture, SEED, SEED_FORMATS } from '../helpers.js';

const tree = (doc: Document) => doc.sections.map((s) => `${s.level}:${s.numbering}${s.title}`);
const findTable = (doc: Document, header: string) => doc.tables.find((t) => t.cells.some((c) => c.text === header));
const rowOf = (t: Table, first: string) => {
  for (let r = 0; r < t.rows; r++) if (rowTexts(t, r).some((x) => x === first)) return r;
  return -1;
};

// Read by hand from the seed: the top-level headings and a few deeper ones.
const TOP = [
  '1:一、基本情况',
  '1:二、绩效评价工作开展情况',
  '1:三、综合评价情况及评价结论',
  '1:四、绩效评价指标分析',
  '1:五、主要经验及做法、存在的问题及原因分析',
  '1:六、有关建议',
  '1:七、其他需要说明的问题',
  '1:附件',
];

describe.each(SEED_FORMATS)('seed.%s', (format) => {
  it('has the section tree of the report', async () => {
    const doc = await readFixture(SEED[format]);
    const t = tree(doc);
    expect(t.filter((x) => x.startsWith('1:'))).toEqual(TOP);
    const i = t.indexOf('1:四、绩效评价指标分析');
    expect(t.slice(i + 1, i + 9)).toEqual([
      '2:（一）项目决策情况',
      '3:1、项目立项',
      '4:（1）立项依据充分性',
      '4:（2）立项程序规范性',
      '3:2、绩效目标',
      '4:（1）绩效目标合理性',
      '4:（2）绩效指标明确性',
      '3:3、资金投入',
    ]);
    expect(t).toContain('2:（四）项目效益情况');
    expect(t).toContain('3:2、服务满意度');
  });

  it('gives the same tree as the .txt', async () => {
    const [doc, txt] = await Promise.all([readFixture(SEED[format]), readFixture(SEED.txt)]);
    expect(tree(doc)).toEqual(tree(txt));
  });

  it('reads the TOC as entries, not sections, and the cover fields', async () => {
    const doc = await readFixture(SEED[format]);
    expect(doc.toc?.entries.length).toBe(21);
    expect(doc.toc?.entries[0]).toMatchObject({ numbering: '一、', title: '基本情况', page: 1 });
    expect(doc.toc?.entries.at(-1)?.page).toBe(10);
    const cover = Object.fromEntries(doc.cover.map((c) => [c.key, c.value]));
    expect(cover['评价单位']).toBe('信丰县工业和信息化局');
    expect(cover['项目单位']).toBe('工信局');
    expect(cover['主管部门']).toBe('工信局');
  });

  it('reads the summary score table as 6 × 6', async () => {
    const doc = await readFixture(SEED[format]);
    const t = findTable(doc, '评价指标')!;
    expect([t.rows, t.cols]).toEqual([6, 6]);
    expect(rowTexts(t, 0)).toEqual(['评价指标', '权重', '评级分值', '评价得分', '得分率', '得分等级']);
    expect(rowTexts(t, 4)).toEqual(['项目效益', '20%', '20', '18', '90%', '优']);
    expect(rowTexts(t, 5)).toEqual(['合计', '100%', '100', '98', '98%', '优']);
  });

  it('reads the attachment scoring table with 8 columns and merged cells', async () => {
    const doc = await readFixture(SEED[format]);
    const t = findTable(doc, '一级指标')!;
    expect(t.cols).toBe(8);
    const h = rowOf(t, '一级指标');
    expect(rowTexts(t, h)).toEqual([
      '一级指标',
      '分值',
      '二级指标',
      '分值',
      '三级指标',
      '评分标准',
      '完成情况',
      '得分',
    ]);
    const r = rowOf(t, '指标1：工业总产值');
    const row = rowTexts(t, r);
    expect([row[3], row[4], row[6], row[7]]).toEqual(['5', '指标1：工业总产值', '329', '5']);
    // 项目产出 spans its five rows in every form
    const out = t.cells[t.grid[rowOf(t, '新增规上企业')][0]];
    expect(out.text).toBe('项目产出');
    expect(out.rowSpan).toBe(5);
    expect(t.grid[r][0]).toBe(t.grid[rowOf(t, '新增规上企业')][0]);
  });

  it.runIf(format !== 'txt')('keeps 项目决策 spanning its rows (the .txt itself lost that merge)', async () => {
    const doc = await readFixture(SEED[format]);
    const t = findTable(doc, '一级指标')!;
    const top = t.cells.find((c) => c.text === '项目决策' && c.col === 0)!;
    expect(top.rowSpan).toBe(6);
    for (let r = top.row; r < top.row + top.rowSpan; r++) expect(t.cells[t.grid[r][0]]).toBe(top);
  });
});

describe('seed.pdf', () => {
  it('joins a paragraph that a page break split', async () => {
    const doc = await readFixture(SEED.pdf);
    const split = doc.blocks.find(
      (b): b is Paragraph => b.kind === 'paragraph' && new Set(b.lines.map((l) => l.page)).size > 1,
    );
    expect(split).toBeDefined();
    // e.g. "（1）立项依据充分性。…该项指标得分3分。" runs from page 4 onto page 5
    expect(split!.text).toMatch(/。$/);
    // the txt has the same paragraph whole (possibly cut by a blank line it joins too)
    const txt = await readFixture(SEED.txt);
    expect(txt.blocks.some((b) => b.kind === 'paragraph' && b.text === split!.text)).toBe(true);
  });
});
