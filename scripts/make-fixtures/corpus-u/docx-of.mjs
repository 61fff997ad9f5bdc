// html-to-docx (npm) as a command: HTML page → .docx, from CORPUS_U_TOOLS' node_modules (not the project's).
//   node docx-of.mjs PAGE.html OUT.docx TITLE
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [html, docx, title] = process.argv.slice(2);
const req = createRequire(join(process.env.CORPUS_U_TOOLS ?? '/tmp/corpus-u-tools', 'package.json'));
const HTMLtoDOCX = req('html-to-docx');
const buf = await HTMLtoDOCX(readFileSync(html, 'utf8'), null, {
  title,
  creator: '河北渤诚项目管理咨询有限公司',
  font: '仿宋_GB2312',
  fontSize: '16pt',
  complexScriptFontSize: '16pt',
  pageSize: { width: '21cm', height: '29.7cm' },
  margins: { top: '3.7cm', right: '2.6cm', bottom: '3.5cm', left: '2.8cm' },
  footer: true,
  pageNumber: true,
  lang: 'zh-CN',
  createdAt: new Date('2024-06-12T09:00:00Z'),
  modifiedAt: new Date('2024-06-12T09:00:00Z'),
});
writeFileSync(docx, buf);
