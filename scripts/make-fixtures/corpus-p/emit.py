"""Write the laid-out pages of report P as converter markdown, as a .docx (grid or 三线表 borders) and as text."""
import html
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (A4 portrait is set by size)
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from layout import Frag, Heading, Para, spans

FONT = 'Noto Serif CJK SC'


# ---------------------------------------------------------------- markdown (docling / MinerU style)
def to_markdown(pages, running_header):
    out = []
    for n, page in enumerate(pages, start=1):
        if n > 1:
            out.append(running_header)
        for item in page:
            if isinstance(item, Heading):
                out.append('## ' + item.text)
            elif isinstance(item, Para):
                out.append(('# ' if item.style == 'title' else '') + item.text)
            elif isinstance(item, Frag):
                out.append(md_table(item))
        if n > 1:
            out.append(f'—{n - 1}—')
    return '\n\n'.join(out) + '\n'


def md_table(frag):
    rows = [frag.table.header] + frag.rows
    sp = spans(rows)
    lines = ['<table>']
    for r, row in enumerate(rows):
        tds = []
        for c, cell in enumerate(row):
            if cell is None:
                continue
            attr = f' rowspan="{sp[r][c]}"' if sp[r][c] > 1 else ''
            tds.append(f'<td{attr}>{html.escape(cell, quote=False)}</td>')
        lines.append('<tr>' + ''.join(tds) + '</tr>')
    lines.append('</table>')
    return ''.join(lines)


# ---------------------------------------------------------------- the logical stream the .docx and the text share
def stream(pages):
    """(kind, payload, break_before) in reading order; a paragraph cut at a page is one paragraph again."""
    items = []
    for n, page in enumerate(pages):
        brk = n > 0
        for item in page:
            if isinstance(item, Para) and item.style == 'continued':
                kind, p, b = items[-1]
                items[-1] = (kind, Para(p.text + item.text, p.style), b)
                brk = False
                continue
            items.append(('frag' if isinstance(item, Frag) else 'block', item, brk))
            brk = False
    return items


# ---------------------------------------------------------------- tab-separated text (Word's "copy as text")
def to_text(pages):
    out = []
    prev_frag = False
    for kind, item, _ in stream(pages):
        if kind == 'frag':
            if prev_frag:
                out.append('')   # the paragraph Word keeps between two tables
            rows = [item.table.header] + item.rows
            for row in rows:
                # a vertically merged cell is left out, so the row is short
                out.append('\t'.join(c for c in row if c is not None))
            prev_frag = True
            continue
        prev_frag = False
        out.append(item.text)
    return '\r\n'.join(out) + '\r\n'


# ---------------------------------------------------------------- .docx
def _set_east_asian(style_or_run_element, font=FONT):
    rpr = style_or_run_element.get_or_add_rPr()
    fonts = rpr.find(qn('w:rFonts'))
    if fonts is None:
        fonts = OxmlElement('w:rFonts')
        rpr.insert(0, fonts)
    for k in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        fonts.set(qn(k), font)


def _border(tag, val='single', sz=4):
    e = OxmlElement(tag)
    e.set(qn('w:val'), val)
    if val != 'nil':
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), '0')
        e.set(qn('w:color'), '000000')
    return e


def _table_borders(table, mode):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    if mode == 'grid':
        for t in ('w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'):
            b.append(_border(t))
    else:  # 三线表: a thick top and bottom rule, a thin rule under the header, nothing else
        b.append(_border('w:top', sz=12))
        b.append(_border('w:left', 'nil'))
        b.append(_border('w:bottom', sz=12))
        b.append(_border('w:right', 'nil'))
        b.append(_border('w:insideH', 'nil'))
        b.append(_border('w:insideV', 'nil'))
    tblPr.append(b)


def _cell_text(cell, text, bold=False):
    p = cell.paragraphs[0]
    p.style = 'TableText'
    run = p.add_run(text)
    run.bold = bold


def _docx_table(doc, frag, mode):
    t = frag.table
    rows = [t.header] + frag.rows
    sp = spans(rows)
    table = doc.add_table(rows=len(rows), cols=len(t.header))
    table.autofit = False
    _table_borders(table, mode)
    for c, w in enumerate(t.widths):
        table.columns[c].width = Cm(w)   # the grid LibreOffice lays out by
    for r, row in enumerate(rows):
        tr = table.rows[r]._tr
        trPr = tr.get_or_add_trPr()
        if r == 0:
            trPr.append(OxmlElement('w:tblHeader'))   # Word's "repeat as header row"
        for c, w in enumerate(t.widths):
            table.cell(r, c).width = Cm(w)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            top = table.cell(r, c)
            if sp[r][c] > 1:
                top = top.merge(table.cell(r + sp[r][c] - 1, c))
            _cell_text(top, cell, bold=(r == 0))
            if r == 0 and mode == 'three-line':
                tcPr = top._tc.get_or_add_tcPr()
                tb = OxmlElement('w:tcBorders')
                tb.append(_border('w:bottom', sz=6))
                tcPr.append(tb)
    return table


def to_docx(pages, path, mode='grid', footer_prefix='—'):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.54), Cm(2.54)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    styles = doc.styles
    normal = styles['Normal']
    normal.font.size = Pt(12)
    _set_east_asian(normal.element)
    normal.paragraph_format.line_spacing = Pt(22)
    normal.paragraph_format.space_after = Pt(0)
    for lvl, size in ((1, 15), (2, 13), (3, 12)):
        s = styles[f'Heading {lvl}']
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.color.rgb = RGBColor(0, 0, 0)
        _set_east_asian(s.element)
        s.paragraph_format.space_before = Pt(8)
        s.paragraph_format.space_after = Pt(4)
    tt = styles.add_style('TableText', 1)
    tt.base_style = normal
    tt.font.size = Pt(10)
    tt.paragraph_format.line_spacing = 1.0
    tt.paragraph_format.first_line_indent = Pt(0)
    # page number in the footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(footer_prefix + ' ')
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), 'PAGE')
    r = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.text = '1'
    r.append(t)
    fld.append(r)
    fp._p.append(fld)
    fp.add_run(' ' + footer_prefix)

    items = []
    for kind, item, brk in stream(pages):
        prev = items[-1][1] if items and items[-1][0] == 'frag' else None
        if kind == 'frag' and item.table.one_grid and prev is not None and prev.index == item.index:
            # the header row of the next page stays in the grid as a row of its own
            items[-1] = ('frag', Frag(prev.table, prev.index, prev.rows + [list(item.table.header)] + item.rows, prev.first), items[-1][2])
            continue
        items.append((kind, item, brk))
    for kind, item, brk in items:
        if kind == 'frag':
            if brk:
                p = doc.add_paragraph()
                p.paragraph_format.page_break_before = True
                p.paragraph_format.line_spacing = Pt(2)
                p.add_run('').font.size = Pt(1)
            elif not item.first:
                doc.add_paragraph()
            _docx_table(doc, item, mode)
            continue
        if isinstance(item, Heading):
            p = doc.add_heading(item.text, level=min(item.level, 3))
        else:
            p = doc.add_paragraph()
            run = p.add_run(item.text)
            if item.style == 'title':
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = True
                run.font.size = Pt(20)
                p.paragraph_format.line_spacing = Pt(36)
            elif item.style == 'caption':
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = True
                run.font.size = Pt(10.5)
            elif item.style == 'right':
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif item.style == 'body':
                p.paragraph_format.first_line_indent = Pt(24)
        if brk:
            p.paragraph_format.page_break_before = True
    doc.core_properties.author = '山西晋衡会计师事务所有限公司'
    doc.core_properties.title = '山西省非物质文化遗产保护传承专项资金（2021—2024年）财政重点绩效评价报告'
    doc.save(path)
