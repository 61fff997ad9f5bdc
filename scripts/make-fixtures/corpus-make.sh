#!/usr/bin/env bash
# Remakes the office-made corpus files from the HTML sources in corpus-src/:
#   .docx and .pdf through LibreOffice (Writer's HTML import keeps the merged cells),
#   .md the way a PDF-to-markdown converter writes it (corpus-html-to-md.mjs).
# Needs LibreOffice (apt-get install -y libreoffice-writer fonts-noto-cjk); the
# project itself never does: the made files are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../fixtures/corpus"
src="$here/corpus-src"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# A private profile, so a LibreOffice someone else runs is not disturbed.
lo=(soffice -env:UserInstallation=file://$work/profile --headless --infilter="HTML (StarWriter)")

for name in a-weijian-2023 c-jiaoyu-2022; do
  cp "$src/$name.html" "$work/$name.html"
  "${lo[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$name.html" >/dev/null
  "${lo[@]}" --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$name.html" >/dev/null
  cp "$work/$name.docx" "$work/$name.pdf" "$out/"
done

# Report A also as converter-made markdown.
node "$here/corpus-html-to-md.mjs" "$src/a-weijian-2023.html" > "$out/a-weijian-2023.md"

# Report D (a GBK text file with Windows line ends) is built from its spec: node spec/build.mjs corpus-src/d-jiaotong-2024.spec.md
