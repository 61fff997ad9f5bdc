#!/usr/bin/env python3
"""Build report P and its clean control in five forms.

    /usr/bin/python3 build.py            # writes fixtures/corpus-next/ and fixtures/corpus-next/clean/

Needs python3-docx, and LibreOffice (soffice) for the two PDFs; reportlint never does.
Forms: converter markdown (HTML tables cut at every page), .docx (each page's piece of a table a table of its own,
header row repeated), .pdf (LibreOffice's export of that .docx), a 三线表 PDF (the same with only top, bottom and
header rules) and tab-separated text (Word's copy as text: vertically merged cells left out).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import content
from emit import to_docx, to_markdown, to_text
from layout import Frag, paginate

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
OUT = os.path.join(ROOT, 'fixtures', 'corpus-next')
BASE = 'p-feiyi-2021-2024'
FORMS = ['md', 'docx', 'pdf', 'borderless.pdf', 'txt']


def soffice_pdf(docx, pdf):
    with tempfile.TemporaryDirectory() as tmp:
        prof = tempfile.mkdtemp(prefix='lo-p-')
        subprocess.run(['soffice', f'-env:UserInstallation=file://{prof}', '--headless', '--convert-to', 'pdf',
                        '--outdir', tmp, docx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, os.path.basename(docx)[:-5] + '.pdf'), pdf)
        shutil.rmtree(prof, ignore_errors=True)


def make(dirty, outdir, suffix):
    blocks = content.build(dirty)
    pages = paginate(blocks)
    os.makedirs(outdir, exist_ok=True)
    name = lambda ext: os.path.join(outdir, f'{BASE}{suffix}.{ext}')
    with open(name('md'), 'w', encoding='utf-8') as fh:
        fh.write(to_markdown(pages, content.RUNNING_HEADER))
    with open(name('txt'), 'w', encoding='utf-8', newline='') as fh:
        fh.write(to_text(pages))
    to_docx(pages, name('docx'), 'grid')
    soffice_pdf(name('docx'), name('pdf'))
    with tempfile.TemporaryDirectory() as tmp:
        bd = os.path.join(tmp, f'{BASE}{suffix}.borderless.docx')
        to_docx(pages, bd, 'three-line')
        soffice_pdf(bd, name('borderless.pdf'))
    tables = {x.index for pg in pages for x in pg if isinstance(x, Frag)}
    frags = sum(1 for pg in pages for x in pg if isinstance(x, Frag))
    print(f'{BASE}{suffix}: {len(pages)} model pages, {len(tables)} tables in {frags} pieces')
    return blocks


def expected():
    inj = content.INJECTIONS
    out = []
    for key, e in inj.items():
        for form in FORMS:
            x = {'file': f'{BASE}.{form}', 'ruleArea': e['area'], 'quote': e['dirty'], 'note': e['note']}
            if e['expected']:
                x['expectedValue'] = e['expected']
            out.append(x)
    return out


if __name__ == '__main__':
    make(True, OUT, '')
    inj = dict(content.INJECTIONS)
    make(False, os.path.join(OUT, 'clean'), '.clean')
    assert len(inj) == 10, len(inj)
    content.INJECTIONS.update(inj)
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    # each quote once in the report, never in the control (markdown and text, where the text is plain)
    for form in ('md', 'txt'):
        dirty = open(os.path.join(OUT, f'{BASE}.{form}'), encoding='utf-8').read()
        clean = open(os.path.join(OUT, 'clean', f'{BASE}.clean.{form}'), encoding='utf-8').read()
        for e in inj.values():
            assert dirty.count(e['dirty']) == 1, (form, e['dirty'], dirty.count(e['dirty']))
            assert e['dirty'] not in clean, (form, e['dirty'])
    print('ok', file=sys.stderr)
