// A 拨付 is read for a part only (issue 11, item 4: scope on every figure): a 批次's against its row of a table of
// payments, a sub-fund's against that sub-fund's column and row; the whole's, or one whose part is unknown, is
// compared with nothing.
import { describe, expect, it } from 'vitest';
import { paidPartKey } from '../../src/facts/funding/part-payments.js';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

// 表1 实际拨付 310.00 + 90.00 = 400.00; 表2 第一批次 150.00 + 40.00 = 190.00, 第二批次 160.00 + 50.00 = 210.00,
// 合计 310.00 / 90.00 / 400.00 (checked by hand).
const doc = docFromText(
  [
    '滨川市2024年度文化惠民专项资金绩效评价报告',
    '一、资金情况',
    '表1 资金分类预算及执行情况（单位：万元）',
    '序号\t支持方向\t年初预算\t实际拨付\t结余',
    '1\t乡村书屋运维补助\t330.00\t310.00\t20.00',
    '2\t非遗传承奖励\t100.00\t90.00\t10.00',
    '合计\t—\t430.00\t400.00\t30.00',
    '资金分两个批次拨付。第一批次于2024年5月8日拨付190.00万元；第二批次于2024年9月16日拨付210.00万元。全年共拨付400.00万元。',
    '表2 资金分批次拨付情况（单位：万元）',
    '批次\t拨付日期\t乡村书屋运维补助\t非遗传承奖励\t合计',
    '第一批次\t2024年5月8日\t150.00\t40.00\t190.00',
    '第二批次\t2024年9月16日\t160.00\t50.00\t210.00',
    '合计\t—\t310.00\t90.00\t400.00',
    '二、绩效分析',
    '（一）乡村书屋运维补助',
    '全年向52个书屋拨付运维补助资金310.00万元。',
  ].join('\n\n'),
);

describe('paidPartKey', () => {
  it('keys a numbered part by its ordinal however written, a named part without its fund noun', () => {
    expect(paidPartKey('第三批次')).toBe('批次3');
    expect(paidPartKey('第3批次')).toBe('批次3');
    expect(paidPartKey('非遗传承奖励资金')).toBe('非遗传承奖励');
    expect(paidPartKey('科技特派员经费')).toBe('科技特派员');
  });
});

describe('ctx.facts.partPayments', () => {
  const facts = new Facts(doc, {});
  const found = facts.partPayments.map((p) => [
    p.label,
    p.q.value.toString(),
    p.cells.map((c) => c.q.value.toString()),
  ]);
  it("reads each 批次's 拨付 against its row's 合计", () => {
    expect(found).toContainEqual(['第一批次', '190', ['190']]);
    expect(found).toContainEqual(['第二批次', '210', ['210']]);
  });
  it("reads a sub-fund's 拨付 against its column's 合计 row and, through the heading naming it in full, its 实际拨付 row", () => {
    expect(found).toContainEqual(['乡村书屋运维补助', '310', ['310', '310']]);
  });
  it('leaves the whole\'s 拨付 ("全年共拨付400.00万元") uncompared', () => {
    expect(found.map(([, v]) => v)).not.toContain('400');
    expect(found).toHaveLength(3);
  });
});
