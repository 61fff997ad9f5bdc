// What a table is about and how well it was read, from its grid alone (any format): its kind by
// the words of its header, and the signs that columns were cut or merged wrongly. A table read
// badly gives no figures to check (src/engine/steps/quiet-tables.ts); one note says so instead.
import type { Cell, ReadingIssue, Table, TableKind, TableReading } from '../model/document.js';
import { isGarbled } from './garbled.js';

const cellAt = (t: Pick<Table, 'grid' | 'cells'>, r: number, c: number): Cell => t.cells[t.grid[r][c]];
const squeeze = (s: string) => s.replace(/\s/g, '');

/** Header words by kind; the first kind whose words the header holds wins. */
const KIND_WORDS: Array<[TableKind, (heads: string[]) => boolean]> = [
  [
    'scoring',
    (h) =>
      h.filter((x) => /^[一二三四]级指标/.test(x)).length >= 2 ||
      (has(h, /评分标准|评分要点|评价要点/) && has(h, /^(?:分值|得分)/)),
  ],
  ['summary', (h) => has(h, /指标/) && has(h, /^(?:权重|分值)/) && has(h, /得分/)],
  ['targets', (h) => has(h, /指标值|目标值|年度目标|实际完成|完成值|实际值/)],
  ['funding', (h) => has(h, /预算|资金|金额|万元|到位|支出|执行数|拨付|决算/)],
];
const has = (heads: string[], re: RegExp) => heads.some((h) => re.test(h));

/** The rows of a summary laid out across (Q's 表10: "项目 | 决策 | 过程 | 产出 | 效益 | 合计" over 分值 / 得分 / 得分率). */
export const ACROSS_ROW = /^(?:分值|满分|权重|得分|评价得分|自评得分|得分率|等级|评价等级)$/;
/** Its first column names each row below the first by a kind of figure, one of them a score. */
function laidAcross(t: Pick<Table, 'rows' | 'grid' | 'cells'>): boolean {
  const labels: string[] = [];
  for (let r = 1; r < t.rows; r++) {
    const cell = cellAt(t, r, 0);
    if (cell.row === r && squeeze(cell.text)) labels.push(squeeze(cell.text));
  }
  return labels.length >= 2 && labels.every((x) => ACROSS_ROW.test(x)) && labels.some((x) => x.endsWith('得分'));
}

/** A column whose header promises figures: 分值, 得分, 权重, amounts. */
const FIGURE_HEAD = /^(?:分值|得分|自评得分|评价得分|权重|标准分|金额|预算数|执行数|决算数)$|[(（](?:万?元|分)[)）]$/;
/** What a figure cell may hold instead of a figure: nothing to say (—, /, 无, 不适用). */
const NO_FIGURE = /^(?:[-—–/／\\×xX*]+|无|不适用|未评分?|N\/?A|\/)$/;
export const ONE_FIGURE = /^[-+]?\d[\d,]*(?:\.\d+)?(?:%|分|万?元)?$/;
/** Two figures in one cell ("10 9.5"): two columns read as one. */
const JAMMED = /^\d+(?:\.\d+)?%?\s+\d+(?:\.\d+)?%?$/;

/** `parsed`: what the parser saw of the grid (a .docx merge misplaced, src/parsers/docx-merges.ts). */
export function readingOf(
  t: Pick<Table, 'rows' | 'cols' | 'grid' | 'cells'>,
  parsed: ReadingIssue[] = [],
): TableReading {
  const head = headerRow(t);
  const heads =
    head < 0 ? [] : t.grid[head].map((id) => squeeze(t.cells[id].text).replace(/（[^）]*）$|\([^)]*\)$/, ''));
  const kind = KIND_WORDS.find(([, test]) => test(heads))?.[0] ?? (laidAcross(t) ? 'summary' : 'other');
  const issues: TableReading['issues'] = [...parsed];
  // a cell decoded with the wrong code page: the rows around it are not what the document draws either
  const garbled = t.cells.find((c) => isGarbled(c.raw));
  if (garbled) issues.push({ issue: 'garbled', col: garbled.col });
  for (let c = 0; c < t.cols; c++) {
    const body: string[] = [];
    for (let r = head + 1; r < t.rows; r++) {
      const cell = cellAt(t, r, c);
      if (cell.row === r && cell.col === c && cell.text.trim()) body.push(cell.text.trim());
    }
    const figures = body.filter((x) => ONE_FIGURE.test(squeeze(x))).length;
    const jammed = body.filter((x) => JAMMED.test(x)).length;
    // "10 9.5" where the column otherwise holds one figure a cell
    if (jammed > 0 && figures >= 2) issues.push({ issue: 'jammed', col: c });
    // a 分值/得分 column whose cells hold figures and, as often, words: the columns were shifted
    // (a form whose label column says "项目资金（万元）" holds no figures at all and is no such column)
    const rawHead = head < 0 ? '' : squeeze(cellAt(t, head, c).text);
    if (head >= 0 && cellAt(t, head, c).col === c && FIGURE_HEAD.test(rawHead)) {
      const words = body.filter(
        (x) => !ONE_FIGURE.test(squeeze(x)) && !NO_FIGURE.test(squeeze(x)) && !JAMMED.test(x) && !/\d/.test(x),
      );
      if (figures >= 2 && words.length >= 2 && words.length * 5 >= body.length * 2)
        issues.push({ issue: 'words-in-figure-column', col: c });
    }
  }
  return { kind, confidence: issues.length ? 'poor' : 'good', issues };
}

/** The row that names the columns: the one with the most header words among the first twelve
 *  (a form such as the seed's 附件 or the national 自评表 names its scoring columns below its cover rows). */
function headerRow(t: Pick<Table, 'rows' | 'cols' | 'grid' | 'cells'>): number {
  let best = -1;
  let bestScore = 1;
  for (let r = 0; r < Math.min(12, t.rows); r++) {
    const texts = [...new Set(t.grid[r])].map((id) => squeeze(t.cells[id].text)).filter(Boolean);
    const score = texts.filter(
      (x) =>
        x.length <= 16 &&
        !/^\d/.test(x) &&
        /(?:指标|分值|得分|权重|标准|名称|金额|预算|数|率|值|情况|序号|(?:[(（][^)）]*[)）]))$/.test(x),
    ).length;
    if (score > bestScore) (best = r), (bestScore = score);
  }
  return best;
}
