#!/usr/bin/env python3
"""Print the accepted text of document.xml (w:del dropped, w:ins kept), one line per paragraph;
with expected.json as 2nd arg, count each quote's occurrences."""
import sys, zipfile, json, re
import xml.etree.ElementTree as ET
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
def paras(path):
    z = zipfile.ZipFile(path)
    for n in z.namelist():
        if n.endswith(".xml") or n.endswith(".rels"): ET.fromstring(z.read(n))   # well-formed
    root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        t = []
        def walk(e):
            for c in e:
                if c.tag in (W + "del", W + "p", W + "instrText"): continue
                if c.tag == W + "t": t.append(c.text or "")
                elif c.tag == W + "tab": t.append("\t")
                else: walk(c)
        walk(p)
        out.append("".join(t))
    return out
if __name__ == "__main__":
    ps = paras(sys.argv[1])
    full = "\n".join(ps)
    if len(sys.argv) > 2:
        for e in json.load(open(sys.argv[2])):
            if e["file"] != sys.argv[1].split("/")[-1]: continue
            print(full.count(e["quote"]), e["quote"])
    else:
        print(full)
        print("Han chars:", len(re.findall(r"[\u4e00-\u9fff]", full)))
