// Review status: decisions keyed by fingerprint survive an edit above the finding;
// dismissed findings are listed apart and leave the exit code.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { fingerprintOf } from '../../src/cli/baseline.js';
import { ConfigError } from '../../src/cli/config/errors.js';
import { checkDocument } from '../../src/engine/check-document.js';
import { renderHtml } from '../../src/reporters/html.js';
import { renderJson } from '../../src/reporters/json.js';
import { renderText } from '../../src/reporters/text.js';
import type { FileResult } from '../../src/model/result.js';
import { applyReview } from '../../src/review/apply.js';
import { readReview, reviewFor, serializeReview, type ReviewFile } from '../../src/review/review-file.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SEED, docFromText, repoRoot } from '../helpers.js';
import { exitCodeFor, makeRunResult } from '../../src/engine/run-result.js';

const seedText = readFileSync(SEED.txt, 'utf8');

function check(text: string): FileResult {
  const doc = docFromText(text);
  const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
  // same path both times: the document's identity (no title summary here) is its file name
  return { path: 'reports/seed.txt', format: 'txt', status: 'ok', findings };
}

const dir = mkdtempSync(join(tmpdir(), 'reportlint-review-'));
function reviewFile(r: unknown): string {
  const path = join(dir, `review-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, typeof r === 'string' ? r : JSON.stringify(r));
  return path;
}

describe('review status across versions', () => {
  const before = check(seedText);
  // the revised report: a paragraph inserted right after the cover, above every finding in the body
  const insertAt = seedText.indexOf('目录');
  const after = check(
    `${seedText.slice(0, insertAt)}修订说明：本稿根据审核意见作了修改，新增本段。\n\n${seedText.slice(insertAt)}`,
  );
  const errors = before.findings.filter((f) => f.severity === 'error');

  it('finds the same findings at shifted paragraphs, with the same fingerprints', () => {
    expect(errors.length).toBeGreaterThan(1);
    const target = errors[errors.length - 1];
    const moved = after.findings.find(
      (f) => fingerprintOf(after, f).fingerprint === fingerprintOf(before, target).fingerprint,
    );
    expect(moved).toBeDefined();
    // it really moved: the inserted paragraph is above it
    expect(moved!.locations[0].paragraph).toBe(target.locations[0].paragraph! + 1);
  });

  it('carries confirmed and dismissed marks onto the revised version; dismissed ones leave the count', () => {
    const [confirmed, ...rest] = errors;
    const review: ReviewFile = {
      reportlintReview: 1,
      entries: [
        { fingerprint: fingerprintOf(before, confirmed).fingerprint, status: 'confirmed', name: '张审' },
        ...rest.map((f) => ({
          fingerprint: fingerprintOf(before, f).fingerprint,
          status: 'dismissed' as const,
          reason: '口径不同，已核实',
          name: '张审',
        })),
      ],
    };
    const result = applyReview(makeRunResult([after]), review, 'review.json');
    const file = result.files[0];
    const dismissedCount = after.findings.filter((f) =>
      rest.some((r) => fingerprintOf(before, r).fingerprint === fingerprintOf(after, f).fingerprint),
    ).length;
    expect(file.dismissed!.length).toBe(dismissedCount);
    expect(
      file.dismissed!.every((f) => f.review?.status === 'dismissed' && f.review.reason === '口径不同，已核实'),
    ).toBe(true);
    expect(file.findings.length).toBe(after.findings.length - dismissedCount);
    expect(file.findings.filter((f) => f.review?.status === 'confirmed').map((f) => f.ruleId)).toContain(
      confirmed.ruleId,
    );
    expect(result.summary.errors).toBe(after.findings.filter((f) => f.severity === 'error').length - dismissedCount);
    expect(result.review).toEqual({
      file: 'review.json',
      confirmed: expect.any(Number),
      dismissed: dismissedCount,
      pending: file.findings.length - result.review!.confirmed,
      unmatched: 0,
    });
  });

  it('takes error-level findings out of the exit code once all are dismissed', () => {
    const all = makeRunResult([after]);
    expect(exitCodeFor(all, -1)).toBe(1);
    const dismissAll: ReviewFile = {
      reportlintReview: 1,
      entries: after.findings
        .filter((f) => f.severity === 'error')
        .map((f) => ({
          fingerprint: fingerprintOf(after, f).fingerprint,
          status: 'dismissed',
          reason: '已核实',
          name: '李',
        })),
    };
    expect(exitCodeFor(applyReview(all, dismissAll, 'r.json'), -1)).toBe(0);
  });

  it('counts entries that no longer match any finding', () => {
    const gone: ReviewFile = { reportlintReview: 1, entries: [{ fingerprint: 'a'.repeat(64), status: 'confirmed' }] };
    expect(applyReview(makeRunResult([after]), gone, 'r.json').review!.unmatched).toBe(1);
  });
});

describe('the review file', () => {
  const fp = 'b'.repeat(64);
  it('reads a valid file, and what reviewFor writes reads back', () => {
    expect(
      readReview(reviewFile({ reportlintReview: 1, entries: [{ fingerprint: fp, status: 'pending' }] })).entries,
    ).toHaveLength(1);
    const written = reviewFile(serializeReview(reviewFor([check(seedText)])));
    expect(
      readReview(written).entries.every((e) => e.status === 'pending' && e.ruleId && e.excerpt !== undefined),
    ).toBe(true);
  });

  it('refuses a dismissal without a reason or a name, an unknown status, and a file that is not JSON', () => {
    for (const bad of [
      { reportlintReview: 1, entries: [{ fingerprint: fp, status: 'dismissed', name: '张' }] },
      { reportlintReview: 1, entries: [{ fingerprint: fp, status: 'dismissed', reason: '', name: '张' }] },
      { reportlintReview: 1, entries: [{ fingerprint: fp, status: 'ignored' }] },
      { reportlintBaseline: 1, entries: [] },
    ]) {
      expect(() => readReview(reviewFile(bad)), JSON.stringify(bad)).toThrow(ConfigError);
    }
    expect(() => readReview(reviewFile('{not json'))).toThrow(ConfigError);
  });
});

describe('reporters with a review', () => {
  const file = check(seedText);
  const [first, second] = file.findings;
  const review: ReviewFile = {
    reportlintReview: 1,
    entries: [
      {
        fingerprint: fingerprintOf(file, first).fingerprint,
        status: 'dismissed',
        reason: '<script>alert(1)</script>',
        name: '王"审',
      },
      { fingerprint: fingerprintOf(file, second).fingerprint, status: 'confirmed', name: '王审' },
    ],
  };
  const result = applyReview(makeRunResult([file]), review, 'review.json');
  const opts = { lang: 'zh-CN' as const, color: false, rules: allRules.map((r) => r.meta) };

  it('JSON: each finding its mark, dismissed ones in their own list, and the counts', () => {
    const json = JSON.parse(renderJson(result));
    expect(json.files[0].dismissed).toHaveLength(1);
    expect(json.files[0].dismissed[0].review).toEqual({
      status: 'dismissed',
      reason: '<script>alert(1)</script>',
      name: '王"审',
    });
    expect(json.files[0].findings[0].review).toEqual({ status: 'confirmed', name: '王审' });
    expect(json.files[0].findings[1].review).toEqual({ status: 'pending' });
    expect(json.review).toMatchObject({ file: 'review.json', dismissed: 1, confirmed: 1 });
    // only fields added: the contract's schema still accepts it
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(readFileSync(join(repoRoot, 'schema/report.schema.json'), 'utf8')),
    );
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // without a review nothing new appears
    const plain = JSON.parse(renderJson(makeRunResult([file])));
    expect('review' in plain || 'dismissed' in plain.files[0] || 'review' in plain.files[0].findings[0]).toBe(false);
  });

  it('text: the mark on the head line, dismissed findings apart, the review counts', () => {
    const text = renderText(result, opts);
    expect(text).toContain(`${second.ruleId}`);
    expect(text).toMatch(/［已确认 · 王审］/);
    const apart = text.indexOf('已驳回 1 条（不计入退出码）');
    expect(apart).toBeGreaterThan(text.indexOf('［已确认'));
    // the head line wraps at 80 columns: the mark may continue on the next line, under the where column
    expect(text.slice(apart).replace(/\n +/g, ' ')).toContain('［已驳回：<script>alert(1)</script> · 王"审］');
    expect(text).toContain('审核：1 条已确认，1 条已驳回');
  });

  it('HTML: every finding carries its fingerprint and mark (escaped), dismissed ones in their own section', () => {
    const html = renderHtml(result, opts);
    expect(html.match(/<article class="finding"[^>]* data-fingerprint="[0-9a-f]{64}"/g)).toHaveLength(
      file.findings.length,
    );
    expect(html).toContain(`data-fingerprint="${fingerprintOf(file, first).fingerprint}"`);
    expect(html).toContain('data-reason="&lt;script&gt;alert(1)&lt;/script&gt;" data-name="王&quot;审"');
    expect(html).not.toContain('<script>alert(1)');
    const dismissed = html.indexOf('<section class="dismissed">');
    expect(dismissed).toBeGreaterThan(0);
    expect(html.slice(dismissed)).toContain('data-status="dismissed"');
    expect(html).toContain('下载审核文件 review.json');
    // the page's one script still parses, and it needs nothing from a server
    const script = /<script>([^]*)<\/script>/.exec(html)![1];
    expect(() => new Function(script)).not.toThrow();
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('schema/review.schema.json', () => {
  it('is the schema readReview checks with', async () => {
    const { REVIEW_SCHEMA } = await import('../../src/review/schema.js');
    const { repoRoot } = await import('../helpers.js');
    expect(JSON.parse(readFileSync(join(repoRoot, 'schema/review.schema.json'), 'utf8'))).toEqual(REVIEW_SCHEMA);
  });
});

describe('the HTML report as an auditor uses it (happy-dom runs its script)', async () => {
  const { Window } = await import('happy-dom');
  const file = check(seedText);
  const opts = { lang: 'zh-CN' as const, color: false, rules: allRules.map((r) => r.meta) };

  /** The page loaded with its script run; clicking the download button captures what would be saved. */
  function open(html: string) {
    const window = new Window({ url: 'file:///report.html' });
    const document = window.document;
    document.write(html.replace(/<script>[^]*<\/script>/, ''));
    const saved: string[] = [];
    const pending: Array<Promise<void>> = [];
    const URL = {
      createObjectURL: (b: Blob) => (pending.push(b.text().then((t) => void saved.push(t))), 'blob:review'),
    };
    window.HTMLAnchorElement.prototype.click = function () {};
    const script = /<script>([^]*)<\/script>/.exec(html)![1];
    new Function('document', 'location', 'URL', 'Blob', script)(document, window.location, URL, Blob);
    const download = async () => {
      (document.querySelector('#review-tools button') as unknown as { click(): void }).click();
      await Promise.all(pending);
      return saved.at(-1);
    };
    return { document, download };
  }

  it('shows the controls, refuses a dismissal without a reason, and saves a review file the CLI reads', async () => {
    const { document, download } = open(renderHtml(makeRunResult([file]), opts));
    const articles = [...document.querySelectorAll('.finding[data-fingerprint]')];
    expect(articles.length).toBe(file.findings.length);
    expect(articles.every((a) => !(a.querySelector('.review') as unknown as { hidden: boolean }).hidden)).toBe(true);
    const [first, second] = articles;
    const select = (a: (typeof articles)[number]) =>
      a.querySelector('select') as unknown as { value: string; dispatchEvent(e: unknown): void };
    const inputs = (a: (typeof articles)[number]) =>
      [...a.querySelectorAll('input')] as unknown as Array<{ value: string }>;
    select(first).value = 'dismissed';
    select(first).dispatchEvent(new document.defaultView!.Event('change'));
    expect(await download()).toBeUndefined(); // no reason, no name: nothing saved
    inputs(first)[0].value = '口径不同，已核实';
    inputs(first)[1].value = '张审';
    select(second).value = 'confirmed';
    const saved = await download();
    expect(saved).toBeDefined();
    const path = reviewFile(saved!);
    const review = readReview(path);
    expect(review.entries.find((e) => e.fingerprint === first.getAttribute('data-fingerprint'))).toMatchObject({
      status: 'dismissed',
      reason: '口径不同，已核实',
      name: '张审',
    });
    expect(review.entries.find((e) => e.fingerprint === second.getAttribute('data-fingerprint'))?.status).toBe(
      'confirmed',
    );
    // the next run carries it: the first finding is shown apart
    const again = applyReview(makeRunResult([file]), review, path);
    expect(again.review).toMatchObject({
      dismissed: file.findings.filter(
        (f) => fingerprintOf(file, f).fingerprint === first.getAttribute('data-fingerprint'),
      ).length,
      confirmed: expect.any(Number),
    });
    // and its page starts from those marks
    const reopened = open(renderHtml(again, opts));
    const dismissed = reopened.document.querySelector(
      `.dismissed .finding[data-fingerprint="${first.getAttribute('data-fingerprint')}"]`,
    )!;
    expect((dismissed.querySelector('select') as unknown as { value: string }).value).toBe('dismissed');
    expect((dismissed.querySelector('input') as unknown as { value: string }).value).toBe('口径不同，已核实');
  });
});
