import { expect, it } from 'vitest';
import actualConsistency from '../../../rules/target/actual-consistency.js';
import missedFullMarks from '../../../rules/target/missed-full-marks.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { bodyText, FUNDING_OK } from '../money/common.js';

const section = (text: string, score = '10') =>
  bodyText(
    ['二、绩效评价指标分析', '', `（一）满意度指标（指标分值10分，评价得分${score}分）`, '', text, ''].join('\n'),
  );
const table = (actual: string, score: string) =>
  bodyText(
    [
      '绩效指标完成情况',
      '',
      '指标名称\t分值\t指标值\t实际完成值\t得分',
      `群众满意度\t10\t≥95%\t${actual}\t${score}`,
      '',
    ].join('\n'),
  );
// "林火视频监控点建设数量（5分）：年度目标新建8个，年内建成投用7个…，本项按满分计5分。"
const bare = (built: string, name = '林火视频监控点建设数量') =>
  bodyText(
    [
      '二、指标分析',
      '',
      '（一）产出数量（20分，得20分）',
      '',
      `${name}（5分）：年度目标新建8个，年内建成投用${built}个，另1个因电力接入延迟于2025年1月建成，本项按满分计5分。`,
      '',
    ].join('\n'),
  );
// the marks a paragraph gives its indicator come before the actual; 38 is a figure it compares with
const scoredFirst = (rate: string) =>
  bodyText(
    [
      '四、指标分析',
      '',
      '（1）按期完工率（C31）',
      '',
      `本指标满分6分，评价组核定得6分。2024年度批次46个小区中，42个于2024年12月31日前完工，按期完工率${rate}；较2023年度的38个增加8个。`,
      '',
      '绩效指标\t目标值\t实际完成值',
      `按期完工率\t≥95%\t${rate}`,
      '',
    ].join('\n'),
  );
// A programme's bare 执行率 in the text, and a table row of the department's form naming a rate (政府采购执行率 met,
// 预算执行率 the budget's own): "执行率" alone is the budget's, never the procurement's
const bareRate = (row: string) =>
  bodyText(
    [
      '三、项目概况',
      '',
      '全年预算158.00万元，全年支出146.36万元，执行率92.63%。',
      '',
      '指标名称\t分值\t指标值\t实际完成值\t得分',
      `${row}\t2\t≥95%\t96.22%\t2`,
      '',
    ].join('\n'),
  );
// One paragraph scores two indicators, one per sentence: the 扣1分 of the first is not the second's.
const twoInOne = (second: string) =>
  bodyText(
    [
      '二、指标分析',
      '',
      '（一）产出指标',
      '',
      `其中，老年人健康管理率61.2%，未达到年度目标，扣1分；高血压患者规范管理率58.3%，${second}。`,
      '',
      '指标名称\t分值\t年度指标值\t实际完成值\t得分',
      '老年人健康管理率\t10\t≥65%\t61.2%\t9',
      '高血压患者规范管理率\t5\t≥62%\t58.3%\t5',
      '',
    ].join('\n'),
  );

// AA's run-in: "5．住院救助比例（权重5分）。…评价情况：…比例为70.22%，年度目标值为不低于X，达到目标，得5分。", the actual
// first, the target after it with no name of its own, the score against the run-in's points; the overview and the
// targets table state the target too (住院救助 is also one of the fund's kinds of spending: 资助参保 / 住院救助 …)
const runIn = (written: string, elsewhere = '不低于65%', score = '5') =>
  bodyText(
    [
      '一、基本情况',
      '',
      `松阳县医疗救助资金支出分为资助参保、住院救助两类。绩效目标：住院救助政策范围内自付费用救助比例${elsewhere}。`,
      '',
      '支出类别\t金额（万元）',
      '资助参保\t120.00',
      '住院救助\t480.00',
      '合计\t600.00',
      '',
      '指标名称\t年度目标值\t实际完成值',
      `住院救助比例\t${elsewhere.replace('不低于', '≥')}\t70.22%`,
      '',
      '二、绩效指标分析',
      '',
      '（一）产出指标（权重5分）',
      '',
      `1．住院救助比例（权重5分）。指标解释：政策范围内个人自付费用的救助比例。评分标准：达到年度目标值得5分；每低2个百分点扣1分。评价情况：按抽查病例测算，住院救助政策范围内自付费用救助比例为70.22%，年度目标值为${written}，达到目标，得${score}分。`,
      '',
    ].join('\n'),
  );

export const cases = ruleTester(
  missedFullMarks,
  {
    // actuals meet their targets
    base: FUNDING_OK,
    valid: [
      {
        name: 'an actual over its target in text',
        text: section('培训人数不少于500人次，实际培训520人次，该项指标扣0分。'),
      },
      {
        name: 'an indicator that lost points in text',
        text: section('群众满意度目标不低于95%，实际满意度为90%，扣1分。', '9'),
      },
      { name: 'a table row with 得分 below 分值', text: table('90%', '8') },
      { name: 'a table row that meets its target (95.0% for ≥95%)', text: table('95.0%', '10') },
      {
        name: 'a count target met: ≥20家 with 22',
        text: section('新增规上企业20家以上，实际新增22家，该项指标扣0分。'),
      },
      { name: 'a bare count target met', text: bare('8') },
      {
        name: 'a paragraph whose actual meets the target, beside a figure it compares with',
        text: scoredFirst('95.65%'),
      },
      {
        name: 'every item of a list after 计划 is a target, not an actual',
        text: bodyText(
          [
            '一、项目概况',
            '',
            '计划硬化村内道路4.2公里、安装太阳能路灯230盏。全年实际安装太阳能路灯236盏。',
            '',
            '绩效指标\t年度目标\t实际完成\t分值\t得分',
            '安装太阳能路灯数量\t≥230盏\t236盏\t5\t5',
            '',
          ].join('\n'),
        ),
        with: [actualConsistency],
      },
      { name: 'a bare target is no floor where fewer is better', text: bare('7', '森林火灾发生次数') },
      {
        name: 'a bare target is no floor for money',
        text: section('项目成本：年度目标80万元，实际支出75万元，该项指标扣0分。'),
      },
      { name: 'the text deducts from the second indicator too', text: twoInOne('未达到年度目标，扣1分') },
      { name: 'a bare 执行率 (the budget’s) is not the row 政府采购执行率', text: bareRate('政府采购执行率') },
      { name: 'a run-in whose target after the actual is met (70.22% for ≥65%)', text: runIn('不低于65%') },
      {
        // the clause after the actuals compares with the target ("超过3,200人的年度目标") and names none: it is no
        // target of the monthly 2,648人 before it
        name: 'a run-in whose sentence compares the year with its target, after a monthly figure',
        text: bodyText(
          [
            '二、绩效指标分析',
            '',
            '1．困难残疾人护理补贴发放人数（权重8分）。评价情况：月均发放2,648人，全年累计3.18万人次，超过3,200人的年度目标，得8分。',
            '',
          ].join('\n'),
        ),
      },
      {
        name: 'a run-in that misses its written target and loses points (得4分 of 5)',
        text: runIn('不低于75%', '不低于75%', '4'),
      },
    ],
    invalid: [
      {
        name: 'in text: target ≥95%, actual 90%, heading says 得分 = 分值',
        text: section('群众满意度目标不低于95%，实际满意度为90%。'),
        errors: [{ messageId: 'missed', at: '10', also: ['90%', '95%'] }],
      },
      {
        name: 'a table row with 得分 = 分值 short of its target',
        text: table('90%', '10'),
        errors: [{ messageId: 'missed', table: { row: 1, col: 4 } }],
      },
      {
        name: 'a count target missed: ≥20家 with 18',
        text: section('新增规上企业20家以上，实际新增18家，该项指标扣0分。'),
        errors: [{ messageId: 'missed' }],
      },
      {
        name: 'a bare count target is a floor, and full marks may be written in words',
        text: bare('7'),
        errors: [
          {
            messageId: 'missed',
            at: '按满分计5分',
            also: ['7个', '8个'],
            message: '指标“林火视频监控点建设数量”实际值7个未达到目标8个，却得满分（5分）',
          },
        ],
      },
      {
        name: 'the marks a paragraph gives its indicator before the actual, not a figure it compares with',
        text: scoredFirst('91.30%'),
        errors: [{ messageId: 'missed', at: '6' }],
      },
      {
        name: 'a bare 执行率 is the row 预算执行率: its 92.63% misses ≥95% with full marks',
        text: bareRate('预算执行率'),
        errors: [{ messageId: 'missed', also: ['92.63%', '≥95%'] }],
      },
      {
        name: "a table's full marks when the text deducts from another indicator of the same paragraph",
        text: twoInOne('基本完成年度目标，得5分'),
        errors: [{ messageId: 'missed', at: '5', table: { row: 2, col: 4 } }],
      },
      {
        name: "a run-in's target after the actual, missed with full marks, where the others state the one met",
        text: runIn('不低于75%'),
        errors: [
          { messageId: 'targetDiffers', at: '75%', expected: '≥65%', actual: '≥75%', also: ['70.22%', '5分', '65%'] },
        ],
      },
      {
        name: "a run-in's target after the actual, missed with full marks, stated so everywhere: the full marks",
        text: runIn('不低于75%', '不低于75%'),
        errors: [{ messageId: 'missed', at: '5分', also: ['70.22%', '75%'] }],
      },
    ],
  },
  () => {
    // The seed: ≥20家/22, >280亿/329, ≥95%/100% (95.00% in the attachment), ≥95%/95%, ≥95%/100%, ≥95%/98% — all met.
    it.each(SEED_FORMATS)('seed (%s): no finding', async (fmt) => {
      expect(runRule(missedFullMarks, await readFixture(SEED[fmt]))).toEqual([]);
    });
  },
);
