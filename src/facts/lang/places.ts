// Administrative places as a report writes them before a name: "天柱县高酿镇2023年…" opens with two,
// "综上，渡马镇2023年村级公益事业一事一议财政奖补项目" names a township before a project.

/**
 * The words that end a place's name: 山西省, 宜昌市, 舒城县, 高酿镇, 阿拉善盟. A 州 another place word follows ends
 * no place of its own: 沧州市 and 贵州省 are one place each, not 沧州 + 市.
 */
const PLACE_END = '(?:省|自治区|市|自治州|州|盟|县|区|旗|镇|乡|街道)(?![省市县区旗])';

/**
 * An autonomous county, banner or prefecture, whose name runs past a place's usual six characters:
 * 长白朝鲜族自治县, 黔东南苗族侗族自治州, 双江拉祜族佤族布朗族傣族自治县.
 */
export const AUTONOMOUS_PLACE = '[\\u4e00-\\u9fff]{2,12}?自治(?:州|县|旗)';

/** One administrative place: 安徽省, 舒城县, 高酿镇. */
export const PLACE_PART = new RegExp(`[\\u4e00-\\u9fff]{1,6}?${PLACE_END}`, 'g');

/** The places a text opens with, run together: "天柱县高酿镇村级公益…" → 天柱县高酿镇. */
const OPENING_PLACES = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,6}?${PLACE_END})+`);

/** A text that is places only: "泰安市", "湖南省长沙市". */
const PLACES_ONLY = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,6}?${PLACE_END})+$`);

/** The place right before the end of a text, after punctuation or another place ("综上，渡马镇" → 渡马镇). */
const PLACE_AT_END = new RegExp(`(?:^|[^\\u4e00-\\u9fff]|${PLACE_END})([\\u4e00-\\u9fff]{2,4}?${PLACE_END})$`);

/**
 * One-character words a place may follow inside a clause ("会同市财政局对鄂尔多斯市2024年…": 对 opens the place):
 * prepositions and conjunctions, no part of any place's name that follows them.
 */
const WORD_CHARS = '对在与向将为和及由从同给把按至到赴';
const WORD_BEFORE_PLACE = new RegExp(`[${WORD_CHARS}]$`);
const WORD_OPENING = new RegExp(`^[${WORD_CHARS}]`);
const ONE_PLACE = new RegExp(`^[\\u4e00-\\u9fff]{1,6}?${PLACE_END}$`);

/** The places a text opens with, null when it opens otherwise. */
export function openingPlaces(text: string): string | null {
  return OPENING_PLACES.exec(text)?.[0] ?? null;
}

/**
 * The places a name opens with ("锦州市科技创新专项资金" → 锦州市), none where a preposition opens it ("对元谋县…",
 * "对象为元谋县…": words the name reader kept, no place's own).
 */
export function nameOpeningPlaces(name: string): string | null {
  return WORD_OPENING.test(name) ? null : openingPlaces(name);
}

/** True when the text is one place or several run together, and nothing else. */
export function isPlaces(text: string): boolean {
  return PLACES_ONLY.test(text);
}

/** A place's parts, outermost first: 天柱县高酿镇 → 天柱县, 高酿镇. */
export function placeParts(place: string): string[] {
  return place.match(PLACE_PART) ?? [];
}

/** The place a text ends with, written alone or after another place; null when none. */
export function placeBefore(text: string): string | null {
  return PLACE_AT_END.exec(text)?.[1] ?? null;
}

/**
 * The places a text may end with right after a preposition or conjunction ("…会同市财政局对鄂尔多斯市" →
 * 鄂尔多斯市): one reading, or several where the text reads two ways ("对和平市": 和平市, or 平市 after 和).
 */
export function placesAfterWord(text: string): string[] {
  const found: string[] = [];
  for (let k = 2; k <= 7 && k < text.length; k++) {
    const place = text.slice(-k);
    if (ONE_PLACE.test(place) && WORD_BEFORE_PLACE.test(text.slice(0, -k))) found.push(place);
  }
  return found;
}
