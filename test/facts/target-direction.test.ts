// Which way a target points (src/facts/targets/direction.ts): as written, a floor for a bare count or quantity of
// output, none for money, rates and indicators where fewer is better.
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/facts/lang/numbers.js';
import { FEWER_IS_BETTER, targetComparator } from '../../src/facts/targets/direction.js';
import type { Stated } from '../../src/facts/targets/targets.js';

const target = (written: string): Stated => ({ q: parseQuantity(written)!, at: { block: 0 }, order: [0] });

describe('targetComparator: the direction a target stands for', () => {
  it('keeps the comparator the target writes, whatever the indicator', () => {
    expect(targetComparator(target('≥95%'), '群众满意度')).toBe('≥');
    expect(targetComparator(target('≤2次'), '森林火灾发生次数')).toBe('≤');
    expect(targetComparator(target('不超过80万元'), '项目成本')).toBe('≤');
  });

  it('reads a bare count or quantity of output as a floor: "年度目标新建8个", "25公里"', () => {
    expect(targetComparator(target('8个'), '林火视频监控点建设数量')).toBe('≥');
    expect(targetComparator(target('25公里'), '新建道路长度')).toBe('≥');
  });

  it('gives no direction to a bare amount or rate, nor where fewer is better', () => {
    expect(targetComparator(target('80万元'), '项目成本')).toBeNull();
    expect(targetComparator(target('95%'), '群众满意度')).toBeNull();
    expect(targetComparator(target('3次'), '森林火灾发生次数')).toBeNull();
    expect(targetComparator(target('0次'), '安全事故')).toBeNull();
    expect(targetComparator(target('5件'), '有效投诉')).toBeNull();
    expect(targetComparator(target('3处'), '工程返工处数')).toBeNull();
  });
});

describe('FEWER_IS_BETTER: indicators whose count should stay low', () => {
  it('reads accidents, complaints, losses, overruns, cost and time', () => {
    for (const name of ['安全事故发生率', '群众投诉次数', '受害人数', '违规违纪案件数', '项目超支金额', '工期逾期天数'])
      expect(FEWER_IS_BETTER.test(name), name).toBe(true);
  });

  it('leaves an output to be reached alone: 新建, 培训, 覆盖, 满意度', () => {
    for (const name of ['新建水井数量', '培训人次', '服务覆盖户数', '受益群众满意度'])
      expect(FEWER_IS_BETTER.test(name), name).toBe(false);
  });
});
