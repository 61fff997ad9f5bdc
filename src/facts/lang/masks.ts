// Masks (脱敏): what a published report hides on purpose and prints with mask marks — a person's name ("韦某某",
// "覃某", "王××") or a phone number's digits ("0898-657×××××", "138****5678"). A mask is no template placeholder
// left unfilled (text/placeholder): the place around it says which it is, never the marks alone ("××镇", "某某县",
// "〔2024〕××号" and "联系人：××" are placeholders).

/** The marks a name's hidden characters are written with: 某, ×, ✕, ╳, *, ＊. */
const NAME_MARKS = '(?:某{1,2}|[×✕╳]{2}|[*＊]{2})';
const HAN = /[\u4e00-\u9fff]/;

/** A masked name as an item of its own: surname + marks / + a given name ("韦某某", "覃某", "黄某华", "王××"). */
export const MASKED_NAME = new RegExp(`^(?!某)[\\u4e00-\\u9fff](?:某[\\u4e00-\\u9fff]?|${NAME_MARKS})(?:等.*)?$`);
/** A place that holds a masked name and nothing else: a name column's cell, a roster's line ("5吴某某"). */
export const NAME_ALONE = new RegExp(`^\\d{0,4}(?!某)[\\u4e00-\\u9fff]${NAME_MARKS}$`);

/**
 * A field whose value is a person: "单位负责人：", "财务负责人：", "联系人及电话：", "填表人：", "姓名：". A surname and
 * marks right after it are that person's name masked.
 */
const PERSON_KEY =
  /(?:负责人|联系人|经办人|填报人|填表人|审核人|复核人|制表人|编制人|签发人|法定代表人|法人代表|姓名)(?:及?(?:联系)?(?:电话|方式))?[：:]\s*$/;

/**
 * Is the mask at [start, end) of `text` a name's hidden characters in a person's field ("单位负责人：王××",
 * "联系人及电话：林××  0898-…")? A surname stands right after the key and no Han character after the marks
 * ("负责人：××" has no surname; "负责人：王××局" is no name).
 */
export function maskedNameInField(text: string, start: number, end: number): boolean {
  const surname = text[start - 1];
  if (!surname || !HAN.test(surname) || surname === '某') return false;
  if (!new RegExp(`^${NAME_MARKS}$`).test(text.slice(start, end))) return false;
  if (HAN.test(text[end] ?? '')) return false;
  return PERSON_KEY.test(text.slice(0, start - 1));
}

/** A phone's key before its number: "电话", "手机", "联系方式", "Tel". */
const PHONE_KEY = /(?:电话|手机|联系方式|tel|TEL|Tel)/;
/** An area code before the number ("0898-"), or a mobile number's opening (13…19…). */
const AREA_CODE = /^0\d{2,3}[-－]/;
const MOBILE = /^1[3-9]\d/;

/**
 * Are the marks at [start, end) of `text` a phone number's hidden digits ("0898-657×××××", "138****5678")? The marks
 * stand among the number's digits, at least three of them written, and digits and marks together are as many as a
 * phone number has: 7 or 8 after an area code, 11 for a mobile, 7 to 12 after a phone's key. "〔2024〕××号" and
 * "2024××" are no number.
 */
export function maskedPhone(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && /[\d\-－]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && /[\d×✕╳*＊]/.test(text[to])) to++;
  const number = text.slice(from, to);
  if (!/^\d/.test(number)) return false;
  const digits = (number.match(/\d/g) ?? []).length;
  const local = number.replace(AREA_CODE, '');
  if (digits < 3 || /[-－]/.test(local)) return false;
  if (AREA_CODE.test(number)) return local.length === 7 || local.length === 8;
  if (MOBILE.test(number) && local.length === 11) return true;
  return local.length >= 7 && local.length <= 12 && PHONE_KEY.test(text.slice(Math.max(0, from - 20), from));
}
