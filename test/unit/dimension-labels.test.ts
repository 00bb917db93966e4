// How a breakdown is named in the KPI annex and the department workbooks: each dimension
// with its value, in the report language.
import { describe, expect, it } from 'vitest';
import type { DimensionDef } from '../../shared/catalogue.js';
import { describeDims } from '../../shared/dimension-labels.js';
import type { Lang, Site } from '../../shared/domain.js';

const dimensions: DimensionDef[] = [
  { key: 'gender', nameZh: '性別', nameEn: 'Gender', open: false, values: [{ code: 'male', nameZh: '男性', nameEn: 'Male' }, { code: 'female', nameZh: '女性', nameEn: 'Female' }] },
  { key: 'age', nameZh: '年齡組別', nameEn: 'Age group', open: false, values: [{ code: 'under30', nameZh: '30歲以下', nameEn: 'Under 30' }] },
  { key: 'scope3_category', nameZh: '範圍3類別', nameEn: 'Scope 3 category', open: false, values: [{ code: '6', nameZh: '商務旅行', nameEn: 'Business travel' }] },
  { key: 'site', nameZh: '營運地點', nameEn: 'Site', open: true, values: [] },
];
const sites: Site[] = [{ code: 'BJ', nameZh: '北京總部', nameEn: 'Beijing headquarters', kind: 'office', retiredYear: null }];

describe('a breakdown named for the annex and department workbooks', () => {
  it.each<[Record<string, string>, string, string]>([
    [{}, '', ''],
    [{ gender: 'female' }, '性別：女性', 'Gender: Female'],
    [{ gender: 'female', age: 'under30' }, '年齡組別：30歲以下；性別：女性', 'Age group: Under 30; Gender: Female'],
    [{ scope3_category: '6' }, '範圍3類別 6：商務旅行', 'Scope 3 category 6: Business travel'],
    [{ site: 'BJ' }, '北京總部', 'Beijing headquarters'],
    [{ site: 'SZ' }, 'SZ', 'SZ'],
    [{ gender: 'other' }, '性別：other', 'Gender: other'],
    [{ colour: 'red' }, 'colour：red', 'colour: red'],
  ])('names %j as %j and %j', (dims, zh, en) => {
    const name = (lang: Lang) => describeDims({ dimensions, sites, lang }, dims);
    expect([name('zh-Hant'), name('en')]).toEqual([zh, en]);
  });
});
