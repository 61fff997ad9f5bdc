#!/usr/bin/env python3
"""Build p2-tiyu-2024.{docx,txt,pdf} (8 injected contradictions) and their clean
controls p2-tiyu-2024.clean.{docx,txt,pdf} (all 8 reverted).

A city bureau's 部门整体支出绩效自评报告 (泰安市体育局, 山东, 2024) holding three
indicator systems, each out of 100: the 部门整体支出绩效自评表 and one
项目支出绩效自评表 per programme (全民健身设施建设补助 / 竞技体育后备人才培养),
each with its own funds block, plus the department's staffing, income,
expenditure and 三公经费 tables (with last year's column), and a table of the
three self-evaluation scores with a 得分率 column.

The .docx is raw OOXML written the way Word writes it, with the helpers of
../corpus-m/build.py (runs split by script, rsids, fixed-layout tables, vMerge
and gridSpan). The .txt is the same document pasted from Word as plain text:
one line a paragraph, a table row as its cells joined by tabs (a horizontally
merged cell is one field, a vertically merged continuation an empty one).

Every figure is checked in check_figures(); each injection is an I(clean,
injected) call numbered like expected.json.  Run:  python3 build.py
"""
import importlib.util
import os
import zipfile
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "p2-tiyu-2024"
MODE = {"clean": False}

_spec = importlib.util.spec_from_file_location("corpus_m", os.path.join(HERE, "..", "corpus-m", "build.py"))
M = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(M)


def I(clean, injected):
    """one injected contradiction: clean text vs. the text in the report"""
    return clean if MODE["clean"] else injected


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def pct(a, b):
    return r2(D(a) / D(b) * 100)


def money(x):
    return f"{D(x):,.2f}"


def fmt(x):
    s = f"{D(x):f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


UNIT = "泰安市体育局"
P1 = "泰安市2024年度全民健身设施建设补助项目"
P2 = "泰安市2024年度竞技体育后备人才培养项目"

# ------------------------------------------------------------------ figures
# staffing: (类别, 编制数, 实有人数, 2023年实有人数)
STAFF = [("行政编制", 18, 16, 17), ("参照公务员法管理事业编制", 12, 11, 11), ("其他事业编制", 30, 27, 26)]
# income / expenditure: (项目, 2024, 2023)
INCOME = [("财政拨款收入", "3256.80", "3018.40"), ("事业收入", "412.50", "398.60"), ("其他收入", "86.20", "92.70")]
SPEND = [("基本支出", "1980.40", "1902.60"), ("其中：人员经费", "1652.30", "1588.20"),
         ("公用经费", "328.10", "314.40"), ("项目支出", "1612.70", "1487.30")]
# 三公: (项目, 预算, 决算, 2023决算)
SANGONG = [("因公出国（境）费", "0.00", "0.00", "0.00"), ("公务用车购置及运行维护费", "28.00", "24.36", "26.10"),
           ("其中：公务用车购置费", "0.00", "0.00", "0.00"), ("公务用车运行维护费", "28.00", "24.36", "26.10"),
           ("公务接待费", "6.50", "4.82", "5.37")]
SG_BUDGET, SG_SPENT, SG_LAST = D("34.50"), D("29.18"), D("31.47")

# department funds: (label, 年初, 全年, 执行)
DEPT_FUNDS = [("年度资金总额", "3420.00", "3760.20", "3593.10"),
              ("按收入性质分：财政拨款", "3100.00", "3421.50", "3275.60"),
              ("其他资金", "320.00", "338.70", "317.50"),
              ("按支出性质分：基本支出", "1950.00", "2010.00", "1980.40"),
              ("项目支出", "1470.00", "1750.20", "1612.70")]
P1_FUNDS = [("年度资金总额", "600.00", "680.00", "652.80"), ("其中：当年财政拨款", "600.00", "680.00", "652.80"),
            ("上年结转资金", "0.00", "0.00", "0.00"), ("其他资金", "0.00", "0.00", "0.00")]
P2_FUNDS = [("年度资金总额", "520.00", "548.00", "498.68"), ("其中：当年财政拨款", "520.00", "520.00", "470.68"),
            ("上年结转资金", "0.00", "28.00", "28.00"), ("其他资金", "0.00", "0.00", "0.00")]

# indicators: (一级, 二级, 三级, 指标值, 实际值, 分值, 得分, 偏差原因)
def dept_indicators():
    return [
        ("产出指标", "数量指标", "举办全民健身赛事活动次数", "≥120场", "136场", 10, "10", ""),
        ("产出指标", "数量指标", "新建全民健身设施数量", "≥92个", "98个", 10, "10", ""),
        ("产出指标", "质量指标", "国民体质监测合格率", "≥92%", "93.4%", 10, "10", ""),
        ("产出指标", "时效指标", "重点项目资金支付及时率", "≥95%", "93.8%", 10, "9",
         "个别健身设施项目竣工结算审核滞后，尾款支付延迟。改进措施：督促实施单位及时办理结算。"),
        ("产出指标", "成本指标", "“三公”经费控制率", "≤100%", "84.58%", 10, "10", ""),
        ("效益指标", "社会效益指标", "每千人拥有社会体育指导员人数", "≥2.8人", "3.1人", 10, "10", ""),
        ("效益指标", "社会效益指标", "人均体育场地面积", "≥2.6平方米", "2.72平方米", 10, "10", ""),
        ("效益指标", "可持续影响指标", "公共体育场馆免费或低收费开放率", "100%", "100%", 10, "10", ""),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", "93.0%", 10, "10", ""),
    ]


def p1_indicators():
    return [
        ("产出指标", "数量指标", "新建社区健身路径数量", "≥80个", "86个", 10, "10", ""),
        ("产出指标", "数量指标", "新建笼式多功能运动场数量", "≥12个", "12个", 10, "10", ""),
        ("产出指标", "质量指标", "设施验收合格率", "100%", "100%", 10, "10", ""),
        ("产出指标", "时效指标", "项目完工时间", "2024年10月底前", "2024年11月20日", 10, "8",
         "部分点位因场地协调延期开工，完工时间推迟。改进措施：提前落实建设场地。"),
        ("产出指标", "成本指标", "社区健身路径单个建设成本", "≤4.5万元", "4.3万元", 10, "10", ""),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", "43.1%", 15, "15", ""),
        ("效益指标", "可持续影响指标", "设施管护责任落实率", "100%", "100%", 15, "15", ""),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "94.2%", 10, "10", ""),
    ]


def p2_indicators():
    return [
        ("产出指标", "数量指标", "在训运动员人数", "≥360人", "372人", 10, "10", ""),
        ("产出指标", "数量指标", "参加省级以上比赛人次", "≥600人次", "648人次", 10, "10", ""),
        ("产出指标", "质量指标", "向省队输送运动员人数", "≥15人", "13人", 10, "8.67",
         "部分项目尖子运动员年龄未达省队选材要求，延至下年输送。改进措施：加强梯队衔接。"),
        ("产出指标", "质量指标", "省级以上比赛获得奖牌数", "≥90枚", "96枚", 10, "10", ""),
        ("产出指标", "时效指标", "训练补助发放及时率", "100%", "100%", 10, "10", ""),
        ("效益指标", "社会效益指标", "青少年体育后备人才梯队", "逐步完善", "逐步完善", 15, "15", ""),
        ("效益指标", "可持续影响指标", "基层业余训练网点数量", "≥40个", "42个", 15, "15", ""),
        ("满意度指标", "服务对象满意度指标", "运动员及家长满意度", "≥90%", "92.5%", 10, "10", ""),
    ]


def funds_score(rows):
    rate = pct(rows[0][3], rows[0][2])
    return rate, r2(min(rate / 100, D(1)) * 10)


def total(funds, inds):
    return funds_score(funds)[1] + sum(D(r[6]) for r in inds)


def check_figures():
    assert sum(s[1] for s in STAFF) == 60 and sum(s[2] for s in STAFF) == 54 and sum(s[3] for s in STAFF) == 54
    inc24 = sum(D(r[1]) for r in INCOME); inc23 = sum(D(r[2]) for r in INCOME)
    assert inc24 == D("3755.50") and inc23 == D("3509.70")
    for r in INCOME:
        assert r2((D(r[1]) / D(r[2]) - 1) * 100) in (D("7.90"), D("3.49"), D("-7.01"))
    assert r2((inc24 / inc23 - 1) * 100) == D("7.00")
    assert D("1652.30") + D("328.10") == D("1980.40") and D("1588.20") + D("314.40") == D("1902.60")
    assert D("1980.40") + D("1612.70") == D("3593.10") and D("1902.60") + D("1487.30") == D("3389.90")
    assert r2((D("3593.10") / D("3389.90") - 1) * 100) == D("5.99")
    assert D("0.00") + D("24.36") + D("4.82") == SG_SPENT and D("28.00") + D("6.50") == SG_BUDGET
    assert D("26.10") + D("5.37") == SG_LAST
    assert pct(SG_SPENT, SG_BUDGET) == D("84.58") and r2((SG_LAST - SG_SPENT) / SG_LAST * 100) == D("7.28")
    for funds in (DEPT_FUNDS, P1_FUNDS, P2_FUNDS):
        for i in (1, 2, 3):
            assert D(funds[0][i]) == D(funds[1][i]) + D(funds[2][i]) + (D(funds[3][i]) if funds is not DEPT_FUNDS else 0)
    for i in (1, 2, 3):
        assert D(DEPT_FUNDS[0][i]) == D(DEPT_FUNDS[3][i]) + D(DEPT_FUNDS[4][i])
    assert DEPT_FUNDS[3][3] == SPEND[0][1] and DEPT_FUNDS[4][3] == SPEND[3][1]
    assert funds_score(DEPT_FUNDS) == (D("95.56"), D("9.56"))
    assert [pct(r[3], r[2]) for r in DEPT_FUNDS[1:]] == [D("95.74"), D("93.74"), D("98.53"), D("92.14")]
    assert funds_score(P1_FUNDS) == (D("96.00"), D("9.60"))
    assert funds_score(P2_FUNDS) == (D("91.00"), D("9.10")) and pct("470.68", "520.00") == D("90.52")
    for inds in (dept_indicators(), p1_indicators(), p2_indicators()):
        assert sum(r[5] for r in inds) == 90
        assert sum(r[5] for r in inds if r[0] == "产出指标") == 50
        assert sum(r[5] for r in inds if r[0] == "效益指标") == 30
    assert total(DEPT_FUNDS, dept_indicators()) == D("98.56")
    assert total(P1_FUNDS, p1_indicators()) == D("97.60")
    assert total(P2_FUNDS, p2_indicators()) == D("97.77")
    assert r2(D(13) / 15 * 10) == D("8.67")
    assert D("98.56") - D("96.85") == D("1.71")
    assert len(dept_indicators()) == 9 and len({r[1] for r in dept_indicators()}) == 7
    assert len(p1_indicators()) == 8 and len(p2_indicators()) == 8
    assert 86 + 12 == 98 and D("652.80") + D("498.68") == D("1151.48")
    assert pct("1151.48", "1612.70") == D("71.40")


# ------------------------------------------------------------------ document model
# A block is ("title"|"h1"|"h2"|"p"|"note", text) or ("table", grid, rows); a row is a list of
# cells (text, col, span, vmerge) where vmerge is None, "restart" or "cont".
def C(text, col, span=1, vm=None):
    return (text, col, span, vm)


def simple_table(grid, rows):
    out = []
    for row in rows:
        out.append([C(t, i) for i, t in enumerate(row)])
    return ("table", grid, out)


FORM_GRID = [1060, 860, 960, 1560, 1100, 1100, 580, 800, 1518]


def form(kind, head_rows, funds, funds_label, goal, done, inds, total_text, funds_score_text=None):
    """The national 自评表: header rows, the funds block, 年度总体目标, the indicators, 总分."""
    rows = list(head_rows)
    n = len(funds) + 1
    rows.append([C(funds_label, 0, vm="restart"), C("", 1, 2), C("年初预算数", 3), C("全年预算数", 4),
                 C("全年执行数", 5), C("分值", 6), C("执行率", 7), C("得分", 8)])
    rate, score = funds_score(funds)
    for i, (lab, a, b, c) in enumerate(funds):
        first = i == 0
        r = pct(c, b) if D(b) else None
        rows.append([C("", 0, vm="cont"), C(lab, 1, 2), C(a, 3), C(b, 4), C(c, 5),
                     C("10" if first else "—", 6), C(f"{r}%" if r is not None else "—", 7),
                     C((funds_score_text or f"{score}") if first else "—", 8)])
    rows.append([C("年度总体目标", 0, vm="restart"), C("预期目标", 1, 4), C("实际完成情况", 5, 4)])
    rows.append([C("", 0, vm="cont"), C(goal, 1, 4), C(done, 5, 4)])
    rows.append([C("绩效指标", 0, vm="restart"), C("一级指标", 1), C("二级指标", 2), C("三级指标", 3),
                 C("年度指标值", 4), C("实际完成值", 5), C("分值", 6), C("得分", 7), C("偏差原因分析及改进措施", 8)])
    prev1 = prev2 = None
    for (l1, l2, l3, tgt, act, pts, got, dev) in inds:
        c1 = C(l1, 1, vm="restart") if l1 != prev1 else C("", 1, vm="cont")
        c2 = C(l2, 2, vm="restart") if (l1, l2) != prev2 else C("", 2, vm="cont")
        rows.append([C("", 0, vm="cont"), c1, c2, C(l3, 3), C(tgt, 4), C(act, 5), C(str(pts), 6), C(got, 7), C(dev, 8)])
        prev1, prev2 = l1, (l1, l2)
    rows.append([C("总分", 0, 6), C("100", 6), C(total_text, 7), C("", 8)])
    return ("table", FORM_GRID, rows)


def blocks():
    b = []
    t = lambda s: b.append(("title", s))
    h1 = lambda s: b.append(("h1", s))
    h2 = lambda s: b.append(("h2", s))
    para = lambda s: b.append(("p", s))
    note = lambda s: b.append(("note", s))
    G4 = [3400, 1900, 1900, 1900]

    t(f"{UNIT}2024年度部门整体支出绩效自评报告")
    para("根据《山东省省级部门单位预算绩效管理办法》和泰安市财政局《关于做好2024年度预算绩效自评工作的通知》要求，"
         f"{UNIT}对本部门2024年度部门整体支出及所属项目支出开展了绩效自评，现将自评情况报告如下。")
    h1("一、部门基本情况")
    h2("（一）部门职能和机构设置")
    para(f"{UNIT}是市政府工作部门，主要负责统筹全市群众体育、竞技体育和体育产业发展，推进全民健身公共服务体系建设。"
         "局机关内设办公室、政策法规科、群众体育科、竞技体育科、体育产业科、计划财务科等6个科室，所属事业单位3个："
         "泰安市体育运动学校、泰安市全民健身中心和泰安市体育产业发展服务中心，均纳入本部门预算编报范围。")
    h2("（二）人员编制情况")
    para("截至2024年12月31日，本部门核定编制60名，实有在职人员54人，较上年持平；另有离退休人员23人。人员编制情况见表1。")
    note("表1  人员编制情况表（单位：人）")
    b.append(simple_table(G4, [["类别", "编制数", "实有人数", "2023年实有人数"]]
                          + [[c, str(x), str(y), str(z)] for c, x, y, z in STAFF]
                          # INJECT 5 (count): staffing total of 实有人数
                          + [["合计", "60", I("54", "55"), "54"]]))
    h2("（三）部门收支情况")
    para("2024年度本部门本年收入合计3,755.50万元，较2023年的3,509.70万元增长7.00%，其中财政拨款收入3,256.80万元、"
         "事业收入412.50万元、其他收入86.20万元；本年支出合计3,593.10万元，其中基本支出1,980.40万元、项目支出"
         "1,612.70万元。收支情况见表2、表3。")
    note("表2  收入情况表（单位：万元）")
    inc24 = sum(D(r[1]) for r in INCOME); inc23 = sum(D(r[2]) for r in INCOME)
    b.append(simple_table(G4, [["项目", "2024年决算数", "2023年决算数", "增减率（%）"]]
                          + [[n, money(a), money(c), f"{r2((D(a) / D(c) - 1) * 100)}"] for n, a, c in INCOME]
                          + [["本年收入合计", money(inc24), money(inc23), f"{r2((inc24 / inc23 - 1) * 100)}"]]))
    note("表3  支出情况表（单位：万元）")
    rows = [["项目", "2024年决算数", "2023年决算数", "增减率（%）"]]
    for n, a, c in SPEND:
        rows.append([n if not n.endswith("公用经费") else "　　　" + n, money(a), money(c), f"{r2((D(a) / D(c) - 1) * 100)}"])
    rows.append(["本年支出合计", "3,593.10", "3,389.90", "5.99"])
    b.append(simple_table(G4, rows))
    para("2024年“三公”经费预算34.50万元，决算29.18万元，为预算的84.58%，较2023年的31.47万元下降7.28%，"
         "主要是公务用车运行维护费减少。因公出国（境）费和公务用车购置费均未发生。“三公”经费情况见表4。")
    note("表4  “三公”经费支出情况表（单位：万元）")
    rows = [["项目", "2024年预算数", "2024年决算数", "2023年决算数"]]
    for n, a, c, d in SANGONG:
        rows.append([("　　　" + n) if n == "公务用车运行维护费" else n, a, c, d])
    # INJECT 4 (money): 三公 total of 决算数
    rows.append(["合计", money(SG_BUDGET), I(money(SG_SPENT), "29.81"), money(SG_LAST)])
    b.append(simple_table(G4, rows))

    h1("二、绩效自评工作开展情况")
    # INJECT 7 (count): 三级 indicators of the department's 自评表
    para("2025年1月，我局成立由局长任组长、分管副局长任副组长、各科室和所属单位负责人为成员的绩效自评工作组，"
         "对照年初批复的部门整体绩效目标和项目绩效目标，逐项核对台账、财务凭证和统计数据。本次自评共填报3张自评表："
         f"部门整体支出绩效自评表设置一级指标3个、二级指标7个、三级指标{I('9', '10')}个；全民健身设施建设补助项目和"
         "竞技体育后备人才培养项目的项目支出绩效自评表各设置三级指标8个。每张自评表满分均为100分，其中资金执行率10分、"
         "绩效指标90分。")

    h1("三、部门整体支出绩效自评表")
    note("表5  部门整体支出绩效自评表（2024年度）")
    goal = ("举办全民健身赛事活动120场以上，新建全民健身设施92个以上；国民体质监测合格率达到92%以上；"
            "每千人拥有社会体育指导员2.8人以上，人均体育场地面积达到2.6平方米以上；“三公”经费不超预算。")
    done = ("全年举办全民健身赛事活动136场，新建社区健身路径86个、笼式多功能运动场12个；国民体质监测合格率93.4%；"
            "每千人拥有社会体育指导员3.1人，人均体育场地面积2.72平方米；“三公”经费决算为预算的84.58%。")
    b.append(form("dept", [[C("部门名称", 0), C(UNIT, 1, 8)]], DEPT_FUNDS, "年度预算资金（万元）", goal, done,
                  dept_indicators(), fmt(total(DEPT_FUNDS, dept_indicators()))))

    h1("四、项目支出绩效自评表")
    note("表6  项目支出绩效自评表（2024年度）")
    goal1 = "新建社区健身路径80个以上、笼式多功能运动场12个，验收合格率100%，2024年10月底前全部完工，经常参加体育锻炼人数比例达到42%以上。"
    done1 = "新建社区健身路径86个、笼式多功能运动场12个，全部验收合格；受场地协调影响，2024年11月20日全部完工；经常参加体育锻炼人数比例43.1%。"
    # INJECT 2 (score): the funds row 得分 of 表6 does not follow 执行率 96.00% × 10
    b.append(form("p1", [[C("项目名称", 0), C(P1, 1, 8)],
                         [C("主管部门", 0), C(UNIT, 1, 3), C("实施单位", 4), C("泰安市全民健身中心", 5, 4)]],
                  P1_FUNDS, "项目资金（万元）", goal1, done1, p1_indicators(),
                  fmt(total(P1_FUNDS, p1_indicators())), funds_score_text=I("9.60", "9.06")))
    note("表7  项目支出绩效自评表（2024年度）")
    goal2 = "保持在训运动员360人以上，参加省级以上比赛600人次以上，向省队输送运动员15人以上，获得省级以上比赛奖牌90枚以上，训练补助按月足额发放。"
    done2 = "在训运动员372人，参加省级以上比赛648人次，向省队输送运动员13人，获得省级以上比赛奖牌96枚，训练补助按月足额发放。"
    # INJECT 1 (score): 总分 of 表7 is not the sum of its rows (9.10 + 48.67 + 30 + 10 = 97.77)
    b.append(form("p2", [[C("项目名称", 0), C(P2, 1, 8)],
                         [C("主管部门", 0), C(UNIT, 1, 3), C("实施单位", 4), C("泰安市体育运动学校", 5, 4)]],
                  P2_FUNDS, "项目资金（万元）", goal2, done2, p2_indicators(),
                  I(fmt(total(P2_FUNDS, p2_indicators())), "98.77")))

    h1("五、自评结论")
    note("表8  自评得分汇总表")
    b.append(simple_table(G4, [["自评表", "分值", "得分", "得分率"],
                               ["部门整体支出绩效自评表", "100", "98.56", "98.56%"],
                               ["全民健身设施建设补助项目", "100", "97.60", "97.60%"],
                               ["竞技体育后备人才培养项目", "100", "97.77", "97.77%"]]))
    # INJECT 3 (score): the department's stated 自评得分 against 表5 and 表8
    para(f"经自评，{UNIT}2024年度部门整体支出绩效自评得分{I('98.56', '98.65')}分，其中资金执行率得分9.56分、产出指标得分49分、"
         "效益指标得分30分、满意度指标得分10分，自评等级为“优”。2023年度部门整体支出自评得分96.85分，本年提高1.71分。"
         "两个项目支出自评得分分别为97.60分和97.77分，等级均为“优”。评价等级按“90分（含）以上为优、80分（含）至90分为良、"
         "60分（含）至80分为中、60分以下为差”确定。")

    h1("六、绩效目标实现情况分析")
    h2("（一）部门整体支出")
    para("2024年部门全年预算3,760.20万元，全年执行3,593.10万元，执行率95.56%，得9.56分。其中基本支出执行1,980.40万元，"
         "执行率98.53%；项目支出执行1,612.70万元，执行率92.14%。全年举办全民健身赛事活动136场，新建全民健身设施98个，"
         "国民体质监测合格率93.4%，重点项目资金支付及时率93.8%，低于95%的目标，扣1分，得9分。每千人拥有社会体育指导员"
         "3.1人，人均体育场地面积2.72平方米，社会公众满意度93.0%。")
    h2("（二）全民健身设施建设补助项目")
    # INJECT 8 (money): the execution rate restated beside both amounts
    para(f"{P1}全年预算680.00万元，全年执行652.80万元，执行率{I('96.00%', '95.00%')}，资金执行率得9.60分。全年新建社区健身"
         "路径86个、笼式多功能运动场12个，单个健身路径建设成本4.3万元，全部通过验收；因部分点位场地协调延期，"
         "2024年11月20日全部完工，晚于10月底的目标，扣2分，得8分。经常参加体育锻炼人数比例43.1%，周边群众满意度94.2%。"
         "该项目自评得分97.60分。")
    h2("（三）竞技体育后备人才培养项目")
    # INJECT 6 (identity): another project's name left in the sentence that states this programme's funds
    para(f"{I(P2, '泰安市2024年度青少年校园足球推广项目')}全年预算548.00万元（含上年结转28.00万元），全年执行498.68万元，执行率91.00%，"
         "资金执行率得9.10分。全年在训运动员372人，参加省级以上比赛648人次，获得省级以上比赛奖牌96枚。"
         "向省队输送运动员13人，未达到15人的目标，按完成比例得8.67分。运动员及家长满意度92.5%。")
    para("该项目自评得分97.77分，较2023年的95.40分有所提高。")

    h1("七、存在的问题及改进措施")
    para("一是部分健身设施项目场地协调和竣工结算用时较长，影响完工时间和资金支付进度；二是后备人才向省队输送数量未达目标。"
         "下一步，我局将提前落实建设场地、加快结算审核，并加强青少年运动员梯队衔接。")
    h1("八、自评结果应用")
    para("自评结果将作为2025年度部门预算安排和政策调整的重要依据，自评报告和自评表将按规定在泰安市人民政府门户网站公开。")
    b.append(("right", UNIT))
    b.append(("right", "2025年3月18日"))
    return b


# ------------------------------------------------------------------ renderers
def docx_table(grid, rows):
    out = []
    for row in rows:
        cells = []
        for (text, col, span, vm) in row:
            w = sum(grid[col:col + span])
            pr = [f'<w:tcW w:w="{w}" w:type="dxa"/>']
            if span > 1:
                pr.append(f'<w:gridSpan w:val="{span}"/>')
            if vm == "restart":
                pr.append('<w:vMerge w:val="restart"/>')
            elif vm == "cont":
                pr.append("<w:vMerge/>")
            pr.append('<w:vAlign w:val="center"/>')
            body = M.p("" if vm == "cont" else text, jc="center", size=M.CELL_SZ, indent=False, line=300)
            cells.append(f'<w:tc><w:tcPr>{"".join(pr)}</w:tcPr>{body}</w:tc>')
        out.append(M.tr(cells))
    borders = "".join(f'<w:{x} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                      for x in ("top", "left", "bottom", "right", "insideH", "insideV"))
    g = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="0"/></w:tblPr>'
            f'<w:tblGrid>{g}</w:tblGrid>{"".join(out)}</w:tbl>')


def document_xml():
    x = []
    for blk in blocks():
        k = blk[0]
        if k == "title":
            x.append(M.p(blk[1], jc="center", size=44, font_cn="方正小标宋简体", indent=False, after=312, line=560))
        elif k == "h1":
            x.append(M.h1(blk[1]))
        elif k == "h2":
            x.append(M.h2(blk[1]))
        elif k == "p":
            x.append(M.body(blk[1]))
        elif k == "note":
            x.append(M.p(blk[1], jc="center", size=24, font_cn="黑体", indent=False, before=120, after=60))
        elif k == "right":
            x.append(M.p(blk[1], jc="right", size=28, indent=False, line=440))
        else:
            x.append(docx_table(blk[1], blk[2]))
    sect = ('<w:sectPr w:rsidR="00A41C6E" w:rsidSect="00B7352D"><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="851" w:footer="992" w:gutter="0"/>'
            '<w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<w:document {M.NS}><w:body>{"".join(x)}{sect}</w:body></w:document>')


def write_docx(path):
    M._pid[0] = 0x1A2B3C00
    M._r[0] = 0
    core = M.CORE.replace("祁连县林草局计财股", "泰安市体育局计财科")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", M.CONTENT_TYPES)
        z.writestr("_rels/.rels", M.RELS)
        z.writestr("word/document.xml", document_xml())
        z.writestr("word/_rels/document.xml.rels", M.DOC_RELS)
        z.writestr("word/styles.xml", M.STYLES)
        z.writestr("word/settings.xml", M.SETTINGS)
        z.writestr("word/webSettings.xml", M.WEBSETTINGS)
        z.writestr("word/fontTable.xml", M.FONTTABLE)
        z.writestr("docProps/core.xml", core)
        z.writestr("docProps/app.xml", M.APP)


def write_txt(path):
    lines = []
    for blk in blocks():
        if blk[0] == "table":
            for row in blk[2]:
                lines.append("\t".join("" if vm == "cont" else text for (text, _c, _s, vm) in row))
        else:
            lines.append(blk[1])
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


def to_pdf(docx):
    """the .pdf as an office suite lays the .docx out (LibreOffice, only to make the fixture)"""
    import shutil, subprocess
    soffice = shutil.which("soffice")
    if not soffice:
        print("no soffice: skipped", docx[:-5] + ".pdf")
        return
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", os.path.dirname(docx), docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    # the report to fixtures/corpus/, its control to fixtures/corpus-clean/ (OUT=dir writes both to dir and dir/clean)
    fixtures = os.path.join(HERE, "..", "..", "..", "fixtures")
    out = os.environ.get("OUT")
    report_dir = out or os.path.join(fixtures, "corpus")
    clean_dir = os.path.join(out, "clean") if out else os.path.join(fixtures, "corpus-clean")
    os.makedirs(clean_dir, exist_ok=True)
    check_figures()
    for clean in (False, True):
        MODE["clean"] = clean
        base = os.path.join(clean_dir, NAME + ".clean") if clean else os.path.join(report_dir, NAME)
        write_docx(base + ".docx")
        write_txt(base + ".txt")
        to_pdf(base + ".docx")
    print("wrote", report_dir, clean_dir)
