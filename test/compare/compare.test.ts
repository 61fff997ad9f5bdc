// reportlint compare: old findings fixed / still open / changed, new findings,
// and the figures changed where the text around them is the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { compareVersions } from '../../src/compare/compare.js';
import { figureChanges } from '../../src/compare/figures.js';
import { checkDocument } from '../../src/engine/check-document.js';
import type { Document } from '../../src/model/document.js';
import { compareContract, renderCompareHtml, renderCompareText } from '../../src/reporters/compare.js';
import type { FileResult } from '../../src/model/result.js';
import { SEED, docFromText, fixture, readFixture } from '../helpers.js';

function checked(doc: Document, path: string): FileResult {
  return {
    path,
    format: doc.format,
    status: 'ok',
    findings: checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' }),
  };
}

function compareTexts(oldText: string, newText: string) {
  const [a, b] = [docFromText(oldText), docFromText(newText)];
  return compareVersions(checked(a, 'old.txt'), checked(b, 'new.txt'), a, b);
}

const seedText = readFileSync(SEED.txt, 'utf8');

describe('the seed against its corrected copy', async () => {
  const oldDoc = await readFixture(SEED.docx);
  const newDoc = await readFixture(fixture('corrected', 'seed-corrected.pdf'));
  const c = compareVersions(checked(oldDoc, 'seed.docx'), checked(newDoc, 'seed-corrected.pdf'), oldDoc, newDoc);

  it('lists every old finding as fixed, across formats, and nothing new', () => {
    expect(c.old.findings.length).toBeGreaterThan(20);
    expect(c.findings.map((x) => x.status)).toEqual(c.old.findings.map(() => 'fixed'));
    expect(c.summary).toMatchObject({ fixed: c.old.findings.length, open: 0, changed: 0, added: 0 });
  });

  it('lists the revised scores beside the findings they close (CHANGES.md C21: 项目效益 得分 20 → 18)', () => {
    const benefit = c.findings.find(
      (x) =>
        x.old.ruleId === 'score/cross-source' && x.old.message.includes('项目效益') && x.old.message.includes('得分'),
    );
    expect(benefit?.status).toBe('fixed');
    expect(benefit!.figures.map((f) => `${f.old}→${f.new}`)).toContain('20→18');
    const fig = c.figures.find((f) => f.old === '20' && f.new === '18');
    expect(fig?.context).toContain('评价得分【18】分');
    expect(fig?.newLocation.section).toContain('（四）项目效益情况');
    // C16: 项目决策's heading 6 / 6 became 20 / 20
    expect(c.figures.filter((f) => f.old === '6' && f.new === '20' && f.context.includes('指标分值'))).toHaveLength(2);
  });
});

describe('the same report in another format', () => {
  it('has nothing fixed: the findings are matched by what they say when the excerpts are worded differently', async () => {
    const [a, b] = [await readFixture(SEED.docx), await readFixture(SEED.pdf)];
    const c = compareVersions(checked(a, 'seed.docx'), checked(b, 'seed.pdf'), a, b);
    expect(c.summary.fixed).toBe(0);
    expect(c.summary.open).toBe(c.old.findings.length);
    expect(c.summary.added).toBe(c.new.findings.length - c.old.findings.length);
    expect(c.figures).toEqual([]);
  });
});

describe('a partial revision', () => {
  // C01 fixed only; 项目决策's heading score changed from 6 to 5 (still wrong); a paragraph inserted at the top
  const revised = `修订说明：本稿根据审核意见修改。\n\n${seedText}`
    .replace('项目时间： 2024年决战工业昂起工作经费项目', '项目名称： 2024年工业倍增升级工作经费项目')
    .replace('（一）项目决策情况（指标分值6分，评价得分6分）', '（一）项目决策情况（指标分值6分，评价得分5分）');
  const c = compareTexts(seedText, revised);

  it('marks the corrected finding fixed, the untouched ones still open', () => {
    const coverName = c.findings.find(
      (x) => x.old.ruleId === 'identity/name-variant' && x.old.locations[0].excerpt.includes('项目时间'),
    );
    expect(coverName?.status).toBe('fixed');
    const open = c.findings.filter((x) => x.status === 'open');
    expect(open.length).toBeGreaterThan(20);
    // still open although every paragraph moved down one
    expect(
      open.every((x) => x.new!.locations[0].line !== x.old.locations[0].line || x.old.locations[0].line === null),
    ).toBe(true);
  });

  it('marks the finding whose figure was revised but is still wrong as changed, with that figure beside it', () => {
    const score = c.findings.find(
      (x) => x.old.ruleId === 'score/cross-source' && x.old.message.includes('项目决策”的得分在标题为6分'),
    );
    expect(score?.status).toBe('changed');
    expect(score!.new!.message).toContain('得分在标题为5分');
    expect(score!.figures.map((f) => `${f.old}→${f.new}`)).toEqual(['6→5']);
    expect(c.summary.added).toBe(0);
  });

  it('says so in text, JSON and HTML', () => {
    const text = renderCompareText(c, 'zh-CN');
    expect(text).toMatch(
      /^原稿 old\.txt（\d+ 个问题） → 修改稿 new\.txt（\d+ 个问题）\n已修正 \d+，仍存在 \d+，有变化 1，新出现 0；数字变化 \d+ 处\n/,
    );
    expect(text).toContain('有变化 (1)');
    expect(text).toContain('6 → 5  …（指标分值6分，评价得分【5】分）');
    const json = compareContract(c);
    const changed = json.findings.find((x) => x.status === 'changed')!;
    expect(changed.new!.message).toContain('5分');
    expect(changed.figures[0]).toMatchObject({ old: '6', new: '5', newLocation: { line: expect.any(Number) } });
    expect(json.summary).toEqual(c.summary);
    const html = renderCompareHtml(c, 'en');
    expect(html).toContain('<h2>changed (1)</h2>');
    expect(html).not.toContain('<script');
  });
});

describe('figures', () => {
  it('compares only text that reads the same around the number, and only when that text is unique', () => {
    const a = docFromText(
      '项目总预算100万元，实际支出90万元。\n\n评价得分90分。\n\n评价得分90分。\n\n资金到位率100%。\n',
    );
    const b = docFromText(
      '项目总预算100万元，实际支出95万元。\n\n评价得分88分。\n\n评价得分92分。\n\n资金全部到位，到位率98%。\n',
    );
    // the repeated sentence is ambiguous, the reworded one is not the same text
    expect(figureChanges(a, b).map((f) => `${f.old}→${f.new}`)).toEqual(['90→95']);
  });
});
