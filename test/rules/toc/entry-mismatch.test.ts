import { describe, expect, it } from 'vitest';
import { tocRules } from '../../../rules/toc/index.js';
import entryMismatch from '../../../rules/toc/entry-mismatch.js';
import pageOrder from '../../../rules/toc/page-order.js';
import crossSource from '../../../rules/score/cross-source.js';
import { docFromText, readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { ACROSS, BODY, DOWN, SCORED_TOC, mdList, report, scoredBody } from './texts.js';

const TOLERANT = '一、项目概况\t1\n二、评价结论。\t2\n（一）决策（分值20分，得分18分）\t2\n三、问题和建议\t3';
// 18.5 and 18.50 are one score
const DECIMALS_BODY = BODY.replace('得分18分）', '得分18.50分）').replace('该项得分8分', '该项得分8.5分');
const DECIMALS_TOC = '一、项目概况\t1\n二、评价结论\t2\n（一）决策（分值20.0分，得分18.5分）\t2\n三、问题与建议\t3';
/** A contents and a body whose second heading is `heading`, listed as `entry`. */
const retitled = (entry: string, heading: string) =>
  report(
    `一、项目概况\t1\n二、${entry}\t2\n三、问题与建议\t3`,
    `一、项目概况\n\n项目概况如下。\n\n二、${heading}\n\n分析如下。\n\n三、问题与建议\n\n建议加强管理。`,
  );
const MD_TOC = '- 一、部门基本情况\n  - （一）部门职能\n- 二、评价结论\n- 三、下一步工作计划';

export const cases = ruleTester(
  entryMismatch,
  {
    base: report('一、项目概况\t1\n二、评价结论\t2\n（一）决策（分值20分，得分18分）\t2\n三、问题与建议\t3', BODY),
    valid: [
      { name: 'tolerant titles (a trailing 。, 和 for 与)', text: report(TOLERANT, BODY) },
      {
        // the heading says 20 while its parts make 18 (10 + 8): the contents' 18 is right
        name: 'a heading whose own score is wrong is left to the score rules',
        text: report(
          TOLERANT,
          BODY.replace('1、立项', '1、立项（分值10分，得分10分）')
            .replace('2、目标', '2、目标（分值10分，得分8分）')
            .replace('得分18分）', '得分20分）'),
        ),
      },
      { name: 'scores compared as figures: 18.5 and 18.50 are one score', text: report(DECIMALS_TOC, DECIMALS_BODY) },
      {
        // "（一）决策。该指标分值20分，得分15分。": the heading states no score; the text's 15 against the
        // contents' 18 is score/cross-source's, not a heading that says 15
        name: "a score in the run-in text after a heading's sentence is not the heading's",
        text: report(
          SCORED_TOC,
          scoredBody('', '18').replace('（一）决策（分值20分，得分18分）', '（一）决策。该指标分值20分，得分15分。'),
        ),
      },
      {
        // a 摘要 page's title is a paragraph of its own (centred), not a numbered heading
        name: 'an unnumbered entry printed as a title paragraph of its own ("报告摘要")',
        text: report(
          '报告摘要\t1\n一、项目概况\t2\n二、评价结论\t2\n（一）决策（分值20分，得分18分）\t2\n三、问题与建议\t3',
          `报告摘要\n\n青原市某项目评价得分88分。\n\n${BODY}`,
        ),
      },
      { name: 'a dropped 的 between entry and heading', text: retitled('存在的问题及原因分析', '存在问题及原因分析') },
      { name: 'a conjunction swapped (及 for 和)', text: retitled('绩效目标和指标分析', '绩效目标及指标分析') },
      {
        name: 'a contents without page numbers (a markdown list) that matches the body',
        text: mdList(MD_TOC),
        format: 'md',
        with: [pageOrder],
      },
    ],
    invalid: [
      {
        name: 'an entry without heading, a heading without entry, and a score the heading does not state',
        text: report(
          '一、项目概况\t1\n二、评价结论\t2\n（一）决策（分值20分，得分20分）\t2\n（二）加强绩效管理\t3',
          BODY,
        ),
        errors: [
          { messageId: 'score', message: '目录条目“（一）决策”写的是分值20分，得分20分，正文标题为分值20分，得分18分' },
          { messageId: 'noHeading', message: '目录条目“（二）加强绩效管理”在正文中没有对应标题' },
          { messageId: 'noEntry', message: '正文标题“三、问题与建议”未列入目录' },
        ],
      },
      {
        // close enough to find the heading (5 of 6 characters), yet another word: the entry is stale
        name: 'an entry one Han character away from its heading, the same number',
        text: retitled('绩效目标分析', '绩效指标分析'),
        errors: [
          {
            messageId: 'differs',
            at: '二、绩效目标分析',
            also: ['二、绩效指标分析'],
            message: '目录条目“二、绩效目标分析”与正文标题“二、绩效指标分析”不一致',
          },
        ],
      },
      {
        // the title named only inside a sentence is no page of its own
        name: 'an unnumbered entry whose title the body names only in a sentence',
        text: report(
          '报告摘要\t1\n一、项目概况\t2\n二、评价结论\t2\n（一）决策（分值20分，得分18分）\t2\n三、问题与建议\t3',
          `评价得分详见报告摘要。\n\n${BODY}`,
        ),
        errors: [{ messageId: 'noHeading', message: '目录条目“报告摘要”在正文中没有对应标题' }],
      },
      {
        name: 'scores compared as figures: 18.5 and 17 are not one score',
        text: report(DECIMALS_TOC.replace('得分18.5分', '得分17分'), DECIMALS_BODY),
        errors: [{ messageId: 'score', actual: '分值20.0分，得分17分' }],
      },
      {
        // the facts hold each kind an entry states: an entry restating only the 得分 is compared too
        name: 'a contents entry stating only the 得分, another than the heading’s',
        text: report(TOLERANT.replace('（分值20分，得分18分）', '（得分17分）'), BODY),
        errors: [
          {
            messageId: 'score',
            at: '得分17分',
            message: '目录条目“（一）决策”写的是得分17分，正文标题为分值20分，得分18分',
          },
        ],
      },
      {
        // whole points are given exactly ("得分18分" is 18, not 17.5 to 18.5), as the score facts read them
        name: 'whole points against a decimal: 18 and 18.4 are not one score',
        text: report(TOLERANT.replace('得分18分', '得分18.4分'), BODY),
        errors: [{ messageId: 'score', actual: '分值20分，得分18.4分', expected: '分值20分，得分18分' }],
      },
      ...[
        ['a summary laid out across (一级指标 | 决策 | 过程 | 合计 over 分值 / 得分)', ACROSS],
        ['a summary row that names its indicator at more length ("项目决策情况" for 决策)', DOWN],
      ].map(([what, summary]) => ({
        // the heading's 20 against the summary's and the contents' 18: the heading is the odd one,
        // reported once by score/cross-source, not again at the contents by this rule
        name: `a heading outvoted by ${what} is left to the score rules`,
        text: report(SCORED_TOC, scoredBody(summary, '20')),
        with: [crossSource],
        errors: [
          {
            rule: 'score/cross-source',
            messageId: 'differs',
            message: '指标“决策”的得分在标题为20分，其他处（汇总表、目录）为18分',
          },
        ],
      })),
      {
        // the summary laid out across backs the heading's 18: the contents' 15 is the odd one
        name: 'a contents score that a summary laid out across and the heading both contradict',
        text: report(SCORED_TOC.replace('得分18分', '得分15分'), scoredBody(ACROSS, '18')),
        errors: [
          {
            messageId: 'score',
            at: '得分15分',
            also: ['决策'],
            message: '目录条目“（一）决策”写的是分值20分，得分15分，正文标题为分值20分，得分18分',
          },
        ],
      },
      {
        name: 'a retitled section in a markdown list: once, at the entry, with the heading after it',
        text: mdList(MD_TOC.replace('三、下一步工作计划', '三、下一步工作打算')),
        format: 'md',
        errors: [
          {
            messageId: 'differs',
            at: '三、下一步工作打算',
            also: ['三、下一步工作计划'],
            message: '目录条目“三、下一步工作打算”与正文标题“三、下一步工作计划”不一致',
          },
        ],
      },
    ],
  },
  () => {
    describe('a contents without page numbers (a markdown list)', () => {
      it('is read as the contents, ending where the body repeats its first entry', () => {
        const doc = docFromText(mdList(MD_TOC), 'md');
        expect(doc.toc?.entries.map((e) => `${e.numbering}${e.title}:${e.page}`)).toEqual([
          '一、部门基本情况:null',
          '（一）部门职能:null',
          '二、评价结论:null',
          '三、下一步工作计划:null',
        ]);
        expect(doc.sections.map((s) => s.title)).toEqual(['部门基本情况', '部门职能', '评价结论', '下一步工作计划']);
        expect(runRule(tocRules, doc)).toEqual([]);
      });
    });
    it.each(SEED_FORMATS)('the seed (%s) lists two suggestions the body does not have', async (format) => {
      const f = runRule(entryMismatch, await readFixture(SEED[format]));
      // "(一) 加强绩效管理 9", "(二) 加强预算编制的科学性 9"; the (一)/(四) score entries are right, their headings wrong
      expect(f.map((x) => squash(x.locations[0].text))).toEqual(['(一)加强绩效管理9', '(二)加强预算编制的科学性9']);
    });
  },
);
