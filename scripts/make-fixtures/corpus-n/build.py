#!/usr/bin/env python3
"""Build n-yanglao-2024.md (7 injected contradictions) from the clean control copy."""
import json
SRC = 'n-yanglao-2024.clean.md'
DST = 'n-yanglao-2024.md'
TOC_OK = '（四）效益指标分析 .............................................. 8'
TOC_BAD = '（四）效益指标分析 .............................................. 6'
EDITS = [  # (old, new, count)
    ('县级财政预算安排815.00万元、县福彩公益金', '县级财政预算安排851.00万元、县福彩公益金', 1),
    ('通过对德清县2024年度居家养老服务补贴项目开展绩效评价', '通过对德清县2024年度养老机构运营补贴项目开展绩效评价', 1),
    ('下设12个二级指标、26个三级指标', '下设12个二级指标、27个三级指标', 1),
    ('| 过程 | 20 | 17 | 85.00% |', '| 过程 | 20 | 17 | 87.50% |', 1),
    ('| 服务工单回访率 | ≥95% | 96.20% |', '| 服务工单回访率 | ≥95% | 93.20% |', 1),
    ('全年服务工单回访率96.20%，得4分', '全年服务工单回访率93.20%，得4分', 1),
    (TOC_OK, TOC_BAD, 1),
    ('《德清县居家养老服务补贴实施办法（试行）》（德民', '《德清县居家养老服务补贴实施办法（试行）（德民', 1),
]
t = open(SRC, encoding='utf-8').read()
for old, new, n in EDITS:
    assert t.count(old) == n, (old, t.count(old))
    t = t.replace(old, new)
open(DST, 'w', encoding='utf-8').write(t)
# every quote in expected.json must occur exactly once in the injected file and not in the clean one
clean = open(SRC, encoding='utf-8').read()
for e in json.load(open('expected.json', encoding='utf-8')):
    q = e['quote']
    assert t.count(q) == 1, ('quote count', q, t.count(q))
    assert q not in clean, ('quote in clean copy', q)
print('ok', DST)
