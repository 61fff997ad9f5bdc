#!/usr/bin/env python3
"""No longer M's builder: fixtures/corpus/m-caoyuan-2024.docx and its control are built from
m-caoyuan-2024.spec.md by scripts/make-fixtures/spec/ooxml/build.mjs. This file stays only because
../corpus-p2/build.py imports its OOXML helpers (p, tc, tr, runs, the package parts); it goes when P2's
.docx is built from its spec too. What follows is how it built M.

Build m-caoyuan-2024.docx (with 7 injected contradictions) and
m-caoyuan-2024.clean.docx (the same document with all 7 reverted).

The .docx is raw OOXML written with zipfile the way Word 2016 writes it:
styles/settings/fontTable/webSettings/docProps parts, rsid attributes, runs
split where the font changes between Chinese and Latin/digits (w:hint="eastAsia"),
a proofErr and a _GoBack bookmark, a fixed-layout table with tblGrid, merged
cells as w:vMerge restart/continue (continuations repeat gridSpan) and w:gridSpan.

Every figure is computed/checked in check_figures() below; each injection is an
I(clean, injected) call, numbered like expected.json.

Run:  python3 build.py
"""
import os
import re
import zipfile
from decimal import Decimal as D, ROUND_HALF_UP
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "m-caoyuan-2024"
MODE = {"clean": False}


def I(clean, injected):
    """one injected contradiction: clean text vs. the text in the report"""
    return clean if MODE["clean"] else injected


# ------------------------------------------------------------------ figures
def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


BUDGET_START = D("5100.00")     # 中央4850.00 + 省级250.00
BUDGET_YEAR = D("5286.40")      # + 追加186.40 (有害生物防治166.40 + 监测宣传20.00)
SPENT = D("5112.86")            # 3150.00 + 1700.00 + 210.00 + 52.86
EXEC_RATE = r2(SPENT / BUDGET_YEAR * 100)          # 96.72
EXEC_SCORE = r2(min(EXEC_RATE / 100, D(1)) * 10)   # 9.67

# (一级, 二级, 三级, 指标值, 实际值, 分值, 得分, 偏差原因)
DEV_TIME = ("部分草场承包经营权变更、户籍迁移信息核实耗时较长，草畜平衡奖励延至12月18日兑付完毕。"
            "改进措施：每年9月底前完成面积核实和“一卡通”信息比对。")
def indicators():
  return [
    ("产出指标", "数量指标", "禁牧补助面积", "≥420万亩", "420万亩", 10, 10, ""),
    ("产出指标", "数量指标", "草畜平衡奖励面积", "≥680万亩", "680万亩", 10, 10, ""),
    ("产出指标", "数量指标", "聘用草原生态管护员人数", "500名", "500名", 5, 5, ""),
    ("产出指标", "质量指标", "补助奖励资金兑付到户率", "100%", "100%", 5, 5, ""),
    # INJECT 3 (target): actual below the ≥95% target, full marks kept
    ("产出指标", "质量指标", "禁牧和草畜平衡监管覆盖率", "≥95%", I("96.5%", "94.2%"), 5, 5, ""),
    # INJECT 4 (identity): last year's date left in the 2024 target value
    ("产出指标", "时效指标", "补助奖励资金兑付完成时间", I("2024年11月底前", "2023年11月底前"),
     "2024年12月18日", 5, 3, DEV_TIME),
    ("产出指标", "成本指标", "禁牧补助标准", "7.5元/亩·年", "7.5元/亩·年", 5, 5, ""),
    ("产出指标", "成本指标", "草原监测及政策宣传培训经费", "≤60万元", "52.86万元", 5, 5, ""),
    ("效益指标", "经济效益指标", "户均获得补助奖励资金", "≥7500元", "7804元", 10, 10, ""),
    ("效益指标", "社会效益指标", "农牧民保护草原意识", "有效提升", "有效提升", 5, 5, ""),
    ("效益指标", "生态效益指标", "草原综合植被盖度", "≥58%", "58.6%", 5, 5, ""),
    ("效益指标", "生态效益指标", "天然草原平均牲畜超载率", "≤10%", "8.3%", 5, 5, ""),
    ("效益指标", "可持续影响指标", "草原生态保护长效机制", "逐步健全", "逐步健全", 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "受益农牧民满意度", "≥90%", "93.6%", 10, 10, ""),
  ]


def check_figures():
    assert D("4850.00") + D("250.00") == BUDGET_START
    assert BUDGET_START + D("166.40") + D("20.00") == BUDGET_YEAR
    assert D("3150.00") + D("1700.00") + D("210.00") + D("52.86") == SPENT
    assert D(420) * D("7.5") == D(3150) and D(680) * D("2.5") == D(1700)   # 万亩 × 元 = 万元
    assert D(500) * D(4200) / 10000 == D(210)
    assert BUDGET_YEAR - SPENT == D("173.54") == D("166.40") + D("7.14")
    assert D("40.00") + D("20.00") - D("52.86") == D("7.14")
    assert EXEC_RATE == D("96.72") and EXEC_SCORE == D("9.67")
    assert r2(D(4850) / BUDGET_YEAR * 100) == D("91.74")
    assert round(D(48500000) / 6215) == 7804
    assert r2(D(455) / 486 * 100) == D("93.62")
    assert D("58.6") - D("58.2") == D("0.4") and D("9.6") - D("8.3") == D("1.3")
    assert D(420) + D(680) == D(1100)
    pts = sum(r[5] for r in indicators())
    got = sum(r[6] for r in indicators())
    assert pts == 90 and got == 88
    assert sum(r[5] for r in indicators() if r[0] == "产出指标") == 50
    assert sum(r[6] for r in indicators() if r[0] == "产出指标") == 48
    assert sum(r[5] for r in indicators() if r[0] == "效益指标") == 30
    assert sum(r[6] for r in indicators() if r[1] == "数量指标") == 25
    assert sum(r[6] for r in indicators() if r[1] == "质量指标") == 10
    assert sum(r[6] for r in indicators() if r[1] == "成本指标") == 10
    assert sum(r[6] for r in indicators() if r[1] == "生态效益指标") == 10
    assert EXEC_SCORE + got == D("97.67")
    assert len(indicators()) == 14 and len({r[1] for r in indicators()}) == 9 and len({r[0] for r in indicators()}) == 3


# ------------------------------------------------------------------ OOXML helpers
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'mc:Ignorable="w14 w15"')

_pid = [0x1A2B3C00]


def para_id():
    _pid[0] += 0x1F3
    return f'w14:paraId="{_pid[0]:08X}" w14:textId="77777777"'


RSIDS = ["00A41C6E", "00B7352D", "004E19F0", "00D2C8A1"]
_r = [0]


def rsid():
    _r[0] += 1
    return RSIDS[_r[0] % len(RSIDS)]


def is_cjk(ch):
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF
            or ch in "“”‘’—…·")


def runs(text, size=None, bold=False, font_cn=None):
    """Split text the way Word does when East Asian and Latin fonts differ."""
    if not text:
        return ""
    parts = []
    for m in re.finditer(r"[^\x00-\x7f≥≤]+|[\x00-\x7f≥≤]+", text):
        parts.append(m.group(0))
    out = []
    for p in parts:
        cn = is_cjk(p[0])
        rpr = []
        if cn or font_cn:
            f = font_cn or "仿宋_GB2312"
            rpr.append(f'<w:rFonts w:ascii="Times New Roman" w:eastAsia="{f}" w:hAnsi="Times New Roman"'
                       + (' w:hint="eastAsia"' if cn else "") + "/>")
        else:
            rpr.append('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>')
        if bold:
            rpr.append("<w:b/><w:bCs/>")
        if size:
            rpr.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
        sp = ' xml:space="preserve"' if p != p.strip() else ""
        out.append(f'<w:r w:rsidRPr="{rsid()}"><w:rPr>{"".join(rpr)}</w:rPr><w:t{sp}>{escape(p)}</w:t></w:r>')
    return "".join(out)


def p(text="", style=None, jc=None, size=None, bold=False, font_cn=None, indent=True, before=0, after=0,
      line=None, page_break_before=False, extra=""):
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if page_break_before:
        ppr.append("<w:pageBreakBefore/>")
    sp = f'<w:spacing w:before="{before}" w:after="{after}"'
    if line:
        sp += f' w:line="{line}" w:lineRule="exact"'
    ppr.append(sp + "/>")
    if indent:
        ppr.append('<w:ind w:firstLineChars="200" w:firstLine="640"/>')
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    rpr = ""
    if size or font_cn:
        rpr = "<w:rPr>" + (f'<w:rFonts w:eastAsia="{font_cn}" w:hint="eastAsia"/>' if font_cn else "") + \
              (f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else "") + "</w:rPr>"
    return (f'<w:p {para_id()} w:rsidR="{rsid()}" w:rsidRDefault="00A41C6E"><w:pPr>{"".join(ppr)}{rpr}</w:pPr>'
            f'{extra}{runs(text, size=size, bold=bold, font_cn=font_cn)}</w:p>')


# ------------------------------------------------------------------ the form (table)
GRID = [1060, 860, 960, 1560, 1100, 1100, 580, 800, 1518]
CELL_SZ = 20  # 10pt


def tc(text, col, span=1, vmerge=None, bold=False, jc="center"):
    w = sum(GRID[col:col + span])
    pr = [f'<w:tcW w:w="{w}" w:type="dxa"/>']
    if span > 1:
        pr.append(f'<w:gridSpan w:val="{span}"/>')
    if vmerge == "restart":
        pr.append('<w:vMerge w:val="restart"/>')
    elif vmerge == "cont":
        pr.append("<w:vMerge/>")
    pr.append('<w:vAlign w:val="center"/>')
    if vmerge == "cont":
        body = (f'<w:p {para_id()} w:rsidR="{rsid()}" w:rsidRDefault="00A41C6E"><w:pPr><w:jc w:val="{jc}"/>'
                f'<w:rPr><w:sz w:val="{CELL_SZ}"/></w:rPr></w:pPr></w:p>')
    else:
        body = p(text, jc=jc, size=CELL_SZ, bold=bold, indent=False, line=300)
    return f'<w:tc><w:tcPr>{"".join(pr)}</w:tcPr>{body}</w:tc>'


def tr(cells, height=454):
    return (f'<w:tr w:rsidR="{rsid()}" w:rsidTr="00B7352D"><w:trPr><w:trHeight w:val="{height}"/>'
            f'<w:jc w:val="center"/></w:trPr>{"".join(cells)}</w:tr>')


def fmt_num(x):
    s = f"{D(x):f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def form_table():
    rows = []
    # 项目名称
    rows.append(tr([tc("项目名称", 0), tc("祁连县2024年度草原生态保护补助奖励项目", 1, span=8)]))
    rows.append(tr([tc("主管部门", 0), tc("祁连县林业和草原局", 1, span=3),
                    tc("实施单位", 4), tc("祁连县林业和草原局", 5, span=4)]))
    # 项目资金（万元）: label spans 5 rows
    rows.append(tr([tc("项目资金（万元）", 0, vmerge="restart"), tc("", 1, span=2),
                    tc("年初预算数", 3), tc("全年预算数", 4), tc("全年执行数", 5),
                    tc("分值", 6), tc("执行率", 7), tc("得分", 8)]))
    # INJECT 1 (money): 执行率 of the total row
    rows.append(tr([tc("", 0, vmerge="cont"), tc("年度资金总额", 1, span=2),
                    tc(f"{BUDGET_START}", 3), tc(f"{BUDGET_YEAR}", 4), tc(f"{SPENT}", 5),
                    tc("10", 6), tc(I(f"{EXEC_RATE}%", "96.27%"), 7), tc(f"{EXEC_SCORE}", 8)]))
    rows.append(tr([tc("", 0, vmerge="cont"), tc("其中：当年财政拨款", 1, span=2),
                    tc(f"{BUDGET_START}", 3), tc(f"{BUDGET_YEAR}", 4), tc(f"{SPENT}", 5),
                    tc("—", 6), tc(f"{EXEC_RATE}%", 7), tc("—", 8)]))
    rows.append(tr([tc("", 0, vmerge="cont"), tc("上年结转资金", 1, span=2),
                    tc("0.00", 3), tc("0.00", 4), tc("0.00", 5), tc("—", 6), tc("—", 7), tc("—", 8)]))
    rows.append(tr([tc("", 0, vmerge="cont"), tc("其他资金", 1, span=2),
                    tc("0.00", 3), tc("0.00", 4), tc("0.00", 5), tc("—", 6), tc("—", 7), tc("—", 8)]))
    # 年度总体目标
    goal = ("全面落实草原生态保护补助奖励政策，对全县420万亩禁牧草原发放禁牧补助、680万亩草畜平衡草原发放草畜平衡奖励，"
            "补助奖励资金于2024年11月底前足额兑付到户；聘用草原生态管护员500名，强化禁牧和草畜平衡监管；"
            "全县草原综合植被盖度稳定在58%以上，天然草原平均牲畜超载率控制在10%以内，农牧民政策性收入稳定增加。")
    done = ("全县落实禁牧420万亩、草畜平衡680万亩，兑付补助奖励资金4850.00万元，惠及农牧户6215户，户均7804元；"
            "因部分草场承包经营权变更核实，资金于2024年12月18日兑付完毕。聘用草原生态管护员500名，开展日常巡查管护。"
            "草原综合植被盖度达到58.6%，天然草原平均牲畜超载率降至8.3%，受益农牧民满意度93.6%。")
    rows.append(tr([tc("年度总体目标", 0, vmerge="restart"), tc("预期目标", 1, span=4),
                    tc("实际完成情况", 5, span=4)]))
    rows.append(tr([tc("", 0, vmerge="cont"), tc(goal, 1, span=4, jc="both"),
                    tc(done, 5, span=4, jc="both")], height=2400))
    # 绩效指标
    rows.append(tr([tc("绩效指标", 0, vmerge="restart"), tc("一级指标", 1), tc("二级指标", 2),
                    tc("三级指标", 3), tc("年度指标值", 4), tc("实际完成值", 5), tc("分值", 6),
                    tc("得分", 7), tc("偏差原因分析及改进措施", 8)]))
    prev1 = prev2 = None
    for (l1, l2, l3, tgt, act, pts, got, dev) in indicators():
        c1 = tc(l1, 1, vmerge="restart") if l1 != prev1 else tc("", 1, vmerge="cont")
        c2 = tc(l2, 2, vmerge="restart") if (l1, l2) != prev2 else tc("", 2, vmerge="cont")
        rows.append(tr([tc("", 0, vmerge="cont"), c1, c2, tc(l3, 3), tc(tgt, 4), tc(act, 5),
                        tc(str(pts), 6), tc(fmt_num(got), 7), tc(dev, 8, jc="both")]))
        prev1, prev2 = l1, (l1, l2)
    total = EXEC_SCORE + sum(r[6] for r in indicators())
    # INJECT 2 (score): 总分 not the sum of its parts
    rows.append(tr([tc("总分", 0, span=6, bold=True), tc("100", 6, bold=True),
                    tc(I(fmt_num(total), "99.67"), 7, bold=True), tc("", 8)]))
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in GRID)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(GRID)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="0"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


# ------------------------------------------------------------------ the report text
def h1(t):
    return p(t, font_cn="黑体", size=28, before=0, after=0, line=440)


def h2(t):
    return p(t, font_cn="楷体_GB2312", size=28, line=440)


def body(t):
    return p(t, size=28, line=440)


def report():
    x = []
    x.append(p("祁连县2024年度草原生态保护补助奖励项目绩效自评报告", jc="center", size=44,
               font_cn="方正小标宋简体", indent=False, after=312, line=560, page_break_before=True))
    x.append(body("根据《项目支出绩效评价管理办法》（财预〔2020〕10号）和海北州财政局关于开展2024年度预算绩效自评工作的"
                  "通知要求，祁连县林业和草原局对2024年度草原生态保护补助奖励项目开展了绩效自评，现将有关情况报告如下。"))
    x.append(h1("一、项目基本情况"))
    x.append(h2("（一）项目概况"))
    x.append(body("祁连县位于青海省东北部、祁连山中段腹地，是以畜牧业为主的牧业县，全县纳入第三轮草原生态保护补助奖励政策"
                  "（2021—2025年）实施范围的天然草原共1,100万亩。按照青海省第三轮草原生态保护补助奖励政策实施方案，我县对生态脆弱、"
                  "退化严重的420万亩草原实施禁牧，对其余680万亩草原实施草畜平衡，禁牧补助标准为每亩每年7.5元，草畜平衡奖励标准"
                  "为每亩每年2.5元，通过“一卡通”直接兑付到户；同时从省级资金中安排草原生态管护员劳务补助，按每人每年4,200元标准"
                  "聘用管护员开展禁牧和草畜平衡日常巡查。项目主管部门和实施单位均为祁连县林业和草原局，各乡镇人民政府负责面积核实、"
                  "张榜公示和监督管理。"))
    x.append(h2("（二）资金投入和使用情况"))
    # INJECT 5 (money): 全年预算数 restated with two digits swapped
    x.append(body("2024年度项目年初预算5,100.00万元，其中中央财政资金4,850.00万元（青财农字〔2023〕1386号提前下达）、"
                  "省级财政资金250.00万元。2024年9月，省财政追加草原有害生物防治资金166.40万元和草原监测及政策宣传培训资金"
                  f"20.00万元，共计186.40万元，全年预算数为{I('5,286.40', '5,268.40')}万元，其中中央财政资金占91.74%。"
                  "上年结转资金和其他资金均为0。以上资金已全部到位，到位率100%。"))
    x.append(body("截至2024年12月31日，项目全年执行5,112.86万元，执行率96.7%，其中：禁牧补助3,150.00万元、草畜平衡奖励"
                  "1,700.00万元、草原生态管护员劳务补助210.00万元、草原监测及政策宣传培训52.86万元。年末结余173.54万元，其中"
                  "草原有害生物防治资金166.40万元因9月下达时已过当年鼠虫害防治最佳时期，已按规定结转至2025年使用；草原监测及"
                  "政策宣传培训资金结余7.14万元。"))
    x.append(h2("（三）项目绩效目标"))
    x.append(body("2024年度总体目标为：全面落实草原生态保护补助奖励政策，完成420万亩禁牧和680万亩草畜平衡任务，补助奖励资金"
                  "于2024年11月底前足额兑付到户；聘用草原生态管护员500名，禁牧和草畜平衡监管覆盖率达到95%以上；全县草原综合"
                  "植被盖度稳定在58%以上，天然草原平均牲畜超载率控制在10%以内，受益农牧民满意度达到90%以上。"))
    x.append(h1("二、绩效自评工作开展情况"))
    # INJECT 6 (count): 三级指标 count
    x.append(body("2025年1月，我局成立由分管副局长任组长，计划财务股、草原股和县草原工作站负责人为成员的绩效自评工作组，对照"
                  "年初批复的绩效目标，采取资料核查、数据比对、入户抽查和问卷调查相结合的方式开展自评。自评指标体系设置一级指标"
                  f"3个、二级指标9个、三级指标{I('14', '15')}个，其中项目资金执行率分值10分，绩效指标分值90分（产出指标50分、效益"
                  "指标30分、满意度指标10分）。工作组共抽查八宝、峨堡、默勒3个镇12个村的120户农牧户，发放满意度调查问卷500份，"
                  "收回有效问卷486份。"))
    x.append(h1("三、综合评价结论"))
    x.append(body("经自评，本项目2024年度自评得分97.67分，其中项目资金执行率得分9.67分，产出指标得分48分，效益指标得分30分，"
                  "满意度指标得分10分。按照“90分（含）以上为优、80分（含）至90分为良、60分（含）至80分为中、60分以下为差”的"
                  "评价标准，自评等级为“优”。"))
    x.append(h1("四、绩效目标实现情况分析"))
    x.append(h2("（一）产出指标完成情况"))
    x.append(body("1.数量指标。全年落实禁牧面积420万亩、草畜平衡面积680万亩，聘用草原生态管护员500名，均完成年度目标，得25分。"))
    x.append(body("2.质量指标。补助奖励资金经村级公示、乡镇审核、县级复核后通过“一卡通”发放，兑付到户率100%；管护员按网格"
                  "开展日常巡查，县乡两级开展春季、秋季专项督查，监管覆盖率达到目标要求，得10分。"))
    # INJECT 7 (text): November has 30 days
    x.append(body(f"3.时效指标。截至2024年{I('11月30日', '11月31日')}，禁牧补助3,150.00万元已全部兑付到户；部分草场因承包经营权"
                  "变更、户籍迁移需重新核实，草畜平衡奖励资金于2024年12月18日兑付完毕，未在11月底前完成，扣2分，得3分。"))
    x.append(body("4.成本指标。禁牧补助严格按每亩7.5元标准兑付，草原监测及政策宣传培训经费实际支出52.86万元，控制在60万元"
                  "以内，得10分。"))
    x.append(body("产出指标合计得48分。"))
    x.append(h2("（二）效益指标完成情况"))
    x.append(body("1.经济效益。全年兑付禁牧补助和草畜平衡奖励4,850.00万元，惠及农牧户6,215户，户均7,804元，高于7,500元的"
                  "年度目标，得10分。"))
    x.append(body("2.社会效益。通过入户宣讲、发放藏汉双语宣传册和“草原普法进牧区”活动，农牧民保护草原、依法用草的意识有效"
                  "提升，得5分。"))
    x.append(body("3.生态效益。经县草原工作站监测，2024年全县草原综合植被盖度58.6%，较2023年的58.2%提高0.4个百分点；天然"
                  "草原平均牲畜超载率8.3%，较2023年的9.6%下降1.3个百分点，低于10%的控制目标，得10分。"))
    x.append(body("4.可持续影响。草原生态管护员管理、禁牧和草畜平衡监督考核等制度逐步健全，得5分。"))
    x.append(body("效益指标合计得30分。"))
    x.append(h2("（三）满意度指标完成情况"))
    x.append(body("共发放问卷500份，收回有效问卷486份，其中“满意”和“基本满意”455份，受益农牧民满意度93.6%，高于90%的"
                  "目标，得10分。"))
    x.append(h1("五、偏差原因分析及改进措施"))
    x.append(body("（一）偏差原因。一是省级追加资金下达较晚，草原有害生物防治资金166.40万元未能在当年使用，影响资金执行率；"
                  "二是部分草场承包经营权变更、户籍迁移信息核实耗时较长，草畜平衡奖励兑付延迟。"))
    x.append(body("（二）改进措施。一是提前谋划草原有害生物防治工作，2025年5月底前完成结转资金的采购和防治作业准备；二是每年"
                  "9月底前完成面积核实和“一卡通”信息比对，确保补助奖励资金在11月底前兑付到户；三是加强草原生态管护员考核，"
                  "提升监管质效。"))
    x.append(h1("六、自评结果应用及公开情况"))
    x.append(body("自评结果将作为2025年度预算安排和政策实施调整的重要依据，本自评表和自评报告将按规定在祁连县人民政府门户网站"
                  "公开。"))
    x.append(h1("七、其他需要说明的问题"))
    x.append(body("无。"))
    x.append(p("", size=28, indent=False, line=440))
    x.append(p("祁连县林业和草原局", jc="right", size=28, indent=False, line=440))
    x.append(p("2025年3月12日", jc="right", size=28, indent=False, line=440))
    return "".join(x)


def document_xml():
    b = []
    b.append(p("项目支出绩效自评表", jc="center", size=36, font_cn="方正小标宋简体", indent=False, line=520,
               extra='<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'))
    b.append(p("（2024年度）", jc="center", size=24, indent=False, after=120))
    b.append(form_table())
    b.append(p("填报单位（盖章）：祁连县林业和草原局　　填报人：马秀英　　联系电话：0970-8672315　　填报日期：2025年3月12日",
               size=21, indent=False, before=120))
    b.append(report())
    sect = ('<w:sectPr w:rsidR="00A41C6E" w:rsidSect="00B7352D"><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="851" w:footer="992" w:gutter="0"/>'
            '<w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<w:document {NS}><w:body>{"".join(b)}{sect}</w:body></w:document>')


STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="371"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/><w:lsdException w:name="Table Grid" w:uiPriority="39"/></w:latentStyles><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style><w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style><w:style w:type="table" w:styleId="a3"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/><w:uiPriority w:val="39"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>'''

SETTINGS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15"><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:rsids><w:rsidRoot w:val="00A41C6E"/><w:rsid w:val="004E19F0"/><w:rsid w:val="00A41C6E"/><w:rsid w:val="00B7352D"/><w:rsid w:val="00D2C8A1"/></w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/><w15:chartTrackingRefBased/><w15:docId w15:val="{5E0B3F61-2C4A-4D8E-9A77-0C1B2D3E4F5A}"/></w:settings>'''

FONTTABLE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font><w:font w:name="仿宋_GB2312"><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="楷体_GB2312"><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="方正小标宋简体"><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="fixed"/></w:font></w:fonts>'''

WEBSETTINGS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'''

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Target="webSettings.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:subject></dc:subject><dc:creator>lcx</dc:creator><cp:keywords></cp:keywords><dc:description></dc:description><cp:lastModifiedBy>祁连县林草局计财股</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-06T01:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-12T07:41:00Z</dcterms:modified></cp:coreProperties>'''

APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>86</TotalTime><Pages>3</Pages><Words>612</Words><Characters>3492</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>29</Lines><Paragraphs>8</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>4096</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'''


def write(path):
    _pid[0] = 0x1A2B3C00
    _r[0] = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document_xml())
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/webSettings.xml", WEBSETTINGS)
        z.writestr("word/fontTable.xml", FONTTABLE)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)


if __name__ == "__main__":
    check_figures()
    MODE["clean"] = False
    write(os.path.join(HERE, NAME + ".docx"))
    MODE["clean"] = True
    check_figures()
    write(os.path.join(HERE, NAME + ".clean.docx"))
    # the .pdf of each as LibreOffice lays it out (added later as an unseen format)
    import subprocess
    for n in (NAME + ".docx", NAME + ".clean.docx"):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, n)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("wrote", NAME + ".{docx,pdf}", NAME + ".clean.{docx,pdf}")
