// A section title reaches the report as a heading, the contents and the PDF outline: footnote
// or bold markup in it would be printed as typed, so it is refused where it is typed.
import { describe, expect, it } from 'vitest';
import { newSectionSchema, renameSectionSchema } from '../../shared/report/outline.js';

describe('section titles', () => {
  it('refuses footnote and bold markup in a new or renamed title, naming the problem', () => {
    const bad = newSectionSchema.safeParse({ titleZh: '數據中心[^PUE：能耗比。]', titleEn: 'Data centres' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/footnote or bold markup/);
    expect(bad.error?.issues[0]?.path).toEqual(['titleZh']);
    expect(renameSectionSchema.safeParse({ titleEn: '**Energy** use' }).success).toBe(false);
  });

  it('accepts a title with brackets and stars used as text', () => {
    expect(newSectionSchema.safeParse({ titleZh: '範圍三[類別1]', titleEn: 'Ratings (A*)' }).success).toBe(true);
  });
});
