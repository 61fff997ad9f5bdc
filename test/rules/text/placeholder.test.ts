import { expect, it } from 'vitest';
import placeholder from '../../../rules/text/placeholder.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

export const cases = ruleTester(
  placeholder,
  {
    base: '南康县水利局于2023年6月完成，金额12万元，负责人张三，赣州某公司。\n',
    valid: [
      { name: 'inside words or URLs', text: '采购Xbox和XXL型号，详见http://xx.gov.cn/xx 与 xxx@example.com。\n' },
      {
        name: 'masked names (脱敏) in a name column',
        format: 'md',
        text: '附件5 抽查对象名单\n\n| 序号 | 姓名 | 乡镇 | 金额（元） |\n| --- | --- | --- | --- |\n| 1 | 韦某某 | 鹿寨镇 | 1,600.00 |\n| 2 | 覃某 | 江口乡 | 560.00 |\n| 3 | 吴某某 | 四排镇 | 14,800.00 |\n',
      },
      {
        name: 'a roster read line by line (raw PDF text)',
        text: '附件9 在岗人员名单\n\n1 韦某某\n\n2 覃某\n\n3 吴某某\n',
      },
      { name: 'masked names listed with 、 and ，', text: '抽查对象：韦某某、覃某、黄某华，谢某某，罗某某等5人。\n' },
      {
        name: 'masked names in a table laid out as text (lynx -dump: a row a line, fields parted by spaces)',
        text: '附件6 入户核实情况\n\n序号 旗县市区  街道（镇）  户主  家庭人口（人）\n   1  集宁区    新华街道    段某某 5\n   2  丰镇市    桥东街道    欧某某      3\n',
      },
      {
        name: 'a masked name between the | of a table row not read as a table',
        format: 'md',
        text: '附件6 入户核实情况\n\n| 1 | 集宁区 | 新华街道 | 段某某 | 5 | 相符 |\n\n| 2 | 丰镇市 | 桥东街道 | 蒋某某 | 3 | 相符 |\n',
      },
      {
        name: 'a cover masking its people with ×× and the phone’s last digits (脱敏)',
        text: '编报单位：松阳县教育局\n\n单位负责人：赵××\n\n财务负责人：钱××\n\n联系人及电话：孙××  0571-862×××××\n\n填表人：李××，手机：139****5678\n',
      },
      { name: 'masked names listed with ×× marks', text: '抽查对象：周××、吴××等3人。\n' },
      {
        name: 'a masked name after a person category, ending its clause (附件: 抽查病例)',
        text: '1.病例QY2024-001，松阳县特困人员李某某。住院总费用3,000.00元。\n\n2.病例QY2024-002，滨川市低保边缘家庭成员杨某某，住院12天；户主张某某；返贫致贫人口周某某。\n',
      },
    ],
    invalid: [
      {
        name: 'xx, ××, ___, 某某 and 【请填写】',
        text: 'XX县水利局于2023年xx月完成，金额××万元，负责人___，某某公司。【请填写单位名称】\n',
        errors: ['XX', 'xx', '××', '___', '某某', '【请填写单位名称】'].map((actual) => ({
          messageId: 'placeholder',
          actual,
        })),
      },
      {
        name: '某某 with no name before it, in a list or a field of its own',
        text: '实施地点：某某县。\n\n建设单位：某某项目部、江口乡。\n\n单位名称：某某某\n\n联系人：某某，电话：XXXX。\n',
        errors: ['某某', '某某', '某某', '某某', 'XXXX'].map((actual) => ({ messageId: 'placeholder', actual })),
      },
      {
        name: '某某 in a field of a row laid out as text that is no name (a place or unit before it, no surname)',
        text: '项目名称    XX县某某项目    2024年\n\n建设单位  某某单位  1\n\n户主  某某  5\n\n联系人 县 某某\n',
        errors: ['XX', '某某', '某某', '某某', '某某'].map((actual) => ({ messageId: 'placeholder', actual })),
      },
      {
        name: '×× with no surname in a person’s field, or not a phone’s digits',
        text: '单位负责人：××\n\n联系人：××单位\n\n文号：松教〔2024〕××号，日期2024-12-××，编号2024××。\n\n联系电话：××××\n',
        errors: ['××', '××', '××', '××', '××', '××××'].map((actual) => ({ messageId: 'placeholder', actual })),
      },
      {
        name: '某某 after a person category with no surname, or running on into a word (no name)',
        text: '救助对象为特困人员某某。\n\n低保对象李某某县开展核查。\n\n户主 县 某某\n',
        errors: ['某某', '某某', '某某'].map((actual) => ({ messageId: 'placeholder', actual })),
      },
      {
        name: 'one 某某 beside place names, not people',
        text: '项目覆盖江口乡、县某某、四排镇。\n',
        errors: [{ messageId: 'placeholder', actual: '某某' }],
      },
    ],
  },
  () => {
    it.each(SEED_FORMATS)('the seed (%s) leaves xx in the 总分 row', async (format) => {
      const f = runRule(placeholder, await readFixture(SEED[format]));
      expect(f.map((x) => x.actual)).toEqual(['xx']);
      expect(f[0].locations[0].table).not.toBeNull();
    });
  },
);
