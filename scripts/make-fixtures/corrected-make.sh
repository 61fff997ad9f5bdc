#!/usr/bin/env bash
# Remakes fixtures/corrected/ (the seed with every contradiction fixed) and
# fixtures/other/other-report.{docx,pdf} (from fixtures/other/other-report.txt).
#   1. corrected-seed/apply.mjs: corrections.mjs applied to seed.txt and to the text runs
#      of a copy of seed.docx; writes CHANGES.md and changes.json from the same list;
#   2. LibreOffice turns the corrected .docx into the PDF;
#   3. corrected-seed/check-toc-pages.mjs: the contents' page numbers point at the headings.
#   4. other-report/txt-to-html.mjs + LibreOffice: the other report as .docx and .pdf.
# Needs node, LibreOffice (apt-get install -y libreoffice-writer fonts-noto-cjk) and
# poppler-utils; the project itself never does: the made files are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private profile, so a LibreOffice someone else runs is not disturbed.
lo=(soffice -env:UserInstallation=file://$work/profile --headless)

node "$here/corrected-seed/apply.mjs"
cp "$root/fixtures/corrected/seed-corrected.docx" "$work/"
"${lo[@]}" --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/seed-corrected.docx" >/dev/null
cp "$work/seed-corrected.pdf" "$root/fixtures/corrected/"
node "$here/corrected-seed/check-toc-pages.mjs" "$root/fixtures/corrected/seed-corrected.pdf"

other="$root/fixtures/other/other-report.txt"
if [ -f "$other" ]; then
  node "$here/other-report/txt-to-html.mjs" "$other" > "$work/other-report.html"
  "${lo[@]}" --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/other-report.html" >/dev/null
  "${lo[@]}" --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/other-report.html" >/dev/null
  cp "$work/other-report.docx" "$work/other-report.pdf" "$root/fixtures/other/"
else
  echo "no $other: other-report.{docx,pdf} not made" >&2
fi
