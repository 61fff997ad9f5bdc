// Which unit the document stands by in each role: the fields of a role grouped by unit (abbreviations
// and settings.unitAliases are one unit), the group most fields name winning, then the unit the
// document mentions most, then the cover's.
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';
import { other } from '../rules/identity/inline.js';

const standing = (body: string, unitAliases?: Record<string, string>) =>
  new Facts(docFromText(other(body)), unitAliases ? { unitAliases } : {}).unitStanding;
const values = (fields: { value: string }[] | null) => fields?.map((f) => f.value) ?? null;

describe('the unit the document stands by', () => {
  it('is the one most fields of the role name, an abbreviation counted with its full name', () => {
    const s = standing(
      '一、概况\n\n本项目主管部门为南康区城管局。\n\n附件：评价表\n\n主管部门\t南康区城市管理局\t项目实施单位\t南康区照明中心',
    );
    // the cover's 城管局, the text's and the table's 城市管理局 are one unit against none
    expect(values(s.of('主管部门'))?.sort()).toEqual(['南康区城市管理局', '南康区城管局', '南康区城管局']);
    // the cover's 路灯管理所 and the table's 照明中心: one field each, the cover breaks the tie
    const vote = s.votes.find((v) => v.role === '项目单位' && v.scope === null)!;
    expect(vote.groups.map(values)).toEqual([['南康区路灯管理所'], ['南康区照明中心']]);
  });
  it('takes settings.unitAliases: two names of one unit are one group', () => {
    const s = standing('附件：评价表\n\n主管部门\t南康区城管局\t项目实施单位\t南康区照明中心', {
      照明中心: '路灯管理所',
    });
    expect(s.votes.find((v) => v.role === '项目单位')!.groups).toHaveLength(1);
  });
  it('counts how often the document names a unit, under any of its names', () => {
    const s = standing('一、概况\n\n本项目由南康区城管局负责，南康区城市管理局监督。');
    expect(s.mentions('南康区城市管理局')).toBe(s.mentions('城管局'));
    expect(s.mentions('南康区城管局')).toBeGreaterThanOrEqual(2);
    expect(s.mentions('某某公司')).toBe(0);
  });
});
