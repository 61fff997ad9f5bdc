import { describe, expect, it } from 'vitest';
import type { RawBlock, RawCell, RawParagraph, RawTable } from '../../src/model/document.js';
import { htmlToBlocks } from '../../src/parsers/html.js';

const paragraphs = (blocks: RawBlock[]) => blocks.filter((b): b is RawParagraph => b.kind === 'paragraph');
const tables = (blocks: RawBlock[]) => blocks.filter((b): b is RawTable => b.kind === 'table');
const texts = (p: RawParagraph) => p.lines.map((l) => l.text);
const cellText = (c: RawCell) => c.lines.map((l) => l.text).join('|');
const at = (t: RawTable, row: number, col: number) => t.cells.find((c) => c.row === row && c.col === col);

/** The cell covering each grid position; fails on overlaps. */
function grid(t: RawTable): RawCell[][] {
  const g: RawCell[][] = [];
  for (const c of t.cells) {
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.col; k < c.col + c.colSpan; k++) {
        g[r] ??= [];
        expect(g[r][k], `overlap at ${r},${k}`).toBeUndefined();
        g[r][k] = c;
      }
    }
  }
  return g;
}

describe('htmlToBlocks: paragraphs', () => {
  it('makes one paragraph per paragraph-level element, with heading levels', () => {
    const b = htmlToBlocks(
      '<h1>一、基本情况</h1><h3>（一）项目概况</h3><p>正文<b>加粗</b>内容。</p><div>块</div><blockquote>引用</blockquote><ul><li>甲</li><li>乙</li></ul>',
    );
    const ps = paragraphs(b);
    expect(ps.map((p) => texts(p).join(''))).toEqual([
      '一、基本情况',
      '（一）项目概况',
      '正文加粗内容。',
      '块',
      '引用',
      '甲',
      '乙',
    ]);
    expect(ps.map((p) => p.headingLevel)).toEqual([1, 3, undefined, undefined, undefined, undefined, undefined]);
    for (const p of ps) for (const l of p.lines) expect(l).toMatchObject({ page: null, line: null });
  });

  it('ends a line at <br> inside one paragraph', () => {
    const [p] = paragraphs(htmlToBlocks('<p>第一行<br>第二行<br/>第三行</p>'));
    expect(texts(p)).toEqual(['第一行', '第二行', '第三行']);
  });

  it('keeps a space where two Latin words meet across a line break', () => {
    const [p] = paragraphs(htmlToBlocks('<p>Total<br>100 points</p>'));
    expect(texts(p).join('')).toBe('Total 100 points');
  });

  it('decodes entities, strips other tags, scripts and styles', () => {
    const b = htmlToBlocks(
      '<style>p{}</style><script>alert(1)</script><p>A &amp; B &lt;C&gt; &#8805;280&#x4ebf; <span class="x">x</span><img src="a.png"></p>',
    );
    expect(paragraphs(b).map((p) => texts(p).join(''))).toEqual(['A & B <C> ≥280亿 x']);
  });

  it('renders checkboxes as ☑ and ☐', () => {
    const [p] = paragraphs(
      htmlToBlocks(
        '<p><input type="checkbox" checked>经常性项目 <input type="checkbox">一次性项目 <input type="text" value="no"></p>',
      ),
    );
    expect(texts(p).join('')).toBe('☑经常性项目 ☐一次性项目');
  });

  it('collapses source newlines and drops empty paragraphs', () => {
    const b = htmlToBlocks('<p>\n  项目\n  概况\n</p>\n<p>   </p>\n<p></p>');
    expect(paragraphs(b).map((p) => texts(p).join(''))).toEqual(['项目 概况']);
  });

  it('splits text around a nested block element', () => {
    const b = htmlToBlocks('<div>前<p>中</p>后</div>');
    expect(paragraphs(b).map((p) => texts(p).join(''))).toEqual(['前', '中', '后']);
  });

  it('does not crash on broken markup', () => {
    expect(() => htmlToBlocks('<p>未闭合<td>孤立<tr><table><tr><td rowspan="x" colspan="-3">格')).not.toThrow();
    expect(htmlToBlocks('')).toEqual([]);
  });
});

describe('htmlToBlocks: tables', () => {
  it('places cells past earlier rowspans the way browsers do', () => {
    // row 0: A (2 rows), B (2 cols); row 1: C D go to columns 1 and 2
    const [t] = tables(
      htmlToBlocks(
        '<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>C</td><td>D</td></tr><tr><td>E</td><td>F</td><td>G</td></tr></table>',
      ),
    );
    expect(t.cells.map((c) => [cellText(c), c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      ['A', 0, 0, 2, 1],
      ['B', 0, 1, 1, 2],
      ['C', 1, 1, 1, 1],
      ['D', 1, 2, 1, 1],
      ['E', 2, 0, 1, 1],
      ['F', 2, 1, 1, 1],
      ['G', 2, 2, 1, 1],
    ]);
    const g = grid(t);
    expect(g[1][0]).toBe(at(t, 0, 0));
    expect(g[0][2]).toBe(at(t, 0, 1));
  });

  it('places a cell after a rowspan in the middle of a row', () => {
    const [t] = tables(
      htmlToBlocks(
        '<table><tr><td>a</td><td rowspan="3">b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr><tr><td>f</td><td>g</td></tr></table>',
      ),
    );
    expect(cellText(at(t, 1, 0)!)).toBe('d');
    expect(cellText(at(t, 1, 2)!)).toBe('e');
    expect(cellText(at(t, 2, 2)!)).toBe('g');
    expect(at(t, 0, 1)!.rowSpan).toBe(3);
  });

  it('clamps a rowspan past the last row and treats bad spans as 1', () => {
    const [t] = tables(
      htmlToBlocks(
        '<table><tr><td rowspan="9">a</td><td colspan="0">b</td><td colspan="zz">c</td></tr><tr><td>d</td><td>e</td></tr></table>',
      ),
    );
    expect(at(t, 0, 0)!.rowSpan).toBe(2);
    expect(at(t, 0, 1)!.colSpan).toBe(1);
    expect(at(t, 0, 2)!.colSpan).toBe(1);
    expect(cellText(at(t, 1, 1)!)).toBe('d');
    grid(t);
  });

  it('reads rows through thead/tbody/tfoot and th cells', () => {
    const [t] = tables(
      htmlToBlocks(
        '<table><thead><tr><th>指标</th><th>分值</th></tr></thead><tbody><tr><td>产出</td><td>40</td></tr></tbody><tfoot><tr><td>合计</td><td>100</td></tr></tfoot></table>',
      ),
    );
    expect(t.cells.map(cellText)).toEqual(['指标', '分值', '产出', '40', '合计', '100']);
    expect(at(t, 2, 1)!.lines[0].text).toBe('100');
  });

  it('keeps the paragraphs of one cell as separate lines', () => {
    const [t] = tables(
      htmlToBlocks('<table><tr><td><p>评价要点：</p><p>①是否符合；</p><p>②是否相符。</p></td></tr></table>'),
    );
    expect(t.cells[0].lines.map((l) => l.text)).toEqual(['评价要点：', '①是否符合；', '②是否相符。']);
  });

  it('flattens a nested table into the outer cell', () => {
    const b = htmlToBlocks(
      '<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr><tr><td>内3</td></tr></table></td><td>右</td></tr></table>',
    );
    const ts = tables(b);
    expect(ts).toHaveLength(1);
    expect(ts[0].cells.map(cellText)).toEqual(['外|内1 内2|内3', '右']);
  });

  it('keeps paragraphs before and after a table in order', () => {
    const b = htmlToBlocks('<p>前文</p><table><tr><td>x</td></tr></table><p>后文</p>');
    expect(b.map((x) => x.kind)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('has empty cells with no lines', () => {
    const [t] = tables(htmlToBlocks('<table><tr><td></td><td> </td><td>x</td></tr></table>'));
    expect(t.cells.map((c) => c.lines.length)).toEqual([0, 0, 1]);
  });
});
