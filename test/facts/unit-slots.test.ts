// A department's improvements that another city's bureau of the own kind commits to (src/facts/identity/unit-slots.ts,
// ctx.facts.foreignUnitSlots): what identity/foreign-project reports as a leftover of another city's template.
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

const report = (title: string, improvements: string) =>
  docFromText(
    [
      title,
      '编报单位：长丰市民政局',
      '一、部门概况',
      '长丰市民政局是市政府工作部门，内设科室8个。',
      '二、存在的问题',
      '长丰市民政局项目前期论证不足。',
      '三、改进措施和建议',
      improvements,
    ].join('\n\n'),
  );

describe('foreignUnitSlots: another city’s bureau committing where the own one belongs', () => {
  it('reads the commitment of 平川市民政局 in 长丰市民政局’s improvements, and where it stands', () => {
    const doc = report(
      '长丰市民政局2024年度部门整体支出绩效自评报告',
      '（一）提高预算编制质量。平川市民政局将在编制2026年度部门预算时细化项目实施计划。',
    );
    const [slot, ...more] = new Facts(doc, {}).foreignUnitSlots;
    expect(more).toEqual([]);
    expect(slot).toMatchObject({ written: '平川市民政局', own: '长丰市民政局' });
    expect(doc.blocks[slot.block].text.slice(slot.start, slot.end)).toBe('平川市民政局');
  });

  it('says nothing of the own bureau, of another bureau (财政局), nor of a report that is no department’s', () => {
    const own = report('长丰市民政局2024年度部门整体支出绩效自评报告', '长丰市民政局将细化项目实施计划。');
    expect(new Facts(own, {}).foreignUnitSlots).toEqual([]);
    const finance = report('长丰市民政局2024年度部门整体支出绩效自评报告', '平川市财政局将加强预算评审。');
    expect(new Facts(finance, {}).foreignUnitSlots).toEqual([]);
    const project = report(
      '长丰市2024年度城区道路照明维护项目绩效评价报告',
      '（一）提高预算编制质量。平川市民政局将在编制2026年度部门预算时细化项目实施计划。',
    );
    expect(new Facts(project, {}).foreignUnitSlots).toEqual([]);
  });
});
