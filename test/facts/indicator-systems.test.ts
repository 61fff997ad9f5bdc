import { describe, expect, it } from 'vitest';
import { extractIndicatorSystems } from '../../src/facts/indicators/systems.js';
import { scoringForms } from '../../src/facts/identity/programme-scopes.js';
import { displayName, type IndicatorFacts } from '../../src/facts/indicators/indicators.js';
import { docFromText } from '../helpers.js';
import { dept, prog } from '../rules/score/forms.js';

const firstLevel = (f: IndicatorFacts) => f.nodes[0].children.map((c) => displayName(f.nodes[c]));
const rootScores = (f: IndicatorFacts) =>
  f.facts.filter((x) => x.node === 0 && x.kind === '得分').map((x) => `${x.source}:${x.q!.value.toString()}`);

describe('several indicator systems in one document', () => {
  const doc = docFromText(
    [
      '某市体育局2024年度部门整体支出绩效自评报告',
      '一、部门整体支出绩效自评表',
      dept,
      '二、项目支出绩效自评表',
      prog,
      '三、自评结论',
      '经自评，部门整体支出绩效自评得分98.6分。两个项目支出自评得分分别为97.6分和96.5分。',
      '四、健身设施建设补助项目',
      '该项目自评得分97.6分。',
    ].join('\n\n'),
  );

  it('finds each form and what it scores, the department form first', () => {
    expect(scoringForms(doc).map((f) => [f.name, f.department])).toEqual([
      ['某市体育局', true],
      ['某市2024年度健身设施建设补助项目', false],
    ]);
  });

  it('reads each form as its own tree, the funds row a first-level part of its 总分', () => {
    const systems = extractIndicatorSystems(doc);
    expect(systems).toHaveLength(2);
    for (const s of systems) {
      expect(firstLevel(s)).toEqual(['资金执行率', '产出', '效益']);
      expect(s.facts.filter((x) => x.node === 0 && x.kind === '分值').map((x) => x.q!.value.toString())).toEqual([
        '100',
      ]);
    }
    // the programme's rows are not the department's
    expect(systems[0].nodes.some((n) => displayName(n) === '健身路径数量')).toBe(false);
    expect(systems[1].nodes.some((n) => displayName(n) === '赛事场次')).toBe(false);
  });

  it('gives an overall score stated in prose to the system it names, or in whose section it stands, else to none', () => {
    const [d, p] = extractIndicatorSystems(doc);
    expect(rootScores(d)).toEqual(['attachment:98.6', 'narrative:98.6']);
    expect(rootScores(p)).toEqual(['attachment:97.6', 'narrative:97.6']);
    // "两个项目支出自评得分分别为97.6分和96.5分" names no form: its 96.5 is no system's total
    expect([...rootScores(d), ...rootScores(p)].some((x) => x.includes('96.5'))).toBe(false);
  });
});

describe('one form', () => {
  it('is one system, read from every table and sentence as before', () => {
    const doc = docFromText(
      [
        '某市2024年度健身设施建设补助项目绩效自评报告',
        '一、自评表',
        prog,
        '二、自评结论',
        '本项目自评得分97.6分。',
      ].join('\n\n'),
    );
    const systems = extractIndicatorSystems(doc);
    expect(systems).toHaveLength(1);
    expect(rootScores(systems[0])).toEqual(['attachment:97.6', 'narrative:97.6']);
  });

  it('joins the funds row to a first-level indicator already named for it (预算执行率)', () => {
    const summary = [
      '指标名称\t分值\t得分',
      '预算执行率\t10\t9.6',
      '产出指标\t50\t50',
      '效益指标\t40\t38',
      '合计\t100\t97.6',
      '',
    ].join('\n');
    const doc = docFromText(
      ['某市2024年度健身设施建设补助项目绩效自评报告', '一、得分汇总', summary, '二、自评表', prog].join('\n\n'),
    );
    const [s] = extractIndicatorSystems(doc);
    expect(firstLevel(s)).toEqual(['预算执行率', '产出', '效益']);
  });
});
