// A department's programmes as their 项目支出绩效自评表 name them (ctx.facts.programmeNames): what
// identity/name-variant reads a slip inside a programme's name against ("健身设施建没补助项目").
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';
import { departmentWithForms, other } from '../rules/identity/inline.js';

describe('programmeNames: a department’s programmes, one per programme form', () => {
  it('names each programme form beside the department’s, with its core and the place before its year', () => {
    const facts = new Facts(docFromText(departmentWithForms()), {});
    expect(facts.programmeNames).toEqual([
      // the core leaves the generic tail out: 补助项目 as 项目 (lang/project-names.ts GENERIC_TAIL)
      { name: '临沂市2024年度健身设施建设补助项目', core: '健身设施建设', place: '临沂市' },
      { name: '临沂市2024年度竞技体育后备人才培养项目', core: '竞技体育后备人才培养', place: '临沂市' },
    ]);
    expect(facts.programmeNames).toBe(facts.programmeNames);
  });

  it('names none in a report of one project', () => {
    const facts = new Facts(docFromText(other('一、概况\n\n城区道路照明维护项目按期完成。')), {});
    expect(facts.programmeNames).toEqual([]);
  });
});
