#!/usr/bin/env python3
"""Builds i-senlinfanghuo-2024.docx (python-docx, pip install python-docx) into the folder given as the
first argument (default: fixtures/corpus); the PDF is LibreOffice's conversion of it:
  soffice --headless --convert-to pdf --outdir fixtures/corpus fixtures/corpus/i-senlinfanghuo-2024.docx

平武县林业局 · 森林草原防灭火能力提升项目 · 2024年度项目支出绩效自评报告 (made-up figures).
Injected contradictions and traps are listed in NOTES.md / expected.json.
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

import os, sys
OUT = os.path.join(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "corpus"), "i-senlinfanghuo-2024.docx")

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"

# ---- TOC page numbers (physical PDF pages; the cover is page 1, the contents page 2).
# One of them is injected wrong (see NOTES.md): 三 is really on page 4.
TOC = [
    ("一、项目基本情况", 3),
    ("二、绩效自评工作开展情况", 4),
    ("三、综合评价情况及评价结论", 5),   # injected: the heading is on page 4
    ("四、主要绩效及经验做法", 6),
    ("五、存在的问题及原因分析", 6),
    ("六、有关建议", 6),
    ("七、其他需要说明的问题", 6),
    ("附件：森林草原防灭火能力提升项目2024年度绩效自评表", 6),
]

doc = Document()

# ---------------------------------------------------------------- styles / page
st = doc.styles["Normal"]
st.font.name = SERIF
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), SERIF)
pf = st.paragraph_format
pf.space_before = Pt(0)
pf.space_after = Pt(0)
pf.line_spacing = 1.2

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)


def add_page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._p.append(fld)
    r2 = OxmlElement("w:r")
    t2 = OxmlElement("w:t")
    t2.set(qn("xml:space"), "preserve")
    t2.text = " —"
    r2.append(t2)
    p._p.append(r2)


add_page_number_footer(sec)


def run_font(run, font=SERIF, size=None, bold=False):
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(text, indent=True, font=SERIF, size=None, bold=False, align=None, before=0, after=0):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    run_font(p.add_run(text), font, size, bold)
    return p


def h1(text):
    return para(text, indent=True, font=SANS, bold=True, before=6, after=3)


def h2(text):
    return para(text, indent=True, font=SERIF, bold=True, before=3)


def h3(text):
    return para(text, indent=True, font=SERIF, bold=True)


def runin(head, body):
    """A run-in heading: bold head, normal body, one paragraph."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(21)
    run_font(p.add_run(head), SERIF, None, True)
    run_font(p.add_run(body), SERIF)
    return p


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    run_font(p.add_run(text), SERIF, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _grid_index(tr, tc):
    i = 0
    for x in tr.tc_lst:
        if x is tc:
            return i
        i += x.grid_span
    return i


def table(rows, widths, header_rows=1, size=9, merges=(), repeat=False, left_cols=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if (j in left_cols and i >= header_rows) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(i, j), val, size=size, bold=i < header_rows, align=al)
    for (r1, c1, r2, c2) in merges:
        keep = t.cell(r1, c1).text
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        set_cell(m, keep, size=size, bold=r1 < header_rows)
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)  # sets w:gridCol, which LibreOffice follows
        for row in t.rows:
            for c in row.cells:
                pass
    for row in t.rows:
        for j, tc in enumerate(row._tr.tc_lst):
            span = tc.grid_span
            tc.width = Cm(sum(widths[j2] for j2 in range(_grid_index(row._tr, tc), _grid_index(row._tr, tc) + span)))
    if repeat:
        for i in range(header_rows):
            repeat_header(t.rows[i])
    return t


def caption(text):
    return para(text, indent=False, font=SANS, size=10.5, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=2)


# ---------------------------------------------------------------- cover (page 1)
for _ in range(4):
    para("", indent=False)
para("平武县森林草原防灭火能力提升项目", indent=False, font=SANS, size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("2024年度绩效自评报告", indent=False, font=SANS, size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=60)
cover = [
    ("项目名称", "森林草原防灭火能力提升项目"),
    ("主管部门", "平武县林业局"),
    ("项目实施单位", "平武县林业局"),
    ("评价类型", "项目支出绩效自评"),
    ("评价单位", "平武县林业局"),
    ("评价时间", "2025年3月12日"),
]
for k, v in cover:
    p = para("", indent=False, size=15)
    p.paragraph_format.left_indent = Cm(2.5)
    p.paragraph_format.space_after = Pt(10)
    run_font(p.add_run(f"{k}：{v}"), SERIF, 15)
page_break()

# ---------------------------------------------------------------- contents (page 2)
para("目  录", indent=False, font=SANS, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=18)
for title, pg in TOC:
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.paragraph_format.space_after = Pt(8)
    run_font(p.add_run(f"{title}\t{pg}"), SERIF, 12)
page_break()

# ---------------------------------------------------------------- body
para("平武县森林草原防灭火能力提升项目2024年度绩效自评报告", indent=False, font=SANS, size=16, bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

h1("一、项目基本情况")
h2("（一）项目概况")
h3("1.项目背景及立项依据")
para("平武县地处四川盆地西北边缘，全县林地面积48.36万公顷，2023年末森林覆盖率76.18%，境内有国家级自然保护区2个，"
     "是全省森林草原防灭火重点县之一。冬春季节气候干燥、风力较大，林区群众生产用火、祭祀用火常常引发火情，防火形势严峻。")
para("为落实《中华人民共和国森林法》《森林防火条例》等法律法规，根据《平武县森林草原防灭火专项规划（2022—2024年）》"
     "和《四川省财政厅 四川省林业和草原局关于提前下达2024年中央财政林业草原改革发展资金预算的通知》（川财农〔2023〕112号），"
     "县林业局设立森林草原防灭火能力提升项目。项目实施周期为2022—2024年，2024年为实施的第三年，本报告仅对2024年度资金和绩效目标进行自评。")
h3("2.项目主要内容")
para("2024年项目主要建设内容：一是购置风力灭火机、二号工具、防火服等扑火物资，充实县、乡两级物资储备库；"
     "二是新建及维修防火通道，配套建设生物防火隔离带；三是在重点林区新建林火视频监控点；"
     "四是组织半专业扑火队伍开展培训和实战演练；五是开展森林防火宣传进村入户活动。")

h2("（二）项目资金投入和使用情况")
para("2024年该项目年初预算420.00万元，其中中央财政资金180.00万元、省级财政资金120.00万元、市级财政资金40.00万元、县级财政资金80.00万元。"
     "年中根据春季防火形势，经县政府常务会议研究，追加县级资金30.00万元，调整后全年预算450.00万元，较2023年预算（380.00万元）增加70.00万元。"
     "调整后预算中，中央财政资金180.00万元，占调整后预算的40.00%。")
para("截至2024年12月31日，项目实际到位资金443.50万元，到位率98.6%，其中中央、省级、市级资金全额到位，"
     "县级资金到位103.50万元（追加资金中6.50万元因县级财力紧张未到位）。全年实际支出431.86万元，预算执行率97.38%，"
     "结余资金12.64万元，已按规定结转下年统筹使用。")
para("分来源看，中央资金支出176.42万元、省级资金支出118.30万元、市级资金支出39.64万元、县级资金支出97.50万元。"
     "按用途分，防火物资购置156.20万元，防火通道及隔离带建设132.48万元，林火视频监控系统建设96.30万元，"
     "扑火队伍培训演练28.60万元，宣传教育18.28万元。资金投入和使用情况见表1。")
caption("表1  2024年度项目资金投入和使用情况（单位：万元）")
table([
    ["资金来源", "年初预算", "调整后预算", "到位资金", "到位率", "实际支出", "执行率", "结余资金"],
    ["中央财政资金", "180.00", "180.00", "180.00", "100.00%", "176.42", "98.01%", "3.58"],
    ["省级财政资金", "120.00", "120.00", "120.00", "100.00%", "118.30", "98.58%", "1.70"],
    ["市级财政资金", "40.00", "40.00", "40.00", "100.00%", "39.64", "99.10%", "0.36"],
    ["县级财政资金", "80.00", "110.00", "103.50", "94.09%", "97.50", "94.20%", "6.00"],
    ["合计", "420.00", "450.00", "443.50", "98.56%", "431.86", "97.38%", "11.64"],
], widths=[2.6, 1.8, 2.0, 1.8, 1.8, 1.8, 1.7, 1.8])

h2("（三）项目绩效目标")
h3("1.总体目标")
para("通过补充扑火物资、完善防火通道和林火视频监控网络、加强扑火队伍训练，提升全县森林草原火灾预防和扑救能力，"
     "将森林火灾受害率控制在0.9‰以内，确保不发生重特大森林火灾和人员伤亡。")
h3("2.年度绩效目标")
para("产出指标：购置风力灭火机60台、二号工具1200把、防火服300套；新建及维修防火通道25公里；新建林火视频监控点8个；"
     "培训半专业扑火队员360人次；物资验收合格率、防火通道验收合格率均达到100%；项目于2024年12月31日前完成。"
     "效益指标：森林火灾受害率≤0.9‰，森林防火宣传覆盖率100%，森林覆盖率≥76%，群众满意度≥90%。")

h1("二、绩效自评工作开展情况")
h2("（一）评价目的、对象和范围")
para("本次自评旨在全面检查项目资金使用效益和绩效目标完成情况，为以后年度预算安排和项目管理提供参考。"
     "自评对象为森林草原防灭火能力提升项目2024年度资金，调整后预算450.00万元；评价范围覆盖资金到位和使用、组织实施、产出和效益情况，"
     "评价期间为2024年1月1日至2024年12月31日。")
h2("（二）评价指标体系、方法和标准")
para("依据《四川省财政厅关于印发〈四川省预算绩效自评工作规程〉的通知》（川财绩〔2023〕12号），自评采用比较法、因素分析法和公众评判法，"
     "从决策、过程、产出、效益四个维度设置一级指标4个、二级指标13个、三级指标22个，总分100分，其中决策15分、过程20分、产出40分、效益25分。"
     "评价结果分为四个等级：得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。")
h2("（三）评价工作过程")
para("2025年1月，县林业局成立由分管副局长任组长的自评工作小组，制定自评工作方案；2025年1月至2月，工作小组采取查阅资料、实地核查和问卷调查相结合的方式开展评价，"
     "实地抽查防火通道6条、视频监控点4个、物资储备库2个，发放群众满意度问卷200份，收回有效问卷186份；2025年3月，汇总分析评价数据，形成本报告。")

h1("三、综合评价情况及评价结论")
h2("（一）综合评价结论")
para("经自评，森林草原防灭火能力提升项目2024年度综合得分95.06分，评价等级为“优”。其中决策指标得13.5分、过程指标得18.84分、"
     "产出指标得38.72分、效益指标得24分。项目基本完成了年度绩效目标，各一级指标得分情况见表2。")
caption("表2  一级指标得分情况")
table([
    ["一级指标", "分值", "权重", "得分", "得分率"],
    ["决策", "15", "15%", "13.5", "90.00%"],
    ["过程", "20", "20%", "18.84", "94.20%"],
    ["产出", "40", "40%", "38.72", "96.80%"],
    ["效益", "25", "25%", "24", "96.00%"],
    ["合计", "100", "100%", "95.06", "95.06%"],
], widths=[3.2, 2.4, 2.4, 2.4, 2.6])

h2("（二）各项指标分析")
h3("1.项目决策（15分，得13.5分）")
runin("（1）项目立项（5分，得5分）。",
      "立项依据充分性指标分值3分，项目符合国家和省森林草原防灭火政策及县级专项规划，与部门职责相匹配，得满分3分。"
      "立项程序规范性指标分值2分，项目经局党组会议研究并按程序报批，得2分。")
runin("（2）绩效目标（5分，得4.5分）。",
      "绩效目标合理性指标分值3分，目标与规划和年度任务相匹配，得满分。"
      "绩效目标明确性：该指标分值2分，扣0.5分，得1分（原因：长效管护机制等效益指标未细化量化）。")
runin("（3）资金投入（5分，得4分）。",
      "预算编制科学性：分值3分，年中追加县级资金30.00万元，预算编制精准度不足，扣1分，得2分。"
      "资金分配合理性：分值2分，资金按防火重点区域和任务量分配，与实际需求相适应，本项得分2分。")

h3("2.项目过程（20分，得18.84分）")
runin("（1）资金管理（12分，得11.84分）。",
      "资金到位率：分值4分，按“到位率×分值”计分，到位率98.56%，得3.94分。"
      "预算执行率：分值4分，按“执行率×分值”计分，执行率97.38%，得3.90分。"
      "资金使用合规性：分值4分，资金支付审批手续完整，未发现截留、挪用情况，本项得分4分。")
runin("（2）组织实施（8分，得7分）。",
      "管理制度健全性分值4分，制定了《平武县森林草原防灭火专项资金管理办法》和物资管理制度，得满分4分。"
      "制度执行有效性：该指标分值4分，得3分，扣1分（原因：抽查发现2个乡镇防火物资出入库台账登记不及时）。")

h3("3.项目产出（40分，得38.72分）")
runin("（1）产出数量（20分，得19.72分）。",
      "风力灭火机购置数量（5分）：目标60台，实际购置60台，同时购置二号工具1200把、防火服300套，得满分。"
      "防火通道建设维修里程（5分）：目标25公里，实际完成23.6公里，完成率94.4%，按完成比例计分，得4.72分。"
      "林火视频监控点建设数量（5分）：年度目标新建8个，年内建成投用7个，另1个因电力接入延迟于2025年1月建成，本项按满分计5分。"
      "扑火队员培训人次（5分）：目标360人次，实际培训372人次，超额完成，得5分。")
runin("（2）产出质量（10分，得10分）。",
      "物资验收合格率：目标100%，风力灭火机等物资于2024年11月31日由县林业局组织验收，合格率100%，得5分。"
      "防火通道验收合格率：目标100%，已完工的23.6公里全部通过验收，合格率100%，得5分。")
runin("（3）产出时效（5分，得4分）。",
      "项目完成及时性：目标为2024年12月31日前完成，1个视频监控点延至2025年1月建成，扣1分，得4分。")
runin("（4）产出成本（5分，得5分）。",
      "成本控制：风力灭火机采购单价0.68万元/台，低于预算单价0.75万元/台，各项支出均未超出预算，得满分5分。")

h3("4.项目效益（25分，得24分）")
runin("（1）社会效益（10分，得10分）。",
      "森林火灾受害率：目标≤0.9‰，全年发生一般森林火灾2起，未发生较大以上森林火灾和人员伤亡，森林火灾受害率0.12‰，"
      "较2023年（0.35‰）下降0.23个千分点，得满分5分。森林防火宣传覆盖率：目标100%，宣传覆盖全县221个行政村（社区），"
      "发放宣传资料3.2万份，覆盖率100%，得5分。")
runin("（2）生态效益（5分，得5分）。",
      "森林覆盖率：目标≥76%，2024年末森林覆盖率76.35%，较2023年末提高0.17个百分点，得5分。")
runin("（3）可持续影响（5分，得4分）。",
      "长效管护机制：视频监控系统运维经费尚未纳入年度预算，后续运行保障存在不确定性，扣1分，得4分。")
runin("（4）满意度（5分，得5分）。",
      "群众满意度：目标≥90%，收回有效问卷186份，其中满意和基本满意174份，满意度93.55%，得5分。")

h1("四、主要绩效及经验做法")
para("一是层层压实责任。县、乡、村三级逐级签订防火责任书，护林员包山头、管地块，做到人人肩上有担子。"
     "二是物资保障更加有力。新购置的风力灭火机、防火服等物资按重点林区分布前置储备，扑火队伍装备水平明显提升。"
     "三是监测预警更加及时。新建视频监控点与原有监控网络联网，重点林区监控覆盖率进一步提高，火情发现时间明显缩短。")
para("通过项目实施，林业有害生物防治项目年度绩效目标基本实现，全县森林草原防灭火能力明显提升，全年未发生较大以上森林火灾。")

h1("五、存在的问题及原因分析")
runin("（一）预算编制精准度不够。", "年初预算对春防期间扑火物资消耗估计不足，年中追加县级资金30.00万元，其中6.50万元未能到位。")
runin("（二）个别建设任务未按期完成。", "防火通道完成23.6公里，较目标少1.4公里；1个视频监控点因电力接入延迟于2025年1月建成。")
runin("（三）后续运维保障不足。", "视频监控系统和物资储备库的日常运维经费未纳入预算，长效管护机制有待健全。")

h1("六、有关建议")
runin("（一）提高预算编制精准度。", "结合近三年火情和物资消耗情况科学测算预算，减少年中追加。")
runin("（二）加强项目进度管理。", "对涉及电力接入等外部条件的建设内容提前协调，确保按期完工。")
runin("（三）建立运维长效机制。", "将视频监控系统运维和物资更新经费纳入年度部门预算，保障设施持续发挥效益。")

h1("七、其他需要说明的问题")
para("本项目2024年度结余资金11.64万元（中央3.58万元、省级1.70万元、市级0.36万元、县级6.00万元）已按规定结转使用。"
     "报告中2023年数据来源于县林业局2023年度森林草原防灭火工作总结。")
para("平武县林业局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, before=12)
para("2025年3月12日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

# ---------------------------------------------------------------- attachment (runs on without a page break, so it
# starts mid-page and the indicator table crosses a page break)
para("附件：森林草原防灭火能力提升项目2024年度绩效自评表", indent=False, font=SANS, bold=True, before=12, after=4)
table([
    ["项目名称", "森林草原防灭火能力提升项目", "主管部门", "平武县林业局"],
    ["实施单位", "平武县林业局", "自评得分", "95.06"],
], widths=[2.6, 5.8, 2.6, 4.3], header_rows=0, size=9)
para("", indent=False)

H = ["一级指标", "二级指标", "三级指标", "指标值（年度目标）", "实际完成值", "分值", "得分", "偏差原因及改进措施"]
R = [
    ["决策", "项目立项", "立项依据充分性", "依据充分", "依据充分", "3", "3", ""],
    [None, None, "立项程序规范性", "程序规范", "程序规范", "2", "2", ""],
    [None, "绩效目标", "绩效目标合理性", "目标合理", "目标合理", "3", "3", ""],
    [None, None, "绩效目标明确性", "细化量化", "部分未量化", "2", "1.5", "部分效益指标未量化"],
    [None, "资金投入", "预算编制科学性", "编制科学", "年中追加30.00万元", "3", "2", "加强预算测算"],
    [None, None, "资金分配合理性", "分配合理", "分配合理", "2", "2", ""],
    ["过程", "资金管理", "资金到位率", "100%", "98.56%", "4", "3.94", "县级追加资金6.50万元未到位"],
    [None, None, "预算执行率", "100%", "97.38%", "4", "3.90", "部分建设任务跨年"],
    [None, None, "资金使用合规性", "合规", "合规", "4", "4", ""],
    [None, "组织实施", "管理制度健全性", "健全", "健全", "4", "4", ""],
    [None, None, "制度执行有效性", "有效", "台账登记不及时", "4", "3", "加强台账管理"],
    ["产出", "产出数量", "风力灭火机购置数量", "60台", "60台", "5", "5", ""],
    [None, None, "防火通道建设维修里程", "25公里", "23.6公里", "5", "4.72", "部分路段受汛期影响停工"],
    [None, None, "林火视频监控点建设数量", "8个", "7个", "5", "5", "1个点位电力接入延迟"],
    [None, None, "扑火队员培训人次", "360人次", "372人次", "5", "5", ""],
    [None, "产出质量", "物资验收合格率", "100%", "100%", "5", "5", ""],
    [None, None, "防火通道验收合格率", "100%", "100%", "5", "5", ""],
    [None, "产出时效", "项目完成及时性", "2024年12月31日前", "1个监控点2025年1月建成", "5", "4", "提前协调外部条件"],
    [None, "产出成本", "成本控制", "不超预算", "未超预算", "5", "5", ""],
    ["效益", "社会效益", "森林火灾受害率", "≤0.9‰", "0.12‰", "5", "5", ""],
    [None, None, "森林防火宣传覆盖率", "100%", "100%", "5", "5", ""],
    [None, "生态效益", "森林覆盖率", "≥76%", "76.35%", "5", "5", ""],
    [None, "可持续影响", "长效管护机制", "建立健全", "运维经费未纳入预算", "5", "4", "纳入年度预算"],
    [None, "满意度", "群众满意度", "≥90%", "93.55%", "5", "5", ""],
    ["总分", None, None, None, None, "100", "95.06", ""],
]
rows = [H] + R
# fill merged-away cells with "" (they are overwritten by merge)
rows = [[("" if v is None else v) for v in r] for r in rows]
# vertical merges: (first row, col, last row, col) in table coordinates (header is row 0)
merges = []
def vspan(col, r1, r2):
    merges.append((r1, col, r2, col))
# 一级
vspan(0, 1, 6); vspan(0, 7, 11); vspan(0, 12, 19); vspan(0, 20, 24)
# 二级
vspan(1, 1, 2); vspan(1, 3, 4); vspan(1, 5, 6); vspan(1, 7, 9); vspan(1, 10, 11)
vspan(1, 12, 15); vspan(1, 16, 17); vspan(1, 20, 21)
# 总分 row spans 一级..实际完成值
merges.append((25, 0, 25, 4))
table(rows, widths=[1.3, 1.9, 3.2, 2.1, 2.6, 1.0, 1.3, 2.6], header_rows=1, size=9,
      merges=merges, repeat=True, left_cols=(7,))

doc.save(OUT)
print("wrote", OUT)
