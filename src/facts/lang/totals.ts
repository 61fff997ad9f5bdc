// The labels of the rows and columns that close a table or one of its groups: 合计, 总计, 小计 and
// the words a kind of table writes in their place. A PDF's justified cell spaces them ("合 计").
// Each table kind has its own list, named here so that a new template's word is added in one place.

/** A funding table's closing row: "合计", "总计", "小计", "总额", "年度资金总额", "总金额", "合计金额". */
export const MONEY_TOTAL_LABEL = /^(?:合\s*计|总\s*计|小\s*计|总额|(?:年度|项目)?资金总额|总金额|合计金额)$/;

/** "非遗宣传展示 | 小计 | 2,600.00": a group's subtotal, neither the table's total nor one more part of it. */
export const SUBTOTAL_LABEL = /^小\s*计$/;

/**
 * A row closing a group of the rows above with their sum, the group named or not: "小计", "2023年度小计", "中央资金小计";
 * a construction report's group names hold Latin letters and sizes ("管道CCTV检测小计", "EPC总承包小计", "DN300管道小计").
 */
export const GROUP_SUBTOTAL_LABEL = /^[\u4e00-\u9fffA-Za-z\d]{0,12}小\s*计$/;

/**
 * The last row of a table whose columns are checked against their sum: "合计", "总计", "支出合计",
 * "三公经费合计" (in a table of groups, the total of its 小计 rows: src/facts/funding/table-groups.ts).
 */
export const COLUMN_TOTAL_LABEL = /^(?:合计|总计|[\u4e00-\u9fff]{0,6}合计)$/;

/** "…、2024年4,750.00万元，合计14,550.00万元": the words after a list's last part that close it with the sum of its parts. */
export const LIST_TOTAL_AFTER = /^[，,；]?\s*(?:合计|共计|总计|累计|共)(?:为|达)?$/;

/** A per-year table's total column: "合计", "总计（万元）". */
export const YEAR_TOTAL_HEAD = /^(?:合计|总计)(?:[(（](?:万?元)[)）])?$/;

/** A score table's closing row: "合计", "总分", "得分合计", "综合得分", "总得分". */
export const SCORE_TOTAL_ROW = /^(?:合计|总计|总分|得分合计|综合得分|总得分|合\s*计)$/;

/**
 * Rows under a score table's indicators that hold its verdict: "评价等次", "评价等级", "评价结论", "等级", "评价结果", and
 * a self-evaluation's "自评等级", "自评结果".
 */
export const SCORE_VERDICT_ROW = /^(?:(?:评价|自评)(?:等次|等级|结论|结果)|等级)/;

/** A label cell that is only a dash ("—", "--", "-") names nothing: the row (a 小计 / 总计) has no indicator of its own there. */
export const DASH_NAME = /^[-—–－─]+$/;

/** Where a table listing indicators by level stops listing them: its total ("总分", "合计") or its verdict ("评价等次"). */
export const INDICATOR_LIST_END = /^(?:总分|合计|总计|评价等次|评价等级|评价结论)/;

/** A verdict row's label alone ("自评等级 | 优" under "总分 | 100 | 95.75"). */
const SCORE_VERDICT_LABEL = new RegExp(`${SCORE_VERDICT_ROW.source}$`);

/**
 * A row that closes a table or one of its groups with a sum ("合计", "2024年小计", "基本支出小计", "总分") or a score
 * table with its verdict ("自评等级"): a row of its own wherever it stands, never the rest of the row above it cut by
 * a page break.
 */
export function isClosingRowLabel(text: string): boolean {
  const t = text.replace(/\s/g, '');
  return [MONEY_TOTAL_LABEL, GROUP_SUBTOTAL_LABEL, COLUMN_TOTAL_LABEL, SCORE_TOTAL_ROW, SCORE_VERDICT_LABEL].some(
    (re) => re.test(t),
  );
}
