#!/usr/bin/env python3
"""Checks the report's arithmetic (the parts meant to be right), as written in k-yishiyiyi-2023.spec.md."""
from decimal import Decimal as D, ROUND_HALF_UP

def r(x, q='0.01'): return D(x).quantize(D(q), rounding=ROUND_HALF_UP)

# money, in yuan
src = {'中央': (D('1200000.00'), D('1200000.00'), D('1150000.00')),
       '省级': (D('800000.00'),  D('800000.00'),  D('780000.00')),
       '州级': (D('300000.00'),  D('300000.00'),  D('280000.00')),
       '县级': (D('560000.00'),  D('460000.00'),  D('373456.80'))}
bud = sum(v[0] for v in src.values()); arr = sum(v[1] for v in src.values()); sp = sum(v[2] for v in src.values())
assert bud == D('2860000.00') and arr == D('2760000.00') and sp == D('2583456.80')
assert arr - sp == D('176543.20')                      # text (injected) says 167,543.20
assert r(arr / bud * 100) == D('96.50') and r(sp / arr * 100) == D('93.60')
assert r(D(460000) / D(560000) * 100) == D('82.14')
for k, (b, a, s) in src.items():
    print(k, '万元', r(b / 10000), r(a / 10000), r(s / 10000), r((a - s) / 10000),
          '到位率', r(a / b * 100), '执行率', r(s / a * 100))
assert r(arr/10000) - r(sp/10000) == D('17.65')
assert D('286.00') - D('218.00') == D('68.00')        # 2022 comparison
# scores
tree = {'决策': [(8, 8), (6, 5), (6, 6)], '过程': [(12, 11), (8, 7)],
        '产出': [(15, 15), (10, 10), (8, 6), (7, 7)], '效益': [(10, 9), (5, 4), (5, 5)]}
sub = {k: (sum(a for a, _ in v), sum(b for _, b in v)) for k, v in tree.items()}
assert sub == {'决策': (20, 19), '过程': (20, 18), '产出': (40, 38), '效益': (20, 18)}, sub
assert sum(a for a, _ in sub.values()) == 100 and sum(b for _, b in sub.values()) == 93
assert sum(len(v) for v in tree.values()) == 12       # text (injected) says 11
# target table rows (二级 -> rows)
rows = {'产出数量': [(5, 5), (5, 5), (5, 5)], '产出质量': [(6, 6), (4, 4)], '产出时效': [(8, 6)],
        '产出成本': [(7, 7)], '社会效益': [(5, 5), (5, 4)], '可持续影响': [(5, 4)], '满意度': [(5, 5)]}
for k, v in rows.items():
    m = dict(zip(['产出数量', '产出质量', '产出时效', '产出成本', '社会效益', '可持续影响', '满意度'],
                 tree['产出'] + tree['效益']))[k]
    assert (sum(a for a, _ in v), sum(b for _, b in v)) == m, k
assert r(D(10) / D(12) * 100, '0.1') == D('83.3') and r(D(4) / D(12) * 100, '0.1') == D('33.3')
assert D(285) / D(300) == D('0.95') and 8 - 2 == 6
print('路灯按比例', r(D(5) * 224 / 230))

# each expected.json quote in the report and not in its control: node scripts/make-fixtures/spec/build.mjs --check
