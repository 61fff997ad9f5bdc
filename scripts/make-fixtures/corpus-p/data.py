"""Figures of report P (山西省非物质文化遗产保护传承专项资金 2021—2024年), computed once, exactly.

Every amount is in 万元 with two decimals (Decimal). All sums, rates and scores the report states come from here,
so the report agrees with itself wherever no contradiction was injected on purpose.
"""
from decimal import Decimal as D, ROUND_HALF_UP

YEARS = [2021, 2022, 2023, 2024]
SUBS = ['代表性传承人传习补助', '非遗工坊建设', '文化生态保护区建设', '非遗宣传展示']
SUB_SHORT = ['传承人补助', '非遗工坊', '生态保护区', '宣传展示']
# the first three are allocated to the cities; 非遗宣传展示 is spent by the province itself (省本级)
BUDGET = {
    2021: [D('1260.00'), D('1800.00'), D('2400.00'), D('540.00')],
    2022: [D('1320.00'), D('2100.00'), D('2500.00'), D('580.00')],
    2023: [D('1380.00'), D('2300.00'), D('2600.00'), D('720.00')],
    2024: [D('1440.00'), D('2500.00'), D('2700.00'), D('760.00')],
}
CITIES = ['太原市', '大同市', '朔州市', '忻州市', '阳泉市', '吕梁市', '晋中市', '长治市', '晋城市', '临汾市', '运城市']
WEIGHT = [11, 10, 7, 10, 5, 10, 11, 10, 8, 10, 8]  # per cent of each city-level sub-programme
assert sum(WEIGHT) == 100

Q2 = D('0.01')


def r2(x):
    return x.quantize(Q2, rounding=ROUND_HALF_UP)


def pct(a, b):
    """a / b as a percentage with two decimals."""
    return r2(a * 100 / b)


def money(x):
    return f'{x:,.2f}'


# city allocation: exact, since every budget is a multiple of 10 and the weights are per cent
ALLOC = {y: {c: [BUDGET[y][s] * WEIGHT[i] / 100 for s in range(3)] for i, c in enumerate(CITIES)} for y in YEARS}
for y in YEARS:
    for s in range(3):
        assert sum(ALLOC[y][c][s] for c in CITIES) == BUDGET[y][s]


def _rate(i, y, s):
    # a fixed spread of execution rates between 93% and 99.5%, different per city, year and sub-programme
    k = (i * 7 + (y - 2021) * 5 + s * 3) % 14
    return D('0.930') + D(k) * D('0.005')


SPEND = {y: {c: [r2(ALLOC[y][c][s] * _rate(i, y, s)) for s in range(3)] for i, c in enumerate(CITIES)} for y in YEARS}
PROV_RATE = {2021: D('0.95'), 2022: D('0.96'), 2023: D('0.98'), 2024: D('0.97')}
PROV_SPEND = {y: r2(BUDGET[y][3] * PROV_RATE[y]) for y in YEARS}


def year_budget(y):
    return sum(BUDGET[y])


def sub_spend(y, s):
    return PROV_SPEND[y] if s == 3 else sum(SPEND[y][c][s] for c in CITIES)


def year_spend(y):
    return sum(sub_spend(y, s) for s in range(4))


TOTAL_BUDGET = sum(year_budget(y) for y in YEARS)
TOTAL_SPEND = sum(year_spend(y) for y in YEARS)
TOTAL_RATE = pct(TOTAL_SPEND, TOTAL_BUDGET)
assert TOTAL_BUDGET == D('26900.00')


def city_total(c, y):
    return sum(ALLOC[y][c]), sum(SPEND[y][c])


# ---- scores: (code, name, weight, score) ----
B102 = r2(3 * TOTAL_RATE / 100)
TREE = [
    ('A', '决策', [
        ('A1', '项目立项', [('A101', '立项依据充分性', D(2), D(2)), ('A102', '立项程序规范性', D(3), D(3))]),
        ('A2', '绩效目标', [('A201', '绩效目标合理性', D(3), D('2.5')), ('A202', '绩效指标明确性', D(2), D('1.5'))]),
        ('A3', '资金投入', [('A301', '预算编制科学性', D(3), D('2.5')), ('A302', '资金分配合理性', D(2), D(2))]),
    ]),
    ('B', '过程', [
        ('B1', '资金管理', [('B101', '资金到位率', D(2), D(2)), ('B102', '预算执行率', D(3), B102),
                        ('B103', '资金使用合规性', D(5), D('4.5'))]),
        ('B2', '组织实施', [('B201', '管理制度健全性', D(4), D('3.5')), ('B202', '制度执行有效性', D(6), D(5))]),
    ]),
    ('C', '产出', [
        ('C1', '产出数量', [('C101', '传承人补助发放人数', D(4), D(4)), ('C102', '非遗工坊建设数量', D(4), D(4)),
                        ('C103', '生态保护区建设项目数', D(4), D('3.5')), ('C104', '展演展示活动场次', D(4), D(4))]),
        ('C2', '产出质量', [('C201', '非遗工坊验收达标率', D(4), D('3.66')), ('C202', '传承人年度考核合格率', D(4), D(4)),
                        ('C203', '生态区项目质量合格率', D(4), D(4))]),
        ('C3', '产出时效', [('C301', '资金拨付及时率', D(3), D('2.5')), ('C302', '项目按期完成率', D(3), D('2.7'))]),
        ('C4', '产出成本', [('C401', '成本控制有效性', D(6), D('5.5'))]),
    ]),
    ('D', '效益', [
        ('D1', '社会效益', [('D101', '非遗传承梯队建设成效', D(5), D(5)), ('D102', '公众非遗认知度', D(5), D('4.5'))]),
        ('D2', '经济效益', [('D201', '非遗工坊带动就业人数', D(5), D('4.5'))]),
        ('D3', '可持续影响', [('D301', '长效管理机制健全性', D(4), D('3.5'))]),
        ('D4', '满意度', [('D401', '传承人满意度', D(3), D('2.8')), ('D402', '社会公众满意度', D(3), D('2.7'))]),
    ]),
]


def l2_score(l2):
    return sum(x[3] for x in l2[2]), sum(x[2] for x in l2[2])


def l1_score(l1):
    return sum(l2_score(l2)[0] for l2 in l1[2]), sum(l2_score(l2)[1] for l2 in l1[2])


TOTAL_SCORE = sum(l1_score(l1)[0] for l1 in TREE)
assert sum(l1_score(l1)[1] for l1 in TREE) == 100
N_L2 = sum(len(l1[2]) for l1 in TREE)
N_L3 = sum(len(l2[2]) for l1 in TREE for l2 in l1[2])
L3 = {x[0]: x for l1 in TREE for l2 in l1[2] for x in l2[2]}
L2 = {l2[0]: l2 for l1 in TREE for l2 in l1[2]}
L1 = {l1[0]: l1 for l1 in TREE}


def grade(s):
    return '优' if s >= 90 else '良' if s >= 80 else '中' if s >= 60 else '差'


# ---- outputs per year ----
INHERITORS = {2021: 486, 2022: 503, 2023: 521, 2024: 538}        # 省级以上代表性传承人获补助人数
INH_TARGET = {2021: 480, 2022: 500, 2023: 515, 2024: 530}
WORKSHOPS = {2021: 30, 2022: 34, 2023: 36, 2024: 40}             # 新建非遗工坊
WS_TARGET = {2021: 30, 2022: 32, 2023: 35, 2024: 38}
WS_PASSED = {2021: 27, 2022: 31, 2023: 33, 2024: 37}             # 验收达标
ECO_PROJECTS = {2021: 18, 2022: 20, 2023: 21, 2024: 22}          # 生态保护区建设项目（完成）
ECO_TARGET = {2021: 18, 2022: 20, 2023: 22, 2024: 22}
SHOWS = {2021: 126, 2022: 138, 2023: 162, 2024: 175}             # 展演展示活动场次
SHOW_TARGET = {2021: 120, 2022: 130, 2023: 150, 2024: 160}
JOBS = {2021: 1286, 2022: 1542, 2023: 1719, 2024: 1938}          # 工坊带动就业人数
