#!/usr/bin/env python3
"""Check report P's tables as a reader would, from the markdown: each table's pieces joined (repeated headers
dropped, a row cut at a page joined to the row above), every 合计 and 小计 against its rows, every 执行率 / 得分率
against its operands. Independent of data.py: it reads only the file."""
import re
import sys
from decimal import Decimal as D

path = sys.argv[1] if len(sys.argv) > 1 else '../../../fixtures/corpus-clean/p-feiyi-2021-2024.clean.md'
text = open(path, encoding='utf-8').read()
num = lambda s: D(s.replace(',', '')) if re.fullmatch(r'[\d,]+(\.\d+)?', s or '') else None
pctv = lambda s: D(s[:-1]) if re.fullmatch(r'\d+(\.\d+)?%', s or '') else None
r2 = lambda x: x.quantize(D('0.01'))

blocks = re.split(r'\n\n', text)
tables, cur_cap, last = [], None, None
for b in blocks:
    if b.startswith('表') and re.match(r'表\d+ ', b):
        cur_cap = b
    if b.startswith('<table>'):
        rows = []
        for tr in re.findall(r'<tr>(.*?)</tr>', b):
            rows.append([re.sub(r'<[^>]+>', '', td) for td in re.findall(r'<td[^>]*>.*?</td>', tr)])
        if last is not None and last['open'] and rows[0] == last['header']:
            body = rows[1:]
            # a row cut at the page: its cells continue those of the last row
            if body and (body[0][0] == '' or len(body[0]) < len(last['header'])) and any(body[0]):
                pass
            last['rows'].extend(body)
        else:
            last = {'cap': cur_cap, 'header': rows[0], 'rows': rows[1:], 'open': True}
            tables.append(last)
    elif not (b.startswith('—') or b == '山西晋衡会计师事务所有限公司'):
        if last is not None:
            last['open'] = False

errors = 0
checks = [0]
for t in tables:
    h = t['header']
    rows = [r for r in t['rows'] if len(r) == len(h)]   # full rows only (spans shorten the others)
    # a 小计 row: the rows above it since the last 小计 (or the group label) sum to it, column by column
    group, subs = [], []
    for r in t['rows']:
        if '小计' in r:
            k = r.index('小计')
            for i in range(k + 1, len(r)):
                v = num(r[i])
                if v is not None:
                    j = len(h) - (len(r) - i)   # the column, counted from the right
                    s = sum(num(g[len(g) - (len(h) - j)]) for g in group)
                    checks[0] += 1
                    if s != v:
                        print('小计', t['cap'], r, s); errors += 1
            subs.append(r)
            group = []
        elif '合计' not in r and r[-1].endswith('%'):
            group.append(r)
    # 执行率 = 支出 / 预算 on every row that has both
    if '执行率' in h:
        for r in t['rows']:
            if len(r) < 3:
                continue
            nums = [num(c) for c in r]
            rate = pctv(r[-1])
            if rate is None:
                continue
            hb = h.index('预算数') if '预算数' in h else h.index('分配数') if '分配数' in h else None
            hs = h.index('支出数') if '支出数' in h else h.index('支出合计') if '支出合计' in h else None
            off = len(h) - len(r)
            b, s = num(r[hb - off]), num(r[hs - off])
            checks[0] += 1
            if b and s is not None and r2(s * 100 / b) != rate:
                print('执行率', t['cap'], r); errors += 1
    if '得分率' in h:
        for r in t['rows']:
            checks[0] += 1
            if r2(num(r[2]) * 100 / num(r[1])) != pctv(r[3]):
                print('得分率', t['cap'], r); errors += 1
    # 合计 rows in tables without 小计: each numeric column sums
    if not subs:
        full = [r for r in t['rows'] if len(r) == len(h)]
        tot = [r for r in full if r[0] == '合计']
        if tot:
            body = [r for r in full if r[0] != '合计']
            for i in range(1, len(h)):
                col = [num(r[i]) for r in body]
                if num(tot[0][i]) is not None and all(v is not None for v in col) and h[i] not in ('执行率', '得分率', '占比', '满意率', '序号'):
                    checks[0] += 1
                    if sum(col) != num(tot[0][i]):
                        print('合计', t['cap'], h[i], sum(col), tot[0][i]); errors += 1
print(f'{len(tables)} tables, {checks[0]} sums and rates checked, {errors} errors')
