// `reportlint inspect FILE`: what reportlint understood of a report, for a
// person to compare with the document (and one format with another): cover
// fields, table of contents, section tree, and each table as an aligned grid.
import stringWidth from 'string-width';
import type { Document, Table } from '../model/document.js';
import type { Lang } from '../model/settings.js';

const L = {
  file: { 'zh-CN': '文件', en: 'File' },
  format: { 'zh-CN': '格式', en: 'Format' },
  pages: { 'zh-CN': '页数', en: 'Pages' },
  title: { 'zh-CN': '标题', en: 'Title' },
  cover: { 'zh-CN': '封面信息', en: 'Cover fields' },
  toc: { 'zh-CN': '目录', en: 'Table of contents' },
  sections: { 'zh-CN': '章节结构', en: 'Sections' },
  tables: { 'zh-CN': '表格', en: 'Tables' },
  table: { 'zh-CN': '表', en: 'Table' },
  none: { 'zh-CN': '（无）', en: '(none)' },
  page: { 'zh-CN': '页', en: 'p.' },
  runIn: { 'zh-CN': '（标题后接正文）', en: '(run-in heading)' },
  kind: { 'zh-CN': '类型', en: 'kind' },
  scoring: { 'zh-CN': '评分表', en: 'scoring' },
  summary: { 'zh-CN': '得分汇总表', en: 'score summary' },
  funding: { 'zh-CN': '资金表', en: 'funding' },
  targets: { 'zh-CN': '绩效目标表', en: 'targets' },
  other: { 'zh-CN': '其他', en: 'other' },
  reading: { 'zh-CN': '读取', en: 'reading' },
  good: { 'zh-CN': '可靠', en: 'reliable' },
  poor: { 'zh-CN': '不可靠，数字未核对', en: 'unreliable, figures not checked' },
  jammed: { 'zh-CN': '一格内有两个数字', en: 'two figures in one cell' },
  'words-in-figure-column': { 'zh-CN': '分值或得分列中是文字', en: 'words in a points or score column' },
  'misplaced-merge': { 'zh-CN': '合并单元格错位', en: 'a merged cell out of place' },
  garbled: { 'zh-CN': '有乱码', en: 'garbled text' },
  column: { 'zh-CN': '列', en: 'column' },
  fragments: { 'zh-CN': '分片', en: 'pieces' },
  row: { 'zh-CN': '行', en: 'row' },
  line: { 'zh-CN': '源文件行', en: 'line' },
  legend: {
    'zh-CN': '说明：↑ 与上方单元格合并，← 与左侧单元格合并',
    en: 'Legend: ↑ merged with the cell above, ← merged with the cell to the left',
  },
} satisfies Record<string, Record<Lang, string>>;

/** Widest a grid column may get before its text is cut with "…". */
const MAX_COL_WIDTH = 28;

export function renderInspect(doc: Document, lang: Lang): string {
  const t = (k: keyof typeof L) => L[k][lang];
  const out: string[] = [];
  out.push(`${t('file')}: ${doc.path}`);
  out.push(`${t('format')}: ${doc.format}${doc.pages != null ? `    ${t('pages')}: ${doc.pages}` : ''}`);
  out.push(`${t('title')}: ${doc.title ?? t('none')}`);

  out.push('', `== ${t('cover')} ==`);
  if (doc.cover.length === 0) out.push(`  ${t('none')}`);
  const keyWidth = Math.max(0, ...doc.cover.map((c) => stringWidth(c.key)));
  for (const c of doc.cover) out.push(`  ${pad(c.key, keyWidth)}  ${c.value}`);

  out.push('', `== ${t('toc')} ==`);
  if (!doc.toc || doc.toc.entries.length === 0) out.push(`  ${t('none')}`);
  for (const e of doc.toc?.entries ?? []) {
    const label = '  '.repeat(Math.max(0, e.level - 1)) + `${e.numbering}${e.title}`;
    out.push(`  ${label}${e.page != null ? `  …… ${e.page}` : ''}`);
  }

  out.push('', `== ${t('sections')} ==`);
  if (doc.sections.length === 0) out.push(`  ${t('none')}`);
  for (const s of doc.sections) {
    out.push(`  ${'  '.repeat(s.level - 1)}${s.numbering}${s.title}${s.runIn ? ' ' + t('runIn') : ''}  [#${s.block}]`);
  }

  out.push('', `== ${t('tables')} ==`);
  if (doc.tables.length === 0) out.push(`  ${t('none')}`);
  else out.push(t('legend'));
  for (const table of doc.tables) {
    const section = table.sectionId != null ? (doc.sections[table.sectionId]?.path ?? '') : '';
    out.push(
      '',
      `${t('table')} ${table.tableIndex + 1}: ${table.rows} × ${table.cols}  [#${table.index}]${section ? '  ' + section : ''}`,
    );
    out.push('  ' + readingLine(table, t));
    out.push(...renderGrid(table).map((l) => '  ' + l));
  }
  return out.join('\n') + '\n';
}

/** "类型：评分表  读取：可靠  分片：2（第1行 第4页；第12行 第5页）": what the checks make of the table. */
function readingLine(table: Table, t: (k: keyof typeof L) => string): string {
  const { kind, confidence, issues } = table.reading;
  const why = issues.map((i) => `${t('column')} ${i.col + 1}: ${t(i.issue)}`).join('; ');
  const where = (f: Table['fragments'][number]) =>
    [
      `${t('row')} ${f.firstRow + 1}`,
      f.page !== null ? `${t('page')} ${f.page}` : '',
      f.line !== null && f.page === null ? `${t('line')} ${f.line}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  const pieces =
    table.fragments.length > 1
      ? `  ${t('fragments')}: ${table.fragments.length} (${table.fragments.map(where).join('; ')})`
      : '';
  return `${t('kind')}: ${t(kind)}  ${t('reading')}: ${t(confidence)}${why ? ` (${why})` : ''}${pieces}`;
}

/** The table as rows of aligned columns; a merged cell's text sits in its top-left position. */
export function renderGrid(table: Table): string[] {
  const label: string[][] = [];
  for (let r = 0; r < table.rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < table.cols; c++) {
      const cell = table.cells[table.grid[r]?.[c] ?? -1];
      if (!cell) row.push('');
      else if (cell.row === r && cell.col === c) row.push(cut(cell.text, MAX_COL_WIDTH));
      else row.push(cell.row < r && cell.col === c ? '↑' : '←');
    }
    label.push(row);
  }
  const widths = Array.from({ length: table.cols }, (_, c) => Math.max(1, ...label.map((row) => stringWidth(row[c]))));
  const rule = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  const lines = [rule];
  for (const row of label) {
    lines.push('| ' + row.map((text, c) => pad(text, widths[c])).join(' | ') + ' |');
  }
  lines.push(rule);
  return lines;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

function cut(s: string, max: number): string {
  if (stringWidth(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (stringWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}
