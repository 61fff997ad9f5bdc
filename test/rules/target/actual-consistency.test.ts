import { expect, it } from 'vitest';
import actualConsistency from '../../../rules/target/actual-consistency.js';
import { readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { bodyText, FUNDING_OK } from '../money/common.js';

// Which statements are one indicator: a table of 绩效指标 under a report's title.
const TABLE = [
  '绩效指标\t年度目标\t实际完成\t分值\t得分',
  '服务对象满意度\t≥90%\t92.35%\t5\t5',
  '服务对象家属满意度\t≥85%\t88.6%\t3\t2',
  '森林覆盖率\t≥76%\t76.35%\t5\t5',
].join('\n');
// 附件6 of report R: a target and the actual of one year
const RUN_IN_TABLE = ['三级指标\t2024年目标值\t2024年完成值', '公益性岗位安置人数\t≥175人\t179人'].join('\n');
// 表4 of report X, a construction project let in 标段
const WORKS_TABLE = [
  '绩效指标\t年度目标\t实际完成\t分值\t得分',
  '一体化提升泵站\t7座\t7座\t2\t2',
  '综合核减率\t≤5%\t2.92%\t2\t2',
].join('\n');
// 表3 of report Z: 发明专利 is a part of all 专利
const PATENT_TABLE = ['绩效指标\t年度目标\t实际完成\t分值\t得分', '发明专利授权量\t≥700件\t745件\t5\t5'].join('\n');
const withTable = (text: string, table = TABLE) =>
  `2024年度某县居家养老服务补贴项目绩效评价报告\n\n${text}\n\n${table}\n`;

/** A bureau's report with its own form and one programme's (W): the programme's row 设备采购成本节约率 5.9%. */
const FORM_HEAD = '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分';
const bureau = (procurement: string, programme: string) =>
  [
    '长丰市民政局2024年度部门整体支出绩效自评报告',
    '一、部门支出情况',
    procurement,
    '二、部门整体支出绩效自评表',
    [
      '部门名称\t长丰市民政局',
      FORM_HEAD,
      '\t产出指标\t数量指标\t特困人员救助人数\t≥4600人\t4712人\t50\t50',
      '\t效益指标\t社会效益指标\t困难群众满意度\t≥90%\t95.6%\t50\t48',
    ].join('\n'),
    '三、项目支出绩效自评情况',
    '（一）长丰市殡仪馆火化设备更新改造项目',
    programme,
    [
      '项目名称\t长丰市殡仪馆火化设备更新改造项目',
      FORM_HEAD,
      '\t产出指标\t成本指标\t设备采购成本节约率\t≥3%\t5.9%\t50\t50',
      '\t效益指标\t社会效益指标\t群众满意度\t≥90%\t93%\t50\t46',
    ].join('\n'),
    '',
  ].join('\n\n');
const PROCUREMENT = '2024年度我局政府采购预算1,675.30万元，实际采购1,589.25万元，节约资金86.05万元，节约率5.14%。';

export const cases = ruleTester(
  actualConsistency,
  {
    // text and table agree (42.5公里, 93.5%)
    base: FUNDING_OK,
    valid: [
      {
        name: 'values within their written precision: 329亿元 agrees with 329.2亿元, 家 with 户',
        text: bodyText(
          '全年实现工业总产值329.2亿元，新增规上企业22户。\n\n工业总产值超过280亿元，实际完成329亿元。新增规上企业20家以上，实际新增22家。',
        ),
      },
      {
        name: "one source's 到位率 is not the project's",
        text: withTable(
          '市级配套资金到位438.00万元，到位率91.25%。',
          '绩效指标\t年度目标\t实际完成\t分值\t得分\n资金到位率\t100%\t96.67%\t4\t3.9',
        ),
      },
      {
        name: "a whole before '其中' is no value of its part's indicator ('授权量4,352件，其中发明专利授权745件')",
        text: withTable('全市专利申请量6,437件，授权量4,352件，其中发明专利授权745件。', PATENT_TABLE),
      },
      {
        name: 'two rows of one table are kept apart, however alike their names',
        text: withTable('服务对象满意度92.35%，服务对象家属满意度88.6%。'),
      },
      {
        name: "a figure dated by another year ('2023年末森林覆盖率76.18%') is left out",
        text: withTable('全县2023年末森林覆盖率76.18%。'),
      },
      {
        name: "a township's own figure, in its section, is not the project's ('（一）城关镇 … 服务对象满意度88.20%')",
        text: withTable('五、各乡镇实施情况\n\n（一）城关镇\n\n城关镇共回收问卷120份，服务对象满意度88.20%。'),
      },
      {
        name: "a sample's figure is not the project's ('抽查了30户，…服务对象满意度86.67%')",
        text: withTable('评价组入户抽查了30户，服务对象满意度86.67%。'),
      },
      {
        name: "a run-in sentence's figure of another unit than the row's ('在岗197人次' against 人) is not its actual",
        text: withTable('C1-2公益性岗位安置人数（权重4分）：2024年末在岗197人次，扣0.4分，得3.6分。', RUN_IN_TABLE),
      },
      {
        name: "a lot's own figures after '分标段看，' are not the project's ('一标段（县城主城区）…一体化提升泵站2座')",
        text: withTable(
          '分标段看，一标段（县城主城区）新建管网30.512km、一体化提升泵站2座；二标段（华城镇区）新建管网22.546km、一体化提升泵站1座。',
          WORKS_TABLE,
        ),
      },
      {
        name: "a 评分细则's bands are no actual ('综合核减率5%以内的得满分，5% -- 10%的扣0.5分')",
        text: withTable('综合核减率5%以内的得满分，5% -- 10%的扣0.5分，10%以上扣1分。', WORKS_TABLE),
      },
      {
        // W cause D: the department's procurement 节约率 against one programme's 设备采购成本节约率
        name: "a sentence outside a programme's section states no value of that programme's form row",
        text: bureau(PROCUREMENT, '该项目全年执行数637.57万元。'),
      },
      {
        name: "a sentence inside a programme's section states no value of the department's form row",
        text: bureau(PROCUREMENT, '该项目全年执行数637.57万元。特困人员救助人数4500人。'),
      },
    ],
    invalid: [
      {
        name: "the same sentence outside every programme's section is the department's (4500人 against 4712人)",
        text: bureau(`${PROCUREMENT}特困人员救助人数4500人。`, '该项目全年执行数637.57万元。'),
        errors: [{ messageId: 'differs', at: '4712人' }],
      },
      {
        name: "the project's own figure is still compared beside its lots' ('5座' against the table's 7座)",
        text: withTable(
          '分标段看，一标段（县城主城区）一体化提升泵站2座；二标段（华城镇区）一体化提升泵站1座。\n\n项目建成管网160.716km、一体化提升泵站5座。\n\n截至年底共建成污水管网160.716km、一体化提升泵站7座。',
          WORKS_TABLE,
        ),
        errors: [{ messageId: 'differs', at: '5座' }],
      },
      {
        name: "an actual followed by its deduction after '，' is still an actual ('综合核减率3.50%，扣0分')",
        text: withTable('综合核减率实际为3.50%，扣0分。', WORKS_TABLE),
        errors: [{ messageId: 'differs', at: '2.92%', also: ['3.50%'] }],
      },
      {
        name: "a figure before '其中' whose part does not extend its noun is still its own ('发明专利授权量754件，其中企业获得600件')",
        text: withTable('全市发明专利授权量754件，其中企业获得600件。', PATENT_TABLE),
        errors: [{ messageId: 'differs', at: '745件', also: ['754件'] }],
      },
      {
        name: 'the table value that differs from the text',
        replace: ['42.5公里\t10', '38公里\t10'],
        errors: [{ messageId: 'differs', at: '38公里', also: ['42.5公里'] }],
      },
      {
        name: 'a value off beyond its written precision (319 against 329.2 and 329)',
        text: bodyText(
          '全年实现工业总产值329.2亿元。\n\n工业总产值超过280亿元，实际完成319亿元。\n\n工业总产值目标280亿元以上，全年实现工业总产值329亿元。',
        ),
        errors: [{ messageId: 'differs', at: '319亿元' }],
      },
      {
        name: "a run-in sentence's one figure of the row's unit and year ('C1-2公益性岗位安置人数（权重4分）：2024年末在岗197人')",
        text: withTable('C1-2公益性岗位安置人数（权重4分）：2024年末在岗197人，扣0.4分，得3.6分。', RUN_IN_TABLE),
        errors: [{ messageId: 'differs', at: '179人', also: ['197人'] }],
      },
      {
        name: 'the same figure undated disagrees',
        text: withTable('全县年末森林覆盖率实际达到76.18%。'),
        errors: [{ messageId: 'differs' }],
      },
    ],
  },
  () => {
    // The seed: text "指标2：重大项目开工率达95%以上，实际开工率100%" against the attachment row
    // "指标2：重大项目开工率 | ≥95% | 95.00%" — the one contradiction of this kind. Not reported:
    // 工业总产值 "实现规上工业总产值329.2亿元" / "实际完成329亿元" / table 329; 新增规上企业 22户 / 22家 / 22;
    // 企业满意度 98% / 98%; 资金使用率 100% / 100%.
    it.each(SEED_FORMATS)('seed (%s): 重大项目开工率 95.00%% vs 100%%', async (fmt) => {
      const f = runRule(actualConsistency, await readFixture(SEED[fmt]));
      expect(f).toHaveLength(1);
      expect(squash(f[0].locations[0].text)).toBe('95.00%');
      expect(f[0].locations[0].table).not.toBeNull();
      expect(f[0].locations[1].text).toBe('100%');
      expect(squash(f[0].locations[1].excerpt)).toContain('实际开工率100%');
    });
  },
);
