// How a breakdown is named as a row of a report's KPI table: its values only, in the report
// language, after the metric's name or alone on an indented row (sub-headings that name the
// breakdown are left out here: test/integration/docx-kpi-tables.test.ts reads them).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/domain.js';
import { loadReportModel } from '../../main/services/report-model-service.js';
import { addBlock, addSection } from '../../main/services/report-outline-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { tempDir } from '../helpers.js';

const ROWS: { metric: string; dims: Record<string, string>; indent: number }[] = [
  { metric: 'workforce.fulltime', dims: { gender: 'female' }, indent: 0 },
  { metric: 'workforce.fulltime', dims: { gender: 'female' }, indent: 1 },
  { metric: 'workforce.fulltime', dims: { gender: 'female', age: 'under30' }, indent: 1 },
  { metric: 'workforce.fulltime', dims: { age: 'under30', gender: 'female' }, indent: 1 },
  { metric: 'ghg.scope3', dims: { scope3_category: '6' }, indent: 1 },
  { metric: 'energy.electricity', dims: { site: 'BJ' }, indent: 1 },
  { metric: 'workforce.fulltime', dims: { gender: 'other' }, indent: 1 },
];

describe('a breakdown named as a report KPI table row', () => {
  it('names each breakdown by its values in both languages, in the order the row gives them', () => {
    const ws = createWorkspace(join(tempDir(), 'labels.esg'), { actor: 't' });
    ws.transaction(() => ws.profile.putSite({ code: 'BJ', nameZh: '北京總部', nameEn: 'Beijing headquarters', kind: 'office' }, 't'));
    const year = ws.profile.company()?.reportYear as number;
    addSection(ws, year, { id: 'labels', parentId: null, titleZh: '標籤', titleEn: 'Labels' }, 't');
    addBlock(ws, year, 'labels', { type: 'kpi_table', config: { rows: ROWS, years: [0] }, content: { 'zh-Hant': {}, en: {} } }, 't');
    const labels = (lang: Lang) => loadReportModel(ws, year, lang).sections.find((s) => s.id === 'labels')?.blocks[0]?.table?.rows.filter((r) => r.kind === 'value').map((r) => r.label);
    expect(labels('zh-Hant')).toEqual(['全職員工人數 (女性)', '女性', '女性, 30歲以下', '30歲以下, 女性', '差旅', 'site BJ', 'gender other']);
    expect(labels('en')).toEqual(['Full-time employees (Female)', 'Female', 'Female, Under 30', 'Under 30, Female', 'Business travel', 'site BJ', 'gender other']);
    ws.close();
  });
});
