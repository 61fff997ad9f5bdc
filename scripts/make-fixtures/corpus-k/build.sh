#!/bin/sh
# Rebuild the docx from the markdown source with pandoc's default reference.docx (no custom styles).
set -e
cd "$(dirname "$0")"
pandoc -f markdown -t docx -o k-yishiyiyi-2023.docx k-yishiyiyi-2023.md
