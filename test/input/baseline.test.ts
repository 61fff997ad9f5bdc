import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyBaseline,
  createBaseline,
  documentIdentity,
  fingerprintOf,
  readBaseline,
  serializeBaseline,
} from '../../src/cli/baseline.js';
import type { FileResult, Finding } from '../../src/model/result.js';

const finding = (ruleId: string, excerpt: string, line = 1, page: number | null = null): Finding => ({
  ruleId,
  severity: 'warning',
  message: 'm',
  locations: [{ text: excerpt.slice(0, 2), excerpt, page, line, paragraph: 3, table: null, section: null }],
});
const file = (path: string, title: string | null, findings: Finding[]): FileResult => ({
  path,
  format: 'txt',
  status: 'ok',
  document: { pages: null, paragraphs: 10, tables: 0, title, projectName: null, year: null },
  findings,
});

describe('fingerprints', () => {
  it('ignore line and page numbers and whitespace, so a reflowed or re-exported report keeps them', () => {
    const a = fingerprintOf(
      file('a.txt', '某项目绩效评价报告', []),
      finding('score/sum', '总分 95 分，其中决策 20 分', 4),
    );
    const b = fingerprintOf(
      file('b.pdf', '某项目 绩效评价报告', []),
      finding('score/sum', '总分95分，其中决策20分', 40, 3),
    );
    expect(a.fingerprint).toBe(b.fingerprint);
  });
  it('differ by rule, excerpt and document', () => {
    const f = file('a.txt', '甲项目报告', []);
    const base = fingerprintOf(f, finding('score/sum', '总分95分')).fingerprint;
    expect(fingerprintOf(f, finding('score/grade', '总分95分')).fingerprint).not.toBe(base);
    expect(fingerprintOf(f, finding('score/sum', '总分96分')).fingerprint).not.toBe(base);
    expect(fingerprintOf(file('a.txt', '乙项目报告', []), finding('score/sum', '总分95分')).fingerprint).not.toBe(base);
  });
  it('identify a document by title, else file name (not its folder)', () => {
    expect(documentIdentity(file('dir/x.docx', ' 甲 报告 ', []))).toBe('甲报告');
    expect(documentIdentity(file('dir/x.docx', null, []))).toBe('x.docx');
    const a = fingerprintOf(file('one/x.docx', null, []), finding('r/x', '某处')).fingerprint;
    expect(fingerprintOf(file('two/x.docx', null, []), finding('r/x', '某处')).fingerprint).toBe(a);
  });
});

describe('baseline round trip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-baseline-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hides what it recorded, reports what is new, lists what went away', () => {
    const before = [
      file('a.txt', '甲报告', [finding('r/x', '一处', 1), finding('r/x', '一处', 9), finding('r/y', '二处')]),
    ];
    const path = join(dir, 'b.json');
    writeFileSync(path, serializeBaseline(createBaseline(before)));
    const baseline = readBaseline(path);
    expect(baseline.entries.map((e) => [e.ruleId, e.excerpt, e.count])).toEqual([
      ['r/x', '一处', 2],
      ['r/y', '二处', 1],
    ]);

    // Same findings: nothing left.
    const same = applyBaseline(before, baseline);
    expect(same.files[0].findings).toEqual([]);
    expect(same.suppressed).toBe(3);
    expect(same.unmatched).toEqual([]);

    // One r/x fixed, r/y fixed, one new finding.
    const after = [file('a.txt', '甲报告', [finding('r/x', '一处', 5), finding('r/z', '三处')])];
    const next = applyBaseline(after, baseline);
    expect(next.files[0].findings.map((f) => f.ruleId)).toEqual(['r/z']);
    expect(next.suppressed).toBe(1);
    expect(next.unmatched.map((e) => [e.ruleId, e.count])).toEqual([
      ['r/x', 1],
      ['r/y', 1],
    ]);
  });

  it('refuses a file that is not a baseline', () => {
    const p = join(dir, 'not.json');
    writeFileSync(p, '{"rules":{}}');
    expect(() => readBaseline(p)).toThrow(/not a reportlint baseline/);
    expect(() => readBaseline(join(dir, 'missing.json'))).toThrow(
      /cannot read the baseline file: no such file or folder \(ENOENT\)/,
    );
  });
});
