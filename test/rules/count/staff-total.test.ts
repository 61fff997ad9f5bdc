// A staff count in the department's prose against its staffing tables' 合计 of the same measure and year.
import staffTotal from '../../../rules/count/staff-total.js';
import { ruleTester } from '../../rule-tester.js';

/** A department's staff: a sentence, the units' table (undated 年末 beside 2023), the 编制类别 table (dated). */
const BASE = [
  '某县农业农村局2024年度部门整体支出绩效自评报告',
  '一、部门概况',
  '截至2024年12月31日，我局及所属单位核定编制60名，其中行政编制18名、事业编制42名；年末实有在职人员54人，较2023年末的55人减少1人；另有编外聘用人员9人，离退休人员40人。',
  '1.某县农业技术推广中心。该单位为公益一类事业单位，2024年末核定编制22名，实有在职20人。',
  '表1 各单位人员编制情况表（单位：人）',
  [
    '单位名称\t行政编制\t事业编制\t编制合计\t年末实有在职人数\t2023年末实有人数\t编外聘用人员\t离退休人员',
    '某县农业农村局机关\t18\t0\t18\t16\t17\t3\t22',
    '某县农业技术推广中心\t0\t22\t22\t20\t20\t4\t10',
    '某县动物疫病预防控制中心\t0\t20\t20\t18\t18\t2\t8',
    '合计\t18\t42\t60\t54\t55\t9\t40',
  ].join('\n'),
  '表2 按编制类别人员情况表（单位：人）',
  [
    '编制类别\t核定编制数\t2024年末实有人数\t2023年末实有人数\t空编数',
    '行政编制\t18\t16\t17\t2',
    '事业编制\t42\t38\t38\t4',
    '合计\t60\t54\t55\t6',
  ].join('\n'),
].join('\n\n');

/** V's 表1: staff by post under year-end groups, each over 编制内 | 编制外 | 合计 (pandoc writes a span once). */
const byPost = (sentence: string, years = ['2023', '2024']) =>
  [
    '# 一、基本情况',
    sentence,
    '表1 人员情况表（单位：人）',
    [
      `| 岗位类别 | ${years[0]}年末 |  |  | ${years[1]}年末 |  |  |`,
      '| --- | --- | --- | --- | --- | --- | --- |',
      '|  | 编制内 | 编制外 | 合计 | 编制内 | 编制外 | 合计 |',
      '| 医师 | 321 | 104 | 425 | 330 | 108 | 438 |',
      '| 护理 | 305 | 281 | 586 | 309 | 287 | 596 |',
      '| 合计 | 626 | 385 | 1,011 | 639 | 395 | 1,034 |',
    ].join('\n'),
  ].join('\n\n');
const V_STAFF = '2024年末在职职工1,034人，其中编制内639人、编制外395人；2023年末1,011人。';

export const cases = ruleTester(staffTotal, {
  base: BASE,
  valid: [
    {
      name: "another year's count is the 2023 column's (2023年末实有在职人员55人)",
      replace: ['较2023年末的55人减少1人', '2023年末实有在职人员55人'],
    },
    {
      name: "a unit's paragraph (named as a row of the table) states that unit's own 编制 and staff",
      replace: ['1.某县农业技术推广中心。该单位为公益一类事业单位，', '1.某县农业技术推广中心。'],
    },
    {
      name: 'a member as the subject (该单位) speaks of itself, not of the department',
      replace: ['1.某县农业技术推广中心。', '1.农技推广。'],
    },
    {
      name: 'a part (其中…) is not the whole',
      replace: ['另有编外聘用人员9人', '另有驻村工作队员22人，其中在职人员12人'],
    },
    {
      name: "a category's posts (其中行政编制) are not the 编制 total; 编外 and 离退休 are not 实有在职",
      replace: [
        ['其中行政编制18名', '其中行政编制20名'],
        ['编外聘用人员9人，离退休人员40人', '编外聘用人员54人，离退休人员41人'],
      ],
    },
    {
      name: '人次 is not a count of staff (培训在职人员62人次)',
      replace: ['另有编外聘用人员9人', '培训在职人员62人次'],
    },
    {
      name: "a table whose 合计 is not its rows' sum: which figure is wrong is count/column-total's to say",
      replace: [
        ['合计\t18\t42\t60\t54\t55\t9\t40', '合计\t18\t42\t60\t53\t55\t9\t40'],
        ['合计\t60\t54\t55\t6', '合计\t60\t53\t55\t6'],
      ],
    },
    {
      name: 'the two tables disagree: which one the text should follow is unknown',
      replace: [
        ['年末实有在职人员54人', '年末实有在职人员53人'],
        ['事业编制\t42\t38\t38\t4', '事业编制\t42\t37\t38\t4'],
        ['合计\t60\t54\t55\t6', '合计\t60\t53\t55\t6'],
      ],
    },
    {
      name: "a year-end group's 合计 (编制内 + 编制外 per post) bears the count out",
      format: 'md',
      text: byPost(V_STAFF),
    },
    {
      name: "a staffing table of other year-ends (2022, 2023) says nothing of 2024's count",
      format: 'md',
      text: byPost(V_STAFF.replace('1,034人', '1,044人'), ['2022', '2023']),
    },
    {
      name: 'a count with no year in its sentence is not dated: said nothing',
      replace: [
        ['截至2024年12月31日，我局', '截至年末，我局'],
        ['年末实有在职人员54人', '年末实有在职人员56人'],
      ],
    },
  ],
  invalid: [
    {
      name: "the staff on the rolls stated against both tables' 合计 (16 + 20 + 18 = 54)",
      replace: ['年末实有在职人员54人', '年末实有在职人员56人'],
      errors: [{ messageId: 'present', at: '56人', expected: '54' }],
    },
    {
      name: 'the approved posts stated against 编制合计 and 核定编制数 (18 + 22 + 20 = 60)',
      replace: ['我局及所属单位核定编制60名', '我局及所属单位核定编制62名'],
      errors: [{ messageId: 'posts', at: '62名', expected: '60' }],
    },
    {
      name: "a run-in heading's paragraph about the whole department (全局) is read too",
      replace: [
        '1.某县农业技术推广中心。该单位为公益一类事业单位，2024年末核定编制22名，实有在职20人。',
        '1.人员控制情况。2024年末全局实有在职人员56人，未超编。',
      ],
      errors: [{ messageId: 'present', at: '56人', expected: '54' }],
    },
    {
      // before: a two-row header named no measure, and the count was compared with nothing
      name: "the people on the rolls against the 合计 column under '2024年末' (438 + 596 = 1,034)",
      format: 'md',
      text: byPost(V_STAFF.replace('1,034人', '1,044人')),
      errors: [{ messageId: 'present', at: '1,044人', expected: '1034' }],
    },
    {
      name: "2023's count against the 2023 columns (17 + 20 + 18 = 55)",
      replace: ['较2023年末的55人减少1人', '2023年末实有在职人员57人'],
      errors: [{ messageId: 'present', at: '57人', expected: '55' }],
    },
  ],
});
