import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/reporters/csv.js';
import { reporters } from '../../src/reporters/index.js';
import { enOpts, loadResult, zhOpts } from './fixture.js';

/** An RFC 4180 reader written for the test (independent of the writer); rejects bare LF row ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    else if (c === '"') throw new Error(`quote inside an unquoted field at ${i}`);
    else (field += c), i++;
  }
  if (field !== '' || row.length) throw new Error('last row has no CRLF');
  return rows;
}

describe('csv reporter', () => {
  const out = reporters.csv(loadResult(), zhOpts);
  const rows = parseCsv(out.slice(1));

  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(Buffer.from(out, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('has a localized header, then one row a finding and one for the failed file', () => {
    expect(rows[0]).toEqual(['文件', '规则', '严重程度', '位置', '摘录', '应为', '实为', '说明', '相关位置']);
    expect(parseCsv(reporters.csv(loadResult(), enOpts).slice(1))[0]).toEqual([
      'File',
      'Rule',
      'Severity',
      'Location',
      'Excerpt',
      'Expected',
      'Actual',
      'Message',
      'Other locations',
    ]);
    expect(rows).toHaveLength(1 + 5 + 1);
    for (const r of rows) expect(r).toHaveLength(9);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['错误', '警告', '提示', '错误', '错误', '警告']);
  });

  it('fills file, rule, location, marked excerpt, expected, actual, message', () => {
    const pct = rows.find((r) => r[1] === 'number/percent-sum')!;
    expect(pct[0]).toBe('scans/乙县 报告#1.pdf');
    expect(pct[3]).toBe('第3页第12行 · 三、项目实施情况');
    expect(pct[4]).toBe('预算执行率为【98.00%】，较上年提高');
    expect([pct[5], pct[6], pct[7]]).toEqual(['95.00%', '98.00%', '预算执行率与表中数据不符']);
    expect(pct[8].split('\n')).toHaveLength(2);
    expect(pct[8]).toContain('第6页第10行 表1 第3行第4列 · 四、绩效评价指标分析：95.00%');
    const cell = rows.find((r) => r[1] === 'score/children-sum')!;
    expect(cell[3]).toBe('表2 第5行第3列 · 四、绩效评价指标分析 > （一）项目决策情况');
  });

  it('round-trips quotes, commas, newlines and markup in a message', () => {
    const named = rows.find((r) => r[1] === 'text/name-consistency')!;
    expect(named[7]).toBe('项目名称与封面不一致："<script>alert(1)</script>", 请核对\n第二行');
    expect(named[5]).toBe('A&B "项目"');
    expect(out).toContain('"项目名称与封面不一致：""<script>alert(1)</script>"", 请核对\n第二行"');
  });

  it('gives the failed file one row with its error code and message', () => {
    const failed = rows.find((r) => r[0] === 'bad/损坏.docx')!;
    expect(failed[1]).toBe('E_CORRUPT');
    expect(failed[7]).toContain('end of central directory not found');
  });

  it('defuses cells Excel would run as formulas, but leaves plain numbers alone', () => {
    const style = rows.find((r) => r[1] === 'style/punctuation')!;
    expect(style[6]).toBe(`'=HYPERLINK("http://x")`);
    expect(style[5]).toBe('-5');
    expect(csvField('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvField('+3.5%')).toBe('+3.5%');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('plain')).toBe('plain');
  });
});
