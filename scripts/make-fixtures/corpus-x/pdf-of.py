# Report X's .pdf: ReportLab (Debian's python3-reportlab) lays out the spec's blocks itself, a table whole with its
# header rows repeated (repeatRows) where ReportLab's own splitting cuts it at each page, not the spec's pieces.
# A4, 公文 margins, body 16 pt on 30 pt lines in WenQuanYi Zen Hei (a TrueType CJK font ReportLab can embed),
# tables 10 pt, "— N —" at the foot. Used to make the fixture only.
#   /usr/bin/python3 pdf-of.py BLOCKS.json OUT.pdf TITLE
import json, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer

pdfmetrics.registerFont(TTFont('ZenHei', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
blocks_path, out, title = sys.argv[1:4]
blocks = json.load(open(blocks_path, encoding='utf-8'))

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br/>')

body = ParagraphStyle('body', fontName='ZenHei', fontSize=16, leading=30, firstLineIndent=32, alignment=TA_JUSTIFY, wordWrap='CJK')
center = ParagraphStyle('center', parent=body, firstLineIndent=0, alignment=TA_CENTER)
right = ParagraphStyle('right', parent=body, firstLineIndent=0, alignment=TA_RIGHT)
heads = {1: ParagraphStyle('h1', parent=body, fontSize=16, firstLineIndent=0, spaceBefore=6),
         2: ParagraphStyle('h2', parent=body, firstLineIndent=32),
         3: ParagraphStyle('h3', parent=body, firstLineIndent=32)}
cellst = ParagraphStyle('cell', fontName='ZenHei', fontSize=10, leading=14, alignment=TA_CENTER, wordWrap='CJK')
WIDTH = A4[0] - 2.8 * cm - 2.6 * cm

def table_of(t):
    rows = t['rows']
    ncol = max(sum(c['colspan'] for c in r['cells'] if c.get('col', 0) == c.get('col', 0)) for r in rows[:1])
    ncol = sum(c['colspan'] for c in rows[0]['cells'])
    grid = [['' for _ in range(ncol)] for _ in rows]
    spans = []
    for i, r in enumerate(rows):
        for c in r['cells']:
            grid[i][c['col']] = Paragraph(esc(c['text']), cellst)
            if c['rowspan'] > 1 or c['colspan'] > 1:
                spans.append(('SPAN', (c['col'], i), (c['col'] + c['colspan'] - 1, i + c['rowspan'] - 1)))
    widths = t.get('widths')
    if widths:
        tot = sum(widths)
        widths = [WIDTH * w / tot for w in widths]
    nhead = sum(1 for r in rows if r['head'])
    tb = Table(grid, colWidths=widths, repeatRows=nhead)
    tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                            ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)] + spans))
    return tb

story = []
skip_break = False
for i, b in enumerate(blocks):
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if b['type'] == 'pagebreak':
        # the break before a later piece of a split table is the spec's; ReportLab splits the whole table itself
        if nxt and nxt['type'] == 'table' and nxt.get('piece', 0) > 0:
            continue
        story.append(PageBreak())
    elif b['type'] == 'heading':
        # each chapter on a new page, as the firm's template has it
        if b['level'] == 1 and story and not isinstance(story[-1], PageBreak) and i > 12:
            story.append(PageBreak())
        story.append(Paragraph(esc(b['text']), heads[min(b['level'], 3)]))
    elif b['type'] == 'para':
        st = center if b.get('center') else right if b.get('right') else body
        story.append(Paragraph(esc(b['text']), st))
    elif b['type'] == 'table':
        if b.get('piece', 0) > 0:
            continue
        story.append(Spacer(1, 4))
        story.append(table_of(b['whole']))
        story.append(Spacer(1, 4))

def foot(canvas, doc):
    canvas.saveState()
    canvas.setFont('ZenHei', 11)
    canvas.drawCentredString(A4[0] / 2, 1.8 * cm, f'— {doc.page} —')
    canvas.restoreState()

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2.8 * cm, rightMargin=2.6 * cm, topMargin=3.7 * cm,
                        bottomMargin=3.5 * cm, title=title, author='广东粤衡工程咨询有限公司')
doc.build(story, onFirstPage=foot, onLaterPages=foot)
