// RawDocument (what a parser read) → Document (what rules read): normalized
// text, tables as grids, the TOC, cover fields, title and the section tree.
import type {
  Block,
  Document,
  Paragraph,
  RawDocument,
  RawLine,
  RawParagraph,
  Table,
  TableFragment,
  TextContent,
} from '../model/document.js';
import { parseCoverFields } from './cover.js';
import { buildGrid, type Grid } from './grid.js';
import { closeSections, buildSections } from './sections.js';
import { textContentFromLines } from './text-content.js';
import { findToc, isTocHeading, looksLikeTocEntry } from './toc.js';
import { matchNumbering } from './numbering.js';
import { reassembleTables } from './reassemble.js';
import { mendShiftedRows } from './shifted-rows.js';
import { readingOf } from './table-reading.js';
import { isGarbled } from './garbled.js';

/** "摘要", "摘  要", "报告摘要", "内容摘要" alone on a line: the summary's heading. */
const SUMMARY_HEADING = /^\s*(?:报告|内容)?摘\s*要\s*[：:]?\s*$/;

export function buildDocument(raw: RawDocument): Document {
  // each paragraph's lines are normalized once: the TOC's split reads a paragraph's text, then its block keeps it
  const contents = new WeakMap<RawLine[], TextContent>();
  const blocks = toBlocks(reassembleTables(splitTocParagraphs(raw.blocks, contents).map(mendShiftedRows)), contents);
  const paragraphs = blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
  const tables = blocks.filter((b): b is Table => b.kind === 'table');

  const found = findToc(paragraphs);
  const toc = found?.toc ?? null;
  const inToc = (i: number) => found !== null && i >= found.first && i <= found.last;

  // The title: a short paragraph near the top that names a report.
  const titleBlock = findTitle(paragraphs, found?.first ?? null);
  // a title set on two lines ("…工作经费项目" / "部门评价报告"): its first line is the title too
  const titleLead = titleBlock === null ? null : titleFirstLine(paragraphs, titleBlock);
  const isTitle = (i: number) => i === titleBlock || i === titleLead;
  // a table's cells read as lines ("1.项目立项" in a cell) open no section
  const isCells = (i: number) => (blocks[i] as Paragraph).role === 'table-text';
  // The cover: what stands before the TOC, or before the first numbered heading.
  const probe = buildSections(paragraphs, (i) => !inToc(i) && !isTitle(i) && !isCells(i));
  const firstHeading = probe.find((s) => s.kind !== 'style' || s.numbering !== '')?.block ?? blocks.length;
  // an unnumbered "摘要" before the first numbered heading (or the TOC) opens the body: what follows it is the
  // report's summary, not cover fields; the line itself heads no section (else "一、" would nest under it)
  const summary =
    paragraphs.find(
      (p) =>
        p.index < (found ? found.first : firstHeading) &&
        !isTitle(p.index) &&
        !isCells(p.index) &&
        SUMMARY_HEADING.test(p.text),
    )?.index ?? null;
  const coverEnd = summary ?? (found ? found.first : firstHeading);

  const cover = paragraphs.filter((p) => p.index < coverEnd && !isTitle(p.index)).flatMap((p) => parseCoverFields(p));

  const sections = buildSections(
    paragraphs,
    (i) => !inToc(i) && i >= coverEnd && !isTitle(i) && !isCells(i) && i !== summary,
  );
  closeSections(sections, blocks.length);

  for (const p of paragraphs) {
    if (isCells(p.index)) continue;
    if (isTitle(p.index)) p.role = 'title';
    else if (inToc(p.index)) p.role = 'toc';
    else if (p.index < coverEnd) p.role = 'cover';
  }
  for (const s of sections) (blocks[s.block] as Paragraph).role = 'heading';
  assignSections(blocks, sections);

  return {
    path: raw.path,
    format: raw.format,
    pages: raw.pages,
    blocks,
    tables,
    sections,
    toc,
    cover,
    titleBlock,
    title:
      titleBlock === null
        ? null
        : `${titleLead === null ? '' : (blocks[titleLead] as Paragraph).text}${(blocks[titleBlock] as Paragraph).text}`,
  };
}

function toBlocks(raws: RawDocument['blocks'], contents: WeakMap<RawLine[], TextContent>): Block[] {
  const blocks: Block[] = [];
  let tableIndex = 0;
  for (const rb of raws) {
    if (rb.kind === 'paragraph') {
      // taken, not shared: no two blocks hold the same offsets
      const tc = contents.get(rb.lines) ?? textContentFromLines(rb.lines);
      contents.delete(rb.lines);
      if (!tc.text.trim()) continue;
      blocks.push({
        kind: 'paragraph',
        index: blocks.length,
        role: rb.tableText ? 'table-text' : 'body',
        sectionId: null,
        ...tc,
        ...(rb.headingLevel ? { headingLevel: rb.headingLevel } : {}),
        ...(rb.autoNumber ? { autoNumber: rb.autoNumber } : {}),
        ...(rb.style ? { style: rb.style } : {}),
        ...(isGarbled(tc.raw) ? { garbled: true as const } : {}),
      });
    } else {
      if (!rb.cells.length) continue;
      const g = buildGrid(rb);
      blocks.push({
        kind: 'table',
        index: blocks.length,
        tableIndex: tableIndex++,
        sectionId: null,
        ...g,
        fragments: rb.fragments ?? fragmentsByPage(g),
        reading: readingOf(g, rb.readingIssues),
      });
    }
  }
  return blocks;
}

/** The pieces of a table its parser joined itself (a PDF table over several pages): one a page. */
function fragmentsByPage(g: Grid): TableFragment[] {
  const out: TableFragment[] = [];
  for (let r = 0; r < g.rows; r++) {
    const line = g.grid[r].map((id) => g.cells[id]).flatMap((c) => (c.row === r ? c.lines : []))[0];
    const page = line?.page ?? null;
    if (out.length === 0 || (page !== null && page !== out[out.length - 1].page))
      out.push({ firstRow: r, page, line: line?.line ?? null });
  }
  return out.length ? out : [{ firstRow: 0, page: null, line: null }];
}

/**
 * A PDF (or a converter) may join TOC lines into one paragraph. After a TOC
 * heading, a multi-line paragraph whose lines each end in a page number is
 * split back into one paragraph a line.
 */
function splitTocParagraphs(
  raws: RawDocument['blocks'],
  contents: WeakMap<RawLine[], TextContent>,
): RawDocument['blocks'] {
  const out: RawDocument['blocks'] = [];
  let afterHeading = false;
  for (const rb of raws) {
    if (rb.kind !== 'paragraph') {
      afterHeading = false;
      out.push(rb);
      continue;
    }
    const tc = textContentFromLines(rb.lines);
    contents.set(rb.lines, tc);
    const whole = tc.text;
    if (isTocHeading(whole)) {
      afterHeading = true;
      out.push(rb);
      continue;
    }
    const lines = rb.lines.filter((l) => l.text.trim());
    if (afterHeading && lines.length > 1 && lines.every((l) => looksLikeTocEntry(textContentFromLines([l]).text))) {
      for (const l of lines) out.push({ ...rb, lines: [l] } satisfies RawParagraph);
      continue;
    }
    if (afterHeading && !looksLikeTocEntry(whole)) afterHeading = false;
    out.push(rb);
  }
  return out;
}

/** The report's title: a short paragraph near the top that names a report, else the first short unnumbered one. */
function findTitle(paragraphs: Paragraph[], tocStart: number | null): number | null {
  const head = paragraphs
    .filter((p) => (tocStart === null || p.index < tocStart) && !matchNumbering(p.text))
    .slice(0, 6);
  const names = (p: Paragraph) =>
    p.text.length <= 80 && /(报告|评价表|自评表)$/.test(p.text.replace(/（[^）]*）$/, ''));
  const named = head.find(names);
  if (named) return named.index;
  const first = paragraphs[0];
  if (
    first &&
    first.text.length <= 60 &&
    !first.text.includes('：') &&
    !matchNumbering(first.text) &&
    !/。$/.test(first.text)
  )
    return first.index;
  return null;
}

/**
 * The paragraph right before a short title that is the title's first line: the first paragraph,
 * short, unnumbered, no colon or sentence end, and the title's line alone does not name a project
 * ("部门评价报告", "绩效评价报告" under the project's name).
 */
/** A title line that names no project: "2024年度财政重点绩效评价报告", "项目支出绩效自评报告". */
const NAMELESS_TITLE =
  /^(?:(?:19|20)\d{2}年度?)?(?:财政|部门|单位|项目支出|部门整体支出|项目)?(?:重点)?(?:绩效)?(?:自评|评价|评估|考评)?报告$/;

function titleFirstLine(paragraphs: Paragraph[], title: number): number | null {
  const k = paragraphs.findIndex((p) => p.index === title);
  const prev = paragraphs[k - 1];
  const t = paragraphs[k];
  // the first paragraph, or the second under a short issuer line ("将乐县民政局")
  if (!prev || k > 2 || prev.index !== title - 1) return null;
  if (k === 2 && (paragraphs[0].text.length > 20 || /[：:。；，]/.test(paragraphs[0].text))) return null;
  if ((t.text.length > 12 && !NAMELESS_TITLE.test(t.text)) || prev.text.length > 60) return null;
  if (/[：:。；;！？]/.test(prev.text) || matchNumbering(prev.text)) return null;
  return prev.index;
}

function assignSections(blocks: Block[], sections: Document['sections']): void {
  // innermost section = the deepest one whose range holds the block
  for (const s of sections) {
    for (let i = s.block; i <= s.lastBlock; i++) blocks[i].sectionId = s.id;
  }
}
