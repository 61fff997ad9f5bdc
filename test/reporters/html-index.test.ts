// The HTML report of a batch: an index of its files with their counts, and filters by rule, severity and file
// that work opened from disk (happy-dom runs the page's own inline script); paths and rule ids stay text
// (issue 12, deliver 7).
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/reporters/html.js';
import type { RunResult } from '../../src/model/result.js';
import { loadResult, zhOpts } from './fixture.js';

const { findAll, getAttributeValue, textContent } = DomUtils;

async function open(html: string, hash = '') {
  const { Window } = await import('happy-dom');
  const window = new Window({ url: `file:///tmp/report.html${hash}` });
  const document = window.document;
  document.write(html.replace(/<script>[^]*<\/script>/, ''));
  const script = /<script>([^]*)<\/script>/.exec(html)![1];
  new Function('document', 'location', 'URL', 'Blob', script)(document, window.location, {}, window.Blob);
  const visible = () =>
    [...document.querySelectorAll('.finding')]
      .filter((f) => !(f as unknown as { hidden: boolean }).hidden)
      .map((f) => `${f.closest('section.file')!.id} ${f.getAttribute('data-rule')}`);
  const choose = (id: string, value: string) => {
    const sel = document.getElementById(id) as unknown as { value: string; dispatchEvent(e: unknown): void };
    sel.value = value;
    sel.dispatchEvent(new window.Event('change'));
  };
  const hiddenFiles = () =>
    [...document.querySelectorAll('section.file')]
      .filter((f) => (f as unknown as { hidden: boolean }).hidden)
      .map((f) => f.id);
  return { document, visible, choose, hiddenFiles, shown: () => document.getElementById('shown')!.textContent };
}

describe('the file index of a batch', () => {
  const html = renderHtml(loadResult(), zhOpts);
  const doc = parseDocument(html);

  it('lists every file with its counts per severity, linked to its part of the page', () => {
    const nav = findAll((e) => e.name === 'nav' && getAttributeValue(e, 'class') === 'file-index', doc.children);
    expect(nav).toHaveLength(1);
    const rows = findAll((e) => e.name === 'tr' && e.attribs['data-file'] !== undefined, nav);
    const cells = rows.map((r) => findAll((e) => e.name === 'td', [r]).map((c) => textContent(c)));
    expect(cells).toEqual([
      ['reports/县农业局2024年项目绩效评价报告.docx', '3 个问题', '1', '1', '1'],
      ['scans/乙县 报告#1.pdf', '1 个问题', '1', '0', '0'],
      ['bad/损坏.docx', '无法读取', '', '', ''],
      ['./notes.txt', '1 个问题', '0', '1', '0'],
    ]);
    // each link names a section that is there
    const links = findAll((e) => e.name === 'a', nav).map((a) => a.attribs.href);
    expect(links).toEqual(['#file-1', '#file-2', '#file-3', '#file-4']);
    for (const l of links)
      expect(findAll((e) => e.name === 'section' && e.attribs.id === l.slice(1), doc.children)).toHaveLength(1);
  });

  it('a one-file report has no index and no file filter, but a rule filter', () => {
    const r = loadResult();
    r.files = [r.files[0]];
    const one = parseDocument(renderHtml(r, zhOpts));
    expect(findAll((e) => e.name === 'nav', one.children)).toHaveLength(0);
    expect(findAll((e) => e.attribs.id === 'filter-file', one.children)).toHaveLength(0);
    expect(findAll((e) => e.attribs.id === 'filter-rule', one.children)).toHaveLength(1);
  });
});

describe('filters by rule, severity and file', () => {
  const html = renderHtml(loadResult(), zhOpts);

  it('offers each rule with its count, and each file', () => {
    const doc = parseDocument(html);
    const options = (id: string) =>
      findAll(
        (e) => e.name === 'option',
        findAll((e) => e.attribs.id === id, doc.children),
      ).map((o) => [o.attribs.value, textContent(o)]);
    expect(options('filter-rule')).toEqual([
      ['', '全部规则'],
      ['date/evaluated-year', 'date/evaluated-year (1)'],
      ['number/percent-sum', 'number/percent-sum (1)'],
      ['score/children-sum', 'score/children-sum (1)'],
      ['style/punctuation', 'style/punctuation (1)'],
      ['text/name-consistency', 'text/name-consistency (1)'],
    ]);
    expect(options('filter-file').map(([v]) => v)).toEqual(['', 'file-1', 'file-2', 'file-3', 'file-4']);
  });

  it('hides what the rule, the file and the severities leave out, and counts what is shown', async () => {
    const page = await open(html);
    expect(page.visible()).toHaveLength(5);
    page.choose('filter-rule', 'number/percent-sum');
    expect(page.visible()).toEqual(['file-2 number/percent-sum']);
    expect(page.shown()).toBe('1');
    page.choose('filter-rule', '');
    page.choose('filter-file', 'file-1');
    expect(page.visible()).toEqual([
      'file-1 score/children-sum',
      'file-1 text/name-consistency',
      'file-1 style/punctuation',
    ]);
    expect(page.hiddenFiles()).toEqual(['file-2', 'file-3', 'file-4']);
    // with a severity unticked too
    const box = page.document.querySelector('input[data-severity=info]') as unknown as {
      checked: boolean;
      dispatchEvent(e: unknown): void;
    };
    box.checked = false;
    box.dispatchEvent(new page.document.defaultView!.Event('change'));
    expect(page.visible()).toEqual(['file-1 score/children-sum', 'file-1 text/name-consistency']);
    page.choose('filter-file', '');
    expect(page.hiddenFiles()).toEqual([]);
    expect(page.visible()).toHaveLength(4);
  });

  it('is preset from the address: #hide=…&rule=…&file=…', async () => {
    const page = await open(html, '#hide=info&rule=text%2Fname-consistency&file=file-1');
    expect(page.visible()).toEqual(['file-1 text/name-consistency']);
    const none = await open(html, '#rule=no%2Fsuch-rule');
    expect(none.visible()).toHaveLength(5); // an unknown value selects nothing
  });
});

describe('escaping', () => {
  it('a path or a rule id with markup stays text in the index and the filters', () => {
    const r: RunResult = loadResult();
    r.files[0].path = 'x/"><img src=x onerror=alert(1)>.docx';
    r.files[0].findings[0].ruleId = 'a/"><script>alert(2)</script>';
    const html = renderHtml(r, zhOpts);
    const doc = parseDocument(html);
    expect(findAll((e) => e.name === 'img', doc.children)).toHaveLength(0);
    expect(findAll((e) => e.name === 'script', doc.children)).toHaveLength(1);
    expect(html).toContain('x/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.docx');
    expect(html).toContain('<option value="a/&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;">');
  });
});
