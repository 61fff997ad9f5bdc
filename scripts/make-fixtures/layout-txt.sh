#!/usr/bin/env bash
# Makes the laid-out .txt corpus files: the corpus PDFs as `pdftotext -layout` writes
# them (pages end in a form feed, cells padded into columns, paragraphs hard-wrapped),
# the most common way a PDF report becomes text on an auditor's machine. Read by
# src/parsers/layout-text.ts. Needs poppler-utils (apt-get install -y poppler-utils);
# the project itself never does: the made files are committed.
# Reports whose PDF has no .txt of its own in the corpus keep the report's name
# (j-laojiu-2024.txt); their expected.json entries are the .pdf's, file name changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/../../fixtures/corpus"
clean="$here/../../fixtures/corpus-clean"

# (C's and K's are forms of their specs: spec/build.mjs corpus-src/c-jiaoyu-2022.spec.md, corpus-k/…)
for name in j-laojiu-2024; do
  pdftotext -layout "$corpus/$name.pdf" "$corpus/$name.txt"
done
pdftotext -layout "$clean/j-laojiu-2024.clean.pdf" "$clean/j-laojiu-2024.clean.txt"
