// Turns a report written as plain text (paragraphs between blank lines, tables as
// tab-separated lines, contents entries "title<TAB>page") into HTML that LibreOffice
// Writer imports as a document with real Word tables:
//   - a run of lines with tabs (blank lines inside it ignored) becomes a <table border=1>; an empty cell left of the first
//     filled cell of its row, under a filled cell, continues that cell (rowspan), as a
//     merged cell reads when copied out of Word;
//   - a line "title<TAB>number" outside a table run of 3+ columns is a contents entry (one paragraph);
//   - the first non-empty line is the title (centred, bold).
// node txt-to-html.mjs FILE.txt > FILE.html
import { readFileSync } from 'node:fs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = readFileSync(process.argv[2], 'utf8').replace(/\r\n?/g, '\n').split('\n');

const out = [];
let titleDone = false;
let i = 0;
const isTocEntry = (l) => /^[^\t]+\t\d{1,3}\s*$/.test(l);
while (i < lines.length) {
  const line = lines[i];
  if (!line.trim()) {
    i++;
    continue;
  }
  if (line.includes('\t') && !isTocEntry(line)) {
    const rows = [];
    const tabRow = (l) => l !== undefined && l.includes('\t') && !isTocEntry(l);
    for (;;) {
      if (tabRow(lines[i])) rows.push(lines[i++].split('\t').map((f) => f.trim()));
      // blank lines inside a table (a page break in the source) do not end it
      else if (lines[i] !== undefined && !lines[i].trim() && tabRow(lines.slice(i).find((l) => l.trim()))) i++;
      else break;
    }
    out.push(table(rows));
    continue;
  }
  const text = isTocEntry(line) ? line.replace(/\t/, ' ') : line;
  if (!titleDone) {
    out.push(`<p align="center"><b><font size="5">${esc(text.trim())}</font></b></p>`);
    titleDone = true;
  } else out.push(`<p>${esc(text.trim())}</p>`);
  i++;
}

function table(rows) {
  const cols = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? ''));
  // span[r][c]: rowspan of the cell starting there, 0 where covered by a cell above
  const span = grid.map((r) => r.map(() => 1));
  const open = new Array(cols).fill(-1);
  grid.forEach((r, ri) => {
    const filled = r.flatMap((f, c) => (f ? [c] : []));
    const first = filled.length ? filled[0] : cols;
    r.forEach((f, c) => {
      if (f) {
        open[c] = ri;
        return;
      }
      const up = open[c];
      if (c < first && filled.length >= 2 && up >= 0 && up + span[up][c] === ri) {
        span[up][c]++;
        span[ri][c] = 0;
      } else open[c] = -1;
    });
  });
  const body = grid
    .map((r, ri) => {
      const tds = r.flatMap((f, c) =>
        span[ri][c] === 0 ? [] : [`<td${span[ri][c] > 1 ? ` rowspan="${span[ri][c]}"` : ''}>${esc(f)}</td>`],
      );
      return `<tr>${tds.join('')}</tr>`;
    })
    .join('\n');
  return `<table border="1" cellspacing="0" cellpadding="4" width="100%">\n${body}\n</table>`;
}

process.stdout.write(
  `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>report</title></head><body>\n${out.join('\n')}\n</body></html>\n`,
);
