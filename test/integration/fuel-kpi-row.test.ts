// A KPI table row of fuel use prints the fuel's own unit (m³ of natural gas, t of diesel) and
// its figure, in both languages — never the catalogue's placeholder "{fuel}".
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReportModel } from '../../main/services/report-model-service.js';
import { addBlock } from '../../main/services/report-outline-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';

describe('a fuel-use row in a KPI table', () => {
  const ws = createWorkspace(join(mkdtempSync(join(tmpdir(), 'esg-fuel-row-')), 'sample.esg'), { sample: true, actor: 'test' });
  afterAll(() => ws.close());
  addBlock(ws, 2024, 'env-kpis', {
    type: 'kpi_table',
    config: { rows: [{ metric: 'energy.fuel', dims: { fuel: 'natural_gas' } }, { metric: 'energy.fuel', dims: { fuel: 'diesel' } }], years: [0] },
    content: { 'zh-Hant': { caption: '燃料', footnotes: [] }, en: { caption: 'Fuels', footnotes: [] } },
  }, 'test', { id: 'fuel-rows' });

  it.each([
    ['en', ['m³', 't']],
    ['zh-Hant', ['立方米', '噸']],
  ] as const)('%s: each row in its fuel\'s unit', (lang, units) => {
    const model = loadReportModel(ws, 2024, lang);
    const block = model.sections.flatMap((s) => s.blocks).find((b) => b.id === 'fuel-rows');
    const rows = (block?.table?.rows ?? []).filter((r) => r.kind === 'value');
    expect(rows.map((r) => r.unit)).toEqual(units);
    for (const r of rows) expect(r.unit).not.toContain('{');
  });
});
