// Which way an indicator's target points: "≥95%" says it, a bare target ("年度目标新建8个", "25公里") of a count or
// quantity of output is a floor, and of an indicator where fewer is better ("森林火灾发生次数", "安全事故") a
// ceiling, so no floor. What target/missed-full-marks compares an actual with.
import type { Stated } from './targets.js';
import { unitFamily } from './kinds.js';

/** Indicators where fewer is better (事故, 投诉, 受害…): a bare target of theirs is a ceiling, not a floor. */
export const FEWER_IS_BETTER =
  /事故|投诉|发生|受害|违规|违纪|差错|损失|超支|超标|死亡|伤亡|火灾|案件|逾期|返工|不合格|成本|费用|时间|天数|时长/;

/**
 * The comparator the target of indicator `name` stands for: as written, or for a bare count or quantity of output
 * ("目标新建8个", "25公里") a floor (≥) — not for money or rates, whose direction a bare figure does not say, nor
 * where fewer is better. Null: no direction is known.
 */
export function targetComparator(target: Stated, name: string): Stated['q']['comparator'] {
  if (target.q.comparator) return target.q.comparator;
  const family = unitFamily(target.q);
  return family && family !== 'money' && family !== 'percent' && !FEWER_IS_BETTER.test(name) ? '≥' : null;
}
