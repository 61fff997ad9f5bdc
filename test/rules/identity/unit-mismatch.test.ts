import { expect, it } from 'vitest';
import unitMismatch from '../../../rules/identity/unit-mismatch.js';
import { readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { departmentWithForms, other } from './inline.js';

const COMMISSIONED = '项目名称：城区道路照明维护项目\n委托单位：南康区财政局\n评价机构：赣州某会计师事务所有限公司';
// a self-evaluation signed by a unit named nowhere else: another department's template
const selfEval = (signature: string, type = '部门整体支出绩效评价（部门自评）') =>
  `# 江华县市场监督管理局2024年度部门整体支出绩效评价报告\n\n**部门名称：** 江华县市场监督管理局\n\n**主管部门：** 江华县人民政府\n\n**评价类型：** ${type}\n\n## 一、评价结论\n\n经评价，总分为92.5分。\n\n${signature}\n\n2025年3月20日\n`;
// a department's self-evaluation whose opening says who self-evaluated ("X对本部门…开展了绩效自评")
const selfEvaluated = (opening: string) =>
  `# 松阳县教育局2024年度部门整体支出绩效自评报告\n\n**部门名称：** 松阳县教育局\n\n**主管部门：** 松阳县人民政府\n\n## 一、自评结论\n\n${opening}经自评，2024年度部门整体支出绩效自评得分为93分。\n\n## 二、部门基本情况\n\n松阳县教育局负责全县义务教育工作。\n`;
const ALIASED = other('附件：评价表\n\n主管部门\t南康区城管局\t项目实施单位\t南康区照明中心');

export const cases = ruleTester(
  unitMismatch,
  {
    base: other(
      '一、概况\n\n本项目主管部门为南康区城管局，由南康区城管局负责监督。\n\n附件：评价表\n\n主管部门\t南康区城市管理局\t项目实施单位\t南康区路灯管理所',
    ),
    valid: [
      {
        name: 'abbreviations and region prefixes are the same unit',
        text: other('附件：评价表\n\n主管部门\t城市管理局\t项目实施单位\t路灯管理所'),
      },
      {
        name: 'a unit named in settings.unitAliases',
        text: ALIASED,
        settings: { unitAliases: { 照明中心: '路灯管理所' } },
      },
      {
        name: "the commissioning unit in the text is the cover's 委托单位",
        text: other('一、评价工作开展情况\n\n受南康区财政局委托，我公司组成评价组开展评价。', COMMISSIONED),
      },
      {
        name: 'a self-evaluation signed by itself (abbreviated)',
        text: selfEval('评价单位（盖章）：江华县市场监管局'),
        format: 'md',
      },
      {
        name: 'a self-evaluation signed by its supervisor',
        text: selfEval('评价单位（盖章）：江华县人民政府'),
        format: 'md',
      },
      {
        name: 'an evaluation by another unit',
        text: selfEval('评价单位（盖章）：江华县财政局', '部门整体支出绩效评价（财政评价）'),
        format: 'md',
      },
      {
        name: 'the department itself self-evaluates "对本部门…开展了绩效自评"',
        text: selfEvaluated('根据县财政局通知要求，松阳县教育局对本部门2024年度部门整体支出开展了绩效自评。'),
        format: 'md',
      },
      {
        name: 'another unit that evaluates the department ("开展了绩效评价", no 自评) is no self-evaluator',
        text: selfEvaluated('松阳县财政局对本部门2024年度部门整体支出开展了绩效评价。'),
        format: 'md',
      },
      {
        name: '"我局对…开展了绩效自评" names no unit',
        text: selfEvaluated('我局对本部门2024年度部门整体支出及所属单位项目支出开展了绩效自评。'),
        format: 'md',
      },
      {
        name: "another county's bureau the report names again (a partner, not a leftover)",
        text: selfEvaluated('青原县教育局对本部门2024年度结对帮扶工作开展了绩效自评，青原县教育局派员参加。'),
        format: 'md',
      },
      // before: 临沂市全民健身中心 and 临沂市体育运动学校 against the department's 临沂市体育局
      { name: "a programme's 实施单位 is compared with that programme's only", text: departmentWithForms() },
    ],
    invalid: [
      {
        name: 'the field that disagrees with the others',
        replace: ['本项目主管部门为南康区城管局', '本项目主管部门为南康区财政局'],
        errors: [{ messageId: 'differs', at: '南康区财政局', expected: '南康区城管局' }],
      },
      { name: 'a unit that is no alias of the others', text: ALIASED, errors: [{ messageId: 'differs' }] },
      {
        name: "a commissioning unit in the text other than the cover's 委托单位",
        text: other(
          '一、评价工作开展情况\n\n受信丰县财政局委托，我公司组成评价组开展评价。南康区财政局对评价工作进行了指导。',
          COMMISSIONED,
        ),
        errors: [{ messageId: 'differs', at: '信丰县财政局', expected: '南康区财政局' }],
      },
      {
        name: 'the signature of a self-evaluation that names another unit',
        text: selfEval('评价单位（盖章）：江华县民政局'),
        format: 'md',
        errors: [
          {
            messageId: 'selfEvaluator',
            at: '江华县民政局',
            expected: '江华县市场监督管理局',
            message: '本报告为自评，评价单位应为被评价单位“江华县市场监督管理局”，此处为“江华县民政局”',
          },
        ],
      },
      {
        name: 'the unit that "对本部门…开展了绩效自评" is another county\'s bureau of the same kind, named once',
        text: selfEvaluated(
          '根据县财政局通知要求，青原县教育局对本部门2024年度部门整体支出以及校舍维修、教师培训2个项目支出开展了绩效自评。',
        ),
        format: 'md',
        errors: [{ messageId: 'selfEvaluator', at: '青原县教育局', expected: '松阳县教育局' }],
      },
    ],
  },
  () => {
    it.each(SEED_FORMATS)(
      'the seed (%s) has 主管部门 财政局 in the attachment against 工信局 on the cover',
      async (format) => {
        const f = runRule(unitMismatch, await readFixture(SEED[format]));
        expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([['财政局', '工信局']]);
        expect(f[0].locations[0].table).not.toBeNull();
      },
    );
  },
);
