#!/usr/bin/env python3
"""Build j-laojiu-2024.docx: write the .fodt source, let LibreOffice lay it out
(PDF) to find the page of every TOC heading, write the .fodt again with those
page numbers, and convert it to .docx with
    soffice --headless --convert-to docx:"MS Word 2007 XML"
Every figure is computed or checked here; the 7 injected contradictions are
typed by hand in the text (marked INJECT) and listed in expected.json.

Run:  python3 build.py   (writes j-laojiu-2024.fodt/.docx here and the layout PDF under _layout/;
      copy the .docx and _layout/j-laojiu-2024.pdf into fixtures/corpus/)
"""
import json
import os
import re
import subprocess
import sys
import zipfile
from decimal import Decimal as D, ROUND_HALF_UP
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
# --clean: a control copy with the 7 injections reverted (written to _layout/clean/, not a deliverable);
# every finding on it is a false positive by construction.
CLEAN = "--clean" in sys.argv
NAME = "j-laojiu-2024"
OUT = os.path.join(HERE, "_layout", "clean") if CLEAN else HERE
FODT = os.path.join(OUT, NAME + (".clean" if CLEAN else "") + ".fodt")
DOCX = FODT[:-5] + ".docx"
PDF = os.path.join(HERE, "_layout", "clean" if CLEAN else "", os.path.basename(FODT)[:-5] + ".pdf")

PROJECT = "虞城县2022—2024年老旧小区改造项目"
FIRM = "河南中睿会计师事务所有限公司"


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def pct(a, b):
    return r2(D(a) / D(b) * 100)


def yuan(x):
    return f"{D(x):,.2f}"


def num(x):
    """score as written: 1, 1.5, 3.54"""
    s = f"{D(x):f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


# ---------------------------------------------------------------- money (元)
SRC = [  # name, budget, received, spent
    ("中央财政补助资金", D("58260000.00"), D("58260000.00"), D("53918640.50")),
    ("省级财政补助资金", D("11420000.00"), D("11420000.00"), D("9876215.80")),
    ("市级财政补助资金", D("3800000.00"), D("3800000.00"), D("3120000.00")),
    ("县级财政配套资金", D("16520000.00"), D("11960000.00"), None),
]
SPENT_TOTAL = D("75614386.27")
SRC[3] = (SRC[3][0], SRC[3][1], SRC[3][2], SPENT_TOTAL - sum(s[3] for s in SRC[:3]))
BUDGET = sum(s[1] for s in SRC)
RECEIVED = sum(s[2] for s in SRC)
SPENT = sum(s[3] for s in SRC)
assert BUDGET == D("90000000.00") and RECEIVED == D("85440000.00") and SPENT == SPENT_TOTAL


def wan(x):  # 元 -> 万元 string
    return f"{r2(D(x) / 10000):,.2f}"


assert wan(BUDGET) == "9,000.00" and wan(RECEIVED) == "8,544.00" and wan(SPENT) == "7,561.44"
assert wan(RECEIVED - SPENT) == "982.56"
assert pct(RECEIVED, BUDGET) == D("94.93") and pct(SPENT, RECEIVED) == D("88.50")
assert pct(SRC[3][2], SRC[3][1]) == D("72.40")
UPPER = sum(s[2] for s in SRC[:3])
assert wan(UPPER) == "7,348.00"
assert wan(SRC[3][1] - SRC[3][2]) == "456.00"
# spending by category (万元)
CAT = [("基础类", D("5236.18")), ("完善类", D("1684.52")), ("提升类", D("640.74"))]
assert sum(c[1] for c in CAT) == D("7561.44")
CATP = [pct(c[1], D("7561.44")) for c in CAT]
assert CATP == [D("69.25"), D("22.28"), D("8.47")], CATP
# multi-year
assert D("8912.00") + D("9452.00") + D("9000.00") == D("27364.00")
assert D("88.50") - D("83.16") == D("5.34")
assert 44 + 38 + 46 == 128 and 4912 + 4230 + 5218 == 14360

# ---------------------------------------------------------------- targets
assert pct(42, 46) == D("91.30")
assert pct(D("17.20"), D("18.60")) == D("92.47")
assert pct(960, 1200) == D("80.00") and pct(240, 300) == D("80.00")
assert pct(37, 40) == D("92.50") and pct(39, 46) == D("84.78")
assert pct(20, 46) == D("43.48")
# questionnaire
assert pct(286, 300) == D("95.33") and pct(280, 286) == D("97.90")
assert 148 + 108 + 17 + 7 == 280 and pct(148 + 108, 280) == D("91.43")

# ---------------------------------------------------------------- indicator tree
# (code, name, points, criteria, score) for every 四级 indicator, grouped.
TREE = [
    ("A", "决策", [
        ("A1", "项目立项", [
            ("A11", "立项依据充分性", [
                ("A111", "符合国家及省市政策和规划", "1", "项目符合国家及省市老旧小区改造政策和规划的，得1分；否则不得分。", "1"),
                ("A112", "纳入年度改造计划并公示", "1", "改造小区全部纳入省级年度改造计划并公示的，得1分；每有1个小区未纳入扣0.2分。", "1"),
            ]),
            ("A12", "立项程序规范性", [
                ("A121", "履行申报审批程序", "1.5", "按规定程序申报、审批的，得1.5分；程序缺失的酌情扣分。", "1.5"),
                ("A122", "开展居民改造意愿征询", "1.5", "各小区签字同意户数均达到三分之二以上的，得1.5分；存在征询不充分情况的，扣0.5分。", "1"),
            ]),
        ]),
        ("A2", "绩效目标", [
            ("A21", "绩效目标合理性", [
                ("A211", "目标与改造内容相符", "1", "绩效目标与项目改造内容相符的，得1分；否则不得分。", "1"),
                ("A212", "目标与预算规模相匹配", "1", "绩效目标与预算资金规模相匹配的，得1分；否则不得分。", "1"),
            ]),
            ("A22", "绩效指标明确性", [
                ("A221", "绩效指标细化量化", "1.5", "绩效指标全部细化、量化的，得1.5分；效益指标未量化的扣0.6分，其他指标未量化的每项扣0.3分。", "0.9"),
                ("A222", "绩效指标可衡量可考核", "1.5", "指标值可衡量、可考核的，得1.5分；否则酌情扣分。", "1.5"),
            ]),
        ]),
        ("A3", "资金投入", [
            ("A31", "预算编制科学性", [
                ("A311", "预算经第三方评审", "1.5", "改造预算全部经第三方评审的，得1.5分；否则不得分。", "1.5"),
                ("A312", "预算与工程量相匹配", "1.5", "预算工程量与施工图工程量偏差均在10%以内的，得1.5分；每有1个小区偏差超过10%扣0.15分。", "1.2"),
            ]),
            ("A32", "资金分配合理性", [
                ("A321", "资金分配与改造任务相匹配", "2", "资金按改造户数和改造内容分配、与改造任务相匹配的，得2分；否则酌情扣分。", "2"),
            ]),
        ]),
    ]),
    ("B", "过程", [
        ("B1", "资金管理", [
            ("B11", "资金到位率", [
                ("B111", "上级补助资金到位率", "2", "得分＝上级补助资金到位率×2分。", "2"),
                ("B112", "县级配套资金到位率", "2", "得分＝县级配套资金到位率×2分。", "1.45"),
            ]),
            ("B12", "预算执行率", [
                ("B121", "预算执行率", "4", "预算执行率＝实际支出÷到位资金；得分＝预算执行率×4分。", "3.54"),
            ]),
            ("B13", "资金使用合规性", [
                ("B131", "资金拨付手续完备", "2", "资金拨付审核审批手续完备的，得2分；每发现1笔手续不全扣0.2分。", "2"),
                ("B132", "按合同约定支付资金", "2", "资金按合同约定节点支付、无截留挪用的，得2分；每发现1笔违规支付扣0.4分。", "1.6"),
            ]),
        ]),
        ("B2", "组织实施", [
            ("B21", "管理制度健全性", [
                ("B211", "建立项目及资金管理制度", "1.5", "制定项目管理和资金管理制度的，得1.5分；缺一项扣0.75分。", "1.5"),
                ("B212", "制度内容完整", "1.5", "制度内容涵盖立项、实施、验收、移交管理全过程的，得1.5分；每缺一个环节扣0.3分。", "1.2"),
            ]),
            ("B22", "制度执行有效性", [
                ("B221", "招投标及合同管理", "1.5", "按规定招投标并签订合同的，得1.5分；否则酌情扣分。", "1.5"),
                ("B222", "工程监理及质量管控", "2", "监理记录完整、质量管控到位的，得2分；监理记录不完整的扣0.4分。", "1.6"),
                ("B223", "项目档案资料管理", "1.5", "档案资料完整规范的，得1.5分；设计变更等资料未归档的扣0.5分。", "1"),
            ]),
        ]),
    ]),
    ("C", "产出", [
        ("C1", "产出数量", [
            ("C11", "改造小区数量", [
                ("C111", "开工改造小区数量", "4", "得分＝实际开工数÷计划数×4分，最高4分。", "4"),
            ]),
            ("C12", "惠及居民户数", [
                ("C121", "惠及居民户数", "4", "得分＝实际惠及户数÷计划户数×4分，最高4分。", "4"),
            ]),
            ("C13", "基础设施改造量", [
                ("C131", "改造供排水管网长度", "4", "得分＝完成长度÷目标长度×4分。", "3.7"),
                ("C132", "新增停车位数量", "4", "得分＝完成数量÷目标数量×4分。", "3.2"),
            ]),
        ]),
        ("C2", "产出质量", [
            ("C21", "工程质量", [
                ("C211", "竣工验收合格率", "4", "合格率100%的得4分；每低1个百分点扣0.4分。", "4"),
                ("C212", "质量问题整改完成率", "4", "得分＝整改完成率×4分。", "3.7"),
            ]),
        ]),
        ("C3", "产出时效", [
            ("C31", "按期完工率", [
                # INJECT (target): 91.30% < 95%, the standard gives 91.30%×6 = 5.48, but 6 is given
                ("C311", "按期完工率", "6", "按期完工率≥95%的得6分；低于95%的，得分＝按期完工率×6分。", "5.48" if CLEAN else "6"),
            ]),
        ]),
        ("C4", "产出成本", [
            ("C41", "成本控制", [
                ("C411", "单位面积改造成本", "3", "平均改造成本不超过260元/平方米的得3分；超过的按超出比例扣分。", "3"),
                ("C412", "结算审减率", "2", "结算审减率在10%以内的得2分；超过10%的扣1分。", "2"),
            ]),
        ]),
    ]),
    ("D", "效益", [
        ("D1", "社会效益", [
            ("D11", "居住环境改善", [
                ("D111", "雨污分流及排水改善", "4", "改造小区实现雨污分流、无明显积水的，得4分；每有1个小区未实现扣0.5分。", "4"),
                ("D112", "消防通道畅通", "4", "抽查小区消防通道全部畅通的，得4分；每有1个小区存在占用扣0.25分。", "3.5"),
            ]),
            ("D12", "公共服务完善", [
                ("D121", "新增社区养老托育等服务设施", "3", "新增设施不少于8处的得3分；未达到的按完成比例计分。", "3"),
                ("D122", "新增充电设施", "3", "得分＝完成数量÷目标数量×3分。", "2.4"),
            ]),
        ]),
        ("D2", "可持续影响", [
            ("D21", "长效管理机制", [
                ("D211", "物业管理覆盖率", "3", "物业管理覆盖率≥80%的得3分；未达到的按覆盖率÷80%×3分计分。", "3"),
                ("D212", "居民自治组织建立", "3", "全部小区成立业主委员会或居民自管小组的，得3分；每有1个小区未成立扣0.3分。", "3"),
            ]),
        ]),
        ("D3", "满意度", [
            ("D31", "居民满意度", [
                ("D311", "居民满意度", "10", "满意率≥90%的得10分；低于90%的，得分＝满意率×10分。", "10"),
            ]),
        ]),
    ]),
]

PTS, SC = {}, {}
for c1, n1, l2 in TREE:
    for c2, n2, l3 in l2:
        for c3, n3, l4 in l3:
            for c4, n4, p, crit, s in l4:
                PTS[c4], SC[c4] = D(p), D(s)
                for c in (c3, c2, c1):
                    PTS[c] = PTS.get(c, 0) + D(p)
                    SC[c] = SC.get(c, 0) + D(s)
TOTAL_PTS = sum(PTS[c] for c in "ABCD")
TOTAL_SC = sum(SC[c] for c in "ABCD")
assert TOTAL_PTS == 100 and TOTAL_SC == (D("92.97") if CLEAN else D("93.49")), TOTAL_SC
N2 = sum(len(l2) for _, _, l2 in TREE)
N3 = sum(len(l3) for _, _, l2 in TREE for _, _, l3 in l2)
N4 = sum(len(l4) for _, _, l2 in TREE for _, _, l3 in l2 for _, _, l4 in l3)
assert (N2, N3, N4) == (12, 21, 37), (N2, N3, N4)
assert [PTS[c] for c in "ABCD"] == [15, 20, 35, 30]
assert [SC[c] for c in "ABCD"] == [D("13.6"), D("17.39"), D("33.08") if CLEAN else D("33.6"), D("28.9")]
# a score derived from a rate: rounding as the report states it
assert r2(2 * D("0.7240")) == D("1.45") and r2(4 * D("0.8850")) == D("3.54")
assert r2(4 * D("0.9247")) == D("3.70") and r2(4 * D("0.925")) == D("3.70")
assert r2(6 * D("0.9130")) == D("5.48")  # what C311 should have been
PREV = D("87.65")  # 2023年度 score (等级“良”)
assert TOTAL_SC - PREV == (D("5.32") if CLEAN else D("5.84"))


def P(c):
    return num(PTS[c])


def S(c):
    return num(SC[c])


def rate(c):
    return f"{pct(SC[c], PTS[c])}%"


# ---------------------------------------------------------------- XML helpers
def t(s):
    """escape text, turn tabs into <text:tab/>"""
    return escape(s).replace("\t", "<text:tab/>")


BODY = []
HEADINGS = []  # (level, text, bookmark) for the TOC
_bm = [0]


def para(text, style="Body"):
    BODY.append(f'<text:p text:style-name="{style}">{t(text)}</text:p>')


def head(level, text, style=None, toc=True):
    style = style or f"Heading_20_{level}"
    if toc and level <= 2:
        _bm[0] += 1
        bm = f"__RefHeading___Toc{1000 + _bm[0] * 7}_{3120463585 + _bm[0]}"
        HEADINGS.append((level, text, bm))
        BODY.append(
            f'<text:h text:style-name="{style}" text:outline-level="{level}">'
            f'<text:bookmark-start text:name="{bm}"/>{t(text)}<text:bookmark-end text:name="{bm}"/></text:h>')
    else:
        BODY.append(f'<text:h text:style-name="{style}" text:outline-level="{level}">{t(text)}</text:h>')


def table(name, widths, rows, kind, header_rows=1):
    """rows: list of rows; each cell is None (covered) or
    (text, rowspan, colspan, align) / plain str.
    kind: 'grid' (all borders) or 'three' (三线表)."""
    out = [f'<table:table table:name="{name}" table:style-name="{name}">']
    for i, _ in enumerate(widths):
        out.append(f'<table:table-column table:style-name="{name}.C{i}"/>')
    nrows = len(rows)
    for ri, row in enumerate(rows):
        if ri == 0 and header_rows:
            out.append("<table:table-header-rows>")
        out.append("<table:table-row>")
        for ci, cell in enumerate(row):
            if cell is None:
                out.append("<table:covered-table-cell/>")
                continue
            if isinstance(cell, str):
                cell = (cell, 1, 1, None)
            text, rs, cs, align = cell
            if kind == "grid":
                cst = "CellGrid"
            else:
                if ri == 0:
                    cst = "CellThreeHead"
                elif ri == nrows - 1:
                    cst = "CellThreeLast"
                else:
                    cst = "CellThreeBody"
            pst = "TH" if ri < header_rows else ("TDL" if align == "L" else "TD")
            attrs = ""
            if rs > 1:
                attrs += f' table:number-rows-spanned="{rs}"'
            if cs > 1:
                attrs += f' table:number-columns-spanned="{cs}"'
            out.append(f'<table:table-cell table:style-name="{cst}" office:value-type="string"{attrs}>'
                       f'<text:p text:style-name="{pst}">{t(text)}</text:p></table:table-cell>')
        out.append("</table:table-row>")
        if ri == header_rows - 1:
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    BODY.append("\n".join(out))
    TABLE_STYLES.append((name, widths))


TABLE_STYLES = []

# ================================================================ the report
def build_body():
    BODY.clear(); HEADINGS.clear(); TABLE_STYLES.clear(); _bm[0] = 0
    # ---- cover (master page "Cover", no footer)
    para("", "CoverFirst")
    para("", "Cover")
    para(PROJECT, "CoverTitle")
    para("2024年度财政重点绩效评价报告", "CoverTitle")
    para("", "Cover")
    para("报告编号：中睿绩评字〔2025〕第017号", "CoverSub")
    for _ in range(3):
        para("", "Cover")
    para(f"项目名称：{PROJECT}（2024年度资金）", "CoverField")
    para("项目主管部门：虞城县住房和城乡建设局", "CoverField")
    para("委托单位：虞城县财政局", "CoverField")
    para(f"评价机构：{FIRM}", "CoverField")
    para("评价组组长：郭建平（注册会计师）", "CoverField")
    para("报告日期：2025年4月18日", "CoverField")
    BODY.append("@@TOC@@")

    # ---- body starts on page 1 (master "Standard")
    para("虞城县财政局：", "BodyStart")
    para("根据《中华人民共和国预算法》《项目支出绩效评价管理办法》（财预〔2020〕10号）和"
         "《河南省财政厅关于做好2024年度财政重点绩效评价工作的通知》（豫财绩〔2024〕8号）等规定，"
         # INJECT (identity): 委托单位 is 虞城县财政局 (cover, salutation); 夏邑县 is a template leftover
         f"受夏邑县财政局委托，{FIRM}（以下简称“我公司”）组成评价组，于2025年2月10日至4月15日对"
         f"{PROJECT}2024年度资金开展了财政重点绩效评价。评价组通过资料核查、现场核查、问卷调查和座谈访谈等方法，"
         "对项目决策、过程、产出和效益进行了全面评价，现将评价情况报告如下。")

    head(1, "一、项目基本情况")
    head(2, "（一）项目概况")
    para("虞城县城镇老旧小区多建成于2000年以前，普遍存在供排水管网老化、雨污混流、道路破损、停车位不足、"
         "消防通道堵塞和缺乏物业管理等问题。为改善居民居住条件，根据《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》"
         "（国办发〔2020〕23号）和河南省、商丘市有关工作部署，虞城县人民政府于2022年印发"
         "《虞城县城镇老旧小区改造三年行动方案（2022—2024年）》，计划用三年时间改造2000年底前建成的城镇老旧小区128个，"
         "涉及居民14,360户、建筑面积98.60万平方米。")
    para("按照三年行动方案，2022年度改造44个小区、4,912户，2023年度改造38个小区、4,230户，"
         "2024年度改造46个小区、5,218户、建筑面积35.42万平方米。2022年度、2023年度批次已全部完工并通过竣工验收。"
         "本次评价的2024年度批次分布在城关镇、城郊乡、利民镇和木兰镇，改造内容包括基础类（供排水、供电、供气管网改造，"
         "屋面防水，道路及雨污分流）、完善类（停车位、充电设施、养老托育等社区服务设施）和提升类（智慧安防、适老化改造）三类。")
    para("项目主管部门为虞城县住房和城乡建设局（以下简称“县住建局”），负责项目计划编制、组织实施和监督管理；"
         "县财政局负责资金筹集、拨付和监督；各镇（乡）人民政府和社区居委会负责居民意愿征询、矛盾协调及改造后的长效管理。"
         "2024年度批次共划分9个施工标段，由县住建局通过公开招标确定施工单位和监理单位。")
    # INJECT (text): 9月 has 30 days
    para("截至2024年12月31日，46个小区已全部开工，其中42个按期完工并通过竣工验收"
         "（首批18个小区于2024年9月31日通过竣工验收），其余4个小区因燃气管线迁改滞后，于2025年3月完工。")

    head(2, "（二）项目资金情况")
    para("1.资金预算及来源。2024年度，项目预算资金共计9,000.00万元，其中：中央财政城镇保障性安居工程补助资金5,826.00万元，"
         "省级财政补助资金1,142.00万元，市级财政补助资金380.00万元，"
         # INJECT (money): 表1 gives 16,520,000.00元 = 1,652.00万元; 5,826+1,142+380+1,625 = 8,973 ≠ 9,000
         "县级财政配套资金1,625.00万元。资金分别依据河南省财政厅、河南省住房和城乡建设厅下达的中央和省级补助资金文件，"
         "以及《虞城县财政局关于下达2024年老旧小区改造县级配套资金的通知》（虞财预〔2024〕23号）安排。")
    para(f"2.资金到位及使用情况。截至2024年12月31日，项目实际到位资金{wan(RECEIVED)}万元，资金到位率{pct(RECEIVED, BUDGET)}%。"
         f"其中中央、省、市三级补助资金全部到位，县级配套资金到位{wan(SRC[3][2])}万元，到位率{pct(SRC[3][2], SRC[3][1])}%。"
         f"项目实际支出{wan(SPENT)}万元，预算执行率{pct(SPENT, RECEIVED)}%（预算执行率＝实际支出÷到位资金，下同），"
         f"结余资金{wan(RECEIVED - SPENT)}万元，均为已签订合同、尚未达到付款节点的工程进度款和质量保证金。"
         f"从支出内容看，基础类改造支出{CAT[0][1]:,}万元，占{CATP[0]}%；完善类改造支出{CAT[1][1]:,}万元，占{CATP[1]}%；"
         f"提升类改造支出{CAT[2][1]:,}万元，占{CATP[2]}%。资金到位及支出明细见表1。")
    para("3.以前年度资金情况。2022—2024年，项目累计安排资金27,364.00万元，其中2022年度8,912.00万元、"
         "2023年度9,452.00万元、2024年度9,000.00万元。2023年度项目预算执行率为83.16%，2024年度较上年提高5.34个百分点。")
    para("表1  2024年度项目资金到位及支出情况表", "TableTitle")
    para("单位：元", "TableUnit")
    rows = [
        [("资金来源", 2, 1, None), ("预算数", 2, 1, None), ("资金到位情况", 1, 2, None), None,
         ("资金支出情况", 1, 2, None), None, ("结余资金", 2, 1, None)],
        [None, None, "到位数", "到位率", "支出数", "执行率", None],
    ]
    for name, b, r, s in SRC:
        rows.append([name, yuan(b), yuan(r), f"{pct(r, b)}%", yuan(s), f"{pct(s, r)}%", yuan(r - s)])
    rows.append(["合计", yuan(BUDGET), yuan(RECEIVED), f"{pct(RECEIVED, BUDGET)}%", yuan(SPENT),
                 f"{pct(SPENT, RECEIVED)}%", yuan(RECEIVED - SPENT)])
    table("表1", [2.7, 2.4, 2.4, 1.4, 2.4, 1.4, 2.7], rows, "grid", header_rows=2)

    head(2, "（三）项目绩效目标")
    para("根据县住建局报送的《2024年度项目支出绩效目标申报表》，项目2024年度总体目标为：完成46个城镇老旧小区改造，"
         "惠及居民5,218户，改善居民居住环境和生活品质，建立健全小区长效管理机制。年度绩效指标及截至2024年12月31日的完成情况见表2。")
    para("表2  2024年度绩效指标目标值及完成情况", "TableTitle")
    trows = [["指标类型", "绩效指标", "目标值", "实际完成值", "完成情况"]]
    T = [
        ("数量指标", "开工改造小区数量", "46个", "46个", "完成"),
        ("数量指标", "惠及居民户数", "5,218户", "5,218户", "完成"),
        ("数量指标", "改造建筑面积", "35.42万平方米", "35.42万平方米", "完成"),
        ("数量指标", "改造供排水管网长度", "18.60公里", "17.20公里", "未完成"),
        ("数量指标", "新增停车位", "1,200个", "960个", "未完成"),
        ("质量指标", "竣工验收合格率", "100%", "100%", "完成"),
        ("质量指标", "质量问题整改完成率", "100%", "92.50%", "未完成"),
        ("时效指标", "按期完工率", "≥95%", "91.30%", "未完成"),
        ("成本指标", "单位面积改造成本", "≤260元/平方米", "241.60元/平方米", "完成"),
        ("效益指标", "新增社区养老托育等服务设施", "8处", "9处", "完成"),
        ("效益指标", "新增充电设施", "300个", "240个", "未完成"),
        ("效益指标", "物业管理覆盖率", "≥80%", "84.78%", "完成"),
        ("满意度指标", "居民满意度", "≥90%", "91.43%", "完成"),
    ]
    # 指标类型 merged vertically over its rows
    i = 0
    while i < len(T):
        j = i
        while j < len(T) and T[j][0] == T[i][0]:
            j += 1
        for k in range(i, j):
            first = (T[k][0], j - i, 1, None) if k == i else None
            trows.append([first, (T[k][1], 1, 1, "L"), T[k][2], T[k][3], T[k][4]])
        i = j
    table("表2", [2.2, 5.0, 3.0, 3.0, 2.2], trows, "grid")

    head(1, "二、评价工作开展情况")
    head(2, "（一）评价目的、对象和范围")
    para("评价目的：全面了解2024年度老旧小区改造资金的使用效益，总结项目实施经验，查找资金管理和项目实施中存在的问题，"
         "为县财政局优化资金安排、县住建局改进项目管理提供参考。")
    para(f"评价对象：{PROJECT}2024年度资金9,000.00万元。评价范围：2024年度批次46个小区的改造实施及资金使用情况，"
         "评价时段为2024年1月1日至2024年12月31日，对跨年度完工的4个小区延伸核查至2025年3月。")
    head(2, "（二）评价原则、方法和指标体系")
    para("评价遵循科学公正、统筹兼顾、激励约束、公开透明的原则，综合运用比较法、因素分析法和公众评判法。"
         "比较法主要用于绩效目标与实际完成情况的比较，公众评判法通过问卷调查了解居民对改造效果的评价。")
    para("评价组依据财预〔2020〕10号文件和豫财绩〔2024〕8号文件所附共性指标框架，结合老旧小区改造项目特点，构建了四级评价指标体系，"
         # INJECT (count): the attachment lists 21 三级 indicators (6+5+6+4)
         f"共设置一级指标4个、二级指标{N2}个、三级指标22个、四级指标{N4}个。决策、过程、产出、效益四个一级指标的分值分别为"
         f"{P('A')}分、{P('B')}分、{P('C')}分、{P('D')}分，满分100分。评价结果分为四个等级：综合得分90分（含）以上为“优”，"
         "80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。评价指标体系及评分情况详见附件。")
    head(2, "（三）评价工作过程")
    para("1.前期准备（2025年2月10日至2月21日）。我公司组成由注册会计师、造价工程师和绩效评价专业人员共7人参加的评价组，"
         "与委托单位和县住建局对接，收集项目立项、资金、招投标、合同、验收等资料，制定评价工作方案和评价指标体系。")
    para("2.现场评价（2025年2月24日至3月21日）。评价组对46个小区中的20个开展现场核查，抽查比例43.48%，"
         "逐一核对改造内容、工程量和验收资料，并与县住建局、县财政局及4个镇（乡）的工作人员座谈。"
         "同时在46个改造小区发放居民满意度调查问卷300份，回收286份，回收率95.33%；剔除填写不完整的问卷后，"
         "有效问卷280份，有效率97.90%。")
    para("3.分析评价及报告撰写（2025年3月24日至4月15日）。评价组对资料和现场核查情况进行汇总分析，"
         "按评价指标体系逐项评分，形成评价报告初稿，征求委托单位和县住建局意见后修改定稿。")

    head(1, "三、综合评价结论")
    para(f"经综合评价，{PROJECT}2024年度绩效评价得分为{num(TOTAL_SC)}分，评价等级为“优”。其中，决策指标得{S('A')}分，"
         f"过程指标得{S('B')}分，产出指标得{S('C')}分，效益指标得{S('D')}分。各一级指标得分情况见表3。")
    para("表3  绩效评价得分汇总表", "TableTitle")
    srows = [["一级指标", "分值", "得分", "得分率"]]
    for c, n in (("A", "决策"), ("B", "过程"), ("C", "产出"), ("D", "效益")):
        srows.append([n, P(c), f"{SC[c]:.2f}", rate(c)])
    srows.append(["合计", "100", f"{TOTAL_SC:.2f}", f"{pct(TOTAL_SC, 100)}%"])
    table("表3", [4.0, 3.6, 3.8, 4.0], srows, "three")
    para("项目立项依据充分，资金分配与改造任务相匹配，2024年度批次46个小区全部开工，惠及居民5,218户，"
         "改造后小区雨污分流、道路和管网条件明显改善，新增社区养老托育等服务设施9处，居民满意率达到91.43%，取得了较好的社会效益。"
         "但项目在县级配套资金到位、工程按期完工、过程资料管理等方面仍存在不足。")
    para(f"与上年相比，县财政局2024年委托开展的该项目2023年度资金重点绩效评价得分为{num(PREV)}分，等级为“良”，"
         f"本年度得分较上年提高{num(TOTAL_SC - PREV)}分，主要得益于资金执行进度加快和长效管理机制逐步建立。")

    head(1, "四、绩效评价指标分析")
    head(2, "（一）决策指标分析")
    para(f"决策指标包括项目立项、绩效目标和资金投入3个二级指标，满分{P('A')}分，评价组核定得{S('A')}分，得分率{rate('A')}。")
    head(3, "1.项目立项（A1）", toc=False)
    para(f"项目立项指标满分{P('A1')}分，得{S('A1')}分。")
    para(f"（1）立项依据充分性（A11）。本指标满分{P('A11')}分，评价组核定得{S('A11')}分。项目符合国办发〔2020〕23号文件和"
         "河南省老旧小区改造工作要求，2024年度改造的46个小区均已纳入省级城镇老旧小区改造计划并在县政府网站公示，立项依据充分。")
    para(f"（2）立项程序规范性（A12）。本指标满分{P('A12')}分，评价组核定得{S('A12')}分。项目经县政府常务会议研究，"
         "并报商丘市住房和城乡建设局备案，申报审批程序完整；但城关镇3个小区的居民改造意愿征询表签字户数未达到小区总户数的三分之二，"
         "居民意愿征询不够充分，扣减0.5分。")
    head(3, "2.绩效目标（A2）", toc=False)
    para(f"绩效目标指标满分{P('A2')}分，得{S('A2')}分。")
    para(f"（1）绩效目标合理性（A21）。本指标满分{P('A21')}分，得{S('A21')}分。绩效目标与年度改造内容相符，"
         "与9,000.00万元的预算规模相匹配。")
    para(f"（2）绩效指标明确性（A22）。本指标满分{P('A22')}分，评价组核定得{S('A22')}分。绩效目标申报表设置了数量、质量、时效、"
         "成本等指标，但“改善居民居住环境”“提升居民生活品质”等效益指标未细化为可衡量的指标值，扣减0.6分。")
    head(3, "3.资金投入（A3）", toc=False)
    para(f"资金投入指标满分{P('A3')}分，得{S('A3')}分。")
    para(f"（1）预算编制科学性（A31）。本指标满分{P('A31')}分，得{S('A31')}分。各小区改造预算均经第三方造价咨询机构评审，"
         "但利民镇2个小区的预算工程量与施工图工程量偏差超过10%，扣0.3分。")
    para(f"（2）资金分配合理性（A32）。本指标满分{P('A32')}分，得{S('A32')}分。资金按各小区改造户数和改造内容分配，与改造任务相匹配。")

    head(2, "（二）过程指标分析")
    para(f"过程指标包括资金管理和组织实施2个二级指标，满分{P('B')}分，评价组核定得{S('B')}分，得分率{rate('B')}。")
    head(3, "1.资金管理（B1）", toc=False)
    para(f"资金管理指标满分{P('B1')}分，得{S('B1')}分，由资金到位率、预算执行率和资金使用合规性3个三级指标构成。")
    para(f"（1）资金到位率（B11）。本指标满分{P('B11')}分，评价组核定得{S('B11')}分。中央、省、市三级补助资金{wan(UPPER)}万元"
         f"全部及时到位，上级补助资金到位率100%，得2分；县级配套资金应到位{wan(SRC[3][1])}万元，实际到位{wan(SRC[3][2])}万元，"
         f"到位率{pct(SRC[3][2], SRC[3][1])}%，按到位率计分得{S('B112')}分。")
    para(f"（2）预算执行率（B12）。本指标满分{P('B12')}分，得{S('B12')}分。项目到位资金{wan(RECEIVED)}万元，"
         f"实际支出{wan(SPENT)}万元，预算执行率{pct(SPENT, RECEIVED)}%，按执行率计分，4×88.50%＝3.54分。")
    para(f"（3）资金使用合规性（B13）。本指标满分{P('B13')}分，评价组核定得{S('B13')}分。资金拨付履行了审核审批程序，"
         "未发现截留、挤占、挪用资金的情况；但抽查发现1笔40.00万元工程进度款在施工单位未达到合同约定付款节点时提前拨付，扣减0.4分。")
    head(3, "2.组织实施（B2）", toc=False)
    para(f"组织实施指标满分{P('B2')}分，得{S('B2')}分。")
    # INJECT (score): 3 − 0.3 = 2.7 (attachment B211 1.5 + B212 1.2 = 2.7; B2 6.8 = 2.7 + 4.1)
    para(f"（1）管理制度健全性（B21）。本指标满分{P('B21')}分。县住建局制定了《虞城县老旧小区改造项目管理办法》和"
         "《虞城县老旧小区改造资金管理细则》，但制度中未明确改造后移交管理的责任主体和时限，扣减0.3分，本指标得2.6分。")
    para(f"（2）制度执行有效性（B22）。本指标满分{P('B22')}分，评价组核定得{S('B22')}分。项目招投标和合同管理规范，得1.5分；"
         "监理单位对隐蔽工程的旁站记录不完整，扣减0.4分；部分小区的设计变更资料未归档，扣减0.5分。")

    head(2, "（三）产出指标分析")
    para(f"产出指标包括产出数量、产出质量、产出时效和产出成本4个二级指标，满分{P('C')}分，评价组核定得{S('C')}分，"
         f"得分率{rate('C')}。")
    head(3, "1.产出数量（C1）", toc=False)
    para(f"产出数量指标满分{P('C1')}分，得{S('C1')}分。")
    para(f"（1）改造小区数量（C11）。本指标满分{P('C11')}分，得{S('C11')}分。2024年度计划改造小区46个，实际开工改造46个，"
         "较2023年度的38个增加8个，完成年度目标。")
    para(f"（2）惠及居民户数（C12）。本指标满分{P('C12')}分，得{S('C12')}分。实际惠及居民5,218户，与目标值一致。")
    para(f"（3）基础设施改造量（C13）。本指标满分{P('C13')}分，评价组核定得{S('C13')}分。改造供排水管网目标18.60公里，"
         f"实际完成17.20公里，完成率92.47%，得{S('C131')}分；新增停车位目标1,200个，实际完成960个，完成率80.00%，"
         f"得{S('C132')}分。")
    head(3, "2.产出质量（C2）", toc=False)
    para(f"产出质量指标满分{P('C2')}分，得{S('C2')}分。")
    para(f"（1）工程质量（C21）。本指标满分{P('C21')}分，评价组核定得{S('C21')}分。已完工的42个小区竣工验收合格率100%，"
         f"得{S('C211')}分；现场核查及质量巡查共发现质量问题40项，截至评价时已整改37项，整改完成率92.50%，"
         f"按完成率计分得{S('C212')}分。")
    head(3, "3.产出时效（C3）", toc=False)
    para(f"产出时效指标满分{P('C3')}分，得{S('C3')}分。")
    # INJECT (target): 按期完工率91.30% < 目标≥95%; standard: 91.30%×6 = 5.48
    para(f"（1）按期完工率（C31）。本指标满分{P('C31')}分，评价组核定得{S('C31')}分。2024年度批次46个小区中，"
         "42个于2024年12月31日前完工，按期完工率91.30%；城关镇4个小区因燃气管线迁改滞后，延期至2025年3月完工。")
    head(3, "4.产出成本（C4）", toc=False)
    para(f"产出成本指标满分{P('C4')}分，得{S('C4')}分。")
    para(f"（1）成本控制（C41）。本指标满分{P('C41')}分，得{S('C41')}分。已完工42个小区按竣工结算口径平均改造成本为"
         "241.60元/平方米，低于260元/平方米的目标值；经结算审计，送审金额审减率为6.8%，在合理区间内。")

    head(2, "（四）效益指标分析")
    para(f"效益指标包括社会效益、可持续影响和满意度3个二级指标，满分{P('D')}分，评价组核定得{S('D')}分，得分率{rate('D')}。")
    head(3, "1.社会效益（D1）", toc=False)
    para(f"社会效益指标满分{P('D1')}分，得{S('D1')}分。")
    para(f"（1）居住环境改善（D11）。本指标满分{P('D11')}分，评价组核定得{S('D11')}分。改造后小区实现雨污分流，"
         "汛期积水问题基本消除，得4分；现场核查的20个小区中有2个小区消防通道仍存在私家车占用现象，扣减0.5分。")
    para(f"（2）公共服务完善（D12）。本指标满分{P('D12')}分，得{S('D12')}分。新增社区养老托育等服务设施9处，"
         f"超过8处的目标值，得{S('D121')}分；新增充电设施240个，完成目标300个的80.00%，得{S('D122')}分。")
    head(3, "2.可持续影响（D2）", toc=False)
    para(f"可持续影响指标满分{P('D2')}分，得{S('D2')}分。")
    para(f"（1）长效管理机制（D21）。本指标满分{P('D21')}分，得{S('D21')}分。46个小区中已有39个引入专业化物业服务或实行社区托管，"
         "物业管理覆盖率84.78%，高于80%的目标值；46个小区均成立了业主委员会或居民自管小组，改造政策和管理公约做到人人知晓。")
    head(3, "3.满意度（D3）", toc=False)
    para(f"满意度指标满分{P('D3')}分，得{S('D3')}分。")
    para(f"（1）居民满意度（D31）。本指标满分{P('D31')}分，得{S('D31')}分。评价组共发放问卷300份，回收286份，有效问卷280份。"
         "有效问卷中，表示“非常满意”的148份，“满意”的108份，“一般”的17份，“不满意”的7份，"
         "居民满意率（非常满意和满意合计占有效问卷的比例）为91.43%，高于90%的目标值。"
         "居民意见主要集中在施工期间出行不便和停车位仍然紧张两个方面。")

    head(1, "五、主要经验及做法")
    para("1.坚持居民自愿，共同缔造。各镇（乡）在改造前逐户征询居民意见，改造内容由居民议事会讨论确定，"
         "施工期间邀请居民代表参与质量监督，提高了居民的参与度和认同感。")
    para("2.统筹各类资金，集中连片改造。县住建局将老旧小区改造与雨污分流、燃气管网更新等专项工作统筹实施，"
         "避免了道路反复开挖。")
    para("3.同步建立长效管理机制。改造完成后及时引入物业服务或社区托管，推动小区由“一次改造”向“长效管理”转变。")

    head(1, "六、存在的问题及原因分析")
    para(f"1.县级配套资金到位不足。县级配套资金预算{wan(SRC[3][1])}万元，实际到位{wan(SRC[3][2])}万元，到位率仅为72.4%，"
         f"尚有{wan(SRC[3][1] - SRC[3][2])}万元未到位，影响了部分工程进度款的支付。主要原因是县级财力紧张，配套资金未能按计划足额安排。")
    para("2.部分小区未按期完工。2024年度批次有4个小区未能在年底前完工，主要原因是燃气管线迁改需与燃气公司协调，"
         "前期对管线迁改难度估计不足，施工组织计划安排不够合理。")
    para("3.绩效目标设置不够完善。部分效益指标以定性描述为主，未设置可衡量的指标值，难以准确考核项目效益。")
    para("4.过程管理和档案管理有待加强。存在1笔工程款提前拨付、隐蔽工程旁站记录不完整、设计变更资料未及时归档等问题。")

    head(1, "七、有关建议")
    para("1.多渠道筹措资金。建议县财政局将县级配套资金足额纳入年度预算，并积极争取专项债券和社会资本参与，"
         "确保配套资金及时到位。")
    para("2.加强施工组织和协调。建议县住建局在改造前期与供水、燃气、电力等管线单位充分对接，科学编制施工计划，确保按期完工。")
    para("3.完善绩效目标管理。建议在申报绩效目标时将效益指标细化为可量化的指标值，如积水点消除数量、物业管理覆盖率等。")
    para("4.规范资金拨付和档案管理。严格按合同约定节点拨付资金，督促监理单位完善旁站记录，及时归档设计变更等资料。")
    para(FIRM, "Sign")
    para("2025年4月18日", "Sign")

    head(1, f"附件：{PROJECT}绩效评价评分表", style="Heading1Break")
    para(f"{PROJECT}2024年度绩效评价评分表", "TableTitle")
    arows = [
        [("评价指标", 1, 4, None), None, None, None, ("分值", 2, 1, None), ("评分标准", 2, 1, None), ("得分", 2, 1, None)],
        ["一级指标", "二级指标", "三级指标", "四级指标", None, None, None],
    ]
    for c1, n1, l2 in TREE:
        n1rows = sum(len(l4) for _, _, l3 in l2 for _, _, l4 in l3)
        first1 = True
        for c2, n2, l3 in l2:
            n2rows = sum(len(l4) for _, _, l4 in l3)
            first2 = True
            for c3, n3, l4 in l3:
                first3 = True
                for c4, n4, p, crit, s in l4:
                    arows.append([
                        (f"{c1}{n1}", n1rows, 1, None) if first1 else None,
                        (f"{c2}{n2}", n2rows, 1, None) if first2 else None,
                        (f"{c3}{n3}", len(l4), 1, None) if first3 else None,
                        (f"{c4}{n4}", 1, 1, "L"), p, (crit, 1, 1, "L"), s,
                    ])
                    first1 = first2 = first3 = False
    arows.append([("合计", 1, 4, None), None, None, None, "100", "", num(TOTAL_SC)])
    table("附表", [1.5, 1.9, 2.3, 2.7, 1.1, 4.8, 1.1], arows, "grid", header_rows=2)


# ================================================================ FODT wrapper
TOC_OVERRIDE = {} if CLEAN else {"六、存在的问题及原因分析": "六、存在的主要问题"}  # INJECT (toc): heading renamed after the TOC was last updated


def toc_xml(pages):
    tmpl = "".join(
        f'<text:table-of-content-entry-template text:outline-level="{lv}" text:style-name="Contents_20_{lv}">'
        '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/>'
        '<text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>'
        '<text:index-entry-link-end/></text:table-of-content-entry-template>' for lv in (1, 2, 3))
    out = ['<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="目录1">',
           '<text:table-of-content-source text:outline-level="2">',
           '<text:index-title-template text:style-name="Contents_20_Heading">目  录</text:index-title-template>',
           tmpl, '</text:table-of-content-source>', '<text:index-body>',
           '<text:index-title text:style-name="Sect1" text:name="目录1_Head">',
           '<text:p text:style-name="TocHead">目  录</text:p></text:index-title>']
    for lv, text, bm in HEADINGS:
        shown = TOC_OVERRIDE.get(text, text)
        out.append(f'<text:p text:style-name="Contents_20_{lv}"><text:a xlink:type="simple" xlink:href="#{bm}" '
                   f'text:style-name="Index_20_Link" text:visited-style-name="Index_20_Link">'
                   f'{t(shown)}<text:tab/>{pages.get(text, 1)}</text:a></text:p>')
    out.append('</text:index-body></text:table-of-content>')
    return "\n".join(out)


REVERT = [  # injected text -> correct text (used with --clean)
    ("受夏邑县财政局委托", "受虞城县财政局委托"),
    ("县级财政配套资金1,625.00万元", "县级财政配套资金1,652.00万元"),
    ("三级指标22个", "三级指标21个"),
    ("扣减0.3分，本指标得2.6分", "扣减0.3分，本指标得2.7分"),
    ("2024年9月31日", "2024年9月30日"),
]


def fodt(pages):
    build_body()
    if CLEAN:
        for a, b in REVERT:
            hits = [i for i, x in enumerate(BODY) if a in x]
            assert len(hits) == 1, a
            BODY[hits[0]] = BODY[hits[0]].replace(a, b)
    tstyles = []
    for name, widths in TABLE_STYLES:
        tot = sum(widths)
        tstyles.append(f'<style:style style:name="{name}" style:family="table"><style:table-properties '
                       f'style:width="{tot:.2f}cm" table:align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>')
        for i, w in enumerate(widths):
            tstyles.append(f'<style:style style:name="{name}.C{i}" style:family="table-column">'
                           f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')
    body = "\n".join(BODY).replace("@@TOC@@", toc_xml(pages))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>{PROJECT}2024年度财政重点绩效评价报告</dc:title>
 <meta:initial-creator>郭建平</meta:initial-creator>
 <dc:creator>郭建平</dc:creator>
 <dc:language>zh-CN</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="宋体" svg:font-family="宋体" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="黑体" svg:font-family="黑体" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="en" fo:country="US"
   style:font-name-asian="宋体" style:font-size-asian="12pt" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:default-style style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="150%" fo:text-indent="0.85cm" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name-asian="黑体" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
  <style:text-properties fo:font-size="15pt" style:font-size-asian="15pt"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
  <style:paragraph-properties fo:text-indent="0.85cm"/>
  <style:text-properties fo:font-size="13pt" style:font-size-asian="13pt"/>
 </style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">
  <style:paragraph-properties fo:text-indent="0.85cm"/>
  <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/>
 </style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/>
 </style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:line-height="150%"><style:tab-stops><style:tab-stop style:position="15.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:margin-left="0.85cm" fo:line-height="150%"><style:tab-stops><style:tab-stop style:position="14.55cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="Contents_20_3" style:display-name="Contents 3" style:family="paragraph" style:parent-style-name="Standard" style:class="index"/>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format=""/>
  <text:outline-level-style text:level="2" style:num-format=""/>
  <text:outline-level-style text:level="3" style:num-format=""/>
 </text:outline-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Text_20_body"/>
 <style:style style:name="BodyStart" style:family="paragraph" style:parent-style-name="Text_20_body" style:master-page-name="Standard">
  <style:paragraph-properties style:page-number="1" fo:text-indent="0cm"/>
 </style:style>
 <style:style style:name="CoverFirst" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Cover"/>
 <style:style style:name="Cover" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:line-height="200%"/>
 </style:style>
 <style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:line-height="150%"/>
  <style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" style:font-name-asian="黑体" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="CoverSub" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="CoverField" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="2.2cm" fo:line-height="200%"/>
  <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
 </style:style>
 <style:style style:name="TocHead" style:family="paragraph" style:parent-style-name="Contents_20_Heading">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Heading1Break" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="TableTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:style>
 <style:style style:name="TableUnit" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-top="0.3cm"/>
 </style:style>
 <style:style style:name="TH" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="TD" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="TDL" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:paragraph-properties fo:text-align="start"/>
 </style:style>
 <style:style style:name="CellGrid" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="middle" fo:padding="0.05cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:style style:name="CellThreeHead" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="middle" fo:padding="0.08cm" fo:border-top="1.5pt solid #000000" fo:border-bottom="0.75pt solid #000000" fo:border-left="none" fo:border-right="none"/>
 </style:style>
 <style:style style:name="CellThreeBody" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="middle" fo:padding="0.08cm" fo:border="none"/>
 </style:style>
 <style:style style:name="CellThreeLast" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="middle" fo:padding="0.08cm" fo:border-top="none" fo:border-bottom="1.5pt solid #000000" fo:border-left="none" fo:border-right="none"/>
 </style:style>
 <style:style style:name="Sect1" style:family="section">
  <style:section-properties style:editable="false"><style:columns fo:column-count="1" fo:column-gap="0cm"/></style:section-properties>
 </style:style>
 {"".join(tstyles)}
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
   fo:margin-top="2.54cm" fo:margin-bottom="1.5cm" fo:margin-left="2.8cm" fo:margin-right="2.8cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pm2">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
   fo:margin-top="2.54cm" fo:margin-bottom="2.54cm" fo:margin-left="2.8cm" fo:margin-right="2.8cm"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Cover" style:page-layout-name="pm2"/>
</office:master-styles>
<office:body>
<office:text>
{body}
</office:text>
</office:body>
</office:document>
'''


def soffice(fmt, src, outdir):
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def heading_pages():
    """pdf page of each TOC heading, renumbered so the page of the salutation is 1"""
    soffice("pdf", FODT, os.path.dirname(PDF))
    npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", PDF], capture_output=True, text=True).stdout).group(1))
    pages = []
    for i in range(1, npages + 1):
        txt = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), PDF, "-"], capture_output=True, text=True).stdout
        pages.append([re.sub(r"\s+", "", ln) for ln in txt.splitlines()])
    start = next(i for i, ls in enumerate(pages) if "虞城县财政局：" in ls)
    res, cur = {}, start
    for _, text, _ in HEADINGS:
        key = re.sub(r"\s+", "", text)
        while not any(ln.startswith(key[:14]) for ln in pages[cur]):
            cur += 1
        res[text] = cur - start + 1
    return res, npages


def main():
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(fodt({}))
    pages, n = heading_pages()
    with open(FODT, "w", encoding="utf-8") as f:
        f.write(fodt(pages))
    pages2, n2 = heading_pages()
    assert pages2 == pages, (pages, pages2)
    print(f"{n} pdf pages; TOC pages:", pages)
    soffice('docx:MS Word 2007 XML', FODT, OUT)
    if CLEAN:
        return
    # -------- check the quotes of expected.json against the docx text
    with zipfile.ZipFile(DOCX) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for pm in re.finditer(r"<w:p[ >].*?</w:p>", xml, re.S):
        paras.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", pm.group(0))))
    full = "\n".join(paras)
    assert "{" not in full and "}" not in full, "unformatted f-string left in the text"
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    for e in exp:
        c = full.count(e["quote"])
        print(("OK  " if c == 1 else f"BAD({c}) ") + e["ruleArea"] + "  " + e["quote"])
    with open(os.path.join(HERE, "_layout", NAME + ".txt"), "w", encoding="utf-8") as f:
        f.write(full)
    print("Han characters:", len(re.findall(r"[\u4e00-\u9fff]", full)))


if __name__ == "__main__":
    main()
