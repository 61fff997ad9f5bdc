// Checks of the spec reader and the text renderers on a small spec (node scripts/make-fixtures/spec/selftest.mjs).
// Not part of `npm test`: these scripts make fixtures and are run by hand, with the tools they need.
import assert from 'node:assert/strict';
import { parseSpec, pickVariant } from './parse.mjs';
import { toMarkdown, toText } from './render.mjs';
import { encodeText } from './text.mjs';
import { markdownOf } from './markdown.mjs';
import { htmlOf } from './html.mjs';
import { entriesOf } from './build.mjs';

const spec = `---
{"name":"t","title":"t","injections":[]}
---
<p class="center">封面</p>
# 一、概况
金额{{100|200}}万元，{{甲项目|乙项目}}。
<table data-split="2">
<tr class="head"><th>乡镇</th><th>项目</th><th>金额</th></tr>
<tr><td rowspan="3">城关镇</td><td>甲</td><td>1</td></tr>
<tr><td>乙</td><td>2</td></tr>
<tr><td>小计</td><td>{{3|4}}</td></tr>
<tr><td colspan="2">　　合计</td><td>3</td></tr>
</table>
`;

// variants: the control reads the first, the report the second
assert.equal(pickVariant('a{{1|2}}b{{x|}}', false), 'a1bx');
assert.equal(pickVariant('a{{1|2}}b{{x|}}', true), 'a2b');
const clean = parseSpec(spec, false).blocks;
const dirty = parseSpec(spec, true).blocks;
assert.equal(clean[2].text, '金额100万元，甲项目。');
assert.equal(dirty[2].text, '金额200万元，乙项目。');
assert.deepEqual(
  clean.map((b) => b.type),
  ['para', 'heading', 'para', 'table', 'pagebreak', 'table'],
);
assert.equal(clean[0].center, true);

// a table cut every 2 body rows: the header repeated on each piece, the 乡镇 span cut at the cut and started
// again, empty, on the next piece; an ideographic indent kept
const [p1, , p2] = clean.slice(3);
assert.deepEqual(
  p1.rows.map((r) => r.cells.map((c) => c.text)),
  [
    ['乡镇', '项目', '金额'],
    ['城关镇', '甲', '1'],
    ['乙', '2'],
  ],
);
assert.equal(p1.rows[1].cells[0].rowspan, 2);
assert.deepEqual(
  p2.rows.map((r) => r.cells.map((c) => [c.text, c.rowspan, c.colspan, c.col])),
  [
    [
      ['乡镇', 1, 1, 0],
      ['项目', 1, 1, 1],
      ['金额', 1, 1, 2],
    ],
    [
      ['', 1, 1, 0],
      ['小计', 1, 1, 1],
      ['3', 1, 1, 2],
    ],
    [
      ['　　合计', 1, 2, 0],
      ['3', 1, 1, 2],
    ],
  ],
);
assert.equal(dirty[5].rows[1].cells[2].text, '4');

// text: merged cells as empty fields (default) or left out
assert.equal(toText(clean.slice(3, 4)), '乡镇\t项目\t金额\r\n城关镇\t甲\t1\r\n\t乙\t2\r\n');
assert.equal(toText(clean.slice(3, 4), { mergedCells: 'omit' }), '乡镇\t项目\t金额\r\n城关镇\t甲\t1\r\n乙\t2\r\n');
// markdown: HTML where a cell spans, a pipe table where none does
assert.match(toMarkdown(clean.slice(3, 4)), /<td rowspan="2">城关镇<\/td>/);
assert.match(toMarkdown(clean.slice(1, 3)), /^# 一、概况\n\n金额100万元/);

// a text report's blank lines kept as empty paragraphs (one a line, the spec's last newline not one)
const blanks = parseSpec('---\n{"name":"t","blankLines":"keep"}\n---\n标题\n\n一、概况\n', true).blocks;
assert.deepEqual(
  blanks.map((b) => b.text),
  ['标题', '', '一、概况'],
);
assert.equal(toText(blanks), '标题\r\n\r\n一、概况\r\n');
assert.equal(parseSpec(spec, true).blocks.length, 6); // without the option blank lines are nothing
// bytes: GBK (金 = BD F0, 额 = B6 EE) with CRLF, or UTF-8 with LF
assert.deepEqual([...encodeText('金额\r\n', { encoding: 'gbk' })], [0xbd, 0xf0, 0xb6, 0xee, 0x0d, 0x0a]);
assert.equal(encodeText('金额\r\n', { lineEnd: 'lf' }).toString('utf8'), '金额\n');
assert.equal(
  new TextDecoder('gbk').decode(encodeText('２０２３年\t〇\r\n', { encoding: 'gbk' })),
  '２０２３年\t〇\r\n',
);

// a converter's markdown (docling): every heading "## ", a picture's placeholder, "|---|" under the first row, cells
// as they are (a merged cell left empty stays an empty cell)
const conv = parseSpec(
  `---
{"name":"t"}
---
# 一、概况
<!-- image -->
## （一）资金
<!-- page -->
<table>
<tr class="head"><th>来源</th><th>金额</th></tr>
<tr><td></td><td>{{1|2}}</td></tr>
</table>
`,
  false,
).blocks;
assert.deepEqual(
  conv.map((b) => b.type),
  ['heading', 'image', 'heading', 'pageend', 'table'],
);
assert.equal(
  markdownOf(conv, { dialect: 'docling' }),
  '## 一、概况\n\n<!-- image -->\n\n## （一）资金\n\n| 来源 | 金额 |\n|---|---|\n|  | 1 |\n',
);
assert.equal(toText(conv), '一、概况\r\n（一）资金\r\n来源\t金额\r\n\t1\r\n'); // no picture, no page line in text
// pandoc's markdown as typed for pandoc: headings by level, a bold cover line, the same pipe tables
const typed = parseSpec('---\n{"name":"t"}\n---\n<p class="strong">报告</p>\n# 一、概况\n## （一）资金\n', true).blocks;
assert.equal(typed[0].class, 'strong');
assert.equal(markdownOf(typed, { dialect: 'pandoc' }), '**报告**\n\n# 一、概况\n\n## （一）资金\n');
// HTML for LibreOffice's import: a break as the next block's page-break-before, a page's end kept as a comment,
// header rows in <th>, the report's own <style> lines; and the same blocks as a converter that keeps the PDF's lines
// writes them (wrapped at 38 characters, never before a digit or closing punctuation; "- N -" where a page ends)
const paged = parseSpec(
  `---
{"name":"t","title":"报告","html":{"style":["p { margin: 0; }"]}}
---
<p class="title">报告</p>
<!-- pagebreak -->
## 一、概况
项目预算资金2,450.00万元，其中中央补助资金1,715.00万元、省级补助资金490.00万元、县级配套资金245.00万元。
<!-- page -->
<table>
<tr class="head"><th rowspan="2">指标</th><th>得分</th></tr>
<tr><td>{{5|6}}</td></tr>
</table>
`,
  false,
).blocks;
assert.equal(
  htmlOf(paged, { title: '报告', html: { style: ['p { margin: 0; }'] } }),
  `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>报告</title>
<style>
p { margin: 0; }
</style>
</head>
<body>
<p class="title">报告</p>
<h2 style="page-break-before: always">一、概况</h2>
<p>项目预算资金2,450.00万元，其中中央补助资金1,715.00万元、省级补助资金490.00万元、县级配套资金245.00万元。</p>
<!-- page -->
<table border="1" cellspacing="0" cellpadding="3">
<tr><th rowspan="2">指标</th><th>得分</th></tr>
<tr><td>5</td></tr>
</table>
</body>
</html>
`,
);
assert.equal(
  markdownOf(paged, { dialect: 'wrapped' }),
  `报告

## 一、概况

项目预算资金2,450.00万元，其中中央补助资金1,715.00万元、省级
补助资金490.00万元、县级配套资金245.00万元。

- 1 -

<table>
<tr><td rowspan="2">指标</td><td>得分</td></tr>
<tr><td>5</td></tr>
</table>

- 2 -
`,
);
// a line that would end inside a number ends before it: 37 characters and "12345" → 36, then "甲12345"
assert.equal(
  markdownOf([{ type: 'para', text: '甲'.repeat(37) + '12345' }], { dialect: 'wrapped' }),
  `${'甲'.repeat(36)}\n甲12345\n\n- 1 -\n`,
);
// a table cut where its pages fill (P): <tr data-cut> starts a piece, <cut/> cuts a row at a page's last line (a
// cell without it keeps its text above the cut); a span cut at a cut, and a cut row's own span, start again on the
// next piece; each piece after a page break its first block carries
const cutSpec = `---
{"name":"t","title":"t"}
---
<table>
<tr class="head"><th>一级</th><th>三级</th><th>意见</th></tr>
<tr><td rowspan="3">A决策</td><td>A101立项</td><td>依据充分</td></tr>
<tr><td>C302按期完成<cut/>率</td><td>53个按期<cut/>完成</td></tr>
<tr><td>A103</td><td>好</td></tr>
<tr data-cut><td>合计</td><td></td><td>100</td></tr>
</table>
`;
const cut = parseSpec(cutSpec, true).blocks;
assert.deepEqual(
  cut.map((b) => [b.type, b.before]),
  [
    ['table', undefined],
    ['pagebreak', true],
    ['table', undefined],
    ['pagebreak', true],
    ['table', undefined],
  ],
);
const cells = (t) => t.rows.map((r) => r.cells.map((c) => `${c.text}${c.rowspan > 1 ? `/${c.rowspan}` : ''}`));
assert.deepEqual(cells(cut[0]), [
  ['一级', '三级', '意见'],
  ['A决策/2', 'A101立项', '依据充分'],
  ['C302按期完成', '53个按期'],
]);
assert.deepEqual(cells(cut[2]), [
  ['一级', '三级', '意见'],
  ['/2', '率', '完成'],
  ['A103', '好'],
]);
assert.deepEqual(cells(cut[4]), [
  ['一级', '三级', '意见'],
  ['合计', '', '100'],
]);
// the whole cell's text for a reader of the spec (check.mjs's grid)
assert.equal(parseSpec(cutSpec, true).blocks[0].rows[2].cells[0].text, 'C302按期完成');
// the text: merged cells left out, an empty line between two pieces (the tiny paragraph that holds the break)
assert.equal(
  toText(cut, { mergedCells: 'omit' }),
  [
    '一级\t三级\t意见',
    'A决策\tA101立项\t依据充分',
    'C302按期完成\t53个按期',
    '',
    '一级\t三级\t意见',
    '\t率\t完成',
    'A103\t好',
    '',
    '一级\t三级\t意见',
    '合计\t\t100',
    '',
  ].join('\r\n'),
);
// a paragraph a page cuts: one paragraph, its two pages kept for the paged markdown
const cutPage = parseSpec(
  '---\n{"name":"t","title":"t"}\n---\n<p class="title">报告</p>\n<!-- pagebreak: before -->\n# 一、概况\n甲乙<!-- page -->丙丁\n<table><tr class="head"><th>a&amp;b</th></tr><tr><td rowspan="2">1</td></tr><tr data-cut></tr></table>\n',
  true,
).blocks;
assert.equal(cutPage[3].text, '甲乙丙丁');
assert.deepEqual(cutPage[3].pages, ['甲乙', '丙丁']);
assert.equal(toText(cutPage.slice(0, 4)), '报告\r\n一、概况\r\n甲乙丙丁\r\n');
// the paged dialect: "# " for the title, "## " for every heading, the running header and page line at each page
// turn (none on the cover), each table piece one line of HTML
assert.equal(
  markdownOf(cutPage, { dialect: 'paged', runningHeader: '某事务所', pageLine: '—{n}—' }),
  '# 报告\n\n某事务所\n\n## 一、概况\n\n甲乙\n\n—1—\n\n某事务所\n\n丙丁\n\n' +
    '<table><tr><td>a&amp;b</td></tr><tr><td>1</td></tr></table>\n\n—2—\n\n某事务所\n\n' +
    '<table><tr><td>a&amp;b</td></tr><tr><td></td></tr></table>\n\n—3—\n',
);
// expected.json entries from the front matter, one per form; byForm overrides a form's fields (the laid-out text's
// shorter quote and its known miss), the id and the overrides themselves are not entries' fields
const fm = {
  name: 'x',
  injections: [
    {
      id: '1',
      area: 'target',
      quote: '路灯≥230盏224盏55',
      note: 'n',
      byForm: { txt: { quote: '224盏55', known_miss: true } },
    },
  ],
};
assert.deepEqual(entriesOf(fm, 'docx'), [
  { file: 'x.docx', ruleArea: 'target', quote: '路灯≥230盏224盏55', note: 'n' },
]);
assert.deepEqual(entriesOf(fm, 'txt'), [
  { file: 'x.txt', ruleArea: 'target', quote: '224盏55', note: 'n', known_miss: true },
]);
// an entry for some forms only ("forms"), and one that is no injection ("kind": no area)
const allowed = {
  name: 'x',
  injections: [{ id: '2', kind: 'allowed-false-positive', forms: ['md'], ruleId: 'r', quote: 'q', reason: 'w' }],
};
assert.deepEqual(entriesOf(allowed, 'md'), [
  { kind: 'allowed-false-positive', file: 'x.md', ruleId: 'r', quote: 'q', reason: 'w' },
]);
assert.deepEqual(entriesOf(allowed, 'txt'), []);
console.log('spec selftest: ok');
