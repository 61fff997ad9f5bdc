#!/usr/bin/env python3
"""Port of P2 to the report-spec (issue 13, item 5): writes p2-tiyu-2024.spec.md from build.py's own blocks.

build.py stays the builder of the fixtures in fixtures/corpus/ (its raw OOXML is written the way Word writes it:
runs split by script, rsids; the spec renderer writes the docx package's OOXML instead). This script reads
build.py's blocks() twice, as the report and as the control, and writes one spec in which each place they differ
is a {{clean|dirty}} variant; the injections' notes come from fixtures/corpus/expected.json. Render it with
    /usr/bin/python3 scripts/make-fixtures/corpus-p2/to_spec.py
    node scripts/make-fixtures/spec/render.mjs scripts/make-fixtures/corpus-p2/p2-tiyu-2024.spec.md /tmp/p2spec
"""
import html
import importlib.util
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
_spec = importlib.util.spec_from_file_location("p2build", os.path.join(HERE, "build.py"))
P2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(P2)

NUMBER = re.compile(r"[\d.,%]")


def variant(clean, dirty):
    """clean/dirty text → the text with {{clean|dirty}} around the part that differs (whole figures kept whole)."""
    if clean == dirty:
        return clean
    a = 0
    while a < min(len(clean), len(dirty)) and clean[a] == dirty[a]:
        a += 1
    z = 0
    while z < min(len(clean), len(dirty)) - a and clean[-1 - z] == dirty[-1 - z]:
        z += 1
    # widen to whole figures and whole names: "98.{{56|65}}" → "{{98.56|98.65}}"
    while a > 0 and NUMBER.match(clean[a - 1]) and (a == len(clean) - z or NUMBER.match(clean[a])):
        a -= 1
    while z > 0 and NUMBER.match(clean[-z]) and NUMBER.match(clean[-z - 1] if z < len(clean) else ""):
        z -= 1
    mid_c, mid_d = clean[a:len(clean) - z], dirty[a:len(dirty) - z]
    assert not re.search(r"[{}|]", mid_c + mid_d), (mid_c, mid_d)
    return f"{clean[:a]}{{{{{mid_c}|{mid_d}}}}}{clean[len(clean) - z:]}"


def table(grid, rows_c, rows_d):
    """build.py's rows of (text, col, span, vmerge) → an HTML table; a vMerge run becomes one cell's rowspan."""
    out = [f'<table data-widths="{",".join(str(w) for w in grid)}">']
    for i, (rc, rd) in enumerate(zip(rows_c, rows_d)):
        cells = []
        for j, ((tc, col, span, vm), (td, _c, _s, _v)) in enumerate(zip(rc, rd)):
            if vm == "cont":
                continue
            rs = 1
            if vm == "restart":
                for below in rows_c[i + 1:]:
                    same = [x for x in below if x[1] == col]
                    if same and same[0][3] == "cont":
                        rs += 1
                    else:
                        break
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{span}"' if span > 1 else "")
            cells.append(f"<td{attrs}>{html.escape(variant(tc, td), quote=False)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def main():
    P2.MODE["clean"] = True
    clean = P2.blocks()
    P2.MODE["clean"] = False
    dirty = P2.blocks()
    assert len(clean) == len(dirty)
    lines = []
    for c, d in zip(clean, dirty):
        k = c[0]
        assert k == d[0]
        if k == "table":
            lines.append(table(c[1], c[2], d[2]))
            continue
        text = variant(c[1], d[1])
        lines.append({"title": f'<p class="center">{text}</p>', "h1": f"# {text}", "h2": f"## {text}", "p": text,
                      "note": f'<p class="center">{text}</p>', "right": f'<p class="right">{text}</p>'}[k])
    expected = [e for e in json.load(open(os.path.join(ROOT, "fixtures", "corpus", "expected.json"), encoding="utf-8"))
                if e.get("file") == f"{P2.NAME}.docx"]
    meta = {"name": P2.NAME, "title": clean[0][1],
            "injections": [{"id": str(i + 1), "area": e["ruleArea"], "quote": e["quote"], "note": e["note"],
                            **({"expectedValue": e["expectedValue"]} if "expectedValue" in e else {})}
                           for i, e in enumerate(expected)]}
    spec = "---\n" + json.dumps(meta, ensure_ascii=False, indent=1) + "\n---\n" + "\n".join(lines) + "\n"
    path = os.path.join(HERE, f"{P2.NAME}.spec.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(spec)
    print(f"{path}: {len(lines)} blocks, {spec.count('{{')} variants, {len(expected)} injections")


if __name__ == "__main__":
    main()
