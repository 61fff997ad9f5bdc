#!/usr/bin/env python3
"""Arithmetic of the clean copy (Decimal, half-up)."""
from decimal import Decimal as D, ROUND_HALF_UP
def r(x, q='0.01'): return x.quantize(D(q), ROUND_HALF_UP)
def pct(a, b): return r(D(a) / D(b) * 100)
src = {'中央': ('120.00', '120.00', '120.00'), '省级': ('285.00', '285.00', '285.00'),
       '县级': ('815.00', '761.00', '713.72'), '福彩': ('130.00', '130.00', '130.00')}
B = sum(D(v[0]) for v in src.values()); A = sum(D(v[1]) for v in src.values()); S = sum(D(v[2]) for v in src.values())
print('预算', B, '到位', A, '支出', S, '结余', A - S, '到位率', pct(A, B), '执行率', pct(S, A))
for k, (b, a, s) in src.items(): print(' ', k, '到位率', pct(a, b), '执行率', pct(s, a), '结余', D(a) - D(s), '未到位', D(b) - D(a))
print('中央+省', D('405.00'), pct('405.00', A), '% of 到位')
print('2023 vs 2024', B - D('1180.00'), pct(B - D('1180.00'), '1180.00'))
cats = ['742.56', '368.00', '138.16']
print('用途 sum', sum(map(D, cats)), [str(pct(c, S)) for c in cats], sum(pct(c, S) for c in cats))
print('人均', r(D('7425600') / 4926, '1'), '每中心万元', r(D('368.00') / 163), '每人次元', r(D('1381600') / D('196200')))
print('星级', pct(143, 163), '覆盖', pct(163, 166), '2023覆盖', pct(161, 166), 'diff', pct(163, 166) - pct(161, 166))
print('对象 diff', 4926 - 4512, '问卷', 408 + 204)
tree = {
 '决策': {'项目立项': [(2, 2), (2, 2)], '绩效目标': [(3, 2.5), (2, 1.5)], '资金投入': [(3, 2.5), (3, 3)]},
 '过程': {'资金管理': [(3, 3), (3, 2), (4, 3.5)], '组织实施': [(4, 4), (6, 4.5)]},
 '产出': {'产出数量': [(6, 6), (5, 5), (5, 5)], '产出质量': [(4, 4), (4, 4), (4, 4)], '产出时效': [(3, 3), (3, 3)], '产出成本': [(3, 3), (3, 2.5)]},
 '效益': {'社会效益': [(6, 6), (6, 5)], '可持续影响': [(5, 4)], '满意度': [(5, 5), (3, 2)]},
}
TP = TS = 0; n2 = n3 = 0
for l1, subs in tree.items():
    p1 = s1 = 0
    for l2, leaves in subs.items():
        p = sum(D(str(a)) for a, _ in leaves); s = sum(D(str(b)) for _, b in leaves)
        print('   ', l2, p, s); p1 += p; s1 += s; n2 += 1; n3 += len(leaves)
    print(l1, p1, s1, pct(s1, p1)); TP += p1; TS += s1
print('total', TP, TS, pct(TS, TP), '二级', n2, '三级', n3, '2023 diff', TS - D('88.5'))
