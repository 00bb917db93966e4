// The Chinese report's packed XML gets word joiners in the text of its runs, and nowhere else:
// not in field codes, attributes or the English report.
import { describe, expect, it } from 'vitest';
import { joinNumbersInParts, joinNumbersInXml } from '../../main/export/docx/number-joiners.js';

const J = '\u2060';

describe('number joiners in a document part', () => {
  it('joins figures inside <w:t> and leaves field codes and attributes alone', () => {
    const xml = '<w:p><w:r><w:instrText xml:space="preserve">PAGEREF _Toc12 \\h</w:instrText></w:r><w:r><w:rPr><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">共16,343人次</w:t></w:r></w:p>';
    const out = joinNumbersInXml(xml);
    expect(out).toContain(`PAGEREF _Toc12 \\h`);
    expect(out).toContain('<w:sz w:val="21"/>');
    expect(out).toContain(`共${J}1${J}6${J},${J}3${J}4${J}3${J}人次`);
  });
  it('joins a figure to the unit in the next run of the same paragraph, not across paragraphs or footnote marks', () => {
    const two = joinNumbersInXml('<w:p><w:r><w:t>220,960.6</w:t></w:r><w:r><w:t>噸</w:t></w:r></w:p>');
    expect(two).toContain(`.${J}6${J}</w:t>`);
    const before = joinNumbersInXml('<w:p><w:r><w:t>舉辦</w:t></w:r><w:r><w:t>2</w:t></w:r></w:p>');
    expect(before).toContain(`舉辦${J}</w:t>`);
    const apart = joinNumbersInXml('<w:p><w:r><w:t>2024</w:t></w:r></w:p><w:p><w:r><w:t>年</w:t></w:r></w:p>');
    expect(apart).toContain(`4</w:t>`);
    const note = joinNumbersInXml('<w:p><w:r><w:t>100</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r><w:r><w:t>人</w:t></w:r></w:p>');
    expect(note).toContain(`0</w:t>`);
  });
  it('keeps entity references whole', () => {
    expect(joinNumbersInXml('<w:t>A&amp;B 12&#x41;</w:t>')).toBe(`<w:t>A&amp;B 1${J}2&#x41;</w:t>`);
  });
  it('mends only the parts a reader sees', () => {
    const data = Buffer.from('<w:t>2024年</w:t>');
    expect(Buffer.from(joinNumbersInParts('word/footnotes.xml', data)).toString()).toBe(`<w:t>2${J}0${J}2${J}4${J}年</w:t>`);
    expect(joinNumbersInParts('word/styles.xml', data)).toBe(data);
    expect(joinNumbersInParts('docProps/core.xml', data)).toBe(data);
  });
});
