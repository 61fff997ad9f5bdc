import { describe, expect, it } from 'vitest';
import { slimForMammoth } from '../../src/parsers/docx.js';

describe('slimForMammoth', () => {
  const xml =
    '<w:body><w:p w:rsidR="00A1" w14:paraId="1F2E" w14:textId="77"><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>' +
    '<w:spacing w:line="276" w:after="140"/><w:bidi w:val="0"/><w:jc w:val="left"/><w:pBdr><w:top w:val="single"/></w:pBdr><w:rPr></w:rPr></w:pPr>' +
    '<w:r w:rsidRPr="00B2"><w:rPr><w:rStyle w:val="Strong"/><w:b/><w:lang w:val="en-US" w:eastAsia="zh-CN"/><w:szCs w:val="21"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">一、 概况 </w:t></w:r></w:p>' +
    '<w:tbl><w:tblPr><w:tblW w:w="5000"/><w:tblBorders><w:top w:val="single"/><w:insideH w:val="single"/></w:tblBorders></w:tblPr>' +
    '<w:tr><w:trPr><w:trHeight w:val="300"/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="100"/><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/><w:tcBorders><w:left w:val="nil"/></w:tcBorders><w:vAlign w:val="center"/></w:tcPr><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>';
  const slim = slimForMammoth(xml);

  it('keeps every element and attribute mammoth reads', () => {
    for (const kept of [
      '<w:pStyle w:val="Heading1"/>',
      '<w:numId w:val="3"/>',
      '<w:ilvl w:val="0"/>',
      '<w:jc w:val="left"/>',
      '<w:rStyle w:val="Strong"/>',
      '<w:b/>',
      '<w:sz w:val="21"/>',
      '<w:tblHeader/>',
      '<w:gridSpan w:val="2"/>',
      '<w:vMerge w:val="restart"/>',
    ]) {
      expect(slim).toContain(kept);
    }
  });

  it('keeps the text exactly, spaces included', () => {
    expect(slim).toContain('<w:t xml:space="preserve">一、 概况 </w:t>');
    expect(slim).toContain('<w:t>合计</w:t>');
  });

  it('drops layout properties, borders, revision ids and emptied run properties', () => {
    for (const gone of [
      'w:spacing',
      'w:bidi',
      'w:pBdr',
      'w:lang',
      'w:szCs',
      'w:tblW',
      'w:tblBorders',
      'w:insideH',
      'w:trHeight',
      'w:tcW',
      'w:tcBorders',
      'w:vAlign',
      'rsid',
      'paraId',
      'textId',
      '<w:rPr></w:rPr>',
    ]) {
      expect(slim).not.toContain(gone);
    }
  });
});
