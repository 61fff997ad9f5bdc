// The facts of one document, as the rules read them: `ctx.facts.funding`, `.indicators`…
// Each is a named getter, built on first read and kept for the document (the markdownlint
// cache pattern, without its module-level map: one store per document, no string keys).
// Every extractor gets the config's settings and the report's identity (its name and
// evaluated years), so `settings.year` and `settings.projectName` reach every fact.
import type { Document, Section, TocEntry } from '../model/document.js';
import type { Segmenter } from '../model/rule.js';
import type { Settings } from '../model/settings.js';
import { getSegmenter } from '../structure/segmenter.js';
import { partLabels, readFunding, scopeFunding } from './funding/funding.js';
import { fundsBeside, type FundsBeside } from './funding/beside.js';
import { extractPercentClaims, type PercentClaim } from './funding/percent-claims.js';
import { extractRowRestatements, type RowRestatement } from './funding/row-restatements.js';
import { extractPartPayments } from './funding/part-payments.js';
import { fundStanding, fundStatements, type FundStanding, type FundStatements } from './funding/statements.js';
import { columnTotals, type ColumnTotal } from './funding/table-totals.js';
import {
  yearBreakdowns,
  yearTotalsInTables,
  type StatedAmount,
  type YearBreakdown,
} from './funding/year-breakdowns.js';
import { identify, identityBasics, type Identity, type IdentityBasics } from './identity/identity.js';
import { textPlaces, type TextPlace } from './identity/places.js';
import { writtenDates, type WrittenDate } from './identity/written-dates.js';
import { occurrences, type Occurrences } from './identity/occurrences.js';
import { departmentUnitSlots, type ForeignUnitSlot } from './identity/unit-slots.js';
import { figureScopes, mainForm, scoringForms } from './identity/programme-scopes.js';
import { programmeNames, type ProgrammeName } from './identity/programme-scopes.js';
import { ownText, programmeSections, projectParts, type PartScopes } from './identity/part-scopes.js';
import { unitStanding, type UnitStanding } from './identity/unit-standing.js';
import { statedBands, statedGrades, type GradeBand, type GradeStatement } from './indicators/grades.js';
import { entryScores, headingScores, type StatedScore } from './indicators/headings.js';
import { nodeOfSection } from './indicators/indicators.js';
import { countClaims, type CountClaim } from './indicators/count-claims.js';
import { levelCounts, type LevelCounts } from './indicators/level-counts.js';
import { partSeries, type PartSeries } from './part-series.js';
import { captionYears } from './caption-years.js';
import { statedRates, type StatedRate } from './indicators/stated-rates.js';
import { indicatorSystems, type IndicatorSystem } from './indicators/systems.js';
import { staffFacts, type StaffFacts } from './department/staff.js';
import { programmeAmounts, type ProgrammeAmounts } from './funding/programme-amounts.js';
import { growthColumns, type GrowthColumn, type RatioColumn, ratioColumns } from './funding/growth-columns.js';
import { extractGrowthClaims, type GrowthClaim } from './funding/growth-claims.js';
import { targetIndicators, type TargetIndicator } from './targets/by-indicator.js';
import { extractTargets, type TargetFacts } from './targets/targets.js';
import type { SpanRef } from '../model/document.js';
import type { FundingFacts } from './funding/figures.js';
import { isStated, QuantityReader } from './lang/numbers.js';
import { matchEntry } from '../structure/toc-match.js';

export interface GradeFacts {
  /** The overall grade wherever the report gives it ("评价等级为“优”", a ticked 优☑). */
  stated: GradeStatement[];
  /** The thresholds the report states, if it does. */
  bands: { bands: GradeBand[]; span: SpanRef } | null;
}

export interface YearFacts {
  /** An amount and its per-year parts in one sentence. */
  breakdowns: YearBreakdown[];
  /** Per-year amounts the tables state, by year. */
  tableTotals: Map<number, StatedAmount[]>;
}

export class Facts {
  #basics?: IdentityBasics;
  #identity?: Identity;
  #places?: TextPlace[];
  #dates?: WrittenDate[];
  #occurrences?: Occurrences;
  #foreignUnitSlots?: ForeignUnitSlot[];
  #unitStanding?: UnitStanding;
  #scopes?: ReturnType<typeof figureScopes>;
  #programmeNames?: ProgrammeName[];
  #readFunding?: FundingFacts;
  #partScopes?: PartScopes;
  #funding?: FundingFacts;
  #fundStatements?: FundStatements[];
  #fundStanding?: FundStanding;
  #fundsBeside?: FundsBeside;
  #programmeAmounts?: ProgrammeAmounts;
  #percentClaims?: PercentClaim[];
  #columnTotals?: ColumnTotal[];
  #growthColumns?: GrowthColumn[];
  #growthClaims?: GrowthClaim[];
  #ratioColumns?: RatioColumn[];
  #rowRestatements?: RowRestatement[];
  #partPayments?: RowRestatement[];
  #years?: YearFacts;
  #targets?: TargetFacts;
  #targetIndicators?: TargetIndicator[];
  #indicators?: IndicatorSystem[];
  #levelCounts?: LevelCounts;
  #countClaims?: CountClaim[];
  #partSeries?: PartSeries;
  #headingScores?: Map<number, StatedScore>;
  #entryScores?: Map<number, StatedScore>;
  #statedRates?: StatedRate[];
  #grades?: GradeFacts;
  #staff?: StaffFacts;
  #captionYears?: Map<string, number[]>;
  #quantities?: QuantityReader;
  #entrySections?: Map<TocEntry, Section | null>;

  constructor(
    readonly doc: Document,
    readonly settings: Readonly<Settings>,
    private readonly segmenter: () => Segmenter = getSegmenter,
  ) {}

  /** Every paragraph's and cell's figures (findQuantities, parseQuantity), each text read once for the document. */
  get quantities(): QuantityReader {
    return (this.#quantities ??= new QuantityReader());
  }

  /** The body heading each contents entry names (matchEntry), by entry: the entries' scores and the contents rules read it once. */
  get entrySections(): Map<TocEntry, Section | null> {
    return (this.#entrySections ??= new Map((this.doc.toc?.entries ?? []).map((e) => [e, matchEntry(this.doc, e)])));
  }

  /** The project's name and evaluated years only: cheap, no word segmentation (the extractors' input). */
  get basics(): IdentityBasics {
    return (this.#basics ??= identityBasics(this.doc, this.settings));
  }

  /** Who and what the report is about, with every mention of a name, year and unit. */
  get identity(): Identity {
    return (this.#identity ??= identify(this.doc, this.settings, this.segmenter, this.basics));
  }

  /** Which unit the document stands by in each role, when its fields name different ones. */
  get unitStanding(): UnitStanding {
    return (this.#unitStanding ??= unitStanding(this.identity, this.settings.unitAliases ?? {}));
  }

  /** Every paragraph and table cell in reading order: what the text rules scan. */
  get places(): TextPlace[] {
    return (this.#places ??= textPlaces(this.doc));
  }

  /** Every date written in those places, with the year it falls in (its own, or the text's before it). */
  get dates(): WrittenDate[] {
    return (this.#dates ??= writtenDates(this.places));
  }

  /** How often, and where, a name is written in those places (an own subject recurs, a leftover does not). */
  get occurrences(): Occurrences {
    return (this.#occurrences ??= occurrences(this.places));
  }

  /** A department's report: another city's unit of its kind committing in its improvements ("鸡西市民政局将…"). */
  get foreignUnitSlots(): ForeignUnitSlot[] {
    return (this.#foreignUnitSlots ??= departmentUnitSlots(this.doc, this.identity, this.occurrences));
  }

  /** Whose a figure at (block, offset) is: the report's (null), a programme's, or nobody's (undefined). */
  get scopes(): ReturnType<typeof figureScopes> {
    return (this.#scopes ??= figureScopes(this.doc));
  }

  /** A department's report: its programmes as their 项目支出绩效自评表 name them (none with one form). */
  get programmeNames(): ProgrammeName[] {
    return (this.#programmeNames ??= programmeNames(this.doc));
  }

  /** Whose a figure is within the project: a city's, a sub-programme's (as the tables name them), a sample's, or the project's own (null). */
  get partScopes(): PartScopes {
    return (this.#partScopes ??= projectParts(this.doc, this.basics, partLabels(this.readFunding)));
  }

  /** The funding figures as stated, before whose each is is known: what the part scopes learn the tables' rows from. */
  private get readFunding(): FundingFacts {
    return (this.#readFunding ??= readFunding(this.doc, this.basics, this.quantities.find));
  }

  get funding(): FundingFacts {
    return (this.#funding ??= scopeFunding(
      this.doc,
      this.readFunding,
      this.scopes,
      this.partScopes,
      ownText(this.doc, this.basics).replace(/\s/g, ''),
    ));
  }

  /** Each funding figure (kind, budget variant, source, scope) as the document states it, and the statements it stands by. */
  get fundStatements(): FundStatements[] {
    return (this.#fundStatements ??= fundStatements(this.funding));
  }

  /** The whole amount of each kind and scope the document stands by (a rate's operands when not stated beside it). */
  get fundStanding(): FundStanding {
    return (this.#fundStanding ??= fundStanding(this.funding));
  }

  /** The funding figures stated beside one another (one sentence, one table row of one scope): a rate's own operands. */
  get fundsBeside(): FundsBeside {
    return (this.#fundsBeside ??= fundsBeside(this.funding.figures.filter(isStated)));
  }

  /** A department's report: the money each programme's form states, and whether a stretch of text restates one of those amounts. */
  get programmeAmounts(): ProgrammeAmounts {
    return (this.#programmeAmounts ??= programmeAmounts(this.funding));
  }

  /** "占比X%" beside the two amounts it is the ratio of. */
  get percentClaims(): PercentClaim[] {
    return (this.#percentClaims ??= extractPercentClaims(this.doc));
  }

  /** Tables' growth-rate columns ("2024年比2023年增长率") and the two columns each compares. */
  get growthColumns(): GrowthColumn[] {
    return (this.#growthColumns ??= growthColumns(this.doc.tables));
  }

  /** Growth rates a sentence states beside both figures it compares ("103.57亿元，较上年86.42亿元增长22.68%"). */
  get growthClaims(): GrowthClaim[] {
    return (this.#growthClaims ??= extractGrowthClaims(this.doc, this.quantities.find));
  }

  /** Tables' columns whose header states their formula ("付款比例（已付款÷合同价）") and the two columns it names. */
  get ratioColumns(): RatioColumn[] {
    return (this.#ratioColumns ??= ratioColumns(this.doc.tables));
  }

  /** Tables' 合计 rows and the rows they total. */
  get columnTotals(): ColumnTotal[] {
    return (this.#columnTotals ??= columnTotals(this.doc));
  }

  /** The department's staff counts (编制 / 实有, by year) as its prose states them and its staffing tables total them. */
  get staff(): StaffFacts {
    return (this.#staff ??= staffFacts(this.doc, this.columnTotals, this.basics.evaluated));
  }

  /** Amounts the text states for one row of a funding table. */
  get rowRestatements(): RowRestatement[] {
    return (this.#rowRestatements ??= extractRowRestatements(this.doc, this.funding));
  }

  /** Amounts the text says were 拨付 to one part (a 批次, a sub-fund), with that part's cells of the tables of payments. */
  get partPayments(): RowRestatement[] {
    return (this.#partPayments ??= extractPartPayments(
      this.doc,
      this.partScopes,
      this.basics.evaluated,
      this.quantities.whole,
    ));
  }

  /** Amounts broken down by year. */
  get years(): YearFacts {
    return (this.#years ??= { breakdowns: yearBreakdowns(this.doc), tableTotals: yearTotalsInTables(this.doc) });
  }

  /** The years each table's caption names, by the table's number ("表8 2022年度各县…情况": 表8 → [2022]). */
  get captionYears(): Map<string, number[]> {
    return (this.#captionYears ??= captionYears(this.doc));
  }

  get targets(): TargetFacts {
    return (this.#targets ??= extractTargets(
      this.doc,
      this.settings,
      this.basics,
      this.partScopes,
      this.quantities.find,
    ));
  }

  /** The target statements by indicator, each indicator's actual value voted on. */
  get targetIndicators(): TargetIndicator[] {
    return (this.#targetIndicators ??= (() => {
      const all = scoringForms(this.doc);
      const forms = new Set(all.map((f) => f.block));
      // a department's programmes: their forms beside the department's, and their sections
      const main = all.length >= 2 ? mainForm(all) : null;
      const section = programmeSections(this.doc, ownText(this.doc, this.basics));
      const programmes = {
        forms: new Set(all.filter((f) => main && f !== main && !f.department).map((f) => f.block)),
        section: (block: number) => section(block) !== null,
      };
      return targetIndicators(this.targets.statements, forms, programmes);
    })());
  }

  /** Every indicator system (one per 自评表 when the document holds several), the report's own first, each with its consensus. */
  get indicators(): IndicatorSystem[] {
    return (this.#indicators ??= indicatorSystems(this.doc, this.settings, this.basics));
  }

  /** The 分值/得分 each body heading states, by section id, wherever it stands, with the indicator it is about. */
  get headingScores(): Map<number, StatedScore> {
    return (this.#headingScores ??= headingScores(this.doc, (s) => this.sectionNode(s), this.quantities.find));
  }

  /** The 分值/得分 each contents entry states, by the entry's block, with the indicator its heading is about. */
  get entryScores(): Map<number, StatedScore> {
    return (this.#entryScores ??= entryScores(
      this.doc,
      (e) => this.entrySections.get(e)?.id ?? null,
      (s) => this.sectionNode(s),
      this.quantities.find,
    ));
  }

  /** The indicator of the report's own system (the first) a body section discusses, if any. */
  private sectionNode(section: number): number | null {
    const system = this.indicators[0];
    return (system && nodeOfSection(system.facts, section)?.id) ?? null;
  }

  /** How many indicators of each level the tables and the analysis headings list. */
  get levelCounts(): LevelCounts {
    return (this.#levelCounts ??= levelCounts(this.doc));
  }

  /** "N个X指标" as the body and its headings state it, with the items listed beside it and whose indicators it counts. */
  /** "共划分为5个标段" and the tables listing the 标段 by ordinal (一标段 … 五标段). */
  get partSeries(): PartSeries {
    return (this.#partSeries ??= partSeries(this.doc));
  }

  get countClaims(): CountClaim[] {
    return (this.#countClaims ??= countClaims(
      this.doc,
      this.places,
      scoringForms(this.doc),
      programmeSections(this.doc, ownText(this.doc, this.basics)),
      (name) => this.levelCounts.subtree(name, 2).length > 0 || this.levelCounts.subtree(name, 3).length > 0,
    ));
  }

  /** 得分率 stated beside its 得分 and 满分. */
  get statedRates(): StatedRate[] {
    return (this.#statedRates ??= statedRates(this.doc));
  }

  get grades(): GradeFacts {
    return (this.#grades ??= {
      stated: statedGrades(this.doc, this.settings, this.basics),
      bands: statedBands(this.doc),
    });
  }
}
