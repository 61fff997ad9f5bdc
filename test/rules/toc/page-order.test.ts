import { describe, expect, it } from 'vitest';
import pageOrder from '../../../rules/toc/page-order.js';
import { docFromText, readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { BODY, report } from './texts.js';

export const cases = ruleTester(
  pageOrder,
  {
    base: report('一、项目概况\t1\n二、评价结论\t2\n三、问题与建议\t3', BODY),
    valid: [{ name: 'pages that stay the same never go down', replace: ['二、评价结论\t2', '二、评价结论\t1'] }],
    invalid: [
      {
        name: 'a page number that goes down',
        replace: ['二、评价结论\t2', '二、评价结论\t5'],
        errors: [{ messageId: 'down', actual: '3', expected: '≥5' }],
      },
    ],
  },
  () => {
    // The same report laid out on pages: a PDF's pages are no text a row can hold, so these set
    // each heading's page by hand on the read document (one cover page before them).
    describe('in a PDF', () => {
      const laidOut = (pages: number[]) => {
        const doc = docFromText(report('一、项目概况\t1\n二、评价结论\t2\n三、问题与建议\t3', BODY));
        doc.format = 'pdf';
        doc.sections
          .filter((s) => s.level === 1)
          .forEach((s, i) => {
            const b = doc.blocks[s.block];
            if (b.kind === 'paragraph') b.lines[0].page = pages[i];
          });
        return doc;
      };
      it('is quiet when every heading is one page after its entry (an unnumbered cover)', () => {
        expect(runRule(pageOrder, laidOut([2, 3, 4]))).toEqual([]);
      });
      it('fires at the one entry that misses the page the others agree on', () => {
        const f = runRule(pageOrder, laidOut([2, 3, 5]));
        expect(f.map((x) => [squash(x.locations[0].text), x.actual, x.expected])).toEqual([
          ['三、问题与建议3', '3', '4'],
        ]);
      });
      it("finds each attachment entry on its own attachment's page (附件2 ↔ 附件2, not the first 附件)", () => {
        const toc =
          '一、项目概况\t1\n二、评价结论\t2\n三、问题与建议\t3\n附件1 评价工作组成员\t4\n附件2 满意度调查问卷\t5\n附件3 抽查病例情况\t7';
        const body = `${BODY}\n\n附件1 评价工作组成员\n\n名单如下。\n\n附件2 满意度调查问卷\n\n问卷如下。\n\n附件3 抽查病例情况\n\n病例如下。`;
        const doc = docFromText(report(toc, body));
        doc.format = 'pdf';
        const level1 = doc.sections.filter((s) => s.level === 1);
        expect(level1.map((s) => s.numbering)).toEqual(['一、', '二、', '三、', '附件1', '附件2', '附件3']);
        level1.forEach((s, i) => {
          const b = doc.blocks[s.block];
          if (b.kind === 'paragraph') b.lines[0].page = [2, 3, 4, 5, 6, 8][i];
        });
        expect(runRule(pageOrder, doc)).toEqual([]);
        // 附件3 really one page later than its entry says: that entry alone
        const b = doc.blocks[level1[5].block];
        if (b.kind === 'paragraph') b.lines[0].page = 9;
        expect(runRule(pageOrder, doc).map((x) => [squash(x.locations[0].text), x.actual, x.expected])).toEqual([
          ['附件3抽查病例情况7', '7', '8'],
        ]);
      });
      it('fires once when most entries miss their pages (contents made for another layout)', () => {
        const titles = ['项目概况', '评价结论', '主要经验', '存在问题', '有关建议'];
        const body = titles.map((t, i) => `${'一二三四五'[i]}、${t}\n\n${t}如下。`).join('\n\n');
        const doc = docFromText(report(titles.map((t, i) => `${'一二三四五'[i]}、${t}\t${i + 1}`).join('\n'), body));
        doc.format = 'pdf';
        // pages 2, 3 (one cover page), then 7, 9, 11: three of five entries miss
        doc.sections.forEach((s, i) => {
          const b = doc.blocks[s.block];
          if (b.kind === 'paragraph') b.lines[0].page = [2, 3, 7, 9, 11][i];
        });
        const f = runRule(pageOrder, doc);
        expect(f.map((x) => x.message)).toEqual([
          '目录页码与正文所在页不符：5个条目中有3个页码不对（如“三、主要经验”标注第3页，正文在第6页），目录疑未随排版更新',
        ]);
        expect(f[0].locations.map((l) => squash(l.text))).toEqual(['三、主要经验3', '四、存在问题4', '五、有关建议5']);
      });
    });
    it.each(SEED_FORMATS)('the seed (%s): 五、 goes back to page 8', async (format) => {
      const p = runRule(pageOrder, await readFixture(SEED[format]));
      const five = p.find((x) => squash(x.locations[0].text).startsWith('五、主要经验及做法'));
      expect(five?.actual).toBe('8');
      if (format !== 'pdf') expect(p).toHaveLength(1);
      else {
        // in the PDF 15 of the 21 entries miss their heading's page (五、 is on page 6, not 8):
        // the contents were not updated for this layout, one finding for them all, besides the page going down
        expect(p.map((x) => x.message.slice(0, 9))).toEqual(['目录页码与正文所在', '目录条目“五、主要']);
        expect(p[0].locations.length).toBe(8);
      }
    });
  },
);
