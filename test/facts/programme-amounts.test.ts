// A department's report with its programmes' forms: the money each form states, and whether a stretch of a paragraph
// restates one of those amounts (src/facts/funding/programme-amounts.ts, read by identity/foreign-project).
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';
import { departmentWithForms } from '../rules/identity/inline.js';

const FITNESS = '临沂市2024年度健身设施建设补助项目';
/** A project the report names, with no form of its own. */
const FOOTBALL = '临沂市2024年度青少年校园足球推广项目';

/** The section's sentence, and whether its amounts after `from` restate a programme's form amounts. */
const restates = (sentence: string, programme: string, from = '项目') => {
  const doc = docFromText(departmentWithForms(undefined, sentence));
  const block = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.includes(sentence.slice(0, 12)));
  const text = doc.blocks[block].kind === 'paragraph' ? doc.blocks[block].text : '';
  const at = text.indexOf(from) + from.length;
  return new Facts(doc, {}).programmeAmounts.restated(programme, block, at, text.length);
};

describe('programme amounts', () => {
  it("find the programme's form amounts stated after the name", () => {
    expect(restates('临沂市2024年度青少年校园足球推广项目全年预算680.00万元，全年执行652.80万元。', FITNESS)).toBe(
      true,
    );
  });
  it('find none of a project without a form, nor amounts the form does not state, nor amounts before `from`', () => {
    expect(restates('临沂市2024年度青少年校园足球推广项目全年预算680.00万元，全年执行652.80万元。', FOOTBALL)).toBe(
      false,
    );
    expect(restates('临沂市2024年度青少年校园足球推广项目全年预算120.00万元。', FITNESS)).toBe(false);
    expect(restates('全年预算680.00万元，由临沂市2024年度青少年校园足球推广项目承担。', FITNESS, '承担')).toBe(false);
  });
  it('are none in a report without programme forms', () => {
    const doc = docFromText('青原市2024年度农村公路养护项目绩效评价报告\n\n一、概况\n\n项目全年预算680.00万元。\n');
    expect(new Facts(doc, {}).programmeAmounts.restated('青原市2024年度农村公路养护项目', 2, 0, 20)).toBe(false);
  });
});
