// The text report fits an 80-column terminal: every line, on the seed report in its three formats and on a
// finding whose every part is long; excerpts trimmed around the span with "…"; continuation lines under the
// text they continue (issue 12, deliver 7).
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument, summarizeDocument } from '../../src/engine/check-document.js';
import { readDocument } from '../../src/parsers/index.js';
import { reporters } from '../../src/reporters/index.js';
import { fitExcerpt, wrap } from '../../src/reporters/text-layout.js';
import type { FileResult, RunResult } from '../../src/model/result.js';
import type { Lang } from '../../src/model/settings.js';
import { REPO } from '../cli/run-cli.js';

const metas = allRules.map((r) => r.meta);
const widest = (text: string) => Math.max(...text.split('\n').map((l) => stringWidth(l)));
const run = (files: FileResult[]): RunResult => ({
  schemaVersion: 1,
  tool: { name: 'reportlint', version: '0.1.0' },
  summary: {
    files: files.length,
    failedFiles: files.filter((f) => f.status === 'error').length,
    errors: 1,
    warnings: 0,
    infos: 0,
  },
  files,
});

describe('on the seed report', () => {
  const seeds: Record<string, Record<Lang, RunResult>> = {};
  beforeAll(async () => {
    for (const ext of ['txt', 'docx', 'pdf']) {
      const path = `fixtures/seed/seed.${ext}`;
      const doc = await readDocument(`${REPO}/${path}`, { maxBytes: 0 });
      seeds[ext] = {} as Record<Lang, RunResult>;
      for (const lang of ['zh-CN', 'en'] as const) {
        const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang });
        seeds[ext][lang] = run([
          { path, format: doc.format, status: 'ok', document: summarizeDocument(doc, {}), findings },
        ]);
      }
    }
  });

  for (const ext of ['txt', 'docx', 'pdf']) {
    it(`seed.${ext}: every line within 80 columns, in both languages, with and without colour`, () => {
      for (const lang of ['zh-CN', 'en'] as const) {
        const r = seeds[ext][lang];
        expect(r.files[0].findings.length).toBeGreaterThan(10);
        for (const color of [false, true])
          expect(widest(reporters.text(r, { lang, color, rules: metas }))).toBeLessThanOrEqual(80);
      }
    });
  }
});

const longText = '根据《财政支出绩效评价管理暂行办法》和《项目支出绩效评价管理办法》的有关规定，'.repeat(4);
const span = '预算执行率为98.00%';
const longFinding: FileResult = {
  path: 'reports/二〇二四年度/某某县农业农村局/县农业局2024年度衔接推进乡村振兴补助资金项目支出绩效评价报告（终稿）.docx',
  format: 'docx',
  status: 'ok',
  findings: [
    {
      ruleId: 'number/percent-sum',
      severity: 'error',
      message: `预算执行率与表中数据不符：${longText}`,
      expected: `95.00%（${longText.slice(0, 60)}）`,
      actual: '98.00%',
      review: {
        status: 'dismissed',
        reason: '评价组已确认表中数据为初稿数据，正文为终稿数据，以正文为准，无需修改',
        name: '张三',
      },
      locations: [
        {
          text: span,
          excerpt: `${longText}${span}，较上年提高${longText}`,
          paragraph: 57,
          section: '四、绩效评价指标分析 > （二）项目过程情况 > 1、资金管理 > （2）预算执行率 > 评价要点及评分标准',
        },
        {
          text: '95.00%',
          excerpt: `预算执行率 | 10 | 9.5 | 95.00% | ${longText}`,
          page: 6,
          line: 10,
          paragraph: 95,
          table: { index: 0, row: 2, col: 3 },
          section: '四、绩效评价指标分析',
        },
      ],
    },
  ],
  notes: [{ code: 'I_REPLACED_BYTES', message: `文件不完全是有效的 UTF-8：${longText}` }],
};
const longFailure: FileResult = {
  path: 'bad/' + '损坏的报告'.repeat(12) + '.docx',
  format: 'docx',
  status: 'error',
  error: { code: 'E_CORRUPT', message: `文件已损坏，无法读取：${longText}` },
  findings: [],
};

describe('a finding whose every part is long', () => {
  const r = run([longFinding, longFailure]);
  const zh = reporters.text(r, { lang: 'zh-CN', color: false, rules: metas });

  it('every line within 80 columns, in both languages, with and without colour', () => {
    for (const lang of ['zh-CN', 'en'] as const)
      for (const color of [false, true])
        expect(widest(reporters.text(r, { lang, color, rules: metas }))).toBeLessThanOrEqual(80);
  });

  it('the excerpt is one line, trimmed around the span with "…" at both cut ends', () => {
    const line = zh.split('\n').find((l) => l.includes(`【${span}】`))!;
    expect(line.trim()).toMatch(new RegExp(`^…[^…]+【${span.replace(/[.%]/g, '\\$&')}】[^…]+…$`));
    // the context either side is about as wide: the span sits near the middle
    const [before, after] = line.trim().split(`【${span}】`);
    expect(Math.abs(stringWidth(before) - stringWidth(after))).toBeLessThanOrEqual(2);
    // the table row of the other location keeps its marked cell
    expect(zh).toMatch(/ {12}预算执行率 \| 10 \| 9\.5 \| 【95\.00%】 \| 根据.*…\n/);
  });

  it('a wrapped message continues under its first line (hanging indent), the head under the where column', () => {
    const lines = zh.split('\n');
    const m = lines.findIndex((l) => l.startsWith('        预算执行率与表中数据不符'));
    expect(m).toBeGreaterThan(0);
    expect(lines[m + 1]).toMatch(/^ {8}\S/);
    const head = lines.findIndex((l) => l.startsWith('  错误  number/percent-sum  第58段'));
    expect(lines[head + 1]).toMatch(new RegExp(`^ {${2 + 4 + 2 + 'number/percent-sum'.length + 2}}\\S`));
    // the failed file's message continues two columns in
    const failed = lines.findIndex((l) => l.startsWith('bad/损坏的报告'));
    expect(lines[failed + 1]).toMatch(/^ {2}\S/);
  });
});

describe('wrap and fitExcerpt', () => {
  it('breaks English at spaces, Chinese between characters, never before closing punctuation', () => {
    expect(wrap('the quick brown fox jumps over the lazy dog', '> ', '  ', 20)).toEqual([
      '> the quick brown',
      '  fox jumps over the',
      '  lazy dog',
    ]);
    expect(wrap('一二三四五六七八，九十', '', '', 16)).toEqual(['一二三四五六七', '八，九十']);
    expect(wrap('一二三四五六七《八》', '', '', 16)).toEqual(['一二三四五六七', '《八》']);
    // a piece longer than a line (a long path) is broken where it must be
    expect(wrap('x'.repeat(25), '', '  ', 10)).toEqual(['x'.repeat(10), `  ${'x'.repeat(8)}`, `  ${'x'.repeat(7)}`]);
  });

  it('keeps an excerpt that fits; cuts a span too wide for the line', () => {
    const parts = { before: '前文', span: '数字', after: '后文' };
    expect(fitExcerpt(parts, 80, 4)).toEqual(parts);
    const wide = fitExcerpt({ before: 'a', span: '很'.repeat(50), after: 'b' }, 30, 4);
    expect(stringWidth(wide.before + wide.span + wide.after) + 4).toBeLessThanOrEqual(30);
    expect(wide.span.endsWith('…')).toBe(true);
  });
});
