import { expect, it } from 'vitest';
import duplicateWord from '../../../rules/text/duplicate-word.js';
import { readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

export const cases = ruleTester(
  duplicateWord,
  {
    base: '开展维修工作，对供水项目进行评价，形成具体的措施。\n',
    valid: [
      {
        name: 'reduplication the language allows',
        text: '我们常常研究研究，做到人人知晓，天天巡查，个个落实，一个一个地看看。\n',
      },
      {
        name: "a name's tail and the next term's head are no X的X (…项目的项目支出绩效自评表)",
        text: '竞技体育后备人才培养项目的项目支出绩效自评表设置三级指标8个，该部门的部门整体支出执行率95.56%。\n',
      },
      {
        name: "a modifier's tail and a term the report uses on its own (灵活就业的就业困难人员)",
        text: '对招用就业困难人员的单位给予补贴。\n\n对灵活就业的就业困难人员给予社会保险补贴。\n',
      },
      {
        name: "a programme's name and the form's name, each written on its own elsewhere, are no XX (…建设项目项目支出绩效自评表)",
        text: '高标准农田建设项目竣工验收。5个项目支出绩效自评表见附件。\n\n附件2 沛县高标准农田建设项目项目支出绩效自评表\n',
      },
      {
        // raw pdftotext puts the second lines of the headers "培训人次" and "取证人次" side by side
        name: "a table's cells laid out as lines (pdftotext without -layout) are no sentences",
        text: '附件2 职业技能培训班次明细表\n开班日期\n培训\n取证\n人次 人次\n2023-02-03 56 56\n产出 产出数量\n',
      },
      {
        // xelatex's longtable read by a PDF reader: the place's cell and the project that opens with its name, one line
        name: 'two cells read as one line, a column gap between the repeat, are no word written twice',
        text: '表4 棚户区改造情况\n集宁区 集宁区桥东片区棚户区改造项目 340 340 130 104 3,453.74\n',
      },
    ],
    invalid: [
      {
        name: 'doubled words and X的X',
        replace: [
          ['维修工作', '维修维修工作'],
          ['供水项目', '供水项目项目'],
          ['具体的措施', '具体的具体措施'],
        ],
        errors: [
          { messageId: 'doubled', at: '维修维修' },
          { messageId: 'doubled', at: '项目项目' },
          { messageId: 'doubled', at: '具体的具体' },
        ],
      },
      {
        name: 'the same repeat with no gap between is doubled',
        text: '表4 棚户区改造情况\n集宁区集宁区桥东片区棚户区改造项目 340 340 130 104 3,453.74\n',
        errors: [{ messageId: 'doubled', at: '集宁区集宁区' }],
      },
      {
        name: 'X的X stays doubled when the report never writes the longer term on its own',
        text: '对灵活就业的就业困难人员给予补贴。\n',
        errors: [{ messageId: 'doubled', at: '就业的就业' }],
      },
      {
        name: 'X的X stays doubled when the term after it is two words (具体措施), even one the report uses',
        text: '形成具体措施，并形成具体的具体措施。\n',
        errors: [{ messageId: 'doubled', at: '具体的具体' }],
      },
      {
        name: 'XX stays doubled when the report never writes the name without the second X',
        text: '5个项目支出绩效自评表见附件。\n\n附件2 沛县高标准农田建设项目项目支出绩效自评表\n',
        errors: [{ messageId: 'doubled', at: '项目项目' }],
      },
      {
        name: 'XX stays doubled when the report never writes the term after it on its own',
        text: '高标准农田建设项目竣工验收。\n\n附件2 沛县高标准农田建设项目项目支出绩效自评表\n',
        errors: [{ messageId: 'doubled', at: '项目项目' }],
      },
      {
        name: 'X的X stays doubled when the first X opens its clause',
        text: '招用就业困难人员，就业的就业困难人员。\n',
        errors: [{ messageId: 'doubled', at: '就业的就业' }],
      },
      {
        name: "a head noun doubled around 的 at a clause's end is still written twice",
        text: '按要求管理项目的项目，形成具体的具体措施。\n',
        errors: [
          { messageId: 'doubled', at: '项目的项目' },
          { messageId: 'doubled', at: '具体的具体' },
        ],
      },
    ],
  },
  () => {
    it.each(SEED_FORMATS)('the seed (%s) doubles 项目, 建设 and 具体', async (format) => {
      // "工作经费项目项目进行", "创智谷建设建设", "具体的具体指标"
      expect(runRule(duplicateWord, await readFixture(SEED[format])).map((x) => squash(x.locations[0].text))).toEqual([
        '项目项目',
        '建设建设',
        '具体的具体',
      ]);
    });
  },
);
