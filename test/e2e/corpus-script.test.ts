// `npm run corpus` (scripts/corpus.ts): the measure lists every report and control, and
// counts as the corpus test counts (the matching is shared: corpus-match.ts).
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { controlsDirOf, measureCorpus, renderMeasure } from '../../scripts/corpus.js';
import { fixture } from '../helpers.js';
import { readManifest, reportFiles } from './corpus-match.js';
import type { Finding, Location } from '../../src/model/result.js';

const loc = (text: string, excerpt = text): Location => ({
  text,
  excerpt,
  page: null,
  line: null,
  paragraph: 0,
  table: null,
  section: null,
});
const finding = (ruleId: string, ...texts: string[]): Finding =>
  ({ ruleId, locations: texts.map((t) => loc(t)) }) as unknown as Finding;

describe('npm run corpus', () => {
  it('lists every corpus report and every clean control in its table', async () => {
    const dir = fixture('corpus');
    // no rules run here: the listing does not depend on what they find
    const m = await measureCorpus(dir, async () => []);
    const text = renderMeasure(m);
    const lines = text.split('\n');
    const files = reportFiles(dir);
    const controls = reportFiles(fixture('corpus-clean'));
    expect(files.length).toBeGreaterThan(10);
    expect(controls.length).toBeGreaterThan(0);
    for (const f of files) {
      const [report, format] = [f.slice(0, f.lastIndexOf('.')), f.slice(f.lastIndexOf('.') + 1)];
      expect(
        lines.some((l) => new RegExp(`^${report}\\s+${format}\\s`).test(l)),
        f,
      ).toBe(true);
    }
    for (const f of controls) {
      const report = f.replace(/\.clean\.\w+$/, '');
      const format = f.slice(f.lastIndexOf('.') + 1);
      expect(
        lines.filter((l) => new RegExp(`^${report}\\s+${format}\\s+\\d+$`).test(l)),
        f,
      ).toHaveLength(1);
    }
    // with no finding, nothing is found: recall 0 of all expectations, precision undefined
    expect(m.totals.expected).toBe(readManifest(dir).expectations.length);
    expect([m.totals.found, m.totals.findings, m.totals.precision]).toEqual([0, 0, null]);
  });

  describe('a staging folder with its own expected.json and clean/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-next-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'clean'));
    for (const f of ['r.md', 'r.txt', 'clean/r.clean.md']) writeFileSync(join(dir, f), '报告。');
    writeFileSync(
      join(dir, 'expected.json'),
      JSON.stringify([
        { file: 'r.md', ruleArea: 'score', quote: '（二）过程指标（共20分，得18.5分）', note: 'n' },
        { file: 'r.txt', ruleArea: 'score', quote: '（二）过程指标（共20分，得18.5分）', note: 'n' },
        { file: 'r.txt', ruleArea: 'money', quote: '县级财政配套134.00万元', note: 'n', known_miss: true, reason: 'r' },
        {
          kind: 'allowed-false-positive',
          file: 'r.md',
          ruleId: 'text/unpaired-bracket',
          quote: '《某某办法',
          reason: 'r',
        },
      ]),
    );
    const findings: Record<string, Finding[]> = {
      'r.md': [
        finding('score/heading-sum', '得18.5分'), // found (first location inside the quote)
        finding('identity/wrong-year', '2022年12月31日'), // unexpected
        finding('text/unpaired-bracket', '《某某办法'), // allowed
      ],
      'r.txt': [
        finding('count/claimed-count', '5个二级指标', '（二）过程指标（共20分，得18.5分）'), // at the quote, but another area: not found
      ],
      'r.clean.md': [finding('score/total', '96')],
    };

    it('finds its controls in clean/ and counts by hand-checked rules', async () => {
      expect(controlsDirOf(dir)).toBe(join(dir, 'clean'));
      const m = await measureCorpus(dir, async (p) => findings[p.slice(p.lastIndexOf('/') + 1)] ?? []);
      const row = (file: string) => m.files.find((f) => f.file === file)!;
      expect([
        row('r.md').found,
        row('r.md').missed,
        row('r.md').unexpected,
        row('r.md').allowed,
        row('r.md').atExpected,
      ]).toEqual([1, 0, 1, 1, 1]);
      expect([
        row('r.txt').found,
        row('r.txt').missed,
        row('r.txt').knownMissed,
        row('r.txt').unexpected,
        row('r.txt').atExpected,
      ]).toEqual([0, 2, 1, 0, 1]);
      expect(m.controls).toMatchObject([{ file: 'r.clean.md', report: 'r', format: 'md', findings: 1 }]);
      // recall 1 of 3; precision: 2 findings at an expected quote of 3 + 1 + 1 (control) = 5
      expect([m.totals.recall, m.totals.precision]).toEqual([1 / 3, 2 / 5]);
      expect([m.byFormat.md.precision, m.byFormat.txt.recall]).toEqual([1 / 4, 0]);
      const text = renderMeasure(m);
      expect(text).toContain('1/3 = 33.3%');
      expect(text).toContain('2/5 = 40.0%');
      expect(text).toContain('precision = findings at an expected quote ÷ all findings');
    });
  });
});
