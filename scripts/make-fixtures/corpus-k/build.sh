#!/bin/sh
# Rebuild the docx from the markdown source with pandoc's default reference.docx (no custom styles).
set -e
cd "$(dirname "$0")"
pandoc -f markdown -t docx -o k-yishiyiyi-2023.docx k-yishiyiyi-2023.md
# The .pdf as LibreOffice lays the .docx out (added later as an unseen format: its quote marks are drawn in another font)
soffice --headless --convert-to pdf k-yishiyiyi-2023.docx >/dev/null
