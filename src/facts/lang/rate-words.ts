// What names a column of rates, not amounts: "增减率（%）", "执行率", "占比", "比例", "比重". The checks of a table's
// totals leave such a column out (its 合计 is no sum), a formula column must name a rate, and a growth-rate column's bare
// figure ("12.5" under "增长率") is a percent: all read this one family.

/** A header of rates or shares: "%", "％", "…率", "占比", "比例", "比重". */
export const RATE_HEAD = /%|％|率|占比|比例|比重/;

/**
 * A money's rate named alone: "执行率", "到位率", "使用率", "支出率", "支付率". Written bare it is the budget's own
 * ("全年支出146.36万元，执行率92.63%"), never another kind of 执行率 that an indicator's name qualifies
 * ("政府采购执行率", "合同执行率", "计划执行率").
 */
export const BARE_FUND_RATE = /^(?:执行率|到位率|使用率|支出率|支付率)$/;
/** The same rate named by its money: "预算执行率", "资金到位率", "部门预算执行率", "项目资金使用率". */
export const FUND_RATE_NAME =
  /^(?:部门|整体|项目|专项|财政|预算|资金|经费|债券|年度)*(?:执行率|到位率|使用率|支出率|支付率)$/;

/**
 * May `short` name the indicator `long` names, as far as rate words say? A bare money's rate only the same rate of
 * money ("执行率" is "预算执行率", not "政府采购执行率"); any other name as it is.
 */
export function rateNamesAgree(short: string, long: string): boolean {
  return !BARE_FUND_RATE.test(short) || FUND_RATE_NAME.test(long);
}
