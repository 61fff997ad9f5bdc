// The annotated .docx: one Word comment per finding on the finding's own text,
// across runs and inside table cells, and nothing else in the package changed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check-document.js';
import type { Document } from '../../src/model/document.js';
import { parseDocx } from '../../src/parsers/docx.js';
import { annotateDocx } from '../../src/reporters/docx.js';
import type { FileResult, Finding, Location } from '../../src/model/result.js';
import { buildDocument } from '../../src/structure/build.js';
import { makeDocx } from '../../fixtures/docx/make-docx.js';
import { SEED, readFixture } from '../helpers.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const OPTS = { lang: 'zh-CN' as const, author: 'reportlint', date: '2026-12-05T00:00:00Z' };

/** Strict XML: any error or warning fails (htmlparser2, which the parser uses, forgives too much). */
function parseStrict(xml: string, name: string) {
  const problems: string[] = [];
  const dom = new DOMParser({ onError: (level: string, m: string) => problems.push(`${level}: ${m}`) }).parseFromString(
    xml,
    'text/xml',
  );
  expect(problems, name).toEqual([]);
  return dom;
}

interface Span {
  text: string;
  /** Text of the w:tc the range starts in, and that row's index in its table. */
  cellText: string | null;
  row: number | null;
}

/** For each comment id: the run text between its range marks. */
function commentSpans(documentXml: string): Map<string, Span> {
  const dom = parseStrict(documentXml, 'document.xml');
  const spans = new Map<string, Span>();
  const open = new Set<string>();
  const ancestor = (n: Node, local: string): Element | null => {
    for (let p = n.parentNode; p; p = p.parentNode)
      if ((p as Element).localName === local && (p as Element).namespaceURI === W) return p as Element;
    return null;
  };
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (el.namespaceURI === W && el.localName === 'commentRangeStart') {
        const id = el.getAttributeNS(W, 'id')!;
        const tc = ancestor(el, 'tc');
        const tr = tc ? (tc.parentNode as Element) : null;
        const rows = tr
          ? Array.from((tr.parentNode as Element).childNodes).filter((x) => (x as Element).localName === 'tr')
          : [];
        spans.set(id, { text: '', cellText: tc ? (tc.textContent ?? '') : null, row: tr ? rows.indexOf(tr) : null });
        open.add(id);
      } else if (el.namespaceURI === W && el.localName === 'commentRangeEnd') {
        open.delete(el.getAttributeNS(W, 'id')!);
      } else if (el.namespaceURI === W && el.localName === 't') {
        for (const id of open) spans.get(id)!.text += el.textContent ?? '';
      } else {
        walk(el);
      }
    }
  };
  walk(dom);
  return spans;
}

async function parts(buf: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async('nodebuffer'));
  return out;
}

async function docOf(buf: Buffer): Promise<Document> {
  return buildDocument(await parseDocx(buf, 'test.docx'));
}

const blockTexts = (d: Document) =>
  d.blocks.map((b) => (b.kind === 'paragraph' ? b.raw : b.cells.map((c) => c.raw).join(' | ')));
const fileResult = (findings: Finding[]): FileResult => ({ path: 'test.docx', format: 'docx', status: 'ok', findings });
const at = (loc: Partial<Location> & Pick<Location, 'text' | 'paragraph'>): Location => ({
  excerpt: loc.text,
  page: null,
  line: null,
  table: null,
  section: null,
  ...loc,
});
const finding = (...locations: Location[]): Finding => ({
  ruleId: 'test/rule',
  severity: 'error',
  message: '金额不一致',
  expected: '120',
  actual: '12',
  locations,
});
const squash = (s: string) => s.replace(/\s+/g, '');

describe('annotated .docx of the seed report', async () => {
  const input = readFileSync(SEED.docx);
  const doc = await readFixture(SEED.docx);
  const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
  const out = await annotateDocx(input, doc, fileResult(findings), OPTS);
  const before = await parts(input);
  const after = await parts(out.docx);

  it('has one comment per finding, each anchored once', async () => {
    expect(findings.length).toBeGreaterThan(20);
    expect(out.comments).toBe(findings.length);
    const comments = parseStrict(after.get('word/comments.xml')!.toString('utf8'), 'comments.xml');
    expect(comments.getElementsByTagNameNS(W, 'comment').length).toBe(findings.length);
    const docXml = after.get('word/document.xml')!.toString('utf8');
    for (const mark of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) {
      expect(docXml.match(new RegExp(`<w:${mark} `, 'g'))?.length, mark).toBe(findings.length);
    }
    expect(comments.getElementsByTagNameNS(W, 'comment')[0].getAttributeNS(W, 'author')).toBe('reportlint');
  });

  it('anchors every finding with text on exactly that text, table cells inside their cell', () => {
    const spans = commentSpans(after.get('word/document.xml')!.toString('utf8'));
    // ids are given in the findings' order; the document's order may differ
    const ids = [...spans.keys()].sort((a, b) => Number(a) - Number(b));
    let inCells = 0;
    findings.forEach((f, i) => {
      const loc = f.locations[0];
      const span = spans.get(ids[i])!;
      if (!loc.text.trim()) return; // an empty cell (a missing score): nothing to cover
      expect(squash(span.text), `${f.ruleId} ${loc.text}`).toBe(squash(loc.text));
      if (loc.table) {
        inCells++;
        expect(span.cellText, `${f.ruleId} ${loc.text}`).not.toBeNull();
        expect(squash(span.cellText!)).toContain(squash(loc.text));
      }
    });
    expect(inCells).toBeGreaterThanOrEqual(5);
    expect(out.unplaced).toBe(0);
  });

  it('changes no other part, and reads back as the same text', async () => {
    const changed = [...after.keys()].filter((k) => !before.get(k)?.equals(after.get(k)!));
    expect(changed.sort()).toEqual([
      '[Content_Types].xml',
      'word/_rels/document.xml.rels',
      'word/comments.xml',
      'word/document.xml',
    ]);
    expect([...before.keys()].every((k) => after.has(k))).toBe(true);
    for (const name of ['[Content_Types].xml', 'word/_rels/document.xml.rels'])
      parseStrict(after.get(name)!.toString('utf8'), name);
    expect(blockTexts(await docOf(out.docx))).toEqual(blockTexts(doc));
  });
});

describe('anchoring', () => {
  it('covers a span that crosses runs, keeping each piece its formatting', async () => {
    const body =
      '<w:p><w:r><w:t>本项目预算资金</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>12</w:t></w:r><w:r><w:t>0万元，实际支出100万元。</w:t></w:r></w:p>';
    const input = await makeDocx({ body });
    const doc = await docOf(input);
    const out = await annotateDocx(input, doc, fileResult([finding(at({ text: '资金120万元', paragraph: 0 }))]), OPTS);
    const xml = (await parts(out.docx)).get('word/document.xml')!.toString('utf8');
    expect([...commentSpans(xml).values()].map((s) => s.text)).toEqual(['资金120万元']);
    // the text before the range and the bold run are where they were
    expect(xml).toContain('<w:r><w:t xml:space="preserve">本项目预算</w:t></w:r><w:commentRangeStart w:id="0"/>');
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t>12</w:t></w:r>');
    expect(xml).toContain('<w:t xml:space="preserve">0万元</w:t></w:r><w:commentRangeEnd w:id="0"/>');
    expect(out.onText).toBe(1);
    expect(blockTexts(await docOf(out.docx))).toEqual(blockTexts(doc));
  });

  it('anchors text with leader dots (a contents entry): "…" in the text is the document\'s, not an excerpt\'s cut', async () => {
    const input = await makeDocx({
      body: '<w:p><w:r><w:t xml:space="preserve">附：五、自评结果应用</w:t></w:r><w:r><w:t>………………3</w:t></w:r></w:p>',
    });
    const doc = await docOf(input);
    const out = await annotateDocx(
      input,
      doc,
      fileResult([finding(at({ text: '五、自评结果应用………………3', paragraph: 0 }))]),
      OPTS,
    );
    const xml = (await parts(out.docx)).get('word/document.xml')!.toString('utf8');
    expect([...commentSpans(xml).values()].map((s) => s.text)).toEqual(['五、自评结果应用………………3']);
    expect(out.onText).toBe(1);
  });

  it('picks the occurrence the excerpt names when the text repeats in a paragraph', async () => {
    const input = await makeDocx({
      body: '<w:p><w:r><w:t>得分18分，其中产出指标得分18分，效益指标得分20分。</w:t></w:r></w:p>',
    });
    const doc = await docOf(input);
    const loc = at({ text: '18分', paragraph: 0, excerpt: '…其中产出指标得分18分，效益指标…' });
    const out = await annotateDocx(input, doc, fileResult([finding(loc)]), OPTS);
    const xml = (await parts(out.docx)).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('其中产出指标得分</w:t></w:r><w:commentRangeStart w:id="0"/>');
  });

  it('tells two equal figures of one short paragraph apart by where the excerpt was cut', async () => {
    const text = '四、绩效评价指标分析（指标分值20分，评价得分20分）';
    const input = await makeDocx({ body: `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>` });
    const doc = await docOf(input);
    // src/engine/steps/locate.ts: the second starts 23 characters in, so its excerpt is cut 20 before it
    const first = at({ text: '20分', paragraph: 0, excerpt: text });
    const second = at({ text: '20分', paragraph: 0, excerpt: `…${text.slice(text.lastIndexOf('20分') - 20)}` });
    const out = await annotateDocx(input, doc, fileResult([finding(first), finding(second)]), OPTS);
    const xml = (await parts(out.docx)).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('指标分值</w:t></w:r><w:commentRangeStart w:id="0"/>');
    expect(xml).toContain('评价得分</w:t></w:r><w:commentRangeStart w:id="1"/>');
  });

  it('anchors a table finding in its own cell, not in another cell with the same figure', async () => {
    const row = (a: string, b: string) =>
      `<w:tr><w:tc><w:p><w:r><w:t>${a}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>${b}</w:t></w:r></w:p></w:tc></w:tr>`;
    const body = `<w:p><w:r><w:t>评分表如下：</w:t></w:r></w:p><w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${row('指标', '得分')}${row('产出数量', '18')}${row('产出质量', '18')}</w:tbl>`;
    const input = await makeDocx({ body });
    const doc = await docOf(input);
    const loc = at({ text: '18', paragraph: 1, excerpt: '产出质量 | 18', table: { index: 0, row: 2, col: 1 } });
    const out = await annotateDocx(input, doc, fileResult([finding(loc)]), OPTS);
    const spans = [...commentSpans((await parts(out.docx)).get('word/document.xml')!.toString('utf8')).values()];
    expect(spans).toEqual([{ text: '18', cellText: '18', row: 2 }]);
  });

  it('counts the w:p the parser adds for a row that starts some columns in (w:gridBefore)', async () => {
    const body =
      '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>' +
      '<w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>金额</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>合计100万元</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '<w:p><w:r><w:t>上表合计100万元。</w:t></w:r></w:p><w:p><w:r><w:t>本年合计100万元。</w:t></w:r></w:p>';
    const input = await makeDocx({ body });
    const doc = await docOf(input);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'paragraph']);
    const out = await annotateDocx(input, doc, fileResult([finding(at({ text: '合计100万元', paragraph: 2 }))]), OPTS);
    const xml = (await parts(out.docx)).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('<w:t xml:space="preserve">本年</w:t></w:r><w:commentRangeStart w:id="0"/>');
  });

  it('puts a finding on an empty cell (a missing score) inside that cell', async () => {
    const row = (a: string, b: string) =>
      `<w:tr><w:tc><w:p><w:r><w:t>${a}</w:t></w:r></w:p></w:tc><w:tc>${b ? `<w:p><w:r><w:t>${b}</w:t></w:r></w:p>` : '<w:p/>'}</w:tc></w:tr>`;
    const body = `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${row('指标', '得分')}${row('产出数量', '')}</w:tbl>`;
    const input = await makeDocx({ body });
    const doc = await docOf(input);
    const loc = at({ text: '', paragraph: 0, excerpt: '产出数量 | ', table: { index: 0, row: 1, col: 1 } });
    const out = await annotateDocx(input, doc, fileResult([finding(loc)]), OPTS);
    const xml = (await parts(out.docx)).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain(
      '<w:tc><w:p><w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p></w:tc>',
    );
    expect(out.onParagraph).toBe(1);
  });

  it('keeps tracked changes and existing comments, and numbers new comments after them', async () => {
    const body =
      '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>原有批注</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>' +
      '<w:p><w:r><w:t>预算金额</w:t></w:r><w:del w:id="5" w:author="县财政局"><w:r><w:delText>100</w:delText></w:r></w:del>' +
      '<w:ins w:id="6" w:author="县财政局"><w:r><w:t>120</w:t></w:r></w:ins><w:r><w:t>万元。</w:t></w:r></w:p>';
    const zip = await JSZip.loadAsync(await makeDocx({ body }));
    const oldComments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="审核人"><w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment></w:comments>`;
    zip.file('word/comments.xml', oldComments);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`,
      ),
    );
    const input = await zip.generateAsync({ type: 'nodebuffer' });
    const doc = await docOf(input);
    const out = await annotateDocx(input, doc, fileResult([finding(at({ text: '金额120万元', paragraph: 1 }))]), OPTS);
    const after = await parts(out.docx);
    const xml = after.get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('<w:del w:id="5" w:author="县财政局"><w:r><w:delText>100</w:delText></w:r></w:del>');
    expect(xml).toContain('<w:ins w:id="6" w:author="县财政局"><w:r><w:t>120</w:t></w:r></w:ins>');
    const comments = after.get('word/comments.xml')!.toString('utf8');
    expect(comments.startsWith(oldComments.slice(0, oldComments.indexOf('</w:comments>')))).toBe(true);
    // ids after every annotation id already used (the revisions' 5 and 6 included)
    expect(comments).toContain('<w:comment w:id="7" w:author="reportlint" w:date="2026-12-05T00:00:00Z"');
    expect(commentSpans(xml).get('7')!.text).toBe('金额120万元');
    // no second relationship or content type for the comments part
    expect(
      after
        .get('word/_rels/document.xml.rels')!
        .toString('utf8')
        .match(/comments/g)?.length,
    ).toBe(2);
    expect(after.get('[Content_Types].xml')!.equals((await parts(input)).get('[Content_Types].xml')!)).toBe(true);
  });

  it('writes the message, expected and actual values, and the other places in the comment', async () => {
    const input = await makeDocx({
      body: '<w:p><w:r><w:t>预算120万元。</w:t></w:r></w:p><w:p><w:r><w:t>执行12万元。</w:t></w:r></w:p>',
    });
    const doc = await docOf(input);
    const f = finding(at({ text: '120万元', paragraph: 0 }), at({ text: '12万元', paragraph: 1 }));
    const out = await annotateDocx(input, doc, fileResult([f]), { ...OPTS, author: '市财政局 <审核>' });
    const comments = (await parts(out.docx)).get('word/comments.xml')!.toString('utf8');
    expect(comments).toContain('w:author="市财政局 &lt;审核&gt;"');
    const text = parseStrict(comments, 'comments.xml').getElementsByTagNameNS(W, 'comment')[0].textContent;
    expect(text).toBe('[错误] 金额不一致  (test/rule)应为：120；实为：12另见：第2段“12万元”');
  });
});

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0,
);
if (!soffice)
  console.warn(
    'test/reporters/docx.test.ts: LibreOffice (soffice) not installed; the open-in-LibreOffice test is skipped',
  );

describe.skipIf(!soffice)('the annotated seed in LibreOffice', () => {
  it('converts to PDF, and keeps every comment, by our author, when saved as .odt', async () => {
    const doc = await readFixture(SEED.docx);
    const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
    const out = await annotateDocx(readFileSync(SEED.docx), doc, fileResult(findings), OPTS);
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-lo-'));
    writeFileSync(join(dir, 'annotated.docx'), out.docx);
    const profile = `file://${join(dir, 'profile')}`;
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'odt',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'annotated.docx'),
      ],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'annotated.docx'),
      ],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['annotated.odt', 'annotated.pdf']);
    expect(
      readFileSync(join(dir, 'out', 'annotated.pdf'))
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    const content = await (await JSZip.loadAsync(readFileSync(join(dir, 'out', 'annotated.odt'))))
      .file('content.xml')!
      .async('string');
    // LibreOffice's own annotations: one per comment, by our author
    expect(content.match(/<office:annotation[ >]/g)?.length).toBe(findings.length);
    expect(content.match(/<dc:creator>reportlint<\/dc:creator>/g)?.length).toBe(findings.length);
  }, 180_000);
});
