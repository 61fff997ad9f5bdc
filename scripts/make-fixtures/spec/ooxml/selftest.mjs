// Checks of the word-processor .docx a spec with "docx" in its front matter renders to (node
// scripts/make-fixtures/spec/ooxml/selftest.mjs). Not part of `npm test`, like ../selftest.mjs.
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { parseSpec } from '../parse.mjs';
import { inlinePieces, plainText } from './inline.mjs';
import { chineseCount, numberText } from './numbering.mjs';
import { toWordDocx, twips } from './word.mjs';

// inline markup: a bold run-in head, a tab; the text renderers read the plain text
assert.deepEqual(inlinePieces('<b>（1）立项。</b>依据充分'), [
  { text: '（1）立项。', bold: true },
  { text: '依据充分' },
]);
assert.equal(plainText('一、概况<tab/>3'), '一、概况\t3');
assert.equal(twips('21pt'), 420);
assert.equal(twips('2.5cm'), 1417);

const spec = `---
{"name":"t","title":"t","docx":{"fonts":{"serif":"宋体"},"normal":{"font":"serif","size":10.5,"lang":"en-US"},
"footer":"— {PAGE} —","headings":"bold",
"formats":{"p":{"firstLine":"21pt"},"plain":{},"h1":{"bold":true},"toc":{"tabs":[["15cm","right","dot"]]},"cell":{"size":9}}}}
---
<p class="plain"></p>
<p class="toc">一、概况<tab/>{{3|5}}</p>
<!-- pagebreak -->
# 一、概况
<b>（1）立项。</b>依据充分
<table data-unit="cm" data-widths="2,3" data-align="c,l" data-repeat>
<tr class="head"><th>指标</th><th>说明</th></tr>
<tr><td rowspan="2">决策</td><td>甲</td></tr>
<tr><td>乙</td></tr>
</table>
`;
const { meta, blocks } = parseSpec(spec, true);
assert.deepEqual(
  blocks.map((b) => [b.type, b.classes, b.text]),
  [
    ['para', ['plain'], ''],
    ['para', ['toc'], '一、概况\t5'],
    ['pagebreak', undefined, undefined],
    ['heading', undefined, '一、概况'],
    ['para', [], '（1）立项。依据充分'],
    ['table', undefined, undefined],
  ],
);

const zip = await JSZip.loadAsync(await toWordDocx(blocks, meta));
const xml = await zip.file('word/document.xml').async('string');
const paras = xml.match(/<w:p>.*?<\/w:p>|<w:p\/>|<w:p [^>]*>.*?<\/w:p>/g);
// "headings": "bold": no heading style anywhere, the heading a bold run of its own paragraph
assert.doesNotMatch(xml, /w:pStyle/);
assert.match(xml, /<w:b\/>.*?<w:t[^>]*>一、概况<\/w:t>/);
// the run-in head bold, its body not, in one paragraph with the "p" format's first-line indent
const runIn = paras.find((p) => p.includes('依据充分'));
assert.match(runIn, /<w:ind w:firstLine="420"\/>/);
assert.match(runIn, /<w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>（1）立项。<\/w:t>.*<w:t[^>]*>依据充分/);
assert.doesNotMatch(runIn.slice(runIn.indexOf('（1）立项。')), /<w:b\/>/);
// a typed contents line: a tab run and a dotted right tab stop
assert.match(xml, /<w:tab w:val="right" w:pos="8504" w:leader="dot"\/>/);
assert.match(
  paras.find((p) => p.includes('一、概况</w:t></w:r><w:r>')),
  /<w:tab\/>.*>5<\/w:t>/,
);
// a page break is an empty paragraph's run
assert.ok(paras.some((p) => /^<w:p>(<w:r\/>)?<w:r><w:br w:type="page"\/><\/w:r><\/w:p>$/.test(p)));
// the table: absolute widths, the header repeated, the span a vMerge, column 2 of the body left-aligned
assert.match(xml, /<w:gridCol w:w="1134"\/><w:gridCol w:w="1701"\/>/);
assert.match(xml, /<w:tblHeader\/>/);
assert.match(xml, /<w:vMerge w:val="restart"\/>/);
assert.match(xml, /<w:vMerge w:val="continue"\/>/);
assert.match(xml, /<w:jc w:val="left"\/>.*?<w:t[^>]*>甲</);
// the Normal style's language, and the footer's PAGE field between the dashes
const styles = await zip.file('word/styles.xml').async('string');
assert.match(styles, /<w:lang w:val="en-US" w:eastAsia="en-US"\/>/);
const footer = await zip.file('word/footer1.xml').async('string');
assert.match(footer, /— .*PAGE.* —/);

// Word's automatic numbers: counted as Word counts (a level restarts under a higher one), the shown one checked
const heads = [
  { format: 'japaneseCounting', text: '%1、' },
  { format: 'chineseCounting', text: '（%2）' },
  { format: 'decimal', text: '%3.' },
];
const count = numberText({ headings: heads });
assert.deepEqual(count('headings', 0, '一、'), { reference: 'headings', level: 0 });
count('headings', 1, '（一）');
count('headings', 2, '1.');
count('headings', 0, '二、');
assert.throws(() => count('headings', 1, '（二）'), /Word numbers it （一）/);
assert.equal(chineseCount(12), '十二');
assert.equal(chineseCount(20), '二十');
// a numbered heading of a Chinese-locale Word: no number in its runs, numPr and the style "1" named "heading 1"
const zh = `---
{"name":"t","title":"t","docx":{"runs":"digits","rsids":["00A31F2C","004B7E19"],
"styles":[{"id":"a","name":"Normal","default":true},{"id":"1","name":"heading 1","basedOn":"a","outline":0}],
"numbering":{"headings":[{"format":"japaneseCounting","text":"%1、","suffix":"nothing"}]},
"formats":{"h1":{"style":"1"}}}}
---
# <num>一、</num>项目基本情况
共142个，资金18,500.00万元。
`;
const z = parseSpec(zh, true);
assert.equal(z.blocks[0].text, '一、项目基本情况');
const zzip = await JSZip.loadAsync(await toWordDocx(z.blocks, z.meta));
const zxml = await zzip.file('word/document.xml').async('string');
assert.match(zxml, /<w:pStyle w:val="1"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
assert.doesNotMatch(zxml, /一、/);
// runs split at figures, each with a revision id; the ids listed in settings.xml
assert.match(zxml, /<w:t xml:space="preserve">共<\/w:t><\/w:r><w:r w:rsidR="\w+"><w:t xml:space="preserve">142<\/w:t>/);
assert.match(zxml, /<w:p w:rsidR="00A31F2C" w:rsidRDefault="00A31F2C"/);
assert.match(await zzip.file('word/settings.xml').async('string'), /<w:rsids><w:rsidRoot w:val="00A31F2C"\/>/);
const zstyles = await zzip.file('word/styles.xml').async('string');
assert.match(
  zstyles,
  /w:styleId="1"><w:name w:val="heading 1"\/><w:basedOn w:val="a"\/><w:pPr><w:outlineLvl w:val="0"\/>/,
);
assert.doesNotMatch(zstyles, /Heading1/);
assert.match(
  await zzip.file('word/numbering.xml').async('string'),
  /w:format="japaneseCounting"|<w:numFmt w:val="japaneseCounting"\/>/,
);

// Word 2016's direct formatting: runs split where Chinese and Latin meet, a page break before a paragraph, a form's
// rows of a least height and its cell margins, a cell justified
const w16 = `---
{"name":"t","title":"t","docx":{"runs":"script","formats":{"title":{"pageBreakBefore":true}}}}
---
<p class="title">自评报告</p>
执行率96.72%，得9.67分。
<table data-unit="twips" data-widths="1000,2000" data-cell-margin="57">
<tr data-height="2400"><td>目标</td><td class="both">全面落实</td></tr>
</table>
`;
const w = parseSpec(w16, true);
const wxml = await (await JSZip.loadAsync(await toWordDocx(w.blocks, w.meta)))
  .file('word/document.xml')
  .async('string');
assert.match(wxml, /<w:pageBreakBefore\/>.*自评报告/);
assert.match(wxml, />执行率<\/w:t><\/w:r><w:r><w:t[^>]*>96\.72%<\/w:t><\/w:r><w:r><w:t[^>]*>，得<\/w:t>/);
assert.match(wxml, /<w:trHeight w:val="2400" w:hRule="atLeast"\/>/);
assert.match(wxml, /<w:tblCellMar>.*<w:left w:type="dxa" w:w="57"\/>|<w:tblCellMar>.*<w:left w:w="57"/);
assert.match(wxml, /<w:jc w:val="both"\/>.*全面落实/);

// a report under review: tracked changes (also a paragraph inserted whole and one in a cell), a footnote, a comment,
// a TOC field linking to the headings' bookmarks, two sections; the text renderers read the accepted text
assert.equal(plainText('到位<del>1,180.00</del><ins>1,218.00</ins>万元<fn>到位率＝到位÷预算</fn>'), '到位1,218.00万元');
const review = `---
{"name":"t","title":"t","docx":{"revisions":{"author":"李卫东","date":"2025-03-14T15:40:00Z"},"trackRevisions":true,
"comment":{"author":"张敏","initials":"ZM","date":"2025-03-10T09:12:00Z"},"tocBookmarks":170001,
"sections":[{},{"header":"宜昌市司法局","footer":"— {PAGE} —","pageStart":1}],
"formats":{"plain":{},"toc1":{"tabs":[[8296,"right","dot"]]}}}}
---
<!-- toc: TOC \\o "1-2" \\h -->
<p class="toc1">一、概况<tab/>1</p>
<!-- toc end -->
<p class="plain"></p>
<!-- section -->
# 一、概况
到位<comment text="已核对"><del>1,180.00</del><ins>1,218.00</ins></comment>万元<fn>到位率＝到位÷预算</fn>。
<p class="p inserted"><ins>3.完善绩效目标。</ins></p>
<table><tr><td>得分</td><td><del>5</del><ins>4</ins></td></tr></table>
`;
const r = parseSpec(review, true);
assert.equal(r.blocks.find((b) => b.type === 'table').rows[0].cells[1].text, '4');
const rzip = await JSZip.loadAsync(await toWordDocx(r.blocks, r.meta));
const rxml = await rzip.file('word/document.xml').async('string');
assert.match(rxml, /<w:del w:id="\d+" w:author="李卫东" w:date="2025-03-14T15:40:00Z"><w:r><w:delText[^>]*>1,180\.00</);
assert.match(rxml, /<w:ins w:id="\d+" w:author="李卫东"[^>]*><w:r><w:t[^>]*>1,218\.00</);
assert.match(
  rxml,
  /<w:commentRangeStart w:id="0"\/>.*<w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/>/,
);
assert.match(rxml, /<w:footnoteReference w:id="1"\/>/);
assert.match(rxml, /<w:pPr><w:rPr><w:ins w:id="\d+" w:author="李卫东"/);
assert.match(rxml, /<w:delText[^>]*>5<\/w:delText>.*<w:t[^>]*>4<\/w:t>/);
// the field: begin, instruction and separate before the first line, its end in a paragraph of its own; the line a
// hyperlink to the heading's bookmark holding a PAGEREF whose result is the page number
assert.match(
  rxml,
  /fldCharType="begin"\/><\/w:r><w:r><w:instrText[^>]*> TOC \\o &quot;1-2&quot; \\h <\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"/,
);
assert.match(
  rxml,
  /<w:hyperlink w:history="1" w:anchor="_Toc170001">.*PAGEREF _Toc170001 \\h .*<w:t[^>]*>1<\/w:t><\/w:r><w:r><w:fldChar w:fldCharType="end"\/><\/w:r><\/w:hyperlink>/,
);
assert.match(rxml, /<w:p><w:r><w:fldChar w:fldCharType="end"\/><\/w:r><\/w:p>/);
assert.match(rxml, /<w:bookmarkStart w:name="_Toc170001" w:id="\d+"\/><w:r><w:t[^>]*>一、概况</);
// two sections: the first ends in the empty paragraph, the second has its header, footer and pages from 1
assert.match(rxml, /<w:p><w:pPr><w:sectPr>(?:(?!headerReference).)*<\/w:sectPr><\/w:pPr><\/w:p>/);
assert.match(rxml, /<w:sectPr><w:headerReference[^>]*\/><w:footerReference[^>]*\/>.*<w:pgNumType w:start="1"\/>/);
assert.match(await rzip.file('word/footnotes.xml').async('string'), /到位率＝到位÷预算/);
assert.match(await rzip.file('word/comments.xml').async('string'), /w:author="张敏".*已核对/);
assert.match(await rzip.file('word/settings.xml').async('string'), /<w:trackRevisions\/>/);

// a Writer-made report: a 三线表, a heading that starts a page without a paragraph of its own, a cover section with
// its own margin, bookmarks only on the headings the TOC field lists
const writer = `---
{"name":"t","title":"t","docx":{"tocBookmarks":1000,"page":{"margin":{"bottom":"1.5cm"}},
"sections":[{"margin":{"bottom":"2.54cm"}},{"pageStart":1}],"formats":{"toc1":{}}}}
---
<!-- toc: TOC \\o "1-2" \\h -->
<p class="toc1">一、概况<tab/>1</p>
<!-- toc end -->
<!-- section -->
# 一、概况
### 1.项目立项（A1）
<!-- pagebreak: before -->
# 附件：评分表
<table data-borders="three"><tr class="head"><th>一级指标</th></tr><tr><td>决策</td></tr></table>
`;
const wr = parseSpec(writer, true);
const wrxml = await (await JSZip.loadAsync(await toWordDocx(wr.blocks, wr.meta)))
  .file('word/document.xml')
  .async('string');
assert.equal((wrxml.match(/<w:bookmarkStart/g) ?? []).length, 2);
assert.doesNotMatch(wrxml, /<w:bookmarkStart[^>]*\/><w:r><w:t[^>]*>1\.项目立项/);
assert.match(wrxml, /<w:pageBreakBefore\/>.*附件：评分表/);
assert.doesNotMatch(wrxml, /<w:br w:type="page"\/>/);
assert.match(wrxml, /<w:sectPr>.*?w:bottom="1440".*?<\/w:sectPr>.*<w:sectPr>.*?w:bottom="850"/);
assert.match(wrxml, /<w:tblBorders><w:top w:val="single" w:color="000000" w:sz="12"\/><w:left w:val="none"/);
assert.match(wrxml, /<w:tcBorders><w:bottom w:val="single" w:color="000000" w:sz="6"\/><\/w:tcBorders>.*一级指标/);
// python-docx's pieces (P): a piece cut where a page fills starts after a tiny paragraph carrying the break; a
// data-glue table is one grid, the next piece's header a plain row inside it
const py = `---
{"name":"t","title":"t","docx":{"formats":{"cell":{}}}}
---
<table data-repeat data-valign="top"><tr class="head"><th>市</th></tr><tr><td>太原</td></tr><tr data-cut><td>大同</td></tr></table>
<table data-glue data-repeat><tr class="head"><th>工坊</th></tr><tr><td>甲</td></tr><tr data-cut><td>乙</td></tr></table>
`;
const pyb = parseSpec(py, true);
const pyxml = await (await JSZip.loadAsync(await toWordDocx(pyb.blocks, pyb.meta)))
  .file('word/document.xml')
  .async('string');
assert.match(
  pyxml,
  /<\/w:tbl><w:p><w:pPr><w:pageBreakBefore\/><w:spacing w:line="40" w:lineRule="exact"\/><\/w:pPr><w:r><w:rPr><w:sz w:val="2"\/><w:szCs w:val="2"\/><\/w:rPr><w:t xml:space="preserve"><\/w:t><\/w:r><\/w:p><w:tbl>.*大同/,
);
assert.equal((pyxml.match(/<w:tbl>/g) ?? []).length, 3);
const grid = pyxml.slice(pyxml.lastIndexOf('<w:tbl>'));
assert.equal((grid.match(/<w:tr>/g) ?? []).length + (grid.match(/<w:tr /g) ?? []).length, 4);
assert.equal((grid.match(/<w:tblHeader\/>/g) ?? []).length, 1);
assert.match(grid, /乙/);
// data-valign="top": python-docx's cells, set at the top (the others centred)
assert.match(pyxml.slice(0, pyxml.indexOf('大同')), /<w:vAlign w:val="top"\/>/);
assert.doesNotMatch(grid, /<w:vAlign w:val="top"\/>/);
console.log('spec ooxml selftest: ok');
