// What names a column of rates, not amounts: "增减率（%）", "执行率", "占比", "比例", "比重". The checks of a table's
// totals leave such a column out (its 合计 is no sum), a formula column must name a rate, and a growth-rate column's bare
// figure ("12.5" under "增长率") is a percent: all read this one family.

/** A header of rates or shares: "%", "％", "…率", "占比", "比例", "比重". */
export const RATE_HEAD = /%|％|率|占比|比例|比重/;
