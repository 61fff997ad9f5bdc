// Text laid out by page (`pdftotext -layout`): tables read from the character grid
// before the page is read as prose, paragraphs joined over their hard-wrapped lines.
// Each fixture is a few lines written as the tool writes them: a cell starts at the
// character column of its x, a Chinese character is one character but two columns wide.
import { describe, expect, it } from 'vitest';
import type { RawBlock, RawParagraph, RawTable } from '../../src/model/document.js';
import { isLaidOutText, parseLaidOutText } from '../../src/parsers/layout-text.js';

const pages = (...ps: string[][]) => ps.map((p) => p.join('\n')).join('\n\f');
/** A line as the tool writes it: each cell from its character column (counted in characters, not widths). */
const at = (...cells: Array<[number, string]>) => cells.reduce((line, [col, text]) => line.padEnd(col) + text, '');
const tablesOf = (blocks: RawBlock[]) => blocks.filter((b): b is RawTable => b.kind === 'table');
const parasOf = (blocks: RawBlock[]) => blocks.filter((b): b is RawParagraph => b.kind === 'paragraph');
/** The table as rows of cell texts (a cell's lines joined), '' where no cell stands. */
function grid(t: RawTable): string[][] {
  const rows = Math.max(...t.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...t.cells.map((c) => c.col)) + 1;
  const out = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
  for (const c of t.cells) out[c.row][c.col] = c.lines.map((l) => l.text).join('');
  return out;
}
const paraText = (p: RawParagraph) => p.lines.map((l) => l.text).join('');

describe('laid-out text: tables', () => {
  it('parts columns at the character columns blank on every line, and keeps the prose around the table prose', () => {
    const text = pages([
      '   截至 2024 年 12 月 31 日，资金全部到位，各级资金执行情况见表 1。',
      '                 表 1 资金执行情况（单位：万元）',
      at([0, '资金来源'], [12, '预算数（万元）'], [28, '支出数'], [38, '执行率']),
      at([0, '2024 年中央资金'], [12, '100.00'], [28, '95.00'], [38, '95.00%']),
      at([0, '省级资金'], [12, '50.00'], [28, '50.00'], [38, '100.00%']),
      at([0, '合计'], [12, '150.00'], [28, '145.00'], [38, '96.67%']),
      '',
      '   （二）项目绩效目标',
    ]);
    const doc = parseLaidOutText(text, 'x.txt');
    const [t] = tablesOf(doc.blocks);
    expect(grid(t)).toEqual([
      ['资金来源', '预算数（万元）', '支出数', '执行率'],
      ['2024 年中央资金', '100.00', '95.00', '95.00%'],
      ['省级资金', '50.00', '50.00', '100.00%'],
      ['合计', '150.00', '145.00', '96.67%'],
    ]);
    // cells keep the file's line numbers
    expect(t.cells.find((c) => c.row === 3 && c.col === 0)?.lines[0].line).toBe(6);
    expect(parasOf(doc.blocks).map(paraText)).toEqual([
      '截至 2024 年 12 月 31 日，资金全部到位，各级资金执行情况见表 1。',
      '表 1 资金执行情况（单位：万元）',
      '（二）项目绩效目标',
    ]);
    // the caption, the table, then the heading: in the file's order
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
  });

  it('joins a wrapped cell to its row: a header wrapped under itself, a year wrapped under its figures', () => {
    const text = pages([
      at([0, '年度'], [10, '传承人补'], [24, '非遗工坊'], [38, '合计']),
      at([10, '助'], [24, '建设']),
      at([0, '2021'], [10, '1,260.00'], [24, '1,800.00'], [38, '3,060.00']),
      at([0, '年']),
      at([0, '2022'], [10, '1,320.00'], [24, '2,100.00'], [38, '3,420.00']),
      at([0, '年']),
      at([0, '合计'], [10, '2,580.00'], [24, '3,900.00'], [38, '6,480.00']),
    ]);
    const [t] = tablesOf(parseLaidOutText(text, 'x.txt').blocks);
    expect(grid(t)).toEqual([
      ['年度', '传承人补助', '非遗工坊建设', '合计'],
      ['2021年', '1,260.00', '1,800.00', '3,060.00'],
      ['2022年', '1,320.00', '2,100.00', '3,420.00'],
      ['合计', '2,580.00', '3,900.00', '6,480.00'],
    ]);
  });

  it('gives a tall cell centred on its row (short cells on its middle line) to that row', () => {
    const text = pages([
      at([0, '指标名称'], [16, '目标值'], [28, '实际值'], [40, '得分']),
      at([0, '举办全民健身']),
      at([16, '≥120 场'], [28, '136 场'], [40, '10']),
      at([0, '赛事活动次数']),
      at([0, '新建健身设施']),
      at([16, '≥92 个'], [28, '98 个'], [40, '10']),
      at([0, '数量']),
    ]);
    const [t] = tablesOf(parseLaidOutText(text, 'x.txt').blocks);
    expect(grid(t)).toEqual([
      ['指标名称', '目标值', '实际值', '得分'],
      ['举办全民健身赛事活动次数', '≥120 场', '136 场', '10'],
      ['新建健身设施数量', '≥92 个', '98 个', '10'],
    ]);
  });

  it('does not start a row at a wrapped line that fills two of three columns under an empty first one', () => {
    const text = pages([
      at([0, '阶段'], [10, '时间'], [40, '主要工作']),
      at([0, '前期准备'], [10, '2025 年 2 月 17 日至 3 月 7'], [40, '收集《资金管理']),
      at([10, '日'], [40, '办法》等政策文件']),
      at([0, '组织实施'], [10, '2025 年 3 月 10 日至 4 月 11'], [40, '赴 11 个设区市']),
      at([10, '日'], [40, '开展现场核查']),
    ]);
    const [t] = tablesOf(parseLaidOutText(text, 'x.txt').blocks);
    expect(grid(t)).toEqual([
      ['阶段', '时间', '主要工作'],
      ['前期准备', '2025 年 2 月 17 日至 3 月 7日', '收集《资金管理办法》等政策文件'],
      ['组织实施', '2025 年 3 月 10 日至 4 月 11日', '赴 11 个设区市开展现场核查'],
    ]);
  });

  it('starts a row under a merged first cell where a line holds a count with its unit ("5,218 户", "8处")', () => {
    const text = pages([
      at([0, '指标类型'], [10, '绩效指标'], [30, '目标值'], [42, '实际完成值'], [56, '完成情况']),
      at([10, '开工改造小区数量'], [30, '46 个'], [42, '46 个'], [56, '完成']),
      at([0, '数量指标'], [10, '惠及居民户数'], [30, '5,218 户'], [42, '5,218 户'], [56, '完成']),
      at([10, '新增服务设施'], [30, '8处'], [42, '9处'], [56, '完成']),
    ]);
    const [t] = tablesOf(parseLaidOutText(text, 'x.txt').blocks);
    expect(grid(t).map((r) => r[1])).toEqual(['绩效指标', '开工改造小区数量', '惠及居民户数', '新增服务设施']);
  });

  it('reads a table continued after the form feed under its repeated header as one table, a new table after prose as another', () => {
    const text = pages(
      [
        '                 表 2 分市分配情况（单位：万元）',
        at([0, '设区市'], [10, '补助'], [22, '工坊'], [34, '合计']),
        at([0, '太原市'], [10, '138.60'], [22, '198.00'], [34, '336.60']),
        at([0, '大同市'], [10, '126.00'], [22, '180.00'], [34, '306.00']),
        '',
        '',
        '                           —3—',
      ],
      [
        at([0, '设区市'], [12, '补助'], [26, '工坊'], [40, '合计']),
        at([0, '朔州市'], [12, '88.20'], [26, '126.00'], [40, '214.20']),
        at([0, '合计'], [12, '352.80'], [26, '504.00'], [40, '856.80']),
        '',
        '   各市分配情况与因素法测算结果一致。',
        at([0, '设区市'], [12, '补助'], [26, '工坊'], [40, '合计']),
        at([0, '忻州市'], [12, '126.00'], [26, '180.00'], [40, '306.00']),
        at([0, '阳泉市'], [12, '63.00'], [26, '90.00'], [40, '153.00']),
      ],
    );
    const tables = tablesOf(parseLaidOutText(text, 'x.txt').blocks);
    expect(tables).toHaveLength(2);
    expect(grid(tables[0])).toEqual([
      ['设区市', '补助', '工坊', '合计'],
      ['太原市', '138.60', '198.00', '336.60'],
      ['大同市', '126.00', '180.00', '306.00'],
      ['朔州市', '88.20', '126.00', '214.20'],
      ['合计', '352.80', '504.00', '856.80'],
    ]);
    expect(grid(tables[1])[1]).toEqual(['忻州市', '126.00', '180.00', '306.00']);
  });

  it('reads a page holding only the repeated header and the 合计 row as the table continued, at the width that parts its columns', () => {
    // the tool scales each page anew: on the second page "乡镇" and "序" stand one column apart at two
    // columns a character, and its header cells' top lines ("管网") stand above the first line of cells
    const text = pages(
      [
        '                                          管网',
        '     序                                           受益人口     投资（万',
        '乡镇          子项目名称           建设内容          （公                          状态',
        '     号                                            （人）      元）',
        '                                          里）',
        '          龙店村老旧管网改造工',
        '     88                更换老旧供水管网 4.2 公里    4.2    3,820     95.03     完工',
        '汤池镇       程',
        '     89   周桥村入户工程        入户管网 3.1 公里      3.1    4,840     90.10     完工',
        '     小计                                   7.3    8,660    185.13     完工 2 个',
      ],
      [
        '                                            管网',
        '     序                                                受益人口       投资（万',
        '乡镇          子项目名称              建设内容         （公                                     状态',
        '     号                                                 （人）        元）',
        '                                            里）',
        '                                                                              完工 101',
        '合计                                          793.4      332,710   13,460.00',
        '                                                                              个',
      ],
    );
    const doc = parseLaidOutText(text, 'x.txt');
    const tables = tablesOf(doc.blocks);
    expect(tables).toHaveLength(1);
    const rows = grid(tables[0]);
    expect(rows[0]).toEqual([
      '乡镇',
      '序号',
      '子项目名称',
      '建设内容',
      '管网（公里）',
      '受益人口（人）',
      '投资（万元）',
      '状态',
    ]);
    expect(rows[rows.length - 1]).toEqual(['合计', '', '', '', '793.4', '332,710', '13,460.00', '完工 101个']);
    // no header line left to prose or to a row of its own
    expect(rows.flat().filter((c) => c === '投资（万' || c === '元）')).toEqual([]);
    expect(parasOf(doc.blocks)).toEqual([]);
  });

  it('keeps a header cell wrapped over three lines ("序" / "号") in the header when the first row\'s tall cell starts above its figures', () => {
    const text = pages([
      '序',
      '    问题类别           具体表现              涉及乡镇          原因分析',
      '号',
      '           现场抽查发现施工日志缺失 3 处、安全技     百神庙镇、河棚',
      '5   工程质量                                      监理单位对施工资料的检查不到位',
      '           术交底记录不全 2 处              镇',
    ]);
    const [t] = tablesOf(parseLaidOutText(text, 'x.txt').blocks);
    expect(grid(t)).toEqual([
      ['序号', '问题类别', '具体表现', '涉及乡镇', '原因分析'],
      [
        '5',
        '工程质量',
        '现场抽查发现施工日志缺失 3 处、安全技术交底记录不全 2 处',
        '百神庙镇、河棚镇',
        '监理单位对施工资料的检查不到位',
      ],
    ]);
  });

  it('reads a scoring table whose rows stand on their 分值 line, the words of their tall cells around it, one row a line of 分值', () => {
    // a row's 分值 and 得分 sit on its middle line; the lines around it hold its 评分标准, 评价意见 and
    // the 一级/二级 labels centred on the rows they span ("效益" / "（25" / "分）"): a line that leaves
    // the 分值 column empty starts no row, and a label's open bracket closes in that label's cell
    const text = pages([
      '一级指',
      '      二级指标     三级指标      分值        评分标准                评价意见             得分',
      ' 标',
      '              C402 单位管        单位管网造价与目标值的比',
      '                         3                      元，管网 793.4 公里，单位管网造     3',
      '              网造价             较，目标值≤18 万元/公里。',
      '                                                价 16.96 万元/公里，不扣分。',
      '                              项目实施后农村自来水普及      全县农村自来水普及率由 2021 年',
      '              D101 农村自',
      '                         5    率的提高情况，目标值        底的 88.60%提高到 2024 年底的   5',
      '效益    社会效益    来水普及率',
      '                              95%。              96.30%，达到目标，不扣分。',
      '（25   （10',
      '                                                受益人口 332,710 人，达到目标；',
      '分）    分）      D102 受益人        项目受益人口与目标值的比',
      '                         5                      但汤池镇 2 个在建子项目涉及的        4.5',
      '              口覆盖             较，目标值 32 万人。',
      '                                                4,860 人尚未通水，扣 0.5 分。',
    ]);
    const rows = grid(tablesOf(parseLaidOutText(text, 'x.txt').blocks)[0]);
    expect(rows.map((r) => [r[2], r[3], r[6]])).toEqual([
      ['三级指标', '分值', '得分'],
      ['C402 单位管网造价', '3', '3'],
      ['D101 农村自来水普及率', '5', '5'],
      ['D102 受益人口覆盖', '5', '4.5'],
    ]);
    expect(rows[2].slice(0, 2)).toEqual(['效益（25分）', '社会效益（10分）']);
  });

  it('reads a decimal wrapped in a narrow column at the page foot ("90.5" over "3") as one figure, not a page number', () => {
    const text = pages(
      [
        '一级指',
        '      二级指标     三级指标      分值        评分标准                评价意见              得分',
        ' 标',
        '                                               县级建立了统一运维管理平台，',
        '      可持续影                     工程长效运行管护机制是否',
        '              D301 长效管                         但部分乡镇的村级管水员报酬未',
        '      响（5                 5    健全，管护主体、管护经费                               4',
        '              护机制                              落实，维修养护基金计提不足，',
        '      分）                       是否落实。',
        '                                               扣 1 分。',
        '                                               发放问卷 600 份，回收有效问卷',
        '                               受益群众对项目实施效果的',
        '      满意度     D401 受益群                         578 份，满意 534 份，满意率',
        '                          5    满意程度。得分＝分值×满意                             4.62',
        '      （5 分）   众满意度                             92.39%，得分 5×92.39%＝4.62',
        '                               率。',
        '                                               分。',
        '                                                                         90.5',
        '合计                       100',
        '                                                                          3',
      ],
      ['   附件 2 子项目验收情况表'],
    );
    const rows = grid(tablesOf(parseLaidOutText(text, 'x.txt').blocks)[0]);
    expect(rows.slice(-2).map((r) => [r[0], r[2], r[3], r[6]])).toEqual([
      ['', 'D401 受益群众满意度', '5', '4.62'],
      ['合计', '', '100', '90.53'],
    ]);
  });

  it('gives a header cell centred over a column of short cells ("姓名" over "许明远") to that column, and reads the table', () => {
    // "姓名" stands right of every name: no body line fills its stretch of columns
    const text = pages([
      '  序号         姓名         单位         职称/资格        分工',
      '                     安徽徽正工程咨询有   高级工程师、注册造   评价组组长，统筹评',
      '   1   许明远',
      '                     限公司         价工程师        价工作',
      '                     安徽徽正工程咨询有',
      '   2   方静怡                       注册会计师       资金核查',
      '                     限公司',
      '                                 正高级工程师（给排',
      '   5   储国华           特邀专家                    技术咨询',
      '                                 水）',
    ]);
    const doc = parseLaidOutText(text, 'x.txt');
    expect(grid(tablesOf(doc.blocks)[0])).toEqual([
      ['序号', '姓名', '单位', '职称/资格', '分工'],
      ['1', '许明远', '安徽徽正工程咨询有限公司', '高级工程师、注册造价工程师', '评价组组长，统筹评价工作'],
      ['2', '方静怡', '安徽徽正工程咨询有限公司', '注册会计师', '资金核查'],
      ['5', '储国华', '特邀专家', '正高级工程师（给排水）', '技术咨询'],
    ]);
    // its wrapped lines are no paragraph's ("正高级工程师（给排" / "水）")
    expect(parasOf(doc.blocks)).toEqual([]);
  });

  it('reads a page that repeats the header on one line, cell for cell, by that header: its 合计 row, and the end of a row the page break cut', () => {
    // too few lines on the last page to part the columns by rivers ("合计" stands left of the centred "乡镇")
    const last = pages(
      [
        '  乡镇        年度      季度   抽检   达标    达标率',
        '                 第一季度    4    4    100.00%',
        '                 第二季度    4    4    100.00%',
        '       2022 年',
        '                 第三季度    4    4    100.00%',
        '                 第四季度    4    4    100.00%',
        '                 第一季度    5    5    100.00%',
        '                 第二季度    5    5    100.00%',
        '汤池镇    2023 年',
        '                 第三季度    4    4    100.00%',
        '                 第四季度    4    4    100.00%',
        '                 第一季度    7    7    100.00%',
        '                 第二季度    6    5    83.33%',
        '       2024 年',
        '                 第三季度    6    6    100.00%',
        '                 第四季度    6    6    100.00%',
      ],
      ['     乡镇   年度   季度   抽检    达标    达标率', '合计                  776   755   97.29%'],
    );
    const [t] = tablesOf(parseLaidOutText(last, 'x.txt').blocks);
    expect(grid(t).at(-1)).toEqual(['合计', '', '', '776', '755', '97.29%']);
    // the page break cut row 11's 文件名称: its last line, under the repeated header, ends that cell
    const cut = pages(
      [
        '序号   文件名称                        文号                   发布日期',
        '8    《山西省财政厅 山西省文化和旅游厅    晋财教〔2021〕3 号     2021 年 1 月 8 日',
        '     关于印发〈山西省非物质文化遗产保',
        '     护传承专项资金管理办法〉的通知》',
        '9    《山西省文化和旅游厅关于印发〈山     晋文旅发〔2021〕26 号   2021 年 4 月 16 日',
        '     西省非遗工坊认定和管理办法（试',
        '     行）〉的通知》',
        '10   《山西省文化和旅游厅关于印发〈山     晋文旅发〔2021〕58 号   2021 年 7 月 30 日',
        '     西省省级非物质文化遗产代表性传承',
        '     人认定与管理办法〉的通知》',
        '11   《山西省人民政府办公厅关于印发山     晋政办发〔2021〕58 号   2021 年 7 月 19 日',
        '     西省“十四五”文化旅游会展',
        '',
        '',
        '',
        '',
        '                         — 64 —',
      ],
      [
        '序号   文件名称                   文号                    发布日期',
        '     康养产业发展规划的通知》',
        '12   《山西省财政厅关于印发〈山西省省       晋财绩〔2021〕9 号          2021 年 5 月 12 日',
        '     级财政支出绩效评价管理办法〉的通',
        '     知》',
        '13   《山西省文化和旅游厅关于开展省级       晋文旅函〔2023〕112 号       2023 年 8 月 4 日',
        '     文化生态保护区建设成效评估工作的',
        '     通知》',
        '14   《山西省财政厅关于开展 2025 年度    晋财绩〔2025〕4 号          2025 年 2 月 10 日',
      ],
    );
    const doc = parseLaidOutText(cut, 'x.txt');
    const rows = grid(tablesOf(doc.blocks)[0]);
    expect(tablesOf(doc.blocks)).toHaveLength(1);
    expect(rows.map((r) => r[0])).toEqual(['序号', '8', '9', '10', '11', '12', '13', '14']);
    expect(rows[4][1]).toBe('《山西省人民政府办公厅关于印发山西省“十四五”文化旅游会展康养产业发展规划的通知》');
  });

  it('takes a header line naming column groups by year ("2022 年   2023 年   合计" over "抽检  达标") for the header, not for a row of figures', () => {
    const text = pages([
      '             2022 年               2023 年               2024 年               合计',
      ' 乡镇',
      '       抽检             达标    抽检             达标    抽检             达标    抽检    达标    达标率',
      '城关镇    17              17    18             16    22             22    57    55   96.49%',
      '杭埠镇    19              19    28             28    28             26    75    73   97.33%',
      '千人桥镇   26             26    28             28    19             19    73    73    100.00%',
      '合计     241            235   260            252   275            268   776   755   97.29%',
    ]);
    const rows = grid(tablesOf(parseLaidOutText(text, 'x.txt').blocks)[0]);
    expect(rows[0]).toEqual([
      '乡镇',
      '2022 年抽检',
      '达标',
      '2023 年抽检',
      '达标',
      '2024 年抽检',
      '达标',
      '抽检',
      '合计达标',
      '达标率',
    ]);
    expect(rows.at(-1)).toEqual(['合计', '241', '235', '260', '252', '275', '268', '776', '755', '97.29%']);
  });

  it('does not take a group header over several columns above the table ("供水管网（公里）") for one header cell\'s top line', () => {
    const text = pages([
      '                   供水管网（公里）',
      '                                                    加压泵站   提标改造水',
      ' 乡镇    DN110 及以   DN63—   DN32—           水表（只）',
      '                                  小计                 （座）    厂（座）',
      '          上        DN90    DN50',
      '城关镇      10.8      18.9    24.4   54.1     5,456     2       2',
      '杭埠镇      15.5      27.2    34.9   77.6     7,858     1       2',
      '千人桥镇      9.8      17.1    21.9   48.8     10,242    2       2',
      '百神庙镇     12.8      22.4    28.7   63.9     7,111     2       2',
    ]);
    const rows = grid(tablesOf(parseLaidOutText(text, 'x.txt').blocks)[0]);
    expect(rows[0].slice(0, 5)).toEqual(['乡镇', 'DN110 及以上', 'DN63—DN90', 'DN32—DN50', '小计']);
    expect(rows[1]).toEqual(['城关镇', '10.8', '18.9', '24.4', '54.1', '5,456', '2', '2']);
  });

  it('parts two cells set one space apart on one line at the river the other lines leave blank, and only there', () => {
    // pdftotext -layout, one character column a Chinese character (K's 表2): "≤286.00 万 258.35 万" bridges the
    // river before 实际完成; its "万" is the unit wrapped inside 年度目标, under which no other cell starts
    const text = pages([
      at([0, '二级指标'], [8, '指标'], [16, '年度目标'], [26, '实际完成'], [36, '分值'], [41, '得分']),
      at([0, '产出数量'], [8, '村内道路硬'], [16, '≥4.2 公里'], [26, '4.35 公里'], [36, '5'], [41, '5']),
      at([8, '化里程']),
      at([0, '产出数量'], [8, '安装太阳能'], [16, '≥230 盏'], [26, '224 盏'], [36, '5'], [41, '5']),
      at([8, '路灯数量']),
      at([0, '产出时效'], [8, '项目按期完'], [16, '100%'], [26, '83.3%'], [36, '8'], [41, '6']),
      at([8, '工率']),
      at([0, '产出成本'], [8, '财政奖补资'], [16, '≤286.00 万 258.35 万'], [36, '7'], [41, '7']),
      at([8, '金支出控制'], [16, '元'], [26, '元']),
      at([0, '社会效益'], [8, '受益群众人'], [16, '≥9000 人'], [26, '9436 人'], [36, '5'], [41, '5']),
      at([8, '数']),
    ]);
    const rows = grid(tablesOf(parseLaidOutText(text, 'x.txt').blocks)[0]);
    expect(rows[0]).toEqual(['二级指标', '指标', '年度目标', '实际完成', '分值', '得分']);
    expect(rows[2]).toEqual(['产出数量', '安装太阳能路灯数量', '≥230 盏', '224 盏', '5', '5']);
    expect(rows[4]).toEqual(['产出成本', '财政奖补资金支出控制', '≤286.00 万元', '258.35 万元', '7', '7']);
  });

  it('does not part a cell whose words stand one space apart down its column, nor at a river no other cell starts after', () => {
    // every row's 指标 cell holds one space, at the same column: the cell's words, not two columns
    const words = pages([
      at([0, '指标'], [20, '分值'], [28, '得分']),
      at([0, '2023 年 新增就业'], [20, '5'], [28, '5']),
      at([0, '2024 年 新增就业'], [20, '5'], [28, '4']),
      at([0, '2025 年 新增就业'], [20, '5'], [28, '5']),
      at([0, '2026 年 新增就业'], [20, '5'], [28, '5']),
    ]);
    expect(grid(tablesOf(parseLaidOutText(words, 'x.txt').blocks)[0])[1][0]).toBe('2023 年 新增就业');
    // one line bridges the river before 实际值 with a space, but its next cell starts four columns short of
    // where the other lines' cells start: not parted, and the lines are left to prose
    const stray = pages([
      at([0, '项目'], [12, '目标值'], [24, '实际值'], [34, '分值']),
      at([0, '路灯'], [12, '≥230 盏'], [24, '224 盏'], [34, '5']),
      at([0, '道路'], [12, '≥4.2 公里 4.35 公里'], [34, '5']),
      at([0, '沟渠'], [12, '≥3.1 公里'], [24, '3.1 公里'], [34, '5']),
      at([0, '满意度'], [12, '≥90%'], [24, '95%'], [34, '5']),
      at([0, '验收'], [12, '100%'], [24, '100%'], [34, '5']),
    ]);
    // (the page reader may still take the lines for a one-column block; no columns are parted)
    expect(tablesOf(parseLaidOutText(stray, 'x.txt').blocks).flatMap((t) => t.cells.filter((c) => c.col > 0))).toEqual(
      [],
    );
  });

  it('leaves lines whose columns cannot be told apart to prose, not to a table', () => {
    // one space between the columns: no blank character column parts them
    const text = pages([
      '指标名称 权重 得分',
      '决策指标 15% 14.5',
      '过程指标 20% 17.5',
      '',
      '',
      at([0, '指标'], [14, '分值'], [22, '得分']),
      at([0, '立项依据充分性'], [14, '3'], [22, '3']),
      at([0, '绩效目标明确性'], [14, '2'], [22, '1.5']),
    ]);
    const doc = parseLaidOutText(text, 'x.txt');
    expect(tablesOf(doc.blocks)).toHaveLength(1);
    // the lines stay, as prose; the table after them is read on its own
    expect(parasOf(doc.blocks)[0].lines.map((l) => l.text)).toEqual([
      '指标名称 权重 得分',
      '决策指标 15% 14.5',
      '过程指标 20% 17.5',
    ]);
    expect(grid(tablesOf(doc.blocks)[0])[0]).toEqual(['指标', '分值', '得分']);
  });
});

describe('laid-out text: paragraphs', () => {
  it('joins a paragraph hard-wrapped over lines though a justified line runs past the others', () => {
    // the tool spreads a justified line of few characters with spaces ("城 县 财 政 局"): it ends far
    // right of the margin the other lines end near, and must not make every other line look short
    const text = pages([
      '   1.资金预算及来源。2024 年度，项目预算资金共计 9,000.00 万元，其中：中央',
      '财政城镇保障性安居工程补助资金 5,826.00 万元，省级财政补助资金 1,142.00 万元，',
      '市级财政补助资金 380.00 万元，县级财政配套资金 1,625.00 万元。资金分别依据河',
      '南省财政厅、河南省住房和城乡建设厅下达的中央和省级补助资金文件，以及《虞',
      '城 县 财 政 局 关 于 下 达 2024 年 老 旧 小 区 改 造 县 级 配 套 资 金 的 通 知 》 （ 虞 财 预',
      '〔2024〕23 号）安排。',
      '   2.资金到位及使用情况。截至 2024 年 12 月 31 日，项目实际到位资金 8,544.00',
      '万元，资金到位率 94.93%。其中中央、省、市三级补助资金全部到位，县级配套资',
      '金到位 1,196.00 万元，到位率 72.40%。项目实际支出 7,561.44 万元，预算执行率',
      '88.50%。',
    ]);
    const paras = parasOf(parseLaidOutText(text, 'x.txt').blocks);
    expect(paras.map((p) => p.lines.length)).toEqual([6, 4]);
    expect(paras[1].lines[0].line).toBe(7);
  });
});

describe('laid-out text: a figure cut at a line end', () => {
  it('joins the figure without a space after Chinese text, and keeps the space between Latin words', () => {
    // the PDF path joins wrapped lines the same way (page-layout.ts): "2,0" / "57.88 万元" is one figure
    const text = pages([
      '   4.园区道路、管网及配套工程。该子项目安排专项债券资金 2,200.00 万元、县级配',
      '套资金 500.00 万元，累计支出专项债券资金 2,057.88 万元，其中 2022 年度 2,0',
      '57.88 万元、2023 年度 834.02 万元、2024 年度 620.36 万元，支出进度 93.54%，2',
      '024 年 12 月完工。项目编号为 YMX-2022-LLWL-0051，总投资按调整方案 Version 2',
      '3 of the plan 执行，累计支出县级配套资金 471.05 万元，尚余 28.95 万元未支出。',
    ]);
    const paras = parasOf(parseLaidOutText(text, 'x.txt').blocks);
    expect(paras).toHaveLength(1);
    const t = paraText(paras[0]);
    expect(t).toContain('2022 年度 2,057.88 万元');
    expect(t).toContain('93.54%，2024 年 12 月');
    expect(t).toContain('Version 2 3 of the plan');
  });
});

describe('laid-out text: detection', () => {
  const laidOut = pages(
    [
      '   一、项目基本情况',
      at([0, '项目'], [10, '预算数'], [20, '支出数']),
      at([0, '中央资金'], [10, '100.00'], [20, '95.00']),
      at([0, '省级资金'], [10, '50.00'], [20, '50.00']),
      at([0, '合计'], [10, '150.00'], [20, '145.00']),
      at([16, '—1—']),
    ],
    [
      '   二、绩效目标',
      at([0, '指标'], [10, '目标值'], [20, '实际值']),
      at([0, '数量指标'], [10, '≥90%'], [20, '92%']),
      at([0, '质量指标'], [10, '100%'], [20, '100%']),
      at([16, '—2—']),
    ],
  );

  it('takes pages of column-padded lines ending in form feeds for laid-out text', () => {
    expect(isLaidOutText(laidOut)).toBe(true);
  });

  it('does not take a tab-separated paste for laid-out text, even with page breaks', () => {
    expect(isLaidOutText(laidOut.replace(/ {3,}/g, '\t'))).toBe(false);
  });

  it('does not take a plain paste (no form feeds) for laid-out text', () => {
    expect(isLaidOutText(laidOut.replace(/\f/g, ''))).toBe(false);
  });
});
