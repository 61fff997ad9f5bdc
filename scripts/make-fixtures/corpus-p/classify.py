#!/usr/bin/env python3
"""Sort the unexpected findings of measure.mjs --dump by the cause a reader sees in the file.

    node measure.mjs --dump /tmp/p.json && python3 classify.py /tmp/p.json

Causes (issue 10's patterns): table split (a piece of a table read without the rows or labels of the piece
before it), header row as data, continuation row (a row cut at a page read as a row of its own), scope (a
sub-programme's, a city's, a year's or last year's figure compared with the programme's), and other, with what.
The rules below were written after reading every finding of the first run; each names what it looks at."""
import json
import re
import sys
from collections import Counter, defaultdict

HEADER = re.compile(r'^(一级指标|序号|设区市|年度|子项目|抽查项目|文号|调查对象)( \| |$)')


def cause(file, x):
    rid, text, ex, msg = x['ruleId'], x['text'] or '', x['excerpt'] or '', x['message'] or ''
    row = ' | ' in ex                          # the place is a table cell: its excerpt is the row
    borderless = 'borderless' in file
    if '“三级”' in msg or HEADER.match(ex) and rid == 'score/missing-score':
        return 'header row as data'
    if rid.startswith('money/'):
        return 'scope'                         # a sub-programme's / city's / year's figure against the programme's
    if '86.40' in text or '86.40' in ex:
        return 'scope'                         # last year's score and grade, given for comparison
    if rid == 'text/brackets' or rid == 'text/duplicate-word':
        if borderless:
            return 'other: borderless table read as lines of prose'
        return 'continuation row'              # a 《title》 or “quote” cut at a page, its halves in two rows
    if rid == 'score/missing-score':
        cells = [c.strip() for c in ex.split('|')]
        if file.endswith('.txt') and re.match(r'^[A-D]\d{3}', cells[0]):
            return 'other: short row (merged cells left out) aligned left'
        return 'continuation row'              # a cut label ("执行有效性", "率") read as an indicator
    if row and rid in ('score/children-sum', 'score/cross-source'):
        return 'table split'                   # a piece starting below a merged 一级/二级 cell: its rows lose their parent
    if rid in ('score/children-sum', 'score/cross-source') and file.endswith('.txt'):
        # the headings' children come from the indicator tables, whose short rows were put under the wrong column
        return 'other: short row (merged cells left out) aligned left'
    if rid == 'score/cross-source':
        return 'scope'                         # a sub-indicator's score in a sentence read as its parent's
    if rid == 'count/claimed-count':
        return 'table split'
    return 'other: ' + rid


if __name__ == '__main__':
    dump = json.load(open(sys.argv[1], encoding='utf-8'))
    for file, v in dump.items():
        c = Counter()
        ex = defaultdict(list)
        for x in v['extra']:
            k = cause(file, x)
            c[k] += 1
            ex[k].append(x)
        print(f'{file}: {sum(c.values())} — ' + ', '.join(f'{k} {n}' for k, n in c.most_common()))
        if '-v' in sys.argv:
            for k, xs in ex.items():
                x = xs[0]
                print(f'    [{k}] {x["ruleId"]} @ “{x["text"][:30]}” ({x["excerpt"][:90]}) — {x["message"][:90]}')
