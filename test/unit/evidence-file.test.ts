// Evidence files: the names an assurer's zip and a temporary copy get, and the kinds told by
// content, so that a page of HTML or a program renamed to .pdf or .csv is refused.
import { describe, expect, it } from 'vitest';
import { contentMatches, kindOfName, safePart, sanitiseFileName } from '../../shared/review/evidence-file.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('evidence file names', () => {
  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\x\\..\\bill.pdf', 'bill.pdf'],
    ['..', 'file'],
    ['.hidden.csv', 'hidden.csv'],
    ['con.pdf', '_con.pdf'],
    ['inv<o>ice?:*.pdf', 'inv_o_ice___.pdf'],
    ['bill.pdf. . ', 'bill.pdf'],
    ['a\u0000b\u202e.pdf', 'ab.pdf'],
    ['電費單 2024年3月.pdf', '電費單 2024年3月.pdf'],
  ])('%j becomes %j', (raw, safe) => {
    expect(sanitiseFileName(raw)).toBe(safe);
  });

  it('keeps the extension of a very long name within 120 characters', () => {
    const s = sanitiseFileName(`${'x'.repeat(300)}.xlsx`);
    expect(s.length).toBe(120);
    expect(s.endsWith('.xlsx')).toBe(true);
  });

  it('makes metric and dimension parts that cannot leave their folder', () => {
    expect(safePart('ghg.scope1_total')).toBe('ghg.scope1_total');
    expect(safePart('site=hk;fuel=../../x')).toBe('site=hk-fuel=-x');
    expect(safePart('')).toBe('total');
  });
});

describe('evidence kinds', () => {
  it('tells the kind from the extension, and refuses others', () => {
    expect(kindOfName('Bill.PDF')).toBe('pdf');
    expect(kindOfName('photo.jpg')).toBe('jpeg');
    expect(kindOfName('run.exe')).toBeUndefined();
    expect(kindOfName('page.html')).toBeUndefined();
    expect(kindOfName('noextension')).toBeUndefined();
  });

  it('accepts content that starts as its kind does', () => {
    expect(contentMatches('pdf', bytes('%PDF-1.7\n…'))).toBe(true);
    expect(contentMatches('png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(true);
    expect(contentMatches('jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(contentMatches('csv', bytes('site,kWh\nhk,"1,200"\n'))).toBe(true);
    expect(contentMatches('eml', bytes('From: a@b.hk\r\nSubject: bill\r\nDate: Mon, 1 Jan 2024\r\n\r\nbody'))).toBe(true);
  });

  it('refuses content that is not what the name says', () => {
    expect(contentMatches('pdf', bytes('<html><script>alert(1)</script>'))).toBe(false);
    expect(contentMatches('png', bytes('%PDF-1.7'))).toBe(false);
    expect(contentMatches('csv', bytes('<!DOCTYPE html><p>x'))).toBe(false);
    expect(contentMatches('csv', new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toBe(false); // a Windows program
    expect(contentMatches('csv', new Uint8Array([0x61, 0xff, 0xfe, 0x62]))).toBe(false); // not UTF-8
    expect(contentMatches('eml', bytes('just some words\nand more'))).toBe(false);
    expect(contentMatches('xlsx', bytes('%PDF-1.7'))).toBe(false);
  });
});
