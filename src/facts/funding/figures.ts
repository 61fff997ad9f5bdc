// What a funding figure is: its kind (预算 / 到位 / 使用 / 结余, 到位率 / 执行率), its source
// (中央 / 省 / 市县 / 自筹 …), whose it is and where it stands.
import type { SpanRef } from '../../model/document.js';
import type { Quantity } from '../lang/numbers.js';

export type FundKind = 'budget' | 'arrived' | 'spent' | 'balance' | 'arrivalRate' | 'executionRate';
/**
 * 'allotted': a transfer fund's 下达 — what the level above assigns it ("全市共下达城乡义务教育补助经费94,907.27万元"),
 * the plan its 到位 arrives against; a statement of its own beside a plain 预算, never restated as one.
 */
export type BudgetVariant = 'initial' | 'adjusted' | 'plain' | 'allotted';
/** Where the money comes from; 'item' = a row of a table that is neither a source nor a total (a sub-project, a purpose). */
export type FundSource =
  | 'central'
  | 'province'
  | 'cityCounty'
  | 'city'
  | 'county'
  | 'local'
  | 'other'
  | 'self'
  | 'upper'
  | 'current'
  | 'carried'
  | 'lottery'
  | 'item';

export interface FundFigure {
  kind: FundKind;
  /** Budget only: 年初预算 / 调整后预算 / plain 预算, 计划投资额 / 下达. */
  variant: BudgetVariant | null;
  /** null = the whole amount; otherwise one part of it. */
  source: FundSource | null;
  /** The label as written (the table row label for a part). */
  label: string;
  /** null = an empty table cell where a figure belongs. */
  q: Quantity | null;
  /** False when a table gives no unit anywhere: compare only within that table. */
  unitKnown: boolean;
  at: SpanRef;
  origin: 'text' | 'table';
  /** Figures stated together: one sentence, or one column (or pair) of one table. */
  group: string;
  /** Position in reading order (block, row, col, offset) for tie-breaking. */
  order: number[];
  /** Whose figure: null for the report's own, else the programme's name (a report holding several 自评表). */
  scope: string | null;
}

/** One total and its parts by source, as one table column or one sentence states them. */
export interface FundBreakdown {
  total: FundFigure;
  parts: FundFigure[];
  /**
   * Each part's share of the total as the sentence states it, in the parts' order ("…县级资金12,106.59万元，分别占
   * 63.54%、18.27%、5.43%和12.76%"): a second statement of each part, which tells the part that slipped.
   */
  shares?: Quantity[];
}

export interface FundingFacts {
  figures: FundFigure[];
  breakdowns: FundBreakdown[];
  /** The document says the budget was topped up / adjusted, so 到位 may exceed 预算. */
  budgetRaised: boolean;
}
