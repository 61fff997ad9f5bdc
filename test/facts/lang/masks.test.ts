import { describe, expect, it } from 'vitest';
import { MASKED_NAME, NAME_ALONE, maskedNameInField, maskedPhone } from '../../../src/facts/lang/masks.js';

/** The span of the first run of `marks` in `text`. */
const at = (text: string, marks: string) => {
  const s = text.indexOf(marks);
  return [text, s, s + marks.length] as const;
};

describe('masks (脱敏)', () => {
  it('a surname and marks in a person’s field are a masked name', () => {
    expect(maskedNameInField(...at('单位负责人：赵××', '××'))).toBe(true);
    expect(maskedNameInField(...at('联系人及电话：孙××  0571-862×××××', '××'))).toBe(true);
    expect(maskedNameInField(...at('填表人：李某某', '某某'))).toBe(true);
  });
  it('marks with no surname, outside a person’s field, or with a word after them are no name', () => {
    expect(maskedNameInField(...at('单位负责人：××', '××'))).toBe(false);
    expect(maskedNameInField(...at('实施地点：县××', '××'))).toBe(false);
    expect(maskedNameInField(...at('负责人：王××局', '××'))).toBe(false);
  });
  it('marks among a phone number’s digits are its hidden digits', () => {
    expect(maskedPhone(...at('联系人及电话：孙××  0571-862×××××', '×××××'))).toBe(true);
    expect(maskedPhone(...at('手机：139****5678', '****'))).toBe(true);
    expect(maskedPhone(...at('联系电话：86××××12', '××××'))).toBe(true);
  });
  it('marks in a document number, a date or a short code are no phone’s', () => {
    expect(maskedPhone(...at('松教〔2024〕××号', '××'))).toBe(false);
    expect(maskedPhone(...at('日期2024-12-××', '××'))).toBe(false);
    expect(maskedPhone(...at('编号2024××', '××'))).toBe(false);
    expect(maskedPhone(...at('金额86××××12元', '××××'))).toBe(false);
    expect(maskedPhone(...at('联系电话：××××', '××××'))).toBe(false);
  });
  it('a masked name as an item or a place of its own', () => {
    expect(['韦某某', '覃某', '黄某华', '王××', '吴某某等5人'].every((n) => MASKED_NAME.test(n))).toBe(true);
    expect(['某某县', '××镇', '县政府'].some((n) => MASKED_NAME.test(n))).toBe(false);
    expect(NAME_ALONE.test('5吴某某')).toBe(true);
    expect(NAME_ALONE.test('3王××')).toBe(true);
  });
});
