// The header words that find a score table's columns in any order: the summary table
// (指标名称/评价指标 | 权重 | 分值 | 得分 | 得分率 | 等级) and the attachment's scoring table
// (一级/二级/三级指标 with 分值, 评分标准, 得分); and how a cell's figure is read as points or a rate.
import { Decimal } from 'decimal.js';
import type { Cell, SpanRef, Table } from '../../model/document.js';
import { parseQuantity, type Quantity } from '../lang/numbers.js';
import { asPoints } from '../lang/score-words.js';

export const headText = (s: string) => s.replace(/（[^）]*）|\([^)]*\)|\s/g, '');

export const NAME_HEAD = /^(?:评价指标|指标名称|指标|绩效指标|评价内容|指标项|考核指标|评价项目|一级指标)$/;
export const LEVEL_HEAD = /^([一二三四])级指标(?:名称)?$/;
export const MAX_HEAD = /^(?:分值|评级分值|指标分值|标准分值?|满分|满分值|权重分值?|分数|应得分|指标权重分)$/;
export const WEIGHT_HEAD = /^(?:权重|权重%|指标权重|权重比例)$/;
export const SCORE_HEAD = /^(?:得分|评价得分|实际得分|指标得分|自评得分|评分|考核得分|最终得分|评价分值)$/;
export const RATE_HEAD = /^得分率$/;
export const GRADE_HEAD = /^(?:得分等级|等级|评价等级|评价等次|等次|评级|绩效等级)$/;
/**
 * The corner of a summary laid out across ("项目 | 决策 | 过程 | 产出 | 效益 | 合计" over rows 分值 / 得分 /
 * 得分率): the word over its row labels, or nothing.
 */
export const ACROSS_CORNER = /^(?:|项目|指标|一级指标|评价指标|指标名称|绩效指标|考核指标|指标类别|评价维度)$/;
export const CRITERIA_HEAD = /评分标准|评分要点|评价标准|评分细则|评分办法|指标解释/;
export const LEVEL_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** A column's name read as a row's ("三级指标", "指标名称"): a header the reader kept, never an indicator. */
export const isHeaderName = (text: string) => {
  const h = headText(text);
  return LEVEL_HEAD.test(h) || NAME_HEAD.test(h);
};

export const cellSpan = (t: Table, c: Cell): SpanRef => ({
  block: t.index,
  cell: { row: c.row, col: c.col },
  start: 0,
  end: c.text.length,
});

/** A score cell's figure: a bare number or one in 分 (a % is not a score). */
export function points(text: string): Quantity | null {
  const q = parseQuantity(text);
  if (!q || q.comparator || (q.unit !== null && q.unit !== '分')) return null;
  return asPoints(q);
}

export function percent(text: string): Quantity | null {
  const q = parseQuantity(text);
  if (!q || q.comparator) return null;
  if (q.unit === '%') return q;
  // "0.9" in a 得分率 column is a fraction; "90" a percentage without its sign
  if (q.unit === null) return q.value.gt(1) ? { ...q, unit: '%', scale: new Decimal('0.01') } : q;
  return null;
}
