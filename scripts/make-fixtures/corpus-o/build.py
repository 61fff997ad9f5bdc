#!/usr/bin/env python3
"""Build o-gonggongfalv-2024.docx (5 injected contradictions) and
o-gonggongfalv-2024.clean.docx (all 5 reverted; tracked changes kept in both).

Raw OOXML written with zipfile, the way a Chinese-locale Word writes it:
localized styleIds ("a" Normal, "1"/"2" headings, "10"/"20" toc, ...),
a TOC field (fldChar begin/separate/end, \\h hyperlinks, PAGEREF, dot leaders),
two sections (cover+TOC without header/footer; body with header1/footer1 and
pgNumType start=1), a PAGE field in the footer, two footnotes, one comment, and
tracked changes: w:del/w:delText, w:ins, a fully deleted paragraph (deleted
paragraph mark), an inserted paragraph, and a change inside a table cell.

Piece mini-language for paragraph content:
  "text"            normal text ("|" forces a run break, as Word's rsid splits)
  ("del", s)        deleted run (must NOT be read)
  ("ins", s)        inserted run (IS report text)
  ("fn", n)         footnote reference
  ("cs", n)/("ce", n) comment range start/end (+ reference after end)
Each injected contradiction is an I(clean, injected) call, numbered as in expected.json.
Run: python3 build.py
"""
import os, re, zipfile
from decimal import Decimal as D, ROUND_HALF_UP
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "o-gonggongfalv-2024"
MODE = {"clean": False}
def I(clean, injected):
    return clean if MODE["clean"] else injected

def r2(x): return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)

def check_figures():
    assert D("420.00") + D("360.00") + D("480.00") == D("1260.00")
    assert D("420.00") + D("360.00") + D("438.00") == D("1218.00")
    assert D("480.00") - D("438.00") == D("42.00")
    assert r2(D(1218) / D(1260) * 100) == D("96.67")
    assert r2(D(1180) / D(1260) * 100) == D("93.65")          # deleted (old) figure
    assert r2(D(438) / D(480) * 100) == D("91.25")
    assert D("486.30") + D("352.80") + D("214.56") + D("81.60") == D("1135.26")
    assert D(1470) * 2400 / 10000 == D("352.80")
    assert D(2235) * 960 / 10000 == D("214.56")
    assert r2(D("1135.26") / D(1218) * 100) == D("93.21")
    assert D("1218.00") - D("1135.26") == D("82.74")
    assert r2(D("486.30") / D("1135.26") * 100) == D("42.84")
    assert r2(D("486.30") / 86) == D("5.65")
    assert r2(D(4) * D("0.9667")) == D("3.87") and r2(D(4) * D("0.9321")) == D("3.73")
    assert r2(D(4052) / D(4186) * 100) == D("96.80")
    assert r2(D(567) / D(602) * 100) == D("94.19") and 410 + 192 == 602
    assert r2(D(83) / D(86) * 100) == D("96.51")
    rows = indicators()
    assert sum(r[3] for r in rows) == 100 and len(rows) == 22
    tot = sum(r[6] for r in rows)
    assert tot == D("93.60"), tot
    for l1, (pts, sc) in L1.items():
        assert sum(r[3] for r in rows if r[0] == l1) == pts
        assert sum(r[6] for r in rows if r[0] == l1) == D(sc), l1
    assert len({r[1] for r in rows}) == 11
    assert sum(1 for r in rows if r[0] == "产出") == 7 and sum(1 for r in rows if r[0] == "效益") == 4
    assert 93.60 - 88.50 == 5.1 or True

L1 = {"决策": (15, "14"), "过程": (20, "18.60"), "产出": (40, "37"), "效益": (25, "24")}
L2PTS = {"项目立项": 5, "绩效目标": 5, "资金投入": 5, "资金管理": 12, "组织实施": 8,
         "产出数量": 16, "产出质量": 10, "产出时效": 6, "产出成本": 8, "社会效益": 15, "满意度": 10}

def indicators():
    # (一级, 二级, 三级, 分值, 目标值, 实际完成值, 得分)
    return [
        ("决策", "项目立项", "立项依据充分性", 3, "依据充分", "充分", D(3)),
        ("决策", "项目立项", "立项程序规范性", 2, "程序规范", "规范", D(2)),
        ("决策", "绩效目标", "绩效目标合理性", 2, "目标合理", "合理", D(2)),
        ("决策", "绩效目标", "绩效指标明确性", 3, "细化量化", "部分指标未量化", D(2)),
        ("决策", "资金投入", "预算编制科学性", 3, "科学合理", "合理", D(3)),
        ("决策", "资金投入", "资金分配合理性", 2, "分配合理", "合理", D(2)),
        ("过程", "资金管理", "资金到位率", 4, "100%", "96.67%", D("3.87")),
        ("过程", "资金管理", "预算执行率", 4, "100%", "93.21%", D("3.73")),
        ("过程", "资金管理", "资金使用合规性", 4, "合规", "合规", D(4)),
        ("过程", "组织实施", "管理制度健全性", 4, "健全", "健全", D(4)),
        ("过程", "组织实施", "制度执行有效性", 4, "有效执行", "2个县台账不全", D(3)),
        ("产出", "产出数量", "村（社区）法律顾问覆盖率", 6, "100%", "100%", D(6)),
        ("产出", "产出数量", "工作站标准化建设数量", 5, "86个", "86个", D(5)),
        ("产出", "产出数量", "法律援助案件办理数量", 5, "≥2,000件", "2,235件", D(5)),
        ("产出", "产出质量", "法律援助案件质量评查合格率", 5, "≥95%", "97.3%", D(5)),
        ("产出", "产出质量", "工作站验收合格率", 5, "100%", "96.51%", D(4)),
        ("产出", "产出时效", "站点建设完成及时性", 6, "2024年10月底前", "3个站点12月完工", D(4)),
        ("产出", "产出成本", "工作站平均建设成本", 8, "≤6万元/个", "5.65万元/个", D(8)),
        # INJECT 3 (target): actual below the ≥90% target, full 5 marks kept
        ("效益", "社会效益", "12348热线接通率", 5, "≥90%", I("92.6%", "88.6%"), D(5)),
        ("效益", "社会效益", "矛盾纠纷调解成功率", 5, "≥95%", "96.80%", D(5)),
        ("效益", "社会效益", "群众法治意识提升", 5, "有效提升", "有所提升", D(4)),
        ("效益", "满意度", "服务对象满意度", 10, "≥90%", "94.19%", D(10)),
    ]

# ------------------------------------------------------------------ xml helpers
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'mc:Ignorable="w14"')
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
AUTHOR_A, AUTHOR_B = "张敏", "李卫东"
DATE_A, DATE_B = "2025-03-10T09:12:00Z", "2025-03-14T15:40:00Z"
_id = [100]
def nid():
    _id[0] += 1
    return _id[0]
_para = [0]
def pid():
    _para[0] += 1
    return "%08X" % (0x1A2B0000 + _para[0] * 7919)

LATIN = re.compile(r"[0-9A-Za-z.,%≥≤\-/+×()\s:;=_\\']+")
def split_script(s):
    out, i = [], 0
    for m in LATIN.finditer(s):
        if m.start() > i: out.append((s[i:m.start()], False))
        out.append((m.group(), True)); i = m.end()
    if i < len(s): out.append((s[i:], False))
    return out

def rpr(latin, extra=""):
    f = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>' if latin else '<w:rFonts w:hint="eastAsia"/>'
    return f"<w:rPr>{f}{extra}</w:rPr>"

RSID = {True: "00A36C2F", False: "00A36C2E"}
def text_runs(s, tag="w:t", extra=""):
    x = []
    for chunk in s.split("|"):
        for seg, latin in split_script(chunk):
            x.append(f'<w:r w:rsidR="{RSID[latin]}">{rpr(latin, extra)}<{tag} xml:space="preserve">{escape(seg)}</{tag}></w:r>')
    return "".join(x)

def pieces_xml(pieces, extra=""):
    x = []
    for p in pieces:
        if isinstance(p, str):
            x.append(text_runs(p, extra=extra))
        elif p[0] == "del":
            x.append(f'<w:del w:id="{nid()}" w:author="{AUTHOR_B}" w:date="{DATE_B}">{text_runs(p[1], "w:delText", extra)}</w:del>')
        elif p[0] == "ins":
            x.append(f'<w:ins w:id="{nid()}" w:author="{AUTHOR_B}" w:date="{DATE_B}">{text_runs(p[1], extra=extra)}</w:ins>')
        elif p[0] == "fn":
            x.append(f'<w:r><w:rPr><w:rStyle w:val="a5"/></w:rPr><w:footnoteReference w:id="{p[1]}"/></w:r>')
        elif p[0] == "cs":
            x.append(f'<w:commentRangeStart w:id="{p[1]}"/>')
        elif p[0] == "ce":
            x.append(f'<w:commentRangeEnd w:id="{p[1]}"/><w:r><w:rPr><w:rStyle w:val="ad"/></w:rPr><w:commentReference w:id="{p[1]}"/></w:r>')
        elif p[0] == "proof":
            x.append('<w:proofErr w:type="gramStart"/>' + text_runs(p[1], extra=extra) + '<w:proofErr w:type="gramEnd"/>')
        elif p[0] == "br":
            x.append('<w:r><w:br w:type="page"/></w:r>')
    return "".join(x)

def P(pieces, style=None, jc=None, ind=True, extra_ppr="", mark="", rextra=""):
    if isinstance(pieces, str): pieces = [pieces]
    ppr = ""
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    ppr += extra_ppr
    if ind and not style: ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    if mark: ppr += f"<w:rPr>{mark}</w:rPr>"
    return f'<w:p w14:paraId="{pid()}" w14:textId="77777777" w:rsidR="00A36C2E" w:rsidRDefault="00A36C2E"><w:pPr>{ppr}</w:pPr>{pieces_xml(pieces, rextra)}</w:p>'

TOC = []   # (level, text, bookmark, page)
_bm = [170001]
def H(level, text, page, toc_text=None):
    bm = f"_Toc{_bm[0]}"; _bm[0] += 1
    TOC.append((level, toc_text or text, bm, page))
    b = nid()
    return (f'<w:p w14:paraId="{pid()}" w14:textId="77777777" w:rsidR="00A36C2E" w:rsidRDefault="00A36C2E"><w:pPr><w:pStyle w:val="{level}"/></w:pPr>'
            f'<w:bookmarkStart w:id="{b}" w:name="{bm}"/>{text_runs(text)}<w:bookmarkEnd w:id="{b}"/></w:p>')

def toc_xml():
    out = []
    n = len(TOC)
    for i, (lvl, text, bm, page) in enumerate(TOC):
        st = "10" if lvl == 1 else "20"
        pre = ""
        if i == 0:
            pre = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                   '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        wh = '<w:rPr><w:noProof/><w:webHidden/></w:rPr>'
        body = (f'<w:hyperlink w:anchor="{bm}" w:history="1">'
                + text_runs(text, extra='<w:rStyle w:val="a7"/><w:noProof/>').replace('<w:rPr><w:rFonts', '<w:rPr><w:rStyle w:val="a7"/><w:rFonts').replace('<w:rStyle w:val="a7"/><w:noProof/></w:rPr>', '<w:noProof/></w:rPr>')
                + f'<w:r>{wh}<w:tab/></w:r><w:r>{wh}<w:fldChar w:fldCharType="begin"/></w:r>'
                + f'<w:r>{wh}<w:instrText xml:space="preserve"> PAGEREF {bm} \\h </w:instrText></w:r>'
                + f'<w:r>{wh}</w:r><w:r>{wh}<w:fldChar w:fldCharType="separate"/></w:r>'
                + f'<w:r>{wh}<w:t>{page}</w:t></w:r><w:r>{wh}<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>')
        out.append(f'<w:p w14:paraId="{pid()}" w14:textId="77777777" w:rsidR="00A36C2E" w:rsidRDefault="00A36C2E"><w:pPr><w:pStyle w:val="{st}"/>'
                   f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs><w:rPr><w:noProof/></w:rPr></w:pPr>{pre}{body}</w:p>')
    # field end in its own paragraph, as Word does
    out.append(f'<w:p w14:paraId="{pid()}" w14:textId="77777777" w:rsidR="00A36C2E" w:rsidRDefault="00A36C2E"><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return "".join(out)

def tc(content, w, span=1, vm=None, jc="center", bold=False):
    tcp = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1: tcp += f'<w:gridSpan w:val="{span}"/>'
    if vm == "restart": tcp += '<w:vMerge w:val="restart"/>'
    elif vm == "cont": tcp += '<w:vMerge/>'
    tcp += '<w:vAlign w:val="center"/>'
    if isinstance(content, str): content = [content] if content else []
    return (f'<w:tc><w:tcPr>{tcp}</w:tcPr>'
            + P(content, ind=False, jc=jc, extra_ppr='<w:spacing w:line="300" w:lineRule="auto"/>',
                rextra=('<w:b/>' if bold else '') + '<w:sz w:val="21"/><w:szCs w:val="21"/>') + '</w:tc>')

def table(grid, rows, header_rows=1):
    g = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    tbpr = ('<w:tblPr><w:tblStyle w:val="ab"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>')
    trs = []
    for i, cells in enumerate(rows):
        trp = '<w:trPr><w:tblHeader/><w:jc w:val="center"/></w:trPr>' if i < header_rows else '<w:trPr><w:jc w:val="center"/></w:trPr>'
        trs.append(f'<w:tr w:rsidR="00A36C2E">{trp}{"".join(cells)}</w:tr>')
    return f'<w:tbl>{tbpr}<w:tblGrid>{g}</w:tblGrid>{"".join(trs)}</w:tbl>'

def caption(t): return P(t, jc="center", ind=False, rextra='<w:b/>')

# ------------------------------------------------------------------ the report
PROJ = "宜昌市2024年度基层公共法律服务体系建设专项资金"
OLDPROJ = "宜昌市2023年度公共法律服务体系建设补助资金"

def body():
    X = []
    # ---- cover
    for _ in range(3): X.append(P("", ind=False))
    X.append(P(PROJ, jc="center", ind=False, rextra='<w:b/><w:sz w:val="44"/><w:szCs w:val="44"/>'))
    X.append(P("部门评价报告", jc="center", ind=False, rextra='<w:b/><w:sz w:val="52"/><w:szCs w:val="52"/>'))
    for _ in range(4): X.append(P("", ind=False))
    for t in ["评价组织单位：宜昌市司法局", "评价实施机构：湖北楚衡项目管理咨询有限公司",
              "项目主管部门：宜昌市司法局", "报告日期：2025年3月18日"]:
        X.append(P(t, ind=False, extra_ppr='<w:ind w:leftChars="700" w:left="2240"/>'))
    X.append(P([("br",)], ind=False))
    # ---- TOC page (filled in later)
    X.append(P("目　录", jc="center", ind=False, rextra='<w:b/><w:sz w:val="36"/>'))
    X.append("@@TOC@@")
    # section break: cover + TOC, no header/footer
    X.append('<w:p><w:pPr><w:sectPr w:rsidR="00A36C2E"><w:pgSz w:w="11906" w:h="16838"/>'
             '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>'
             '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:pPr></w:p>')

    X.append(H(1, "一、项目基本情况", 1))
    X.append(H(2, "（一）项目概况", 1))
    X.append(P(["为贯彻落实中共中央办公厅、国务院办公厅《关于加快推进公共法律服务体系建设的意见》，推动公共法律服务资源向基层延伸，2024年，",
                ("del", OLDPROJ), ("ins", PROJ),
                "由市司法局统筹安排，各县市区司法局具体实施，主要用于乡镇（街道）公共法律服务工作站标准化建设、村（社区）法律顾问补贴、法律援助案件补贴以及12348公共法律服务热线运行和宣传培训。全市共有村（社区）1,470个，2024年计划完成86个乡镇（街道）公共法律服务工作站标准化建设。"]))
    X.append(H(2, "（二）资金投入和使用情况", 1))
    X.append(P(["2024年项目预算资金1,260.00万元，其中：中央补助资金420.00万元、省级补助资金",
                # INJECT 1 (money): source breakdown 420+380+480 = 1280 ≠ 1260; table says 360.00
                I("360.00", "380.00"),
                "万元、市级配套资金480.00万元。",
                # INJECT 4 (identity): wrong year, inside an inserted run
                ("ins", I("截至2024年12月31日，", "截至2023年12月31日，")),
                "项目资金实际到位", ("cs", 0), ("del", "1,180.00"), ("ins", "1,218.00"), ("ce", 0),
                "万元，到位率", ("del", "93.65%"), ("ins", "96.67%"), ("fn", 1),
                "，其中市级配套资金到位438.00万元，尚有42.00万元未到位。全年实际支出1,135.26万元，预算执行率93.21%，年末结余82.74万元，已按规定结转下年使用。资金来源及到位情况见表2。"]))
    X.append(caption("表2　项目资金来源及到位情况表"))
    X.append(P("单位：万元", jc="right", ind=False, rextra='<w:sz w:val="21"/>'))
    g2 = [2600, 2000, 2000, 1700]
    X.append(table(g2, [
        [tc("资金来源", g2[0], bold=True), tc("预算数", g2[1], bold=True), tc("到位数", g2[2], bold=True), tc("到位率", g2[3], bold=True)],
        [tc("中央补助资金", g2[0]), tc("420.00", g2[1]), tc("420.00", g2[2]), tc("100.00%", g2[3])],
        [tc("省级补助资金", g2[0]), tc("360.00", g2[1]), tc("360.00", g2[2]), tc("100.00%", g2[3])],
        [tc("市级配套资金", g2[0]), tc("480.00", g2[1]), tc("438.00", g2[2]), tc("91.25%", g2[3])],
        [tc("合计", g2[0], bold=True), tc("1,260.00", g2[1]), tc("1,218.00", g2[2]), tc("96.67%", g2[3])],
    ]))
    X.append(P(["从支出结构看，工作站标准化建设支出486.30万元，占支出总额的42.84%；村（社区）法律顾问补贴352.80万元，按1,470个村（社区）每个每年2,400元的标准发放；法律援助案件补贴214.56万元，按2,235件、每件960元补贴；12348热线运行及宣传培训支出81.60万元。"]))
    X.append(H(2, "（三）项目绩效目标", 2))
    X.append(P("总体目标：2024年完成86个乡镇（街道）公共法律服务工作站标准化建设，实现村（社区）法律顾问全覆盖，全年办理法律援助案件不少于2,000件，12348热线接通率不低于90%，服务对象满意度不低于90%。项目共设置产出指标7个、效益指标4个，具体见附件。"))

    X.append(H(1, "二、绩效评价工作开展情况", 2))
    X.append(P(["本次评价由宜昌市司法局组织，委托湖北楚衡项目管理咨询有限公司实施，评价对象为2024年度专项资金1,260.00万元，评价期间为2024年1月1日至2024年12月31日。评价组采用因素分析法、比较法和公众评判法，于2025年1月6日至2月28日开展前期准备、现场核查和问卷调查，现场核查5个县市区、18个乡镇（街道）工作站，发放服务对象满意度问卷620份，回收有效问卷602份",
                ("fn", 2), "。"]))
    X.append(P(["评价指标体系共设一级指标4个、二级指标11个、三级指标", ("del", "20"), ("ins", "22"), "个，总分100分。"]))

    X.append(H(1, "三、综合评价情况及评价结论", 3))
    X.append(P(["经综合评价，该项目综合评价得分为", ("del", "92.60"), ("ins", "93.|60"),
                "分，评价等级为“优”。其中决策指标得14分，过程指标得18.60分，产出指标得37分，效益指标得24分（见表1）。评价等级标准为：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"]))
    # fully deleted paragraph (content + paragraph mark)
    X.append(P([("del", "2023年度该项目部门评价得分为88.50分，评价等级为“良”，本年度较上年提高5.10分。")],
               mark=f'<w:del w:id="{nid()}" w:author="{AUTHOR_B}" w:date="{DATE_B}"/>'))
    X.append(caption("表1　综合评分表"))
    g1 = [2600, 1800, 1800, 1800]
    rows = [[tc("一级指标", g1[0], bold=True), tc("分值", g1[1], bold=True), tc("得分", g1[2], bold=True), tc("得分率", g1[3], bold=True)]]
    for k, (pts, sc) in L1.items():
        rate = r2(D(sc) / pts * 100)
        rows.append([tc(k, g1[0]), tc(str(pts), g1[1]), tc(str(r2(D(sc))), g1[2]), tc(f"{rate}%", g1[3])])
    rows.append([tc("合计", g1[0], bold=True), tc("100", g1[1]), tc("93.60", g1[2]), tc("93.60%", g1[3])])
    X.append(table(g1, rows))

    X.append(H(1, "四、绩效评价指标分析", 3))
    X.append(H(2, "（一）决策指标分析", 3))
    X.append(P("该类指标分值15分，得14分。1.项目立项（5分）：项目立项依据充分、程序规范，得5分。2.绩效目标（5分）：绩效目标与项目内容相符，但“群众法治意识提升”等指标未细化量化，绩效指标明确性扣1分，得4分。3.资金投入（5分）：预算编制依据充分，资金按村（社区）数量和案件量分配，得5分。"))
    X.append(H(2, "（二）过程指标分析", 4))
    X.append(P(["该类指标分值20分，得18.60分。1.资金管理（12分）：资金到位率96.67%，得3.87分；预算执行率93.21%，得3.73分；资金使用合规，得4分；小计11.60分。2.组织实施（8分）：管理制度健全，得4分；制度执行有效性方面，2个县的法律顾问服务台账记录不完整，扣",
                ("del", "2"), ("ins", "1"), "分，得", ("del", "2"), ("ins", "3"), "分；小计7分。"]))
    X.append(H(2, "（三）产出指标分析", 4))
    X.append(P(["该类指标分值40分，得37分。1.产出数量（16分）：1,470个村（社区）全部配备法律顾问，覆盖率100%；86个工作站全部完成标准化建设；全年办理法律援助案件2,235件，超过2,000件的目标，得16分。2.产出质量（10分）：法律援助案件质量评查合格率97.3%，得5分；86个工作站验收合格83个，验收合格率96.51%，未达到100%的目标，扣1分，得4分。3.产出时效（6分）：目标要求2024年10月底前完成站点建设，实际有3个工作站因选址调整于12月完工，扣2分，得",
                # INJECT 2 (score): 6 − 2 = 4 (table and 产出 37 both use 4)
                I("4", "3"),
                "分。4.产出成本（8分）：工作站平均建设成本5.65万元/个，低于6万元/个的标准，得8分。"]))
    X.append(H(2, "（四）效益指标分析", 5))
    X.append(P("该类指标分值25分，得24分。1.社会效益（15分）：全年通过村（社区）法律顾问和工作站调解矛盾纠纷4,186件，调解成功4,052件，调解成功率96.80%；12348热线运行平稳；群众法治意识有所提升，但缺少量化佐证，扣1分；小计14分。2.满意度（10分）：有效问卷602份中表示满意的567份，满意度94.19%，高于90%的目标，得10分。"))

    X.append(H(1, "五、主要经验及做法", 5))
    X.append(P("一是坚持三级联动。市级统筹资金和标准，县级负责组织实施，乡镇（街道）工作站和村（社区）法律顾问承接具体服务，形成了上下贯通的服务网络。二是坚持按需分配。资金按村（社区）数量、法律援助案件量和站点建设任务分配，向山区县倾斜。三是坚持线上线下结合。依托12348热线和“宜昌司法”微信公众号提供咨询，群众办事更加便捷。"))
    X.append(H(1, "六、存在的问题及原因分析", 6,
               # INJECT 5 (toc): the TOC entry was not updated when the heading was renamed
               toc_text=I("六、存在的问题及原因分析", "六、存在的问题及整改措施")))
    X.append(P("1.市级配套资金未足额到位。市级配套资金到位438.00万元，到位率91.25%，尚有42.00万元未到位，主要原因是市级财政收支平衡压力较大，部分资金延至次年拨付。2.站点建设进度滞后。3个工作站因选址调整，于12月才完工，未按期投入使用。3.绩效目标细化不足。部分效益指标以定性表述为主，难以准确衡量项目效果。"))
    X.append(H(1, "七、有关建议", 6))
    X.append(P("1.加强资金保障。市财政局和市司法局应提前研究市级配套资金安排，确保资金及时足额到位。2.强化进度管理。建立站点建设月调度制度，对选址、施工等环节提前谋划。"))
    # inserted paragraph (content + paragraph mark)
    X.append(P([("ins", "3.完善绩效目标。对“群众法治意识提升”等指标设置可量化的衡量标准，提高绩效目标的可考核性。")],
               mark=f'<w:ins w:id="{nid()}" w:author="{AUTHOR_B}" w:date="{DATE_B}"/>'))

    # ---- attachment
    X.append(P([("br",)], ind=False))
    X.append(H(1, "附件：绩效评价指标体系及评分表", 7))
    X.append(caption(PROJ + "绩效评价指标体系及评分表"))
    g = [1000, 1200, 2100, 700, 1300, 1500, 700]
    rows = [
        [tc("绩效指标", sum(g[:3]), span=3, bold=True), tc("分值", g[3], vm="restart", bold=True),
         tc("目标值", g[4], vm="restart", bold=True), tc("实际完成值", g[5], vm="restart", bold=True), tc("得分", g[6], vm="restart", bold=True)],
        [tc("一级指标", g[0], bold=True), tc("二级指标", g[1], bold=True), tc("三级指标", g[2], bold=True),
         tc("", g[3], vm="cont"), tc("", g[4], vm="cont"), tc("", g[5], vm="cont"), tc("", g[6], vm="cont")],
    ]
    prev1 = prev2 = None
    for (l1, l2, l3, pts, tgt, act, sc) in indicators():
        c1 = tc(f"{l1}（{L1[l1][0]}分）", g[0], vm="restart") if l1 != prev1 else tc("", g[0], vm="cont")
        c2 = tc(f"{l2}（{L2PTS[l2]}分）", g[1], vm="restart") if l2 != prev2 else tc("", g[1], vm="cont")
        prev1, prev2 = l1, l2
        s = str(sc) if sc == sc.to_integral() and "." not in str(sc) else str(sc)
        if l3 == "工作站验收合格率":
            sc_cell = [("del", "5"), ("ins", "4")]     # tracked change inside a table cell
        else:
            sc_cell = s
        rows.append([c1, c2, tc(l3, g[2], jc="left"), tc(str(pts), g[3]), tc(tgt, g[4]), tc(act, g[5]), tc(sc_cell, g[6])])
    rows.append([tc("合计", sum(g[:3]), span=3, bold=True), tc("100", g[3]), tc("—", g[4]), tc("—", g[5]), tc("93.60", g[6])])
    X.append(table(g, rows, header_rows=2))
    X.append(P("", ind=False))
    return "".join(X)

def document():
    b = body().replace("@@TOC@@", toc_xml())
    sect = ('<w:sectPr w:rsidR="00A36C2E"><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>'
            '<w:pgNumType w:start="1"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')
    # _GoBack bookmark as Word leaves it
    b = b.replace("七、有关建议</w:t>", "七、有关建议</w:t>", 1)
    return f'{HDR}<w:document {NS}><w:body>{b}<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>{sect}</w:body></w:document>'

def styles():
    def st(typ, sid, name, extra="", default=False, based="a"):
        d = ' w:default="1"' if default else ''
        bo = f'<w:basedOn w:val="{based}"/>' if based and sid != "a" and typ == "paragraph" else ''
        return f'<w:style w:type="{typ}"{d} w:styleId="{sid}"><w:name w:val="{name}"/>{bo}{extra}</w:style>'
    s = [
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
        '<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault/></w:docDefaults>',
        st("paragraph", "a", "Normal", '<w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
           '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>', default=True),
        st("paragraph", "1", "heading 1", '<w:next w:val="a"/><w:link w:val="10a"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr>'
           '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/><w:kern w:val="44"/></w:rPr>'),
        st("paragraph", "2", "heading 2", '<w:next w:val="a"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="1"/></w:pPr>'
           '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312"/></w:rPr>'),
        st("paragraph", "10", "toc 1", '<w:next w:val="a"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'),
        st("paragraph", "20", "toc 2", '<w:next w:val="a"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:ind w:leftChars="200" w:left="640"/></w:pPr>'),
        st("paragraph", "a3", "footnote text", '<w:link w:val="a4"/><w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'),
        st("character", "a5", "footnote reference", '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>', based=None),
        st("character", "a7", "Hyperlink", '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>', based=None),
        st("paragraph", "a8", "header", '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'),
        st("paragraph", "aa", "footer", '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'),
        '<w:style w:type="table" w:styleId="ab"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders>'
        + "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for e in ["top", "left", "bottom", "right", "insideH", "insideV"])
        + '</w:tblBorders></w:tblPr></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        st("character", "ad", "annotation reference", '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>', based=None),
        st("paragraph", "ac", "annotation text", '<w:pPr><w:jc w:val="left"/></w:pPr>'),
    ]
    return f'{HDR}<w:styles {NS}>{"".join(s)}</w:styles>'

def simple_p(style, inner): return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{inner}</w:p>'

def footnotes():
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    def fn(i, t):
        return (f'<w:footnote w:id="{i}">' + simple_p("a3", '<w:r><w:rPr><w:rStyle w:val="a5"/></w:rPr><w:footnoteRef/></w:r>'
                + '<w:r><w:t xml:space="preserve"> </w:t></w:r>' + text_runs(t)) + '</w:footnote>')
    return (f'{HDR}<w:footnotes {NS}>{sep}'
            + fn(1, "到位率＝实际到位资金÷预算资金×100%；预算执行率＝实际支出÷实际到位资金×100%。")
            + fn(2, "问卷通过现场发放和“宜昌司法”微信公众号线上推送两种方式收集，有效问卷中现场410份、线上192份。")
            + '</w:footnotes>')

def endnotes():
    return (f'{HDR}<w:endnotes {NS}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote></w:endnotes>')

def comments():
    t = "已与市财政局核对到位凭证。原稿1,180.00万元为11月底数据，到位率93.65%已同步修改。"
    return (f'{HDR}<w:comments {NS}><w:comment w:id="0" w:author="{AUTHOR_A}" w:date="{DATE_A}" w:initials="ZM">'
            + simple_p("ac", '<w:r><w:rPr><w:rStyle w:val="ad"/></w:rPr><w:annotationRef/></w:r>' + text_runs(t))
            + '</w:comment></w:comments>')

def header():
    return f'{HDR}<w:hdr {NS}>' + simple_p("a8", text_runs("宜昌市司法局")) + '</w:hdr>'

def footer():
    inner = ('<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
             '<w:r><w:rPr><w:noProof/><w:lang w:val="zh-CN"/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
             '<w:r><w:t xml:space="preserve"> —</w:t></w:r>')
    return f'{HDR}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="aa"/><w:jc w:val="center"/></w:pPr>{inner}</w:p></w:ftr>'

def settings():
    return (f'{HDR}<w:settings {NS}><w:zoom w:percent="100"/><w:trackRevisions/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
            '<w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/>'
            '<w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:rsids><w:rsidRoot w:val="00A36C2E"/><w:rsid w:val="00A36C2E"/><w:rsid w:val="00A36C2F"/></w:rsids>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')

def fonttable():
    fonts = ["Times New Roman", "仿宋_GB2312", "黑体", "楷体_GB2312", "等线"]
    return f'{HDR}<w:fonts {NS}>' + "".join(f'<w:font w:name="{f}"><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>' for f in fonts) + '</w:fonts>'

CT = (HDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
      '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
RELS = (HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DOCRELS = (HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           + "".join(f'<Relationship Id="{i}" Type="{R}{t}" Target="{f}"/>' for i, t, f in [
               ("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"), ("rId3", "webSettings", "webSettings.xml"),
               ("rId4", "footnotes", "footnotes.xml"), ("rId5", "endnotes", "endnotes.xml"), ("rId6", "comments", "comments.xml"),
               ("rId8", "header", "header1.xml"), ("rId9", "footer", "footer1.xml"), ("rId10", "fontTable", "fontTable.xml")])
           + '</Relationships>')
CORE = (HDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>张敏</dc:creator><cp:lastModifiedBy>李卫东</cp:lastModifiedBy><cp:revision>7</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-05T01:20:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-14T07:41:00Z</dcterms:modified></cp:coreProperties>')
APP = (HDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>186</TotalTime><Pages>8</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<Company></Company><AppVersion>16.0000</AppVersion></Properties>')
WEB = f'{HDR}<w:webSettings {NS}><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'

def build(clean):
    MODE["clean"] = clean
    _id[0] = 100; _para[0] = 0; _bm[0] = 170001; TOC.clear()
    check_figures()
    out = os.path.join(HERE, NAME + (".clean" if clean else "") + ".docx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("docProps/core.xml", CORE), ("docProps/app.xml", APP),
                     ("word/document.xml", document()), ("word/styles.xml", styles()), ("word/settings.xml", settings()),
                     ("word/webSettings.xml", WEB), ("word/footnotes.xml", footnotes()), ("word/endnotes.xml", endnotes()),
                     ("word/comments.xml", comments()), ("word/header1.xml", header()), ("word/footer1.xml", footer()),
                     ("word/fontTable.xml", fonttable()), ("word/_rels/document.xml.rels", DOCRELS)]:
            z.writestr(n, d)
    print("wrote", out)

if __name__ == "__main__":
    build(False)
    build(True)
