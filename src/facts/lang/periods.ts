// A part of the year a figure is stated for: "10月至12月支出3,827.59万元", "1—6月执行率", "上半年支出",
// "第四季度", "前三季度", "11月份". Such a figure is that period's, never the year's (a 1月至12月 span is the year).

/** "10月至12月", "1—6月", "7-9月份": a span of months; group 1 and 2 its first and last month. */
const MONTH_SPAN = /(\d{1,2})月?份?(?:至|到|—|–|-|~|～)(\d{1,2})月份?/;
/** "上半年", "下半年", "一季度", "第四季度", "前三季度", "11月份": a part of the year by name. */
const PART_OF_YEAR = /[上下]半年|(?:第|前)?[一二三四1-4两]季度|(?<![\d至到—–~～-])\d{1,2}月份/;

/** Does the clause name a part of the year (a span of months short of the whole, a half, a quarter, one month)? */
export function namesPartOfYear(clause: string): boolean {
  const span = MONTH_SPAN.exec(clause);
  if (span && !(Number(span[1]) === 1 && Number(span[2]) === 12)) return true;
  return PART_OF_YEAR.test(clause);
}
