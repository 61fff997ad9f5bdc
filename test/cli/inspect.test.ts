// `reportlint inspect` lets a person compare what was understood from each format.
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './run-cli.js';

beforeAll(ensureBuilt);

/** The lines of the grid printed for the table whose header line contains `heading`. */
function gridAfter(out: string, heading: RegExp): string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  expect(start).toBeGreaterThanOrEqual(0);
  const grid: string[] = [];
  // the table's reading line ("类型: 评分表  读取: 可靠 …") stands between the header line and the grid
  for (const l of lines.slice(start + 2)) {
    if (!/^\s+[+|]/.test(l)) break;
    grid.push(l);
  }
  return grid;
}

describe('reportlint inspect', () => {
  it('shows the seed attachment table as the same grid from .docx and .pdf, merged cells marked', async () => {
    const [docx, pdf] = await Promise.all([
      runCli(['inspect', 'fixtures/seed/seed.docx']),
      runCli(['inspect', 'fixtures/seed/seed.pdf']),
    ]);
    expect(docx.code).toBe(0);
    expect(pdf.code).toBe(0);
    const gd = gridAfter(docx.stdout, /^表 2: \d+ × 8/);
    const gp = gridAfter(pdf.stdout, /^表 2: \d+ × 8/);
    expect(gp).toEqual(gd);
    // the same reading from both; the PDF's table came in pieces, one a page
    const reading = (out: string) => out.split('\n')[out.split('\n').findIndex((l) => /^表 2: /.test(l)) + 1];
    expect(reading(docx.stdout)).toMatch(/^ {2}类型: 评分表 {2}读取: 可靠$/);
    expect(reading(pdf.stdout)).toMatch(/^ {2}类型: 评分表 {2}读取: 可靠 {2}分片: \d \(行 1 页 \d+; 行 \d+ 页 \d+/);
    // 指标1 row of the seed's attachment: 二级指标 产出质量 spans it and the next row; 分值 5, 完成情况 329, 得分 5.
    const cells = (line: string) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
    const row = gd.find((l) => l.includes('指标1：工业总产值'))!;
    expect(cells(row)).toEqual(['↑', '↑', '产出质量', '5', '指标1：工业总产值', '≥280亿', '329', '5']);
    expect(cells(gd[gd.findIndex((l) => l === row) + 1]).slice(0, 3)).toEqual(['↑', '↑', '↑']);
    // aligned by display width: every line of the grid is equally wide on screen
    expect(new Set(gd.map((l) => stringWidth(l))).size).toBe(1);
  });

  it('shows the cover fields, the table of contents with pages and the section tree', async () => {
    const r = await runCli(['inspect', 'fixtures/seed/seed.txt', '--lang', 'en']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const below = (title: string) => lines.slice(lines.indexOf(`== ${title} ==`) + 1);
    const upTo = (xs: string[]) => xs.slice(0, xs.indexOf(''));
    expect(upTo(below('Cover fields')).map((l) => l.trim().split(/\s+/))).toContainEqual([
      '评价时间',
      '2024年1月1日至2024年12月31日',
    ]);
    expect(upTo(below('Table of contents')).slice(0, 2)).toEqual(['  一、基本情况  …… 1', '    （一）项目概况  …… 1']);
    expect(
      upTo(below('Sections'))
        .slice(0, 3)
        .map((l) => l.replace(/\s+\[#\d+\]$/, '')),
    ).toEqual(['  一、基本情况', '    （一）项目概况', '      1.项目背景、主要内容及实施情况']);
  });
});
