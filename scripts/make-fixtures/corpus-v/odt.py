"""Report V's blocks (JSON from build.mjs) → an OpenDocument text written with odfpy, the way a firm's clerk's
LibreOffice file looks: A4 with Word's default margins, 宋体 小四 body on 1.5 lines, 黑体 / 楷体 headings with outline
levels, tables 五号 with their header rows in <table:table-header-rows> (repeated on each page), spans as
number-columns/rows-spanned with covered cells, each piece of a split table on a new page under a "续表N" /
"附件N（续）" line, and a footer with the page number. Fonts are named, not embedded (the PDF falls back to Noto CJK).
    python3 odt.py BLOCKS.json OUT.odt
"""
import json
import sys

from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties, Style,
                       TableCellProperties, TableColumnProperties, TableProperties, TextProperties, Footer)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import H, OutlineLevelStyle, OutlineStyle, P, PageNumber

blocks = json.load(open(sys.argv[1], encoding='utf-8'))
doc = OpenDocumentText()
for name, family in [('宋体', 'roman'), ('黑体', 'swiss'), ('楷体', 'roman')]:
    doc.fontfacedecls.addElement(FontFace(name=name, fontfamily=name, fontfamilygeneric=family, fontpitch='variable'))

layout = PageLayout(name='A4')
layout.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='2.54cm', marginbottom='2.54cm',
                                       marginleft='3.18cm', marginright='3.18cm', printorientation='portrait'))
doc.automaticstyles.addElement(layout)
footer_p = Style(name='Footer', family='paragraph')
footer_p.addElement(ParagraphProperties(textalign='center'))
footer_p.addElement(TextProperties(fontsize='9pt', fontname='宋体', fontnameasian='宋体'))
doc.styles.addElement(footer_p)
master = MasterPage(name='Standard', pagelayoutname=layout)
foot = Footer()
fp = P(stylename=footer_p)
fp.addText('— ')
fp.addElement(PageNumber(selectpage='current'))
fp.addText(' —')
foot.addElement(fp)
master.addElement(foot)
doc.masterstyles.addElement(master)


def pstyle(name, size, font='宋体', bold=False, align='justify', indent='0.85cm', before='0cm', parent=None,
           outline=None, lineheight='150%', auto=False):
    # LibreOffice's own style names ("Heading_20_1" shown as "Heading 1"), so that its export maps them to Word's
    s = Style(name=name, displayname=name.replace('_20_', ' '), family='paragraph',
              **({'parentstylename': parent} if parent else {}),
              **({'defaultoutlinelevel': str(outline)} if outline else {}))
    s.addElement(ParagraphProperties(textalign=align, textindent=indent, margintop=before, marginbottom='0cm',
                                     lineheight=lineheight))
    s.addElement(TextProperties(fontsize=size, fontname=font, fontnameasian=font, fontsizeasian=size,
                                **({'fontweight': 'bold', 'fontweightasian': 'bold'} if bold else {})))
    (doc.automaticstyles if auto else doc.styles).addElement(s)
    return s


# the outline without numbers: the headings carry their own "一、" / "（一）"
outline = OutlineStyle(name='Outline')
for level in range(1, 11):
    outline.addElement(OutlineLevelStyle(level=level, numformat=''))
doc.styles.addElement(outline)
body = pstyle('Text_20_body', '12pt')
center = pstyle('V_Center', '12pt', align='center', indent='0cm')
right = pstyle('V_Right', '12pt', align='end', indent='0cm')
heads = {1: pstyle('Heading_20_1', '14pt', '黑体', True, outline=1, before='0.3cm'),
         2: pstyle('Heading_20_2', '14pt', '楷体', False, outline=2),
         3: pstyle('Heading_20_3', '12pt', '宋体', True, outline=3)}
cell_p = pstyle('Table_20_Contents', '10.5pt', align='center', indent='0cm', lineheight='115%')
head_p = pstyle('Table_20_Heading', '10.5pt', '黑体', True, align='center', indent='0cm', lineheight='115%')


def broken(base):
    """the same paragraph style with a page break before it (one automatic style per base)"""
    if base not in broken.cache:
        s = Style(name=base.getAttribute('name') + '_break', family='paragraph', parentstylename=base)
        s.addElement(ParagraphProperties(breakbefore='page'))
        doc.automaticstyles.addElement(s)
        broken.cache[base] = s
    return broken.cache[base]


broken.cache = {}
cellstyle = Style(name='V_Cell', family='table-cell')
cellstyle.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.05cm', verticalalign='middle'))
doc.automaticstyles.addElement(cellstyle)

ntable = 0
brk = False
label = ''
for b in blocks:
    t = b['type']
    if t == 'pagebreak':
        brk = True
        continue
    if t == 'heading':
        level = min(b['level'], 3)
        if b['text'].startswith('附件'):
            brk = True
            label = b['text'].split(' ')[0] + '（续）'
        el = H(outlinelevel=level, stylename=broken(heads[level]) if brk else heads[level], text=b['text'])
        brk = False
        doc.text.addElement(el)
    elif t == 'para':
        if b['text'].startswith('表') and ' ' in b['text'] and b['text'].split(' ')[0][1:].isdigit():
            label = '续' + b['text'].split(' ')[0]
        base = center if b.get('center') else right if b.get('right') else body
        doc.text.addElement(P(stylename=broken(base) if brk else base, text=b['text']))
        brk = False
    elif t == 'table':
        if b.get('piece', 0) > 0:
            doc.text.addElement(P(stylename=broken(center), text=label))
            brk = False
        elif brk:
            doc.text.addElement(P(stylename=broken(center), text=''))
            brk = False
        ntable += 1
        rows = b['rows']
        width = max(sum(c['colspan'] for c in r['cells'] if True) + 0 for r in rows[:1])
        width = max(max(c['col'] + c['colspan'] for c in r['cells']) for r in rows if r['cells'])
        widths = b.get('widths') or [1] * width
        total = sum(widths)
        ts = Style(name=f'V_T{ntable}', family='table')
        ts.addElement(TableProperties(width='14.64cm', align='center'))
        doc.automaticstyles.addElement(ts)
        tab = Table(name=f'表格{ntable}', stylename=ts)
        for i, w in enumerate(widths[:width]):
            cs = Style(name=f'V_T{ntable}C{i}', family='table-column')
            cs.addElement(TableColumnProperties(columnwidth=f'{14.64 * w / total:.3f}cm'))
            doc.automaticstyles.addElement(cs)
            tab.addElement(TableColumn(stylename=cs))
        covered = set()
        header = TableHeaderRows()
        has_head = any(r['head'] for r in rows)
        if has_head:
            tab.addElement(header)
        for i, r in enumerate(rows):
            tr = TableRow()
            at = {c['col']: c for c in r['cells']}
            for col in range(width):
                if col in at:
                    c = at[col]
                    attrs = {}
                    if c['colspan'] > 1:
                        attrs['numbercolumnsspanned'] = c['colspan']
                    if c['rowspan'] > 1:
                        attrs['numberrowsspanned'] = c['rowspan']
                    td = TableCell(stylename=cellstyle, valuetype='string', **attrs)
                    for k, line in enumerate(c['text'].split('\n')):
                        td.addElement(P(stylename=head_p if r['head'] else cell_p, text=line))
                    tr.addElement(td)
                    for dr in range(c['rowspan']):
                        for dc in range(c['colspan']):
                            if dr or dc:
                                covered.add((i + dr, col + dc))
                elif (i, col) in covered:
                    tr.addElement(CoveredTableCell())
                else:
                    td = TableCell(stylename=cellstyle, valuetype='string')
                    td.addElement(P(stylename=cell_p, text=''))
                    tr.addElement(td)
            (header if r['head'] else tab).addElement(tr)
        doc.text.addElement(tab)
doc.save(sys.argv[2])
