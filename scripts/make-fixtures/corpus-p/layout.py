"""Lay report P out on A4 pages, as a PDF would show it, and write it as converter markdown, .docx and text.

The page model is deliberately conservative (it fills less than LibreOffice can), so that the explicit page
breaks written into the .docx are where the PDF's pages end too. Every table is cut at every page it crosses:
the next piece repeats the header row, and a row that does not fit is cut in two at a line, so its label
("C201非遗工坊验" / "收达标率") and its text (an open 《 closed only on the next page) run on in the next piece.
"""
import math
import re
from dataclasses import dataclass, field

BODY_CPL = 34          # characters per body line (A4, 16 cm text width, 12 pt; kept short on purpose)
BODY_LH = 22           # pt per body line
PAGE_H = 560           # pt of body per page (A4 less margins, header and footer, with room to spare)
CELL_LH = 16           # pt per line in a table cell (10 pt type)
CELL_PAD = 8           # pt per row for padding and rules
CM_PER_CHAR = 0.40     # a 10 pt CJK character is 0.353 cm wide; cells also lose their padding


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Para:
    text: str
    style: str = 'body'   # body | title | cover | caption | right


@dataclass
class Table:
    caption: str
    header: list
    rows: list            # a cell is a str, or None where a cell above spans down (vertical merge)
    widths: list          # cm
    note: str = ''
    one_grid: bool = False  # in the .docx, a converter glued the pieces back into one table, repeated headers and all


@dataclass
class PageBreak:
    pass


def width(s):
    """Display width in CJK characters: ASCII takes half a cell."""
    return sum(0.5 if ord(ch) < 0x2000 else 1 for ch in s)


def lines(s, cpl):
    return max(1, math.ceil(width(s) / cpl)) if s else 1


def cpl_of(w_cm):
    return max(1.0, w_cm / CM_PER_CHAR - 0.6)


def cut(s, maxw):
    """The longest head of s no wider than maxw that does not end inside a number or a Latin word."""
    acc, i = 0.0, 0
    while i < len(s):
        acc += 0.5 if ord(s[i]) < 0x2000 else 1
        if acc > maxw:
            break
        i += 1
    j = i
    while 0 < j < len(s) and re.match(r'[0-9A-Za-z.,%]', s[j]) and re.match(r'[0-9A-Za-z.,%]', s[j - 1]):
        j -= 1
    if j == 0:
        j = i
    return s[:j], s[j:]


def row_height(row, widths):
    n = max(lines(c or '', cpl_of(w)) for c, w in zip(row, widths))
    return n * CELL_LH + CELL_PAD


def para_height(p):
    if p.style == 'title':
        return 3 * BODY_LH
    if p.style == 'caption':
        return lines(p.text, BODY_CPL) * BODY_LH + 4
    return lines(p.text, BODY_CPL - 2) * BODY_LH + 6


@dataclass
class Frag:
    table: Table
    index: int            # which table of the report (0-based)
    rows: list
    first: bool
    last: bool = False


def paginate(blocks):
    pages = [[]]
    used = 0.0
    tno = -1

    def new_page():
        nonlocal used
        pages.append([])
        used = 0.0

    for b in blocks:
        if isinstance(b, PageBreak):
            if pages[-1]:
                new_page()
            continue
        if isinstance(b, Heading):
            h = 44 if b.level == 1 else 36
            if used + h + 3 * BODY_LH > PAGE_H:   # keep a heading with what follows
                new_page()
            pages[-1].append(b)
            used += h
            continue
        if isinstance(b, Para):
            h = para_height(b)
            if used + h > PAGE_H:
                if b.style == 'body' and used + 3 * BODY_LH <= PAGE_H:
                    # a paragraph runs on to the next page: cut it at a line
                    room = int((PAGE_H - used - 6) // BODY_LH)
                    head, tail = cut(b.text, room * (BODY_CPL - 2))
                    pages[-1].append(Para(head, 'body'))
                    new_page()
                    b = Para(tail, 'continued')
                    h = para_height(b)
                else:
                    new_page()
            pages[-1].append(b)
            used += h
            continue
        # a table
        tno += 1
        t = b
        cap = Para(t.caption, 'caption')
        hh = row_height(t.header, t.widths)
        need = para_height(cap) + hh + 3 * CELL_LH + CELL_PAD
        if used + need > PAGE_H:
            new_page()
        pages[-1].append(cap)
        used += para_height(cap)
        frag = Frag(t, tno, [], True)
        pages[-1].append(frag)
        used += hh
        queue = [list(r) for r in t.rows]
        while queue:
            row = queue.pop(0)
            h = row_height(row, t.widths)
            if used + h <= PAGE_H:
                frag.rows.append(row)
                used += h
                continue
            room = int((PAGE_H - used - CELL_PAD) // CELL_LH)
            nlines = (h - CELL_PAD) // CELL_LH
            if nlines >= 2 and room >= 1 and frag.rows:
                # the row is cut at the page's last line: each cell keeps what fits on this page
                head, tail = [], []
                for c, w in zip(row, t.widths):
                    if c is None:
                        head.append(None)
                        tail.append('')
                        continue
                    a, z = cut(c, room * cpl_of(w))
                    head.append(a)
                    tail.append(z)
                frag.rows.append(head)
                queue.insert(0, tail)
            else:
                queue.insert(0, [('' if c is None else c) for c in row])
            new_page()
            frag = Frag(t, tno, [], False)
            pages[-1].append(frag)
            used += hh
            # the first row on a new page starts every span afresh
            queue[0] = [('' if c is None else c) for c in queue[0]]
        frag.last = True
        if t.note:
            n = Para(t.note, 'body')
            if used + para_height(n) > PAGE_H:
                new_page()
            pages[-1].append(n)
            used += para_height(n)
    return [p for p in pages if p]


def spans(rows):
    """rowspan of each cell of a piece: a cell is followed by the None cells below it."""
    out = []
    for r, row in enumerate(rows):
        out.append([])
        for c, cell in enumerate(row):
            if cell is None:
                out[-1].append(0)
                continue
            n = 1
            while r + n < len(rows) and rows[r + n][c] is None:
                n += 1
            out[-1].append(n)
    return out
