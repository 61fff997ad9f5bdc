// UI strings the reporters print (not rule messages: those come with each finding).
import type { Lang, Severity } from '../model/settings.js';

export interface Labels {
  severity: Record<Severity, string>;
  statusOk: string;
  statusFailed: string;
  /** A file named on the command line that the ignore patterns leave out (not checked). */
  statusIgnored: string;
  noFindings: string;
  /** Before a note on how the file was read. */
  note: string;
  findingsInFile(n: number): string;
  expected: string;
  actual: string;
  /** Between a label and its value: "应为：20" / "expected: 20". */
  colon: string;
  alsoAt: string;
  /** Where-phrases: numbers are already 1-based when they reach these. */
  where: {
    pageLine(page: number, line: number): string;
    page(page: number): string;
    line(line: number): string;
    paragraph(n: number): string;
    tableCell(table: number, row: number, col: number): string;
    /** Between page/line and a table cell: "第6页第10行 表1…" / "page 6, line 10, table 1…". */
    sep: string;
  };
  noSection: string;
  summaryLine(s: { files: number; failedFiles: number; errors: number; warnings: number; infos: number }): string;
  columns: {
    file: string;
    rule: string;
    severity: string;
    location: string;
    excerpt: string;
    expected: string;
    actual: string;
    message: string;
    related: string;
  };
  html: {
    title: string;
    summary: string;
    files: string;
    failedFiles: string;
    filter: string;
    /** The batch's file index and the rule / file filters (src/reporters/html-index.ts). */
    fileIndex: string;
    rule: string;
    file: string;
    allRules: string;
    allFiles: string;
    showing(shown: string, total: string): string;
    generatedBy(version: string): string;
    relatedLocations: string;
  };
  /** --review: the auditor's decisions (src/review/). */
  review: {
    status: Record<'confirmed' | 'dismissed' | 'pending', string>;
    dismissedTitle(n: number): string;
    reason: string;
    name: string;
    download: string;
    summary(s: { confirmed: number; dismissed: number; pending: number; unmatched: number }): string;
  };
  /** reportlint compare OLD NEW. */
  compare: {
    title: string;
    versions(oldPath: string, oldCount: number, newPath: string, newCount: number): string;
    status: Record<'fixed' | 'open' | 'changed' | 'added', string>;
    figures: string;
    was: string;
    now: string;
    summary(s: { fixed: number; open: number; changed: number; added: number; figures: number }): string;
  };
}

const zh: Labels = {
  severity: { error: '错误', warning: '警告', info: '提示' },
  statusOk: '已检查',
  statusFailed: '无法读取',
  statusIgnored: '已忽略',
  noFindings: '未发现问题',
  note: '说明',
  findingsInFile: (n) => `${n} 个问题`,
  expected: '应为',
  actual: '实为',
  colon: '：',
  alsoAt: '另见',
  where: {
    pageLine: (p, l) => `第${p}页第${l}行`,
    page: (p) => `第${p}页`,
    line: (l) => `第${l}行`,
    paragraph: (n) => `第${n}段`,
    tableCell: (t, r, c) => `表${t} 第${r}行第${c}列`,
    sep: ' ',
  },
  noSection: '（未归入章节）',
  summaryLine: (s) =>
    `共 ${s.files} 个文件${s.failedFiles ? `（${s.failedFiles} 个无法读取）` : ''}：` +
    `${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 个提示`,
  columns: {
    file: '文件',
    rule: '规则',
    severity: '严重程度',
    location: '位置',
    excerpt: '摘录',
    expected: '应为',
    actual: '实为',
    message: '说明',
    related: '相关位置',
  },
  html: {
    title: '报告一致性检查结果',
    summary: '概况',
    files: '文件',
    failedFiles: '无法读取',
    filter: '筛选',
    fileIndex: '文件一览',
    rule: '规则',
    file: '文件',
    allRules: '全部规则',
    allFiles: '全部文件',
    showing: (shown, total) => `显示 ${shown} / ${total} 条`,
    generatedBy: (v) => `由 reportlint ${v} 生成`,
    relatedLocations: '相关位置',
  },
  review: {
    status: { confirmed: '已确认', dismissed: '已驳回', pending: '待定' },
    dismissedTitle: (n) => `已驳回 ${n} 条（不计入退出码）`,
    reason: '理由',
    name: '审核人',
    download: '下载审核文件 review.json',
    summary: (s) =>
      `审核：${s.confirmed} 条已确认，${s.dismissed} 条已驳回，${s.pending} 条待定${s.unmatched ? `；${s.unmatched} 条记录已不再出现` : ''}`,
  },
  compare: {
    title: '修改稿比对',
    versions: (o, on, n, nn) => `原稿 ${o}（${on} 个问题） → 修改稿 ${n}（${nn} 个问题）`,
    status: { fixed: '已修正', open: '仍存在', changed: '有变化', added: '新出现' },
    figures: '数字变化（上下文相同）',
    was: '原为',
    now: '现为',
    summary: (s) =>
      `已修正 ${s.fixed}，仍存在 ${s.open}，有变化 ${s.changed}，新出现 ${s.added}；数字变化 ${s.figures} 处`,
  },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: Labels = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  statusOk: 'checked',
  statusFailed: 'could not be read',
  statusIgnored: 'ignored',
  noFindings: 'no problems found',
  note: 'note',
  findingsInFile: (n) => plural(n, 'problem', 'problems'),
  expected: 'expected',
  actual: 'actual',
  colon: ': ',
  alsoAt: 'see also',
  where: {
    pageLine: (p, l) => `page ${p}, line ${l}`,
    page: (p) => `page ${p}`,
    line: (l) => `line ${l}`,
    paragraph: (n) => `paragraph ${n}`,
    tableCell: (t, r, c) => `table ${t}, row ${r}, col ${c}`,
    sep: ', ',
  },
  noSection: '(outside any section)',
  summaryLine: (s) =>
    `${plural(s.files, 'file', 'files')}${s.failedFiles ? ` (${s.failedFiles} failed)` : ''}: ` +
    `${plural(s.errors, 'error', 'errors')}, ${plural(s.warnings, 'warning', 'warnings')}, ${plural(s.infos, 'info', 'infos')}`,
  columns: {
    file: 'File',
    rule: 'Rule',
    severity: 'Severity',
    location: 'Location',
    excerpt: 'Excerpt',
    expected: 'Expected',
    actual: 'Actual',
    message: 'Message',
    related: 'Other locations',
  },
  html: {
    title: 'Report consistency check',
    summary: 'Summary',
    files: 'Files',
    failedFiles: 'Could not be read',
    filter: 'Filter',
    fileIndex: 'Files',
    rule: 'rule',
    file: 'file',
    allRules: 'all rules',
    allFiles: 'all files',
    showing: (shown, total) => `Showing ${shown} of ${total}`,
    generatedBy: (v) => `Generated by reportlint ${v}`,
    relatedLocations: 'Related locations',
  },
  review: {
    status: { confirmed: 'confirmed', dismissed: 'dismissed', pending: 'pending' },
    dismissedTitle: (n) => `${plural(n, 'dismissed finding', 'dismissed findings')} (not counted for the exit code)`,
    reason: 'reason',
    name: 'reviewer',
    download: 'Download the review file (review.json)',
    summary: (s) =>
      `review: ${s.confirmed} confirmed, ${s.dismissed} dismissed, ${s.pending} pending${s.unmatched ? `; ${plural(s.unmatched, 'entry', 'entries')} no longer found` : ''}`,
  },
  compare: {
    title: 'Resubmission compared',
    versions: (o, on, n, nn) =>
      `old ${o} (${plural(on, 'finding', 'findings')}) → new ${n} (${plural(nn, 'finding', 'findings')})`,
    status: { fixed: 'fixed', open: 'still open', changed: 'changed', added: 'new' },
    figures: 'Figures changed (same surrounding text)',
    was: 'was',
    now: 'now',
    summary: (s) =>
      `${s.fixed} fixed, ${s.open} still open, ${s.changed} changed, ${s.added} new; ${plural(s.figures, 'figure', 'figures')} changed`,
  },
};

export const LABELS: Record<Lang, Labels> = { 'zh-CN': zh, en };

export function labels(lang: Lang): Labels {
  return LABELS[lang];
}
