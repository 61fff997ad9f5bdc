// How a report states how many indicators it has: "4个一级指标", "共设置12项二级指标", "十二个三级指标",
// "三级指标共22个", and what such a count is about ("产出类指标包括4个二级指标": 产出's subtree).

/** A count, in digits or Chinese numerals ("4", "十二", "两"): the number group of the patterns below. */
const COUNT = String.raw`(\d{1,3}|[一二两三四五六七八九十]{1,3})`;

/** "4个一级指标", "共设置12项二级绩效指标", "十二个三级指标", "3类指标" (groups: count, level if any). */
export const COUNT_BEFORE_LEVEL = new RegExp(`${COUNT}(?:个|项|类)(一级|二级|三级)?(?:绩效)?(?:评价)?指标`, 'g');

/** The number after the level: "一级指标4个、二级指标13个、三级指标共22个" (groups: level, count). */
export const COUNT_AFTER_LEVEL = new RegExp(
  `(一级|二级|三级)(?:绩效)?(?:评价)?指标(?:共|为)?${COUNT}(?:个|项|类)`,
  'g',
);

/** "3个一级指标、3个二级指标、": counts listed one after another (a list of claims, not of items). */
export const LISTED_COUNTS = new RegExp(`(?:${COUNT}(?:个|项)[一二三]级指标[、和及])+$`);

/** An item of a list that is itself a count ("3个一级指标、5个三级指标"): not one enumerated item. */
export const COUNTED_ITEM = /(?:\d+|[一二三四五六七八九十两]+)(?:个|项|类)/;

/** Where an enumeration before the count begins: a clause mark or its verb ("下设", "包括", "分为", "即"). */
export const LIST_START = /(?:[，。；：:（]|下设|包括|包含|分为|分别为|设置了?|设有|涵盖|即|有)/g;

/** The enumeration after the count: "4个一级指标：A、B" / "，即A、B" / "（A、B）" up to its clause (group: the list). */
export const LIST_AFTER = /^(?:，?(?:分别为|包括|即)|：|（)([^。；）,，]*)/;

/** "包括资金管理和组织实施2个二级指标": two items joined by 和 / 及 / 与, no 、. */
export const PAIR = /^[\u4e00-\u9fff]{2,12}(?:和|及|与)[\u4e00-\u9fff]{2,12}$/;

/** The last item of a list may join two: "…、产出和效益". */
export const LAST_ITEM_JOIN = /和|及|以及/;

/** "…等5个二级指标": an open list, naming only some of the items. */
export const OPEN_LIST_END = /等$/;

/**
 * The indicator a count is about when its clause names one as subject: "产出类指标包括4个二级指标",
 * "效益指标下设3个三级指标" count that indicator's subtree, not the whole tree. The subject's items may
 * stand between the verb and the count ("效益指标包括社会效益、生态效益、可持续影响和满意度4个二级指标")
 * (group: the subject's name).
 */
export const COUNT_OWNER =
  /([\u4e00-\u9fff]{2,8}?)类?指标(?:中|下|方面)?共?(?:下设|包括|包含|设置了?|设有|涵盖|分为|含)了?(?:[\u4e00-\u9fff“”"\s]+(?:、|和|及|与|以及))*[\u4e00-\u9fff“”"\s]*$/;

/** The whole system's words: "项目绩效指标包括…", "整体支出评价指标下设…", "本次设置的指标包括…" are not one indicator. */
export const NOT_COUNT_OWNER = /^(?:[一二三四]级|项目|其中|各)$|^(?:本|该|此)|(?:绩效|评价|考核|的)$/;

/**
 * A sentence opened by an indicator's name: "投入指标权重15，设二级指标2个、三级指标6个" counts 投入's subtree though
 * the claim's own clause names no subject (group: the name). Not the system's "绩效指标体系…" / "评价指标框架…".
 */
export const SENTENCE_OWNER = /^([\u4e00-\u9fff]{2,8}?)类?指标(?!体系|框架)/;

/**
 * A sentence about the whole system, though it stands in one indicator's section: "本次评价共设三级指标33个",
 * "指标体系包括…", "全部指标共…" are not that indicator's.
 */
export const WHOLE_SYSTEM = /本次|整体|全部|所有|体系|框架|共|总/;

/** "3.效益指标（分值30分）": a heading that names an indicator, and its name without 类指标 / 指标. */
export const INDICATOR_HEADING = /指标$/;
export const INDICATOR_WORD_END = /类?指标$/;

/**
 * Where a clause before a count begins: the subject of "产出类指标包括…" is looked for after it. Not
 * CLAUSE_BREAK (lang/boundaries.ts): the subject's items between the verb and the count are joined by 、.
 */
export const COUNT_CLAUSE_START = /[。；！？，,]/;

/**
 * The parts a construction project is divided into that its tables list by ordinal ("一标段 … 五标段", "施工一标段"):
 * the noun of a claim "共划分为5个标段" and of the rows it is counted against.
 */
const SERIES_NOUN = '(标段|合同段|标包)';

/**
 * "施工共划分为5个标段", "共分成三个合同段": the whole number of the parts, after a word that says it is the whole
 * (共, 分为) — "其中3个标段已移交" counts a subset (groups: count, noun).
 */
export const SERIES_CLAIM = new RegExp(
  `(?:共(?:计|有)?|总共)?(?:划分为|划分成|分为|分成|共)${COUNT}个${SERIES_NOUN}`,
  'g',
);

/** A row label of such a table: "三标段", "施工一标段", "第2合同段", "一标段（县城主城区）" (groups: prefix, ordinal, noun). */
export const SERIES_ROW = new RegExp(`^([\\u4e00-\\u9fff]{0,4}?)第?${COUNT}${SERIES_NOUN}(?:[（(][^）)]*[）)])?$`);
