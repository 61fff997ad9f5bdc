// "N个X指标" as the indicator facts hold it: the number, the level, the items listed beside it, and whose
// indicators it counts (the whole tree, one indicator's subtree, one 自评表's tree, or unknown).
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';
import { dept, prog } from '../rules/score/forms.js';

const claimsOf = (...paras: string[]) => {
  const doc = docFromText(paras.join('\n\n'));
  return { doc, claims: new Facts(doc, {}).countClaims };
};

describe('a count claim', () => {
  it('holds its number (digits or Chinese numerals), its level, and the items its sentence lists', () => {
    const { claims } = claimsOf(
      '一、评价情况',
      '设置了决策、过程、产出、效益三个一级指标，下设立项、资金等5个二级指标，三级指标共十二个。',
    );
    expect(claims.map((c) => [c.count, c.level, c.listed])).toEqual([
      [3, 1, { count: 4, open: false }],
      [5, 2, { count: 2, open: true }],
      [12, 3, null],
    ]);
    expect(claims.every((c) => c.scope.of === 'tree')).toBe(true);
  });

  it('is not an ordinal: "第1个二级指标的第1个三级指标" says how a code reads, not how many there are', () => {
    const { claims } = claimsOf(
      '一、评价情况',
      '编码采用“一级字母+二级序号+三级序号”的方式，如A11表示决策类下第1个二级指标的第1个三级指标，第十二个三级指标为C42。体系共13个二级指标。',
    );
    expect(claims.map((c) => [c.count, c.level])).toEqual([[13, 2]]);
  });

  it("is about one indicator's subtree when its clause names it, or it follows that indicator's run-in heading", () => {
    const { claims } = claimsOf(
      '一、评价情况',
      '产出类指标包括4个二级指标，项目绩效指标包括12个三级指标。',
      '3.效益指标（分值30分）。设经济、社会2个二级指标3个三级指标。',
    );
    expect(claims.map((c) => [c.count, c.scope])).toEqual([
      [4, { of: 'indicator', owner: '产出' }],
      // the whole system's words ("项目绩效指标") are not one indicator
      [12, { of: 'tree' }],
      [2, { of: 'indicator', owner: '效益' }],
      [3, { of: 'indicator', owner: '效益' }],
    ]);
  });

  it("is one first level's when its sentence opens with the name, or its section is headed by it (V's 四（一）投入指标)", () => {
    const { claims } = claimsOf(
      '二、评价工作',
      '（四）评价指标',
      '设二级指标3个。',
      '三、绩效指标分析',
      '（一）产出指标',
      '权重40，设二级指标2个。本次评价共设三级指标5个。',
      '效益指标权重30，设二级指标1个。',
      '（二）管理指标',
      '设二级指标1个。',
      '附表\n\n一级指标\t二级指标\t三级指标\t分值\n产出\t数量\t维修长度\t40\n效益\t满意度\t群众满意度\t60\n',
    );
    expect(claims.map((c) => [c.count, c.scope])).toEqual([
      // the system's section names no first level
      [3, { of: 'tree' }],
      [2, { of: 'indicator', owner: '产出' }],
      // a sentence about the whole system in 产出's section
      [5, { of: 'tree' }],
      [1, { of: 'indicator', owner: '效益' }],
      // a heading naming no indicator of the tree
      [1, { of: 'tree' }],
    ]);
  });

  describe('in a document holding several 自评表', () => {
    const { doc, claims } = claimsOf(
      '某市体育局2024年度部门整体支出绩效自评报告',
      '一、自评情况',
      '部门整体支出绩效自评表设置三级指标2个；健身设施建设补助项目和某市体育局的自评表各设置三级指标2个。共设置4个三级指标。',
      '部门整体支出绩效自评表中，产出指标包括1个三级指标。',
      '二、部门整体支出绩效自评表',
      dept,
      '三、项目支出绩效自评表',
      prog,
    );
    const tables = doc.tables.map((t) => t.index);
    it("is the form its sentence names, unknown when it names several, the whole tree when it names none; an indicator's in that form", () => {
      expect(claims.map((c) => c.scope)).toEqual([
        { of: 'form', table: tables[0] },
        { of: 'unknown' },
        { of: 'tree' },
        { of: 'indicator', owner: '产出', table: tables[0] },
      ]);
    });
    it("whose one indicator's subtree the level counts give from that form alone", () => {
      const { subtree } = new Facts(doc, {}).levelCounts;
      // the department's 产出 has 赛事场次 only, the programme's 健身路径数量
      expect(subtree('产出', 3)).toEqual([1, 1]);
      expect(subtree('产出', 3, tables[0])).toEqual([1]);
      expect(subtree('决策', 3, tables[0])).toEqual([]);
    });
  });

  it("is unknown in a programme's section of a department's report whose programme form was not read", () => {
    const { claims } = claimsOf(
      '某市体育局2024年度部门整体支出绩效自评报告',
      '一、部门整体支出绩效自评表',
      dept,
      '二、健身设施建设补助项目',
      '该项目支出绩效自评表设置三级指标2个。',
    );
    expect(claims.map((c) => c.scope)).toEqual([{ of: 'unknown' }]);
  });
});
