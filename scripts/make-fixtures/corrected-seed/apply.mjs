// Applies corrections.mjs to fixtures/seed/seed.txt and to a copy of seed.docx
// (text runs only: structure, merged cells and styles stay), and writes
// fixtures/corrected/{seed-corrected.txt, seed-corrected.docx, CHANGES.md, changes.json}.
// Run from anywhere: node scripts/make-fixtures/corrected-seed/apply.mjs
// Every op asserts what it expects to find, so a changed seed fails loudly.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { corrections, leftAsIs, TOC_PAGES } from './corrections.mjs';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const seedDir = resolve(root, 'fixtures/seed');
const outDir = resolve(root, 'fixtures/corrected');

const fail = (msg) => {
  throw new Error(msg);
};
const opsFor = (c, format) => [...(c.both ?? []), ...(c[format] ?? [])];
const countOf = (hay, needle) => (needle ? hay.split(needle).length - 1 : 0);

// ------------------------------------------------------------------ txt

function applyTxt(text, c) {
  for (const op of opsFor(c, 'txt')) {
    if ('replace' in op) {
      const n = countOf(text, op.replace);
      if (n !== (op.count ?? 1)) fail(`${c.id} txt: "${op.replace}" found ${n} times`);
      text = text.split(op.replace).join(op.with);
    } else if ('deleteLine' in op) {
      const lines = text.split('\n');
      const at = lines.flatMap((l, i) => (l === op.deleteLine ? [i] : []));
      if (at.length !== 1) fail(`${c.id} txt: line "${op.deleteLine}" found ${at.length} times`);
      lines.splice(at[0], 1);
      text = lines.join('\n');
    } else if ('tocPage' in op) {
      const lines = text.split('\n');
      const re = new RegExp(`^${escapeRe(op.tocPage)}\\t\\d+$`);
      const at = lines.flatMap((l, i) => (re.test(l) ? [i] : []));
      if (at.length !== 1) fail(`${c.id} txt: contents entry "${op.tocPage}" found ${at.length} times`);
      lines[at[0]] = `${op.tocPage}\t${op.page}`;
      text = lines.join('\n');
    } else if ('row' in op) {
      const lines = text.split('\n');
      const at = lines.flatMap((l, i) =>
        l.includes('\t') && l.split('\t').some((f) => stripTags(f).startsWith(op.row)) ? [i] : [],
      );
      if (at.length !== 1) fail(`${c.id} txt: tab row "${op.row}" found ${at.length} times`);
      const old = lines[at[0]].split('\t');
      lines[at[0]] = op.fields
        .map((f) => (typeof f === 'string' ? f : (old[f.keep] ?? fail(`${c.id}: no field ${f.keep}`))))
        .join('\t');
      text = lines.join('\n');
    } else fail(`${c.id} txt: unknown op ${JSON.stringify(op)}`);
  }
  return text;
}

const stripTags = (s) => s.replace(/<[^>]*>/g, '').trim();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ------------------------------------------------------------------ docx

const decode = (s) =>
  s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]);
const encode = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const T_RE = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t(?:\s[^>]*)?\/>/g;
const P_RE = /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p(?:\s[^>]*)?\/>/g;

/** The w:t pieces of one paragraph's XML, with their text. */
function pieces(pXml) {
  const out = [];
  for (const m of pXml.matchAll(T_RE))
    out.push({ start: m.index, end: m.index + m[0].length, text: decode(m[1] ?? '') });
  return out;
}
const paraText = (pXml) =>
  pieces(pXml)
    .map((p) => p.text)
    .join('');

function tElement(text) {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<w:t${space}>${encode(text)}</w:t>`;
}

/** Replaces every occurrence of `from` in the paragraph's text, across run boundaries:
 *  the new text goes into the first w:t the occurrence touches, the rest of it is cut from the others. */
function replaceInParagraph(pXml, from, to) {
  const ps = pieces(pXml);
  let texts = ps.map((p) => p.text);
  let n = 0;
  for (;;) {
    const joined = texts.join('');
    const at = joined.indexOf(from, n);
    if (at < 0) break;
    const end = at + from.length;
    let off = 0;
    let placed = false;
    texts = texts.map((t) => {
      const s = off;
      const e = off + t.length;
      off = e;
      if (e <= at || s >= end) return t;
      const keepBefore = t.slice(0, Math.max(0, at - s));
      const keepAfter = t.slice(Math.max(0, end - s));
      if (!placed) {
        placed = true;
        return keepBefore + to + keepAfter;
      }
      return keepBefore + keepAfter;
    });
    n = at + to.length;
  }
  let out = '';
  let last = 0;
  ps.forEach((p, i) => {
    out += pXml.slice(last, p.start) + tElement(texts[i]);
    last = p.end;
  });
  return out + pXml.slice(last);
}

/** Rows of the attachment table (the one whose header has 三级指标): XML ranges and grid cells. */
function attachmentRows(xml) {
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)];
  const tbl = tables.find((m) => m[0].includes('三级指标')) ?? fail('no attachment table in the docx');
  const rows = [];
  for (const r of tbl[0].matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)) {
    const cells = [];
    let col = 0;
    for (const c of r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)) {
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(c[0])?.[1] ?? 1);
      const start = tbl.index + r.index + c.index;
      cells.push({
        col,
        span,
        start,
        end: start + c[0].length,
        xml: c[0],
        text: [...c[0].matchAll(P_RE)].map((p) => paraText(p[0])).join(''),
      });
      col += span;
    }
    rows.push(cells);
  }
  return rows;
}

/** New content for a cell: its first paragraph keeps its properties (minus a run size left
 *  from the empty cell, which would make the text 2pt), with one plain run. */
function setCellText(cellXml, text) {
  const paras = [...cellXml.matchAll(P_RE)];
  const first = paras[0][0];
  const pPr = (/<w:pPr>[\s\S]*?<\/w:pPr>/.exec(first)?.[0] ?? '').replace(
    /<w:rPr>[\s\S]*?<\/w:rPr>/,
    '<w:rPr></w:rPr>',
  );
  const run = text ? `<w:r><w:rPr></w:rPr>${tElement(text)}</w:r>` : '';
  const newP = `<w:p>${pPr}${run}</w:p>`;
  const head = cellXml.slice(0, paras[0].index);
  const tail = cellXml.slice(paras.at(-1).index + paras.at(-1)[0].length);
  return head + newP + tail;
}

function applyDocx(xml, c) {
  for (const op of opsFor(c, 'docx')) {
    if ('replace' in op || 'tocPage' in op) {
      const paras = [...xml.matchAll(P_RE)];
      let from = op.replace;
      let to = op.with;
      if ('tocPage' in op) {
        const re = new RegExp(`^${escapeRe(op.tocPage)}\\s+(\\d+)$`);
        const hits = paras.map((p) => re.exec(paraText(p[0]))).filter(Boolean);
        if (hits.length !== 1) fail(`${c.id} docx: contents entry "${op.tocPage}" found ${hits.length} times`);
        from = hits[0][0];
        to = hits[0][0].replace(/\d+$/, String(op.page));
      }
      const n = paras.reduce((k, p) => k + countOf(paraText(p[0]), from), 0);
      if (n !== (op.count ?? 1)) fail(`${c.id} docx: "${from}" found ${n} times`);
      let out = '';
      let last = 0;
      for (const p of paras) {
        out += xml.slice(last, p.index) + (paraText(p[0]).includes(from) ? replaceInParagraph(p[0], from, to) : p[0]);
        last = p.index + p[0].length;
      }
      xml = out + xml.slice(last);
    } else if ('deleteParagraph' in op) {
      const hits = [...xml.matchAll(P_RE)].filter((p) => paraText(p[0]) === op.deleteParagraph);
      if (hits.length !== 1) fail(`${c.id} docx: paragraph "${op.deleteParagraph}" found ${hits.length} times`);
      xml = xml.slice(0, hits[0].index) + xml.slice(hits[0].index + hits[0][0].length);
    } else if ('cell' in op) {
      const rows = attachmentRows(xml).filter((cells) => cells.some((x) => x.text.trim().startsWith(op.cell.row)));
      if (rows.length !== 1) fail(`${c.id} docx: attachment row "${op.cell.row}" found ${rows.length} times`);
      const cell = rows[0].find((x) => x.col === op.cell.col) ?? fail(`${c.id} docx: no cell at column ${op.cell.col}`);
      if (cell.text !== op.old)
        fail(`${c.id} docx: cell "${op.cell.row}"/${op.cell.col} holds "${cell.text}", expected "${op.old}"`);
      xml = xml.slice(0, cell.start) + setCellText(cell.xml, op.text) + xml.slice(cell.end);
    } else fail(`${c.id} docx: unknown op ${JSON.stringify(op)}`);
  }
  return xml;
}

// ------------------------------------------------------------------ CHANGES.md

const q = (s) => '`' + s.replace(/\t/g, ' ⇥ ').replace(/`/g, "'") + '`';

function changesMd() {
  const lines = [
    '# Corrections to the seed',
    '',
    'fixtures/corrected/seed-corrected.{txt,docx,pdf} are fixtures/seed/seed.{txt,docx} with every internal',
    'contradiction found by reading the seed fixed, and the PDF LibreOffice makes from the corrected .docx.',
    'Made by `scripts/make-fixtures/corrected-make.sh` from `scripts/make-fixtures/corrected-seed/corrections.mjs`,',
    'which this file and `changes.json` (read by `test/fixtures/corrected.test.ts`) are generated from — edit that, not this.',
    '',
    'Edits are minimal: the .txt keeps its layout (tabs, blank lines, page-break splits, `<p>` markup, short rows);',
    'the .docx keeps its structure, merged cells and styles (only text runs change, two contents paragraphs go).',
    '⇥ stands for a tab; "(empty)" for an empty cell. Areas: score, money, target, identity, count, toc, text, grade.',
    '',
    '| id | area | where | original | fixed | why |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of corrections) {
    const formats = c.both ? 'txt, docx, pdf' : [c.txt && 'txt', c.docx && 'docx, pdf'].filter(Boolean).join(', ');
    lines.push(
      `| ${c.id} | ${c.area} | ${c.where} (${formats}) | ${q(c.original)} | ${q(c.fixed)} | ${c.why.replace(/\|/g, '\\|')} |`,
    );
  }
  lines.push('', '## Considered and left as they are', '', '| text | why it stays |', '| --- | --- |');
  for (const [t, why] of leftAsIs) lines.push(`| ${t.replace(/\|/g, '\\|')} | ${why} |`);
  lines.push(
    '',
    '## What the parsers make of it (for rule tests on the corrected seed)',
    '',
    "- The attachment breaks across PDF pages 10 and 11 inside 项目产出's merged cells; the PDF parser does not carry",
    '  the merge across the page, so the rows 产出时效 and 产出成本 have empty 一级指标 / 分值 cells in the PDF',
    '  (the .txt and .docx have 项目产出 / 40 spanning five rows).',
    '- The .txt parser joins a line of 30 characters or more with the next paragraph even when it is a contents',
    '  entry ending in a tab and its page; the 附件 entry is kept shorter than that (see C03).',
    '',
  );
  return lines.join('\n');
}

// ------------------------------------------------------------------ main

await mkdir(outDir, { recursive: true });

let txt = await readFile(resolve(seedDir, 'seed.txt'), 'utf8');
for (const c of corrections) if (opsFor(c, 'txt').length) txt = applyTxt(txt, c);
await writeFile(resolve(outDir, 'seed-corrected.txt'), txt);

const zip = await JSZip.loadAsync(await readFile(resolve(seedDir, 'seed.docx')));
let xml = await zip.file('word/document.xml').async('string');
for (const c of corrections) if (opsFor(c, 'docx').length) xml = applyDocx(xml, c);
zip.file('word/document.xml', xml);
// a fixed date, so that remaking the file gives the same bytes
for (const f of Object.values(zip.files)) f.date = new Date('2025-01-01T00:00:00Z');
await writeFile(
  resolve(outDir, 'seed-corrected.docx'),
  await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
);

await writeFile(resolve(outDir, 'CHANGES.md'), changesMd());
const forTest = corrections.map((c) => ({
  id: c.id,
  area: c.area,
  formats: c.both ? ['txt', 'docx', 'pdf'] : [c.txt && 'txt', ...(c.docx ? ['docx', 'pdf'] : [])].filter(Boolean),
  original: c.original,
  fixed: c.fixed,
  check: c.check,
}));
const tocPages = TOC_PAGES.map(([title, page]) => ({ title, page }));
await writeFile(
  resolve(outDir, 'changes.json'),
  JSON.stringify({ tocPageOffset: 1, tocPages, corrections: forTest }, null, 2) + '\n',
);
console.log(`applied ${corrections.length} corrections`);
