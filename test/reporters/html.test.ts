import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/reporters/html.js';
import { reporters } from '../../src/reporters/index.js';
import { enOpts, loadResult, zhOpts } from './fixture.js';

const { findAll, findOne, getAttributeValue, textContent } = DomUtils;

function parse(html: string) {
  const doc = parseDocument(html);
  const all = (pred: (e: Element) => boolean, root: Element[] | typeof doc.children = doc.children) =>
    findAll(pred, root);
  const byClass = (cls: string, root?: Element[]) =>
    all((e) => (getAttributeValue(e, 'class') ?? '').split(/\s+/).includes(cls), root ?? doc.children);
  return { doc, all, byClass };
}

describe('html reporter', () => {
  const html = reporters.html(loadResult(), zhOpts);
  const { doc, all, byClass } = parse(html);

  it('is one document with lang and title from opts.lang', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const root = findOne((e) => e.name === 'html', doc.children)!;
    expect(getAttributeValue(root, 'lang')).toBe('zh-CN');
    expect(textContent(findOne((e) => e.name === 'title', doc.children)!)).toBe('报告一致性检查结果');
    const en = parse(reporters.html(loadResult(), enOpts));
    expect(getAttributeValue(findOne((e) => e.name === 'html', en.doc.children)!, 'lang')).toBe('en');
    expect(en.byClass('badge').map(textContent)).toContain('warning');
    expect(reporters.html(loadResult(), enOpts)).not.toMatch(/应为|实为|错误/);
  });

  it('is self-contained: no external resources, one inline script and style', () => {
    // links within the page only (the batch's file index): no address outside it
    expect(
      all((e) => e.attribs.src !== undefined || (e.attribs.href !== undefined && !e.attribs.href.startsWith('#'))),
    ).toHaveLength(0);
    expect(all((e) => e.name === 'link')).toHaveLength(0);
    expect(html).not.toMatch(/url\(|@import/); // no CSS fetches (document text may mention http://, as escaped text)
    const scripts = all((e) => e.name === 'script');
    expect(scripts).toHaveLength(1);
    expect(all((e) => e.name === 'style')).toHaveLength(1);
  });

  it('has the summary counts', () => {
    const count = (k: string) => textContent(all((e) => e.attribs['data-count'] === k)[0]);
    expect([count('files'), count('failedFiles'), count('errors'), count('warnings'), count('infos')]).toEqual([
      '4',
      '1',
      '2',
      '2',
      '1',
    ]);
  });

  it('has every finding, with its severity, grouped by file then section', () => {
    const findings = byClass('finding');
    expect(findings).toHaveLength(5);
    expect(findings.map((f) => f.attribs['data-severity'])).toEqual(['error', 'warning', 'info', 'error', 'warning']);
    const files = byClass('file');
    expect(files.map((f) => f.attribs['data-status'])).toEqual(['ok', 'ok', 'error', 'ok']);
    const groupsOfFirst = byClass('group', [files[0]]).map((g) => textContent(findOne((e) => e.name === 'h3', [g])!));
    expect(groupsOfFirst).toEqual(['四、绩效评价指标分析 > （一）项目决策情况', '（未归入章节）', '一、项目概况']);
    expect(byClass('finding', [files[1]])).toHaveLength(1);
    expect(byClass('finding', [files[2]])).toHaveLength(0);
  });

  it('shows the failed file with its error code', () => {
    const err = byClass('file-error')[0];
    expect(err.attribs['data-code']).toBe('E_CORRUPT');
    expect(textContent(err)).toContain('end of central directory not found');
  });

  it('escapes document text: the <script> in a message is text, not an element', () => {
    const msg = byClass('message')[1];
    expect(textContent(msg)).toBe('项目名称与封面不一致："<script>alert(1)</script>", 请核对\n第二行');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>项目</b>');
    expect(textContent(byClass('actual')[1])).toBe('<b>项目</b>');
    expect(textContent(byClass('expected')[1])).toBe('A&B "项目"');
    expect(textContent(all((e) => e.name === 'script')[0])).not.toContain('alert');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('highlights the span with <mark>, the right occurrence', () => {
    const first = byClass('finding')[0];
    const marks = all((e) => e.name === 'mark', [first]);
    expect(marks.map(textContent)).toEqual(['18', '20分']);
    const related = byClass('excerpt', byClass('related', [first]))[0];
    expect(textContent(related)).toBe('…评价中项目决策类指标满分20分，实际得分20分，得分率100%。');
    const before = related.children[0];
    expect(textContent(before)).toBe('…评价中项目决策类指标满分20分，实际得分');
  });

  it('shows expected vs actual and the related locations', () => {
    const pct = byClass('finding')[3];
    expect(textContent(byClass('expected', [pct])[0])).toBe('95.00%');
    expect(textContent(byClass('actual', [pct])[0])).toBe('98.00%');
    const items = all((e) => e.name === 'li', byClass('related', [pct]));
    expect(items).toHaveLength(2);
    expect(textContent(items[1])).toContain('第6页第10行 表1 第3行第4列');
    expect(textContent(byClass('where', [pct])[0])).toBe('第3页第12行');
  });

  it('has a severity filter (one checkbox each, hidden until the script runs) and print rules', () => {
    const form = all((e) => e.attribs.id === 'filters')[0];
    expect(form.attribs.hidden).toBeDefined();
    const boxes = all((e) => e.name === 'input' && e.attribs.type === 'checkbox', [form]);
    expect(boxes.map((b) => b.attribs['data-severity'])).toEqual(['error', 'warning', 'info']);
    expect(boxes.every((b) => b.attribs.checked !== undefined)).toBe(true);
    expect(textContent(all((e) => e.attribs.id === 'shown')[0])).toBe('5');
    expect(html).toMatch(/@media print\{[^]*\.filters\{display:none!important\}[^]*\.finding\[hidden\]/);
  });

  it('shows a file note (bytes replaced while decoding) under the file, escaped', () => {
    const r = loadResult();
    r.files[0].notes = [{ code: 'I_REPLACED_BYTES', message: '1 处无效字节已替换为 �<b>' }];
    const notes = parse(reporters.html(r, zhOpts)).byClass('file-note');
    expect(notes.map(textContent)).toEqual(['说明：1 处无效字节已替换为 �<b>']);
    expect(getAttributeValue(notes[0], 'data-code')).toBe('I_REPLACED_BYTES');
    expect(byClass('file-note')).toEqual([]); // none without notes
  });
});
