// A data package written from scratch by a plant that burns wood pellets and petrol, buys
// electricity (printed in '000 kWh), buys no heat ("not applicable — none used"), does not
// disclose its hazardous waste, and publishes its Scope 3 as one total and its Scope 1 as
// printed. Imported through the command line: `kpis --json` gives the totals computed by hand,
// `check` names an entered Scope 1 that its inputs contradict, the annex's HKEX index says which
// figures are not applicable and which not disclosed, and a fuel of the company's own is added.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-process.js';
import { tempDir, writeFile } from '../helpers.js';
import { docxPart } from '../docx-text.js';

const PACKAGE = `metric,year,value,unit,dimensions,note
workforce.total,2024,"1,040",persons,,
energy.fuel,2024,120,t,fuel=biomass_pellets,Boiler
energy.fuel,2024,"8,500",L,fuel=petrol,Vans
energy.electricity,2024,"5,320.4",'000 kWh,,Metered
energy.heat,2024,NA,,,None purchased
ghg.scope1_other,2024,NA,,,No refrigerant top-ups
waste.hazardous,2024,ND,,,The landlord collects it and does not weigh it
factor.fuel_ncv,2024,16.2,GJ/t,fuel=biomass_pellets,Supplier sheet
factor.fuel_ef,2024,0.0308,tCO2e/t,fuel=biomass_pellets,IPCC 2006 CH4 and N2O of wood
factor.fuel_biogenic_co2,2024,1.75,tCO2/t,fuel=biomass_pellets,IPCC 2006 wood
factor.fuel_ncv,2024,0.0328,GJ/L,fuel=petrol,IPCC 2006
factor.fuel_ef,2024,2.36,kgCO2e/L,fuel=petrol,HKEX Appendix 2
factor.grid_location,2024,0.5703,tCO2/MWh,,MEE 2024
ghg.scope3_total,2024,"1,234.5",tCO2e,,As published
`;

interface KpiRow {
  code: string;
  dimensions: Record<string, string>;
  value: number | null;
  unit: string;
  kind: string;
  as_published?: true;
  not_disclosed?: true;
  not_applicable?: true;
}

const pellets = { energy: (120 * 16.2) / 3.6, co2e: 120 * 0.0308, biogenic: 120 * 1.75 };
const petrol = { energy: (8_500 * 0.0328) / 3.6, co2e: 8_500 * 0.00236 };
const electricity = 5_320.4;

describe('a pellet and petrol burner\'s package through the CLI', { timeout: 180_000 }, () => {
  it('imports as printed; kpis, check and the HKEX index say what a reader would check', async () => {
    const dir = tempDir();
    const ws = join(dir, 'plant.esg');
    expect(runCli(['init', ws, '--name-zh', '廠', '--name-en', 'Plant', '--report-year', '2024']).code).toBe(0);
    const imp = runCli(['import', ws, writeFile(dir, 'fy2024.csv', PACKAGE)]);
    expect(imp.code, imp.err + imp.out).toBe(0);

    const kpis = runCli(['kpis', ws, '--year', '2024', '--json']);
    expect(kpis.code, kpis.err).toBe(0);
    const rows = JSON.parse(kpis.out) as KpiRow[];
    const get = (code: string, dims: Record<string, string> = {}) => rows.find((r) => r.code === code && JSON.stringify(r.dimensions) === JSON.stringify(dims));
    expect(get('energy.fuel', { fuel: 'petrol' })).toMatchObject({ value: 8_500, unit: 'L' });
    expect(get('energy.electricity')?.value).toBeCloseTo(electricity, 9);
    expect(get('energy.direct')?.value).toBeCloseTo(pellets.energy + petrol.energy, 9);
    expect(get('energy.total')?.value).toBeCloseTo(pellets.energy + petrol.energy + electricity, 9);
    expect(get('ghg.scope1')?.value).toBeCloseTo(pellets.co2e + petrol.co2e, 9);
    expect(get('ghg.biogenic_co2')?.value).toBeCloseTo(pellets.biogenic, 9);
    // NA heat counts as zero and needs no factor: Scope 2 is the electricity alone.
    expect(get('ghg.scope2_location')?.value).toBeCloseTo(electricity * 0.5703, 9);
    expect(get('ghg.scope12_intensity')?.value).toBeCloseTo((pellets.co2e + petrol.co2e + electricity * 0.5703) / 1_040, 12);
    expect(get('ghg.scope3_total')).toMatchObject({ value: 1_234.5, kind: 'entered', as_published: true });
    expect(get('waste.hazardous')).toMatchObject({ value: null, not_disclosed: true });
    expect(get('energy.heat')).toMatchObject({ value: null, not_applicable: true });
    expect(get('waste.hazardous_intensity')).toBeUndefined();

    // The published Scope 1, 30 t, is not what the inputs give (23.756 t).
    expect(runCli(['import', ws, writeFile(dir, 'published.csv', 'metric,year,value,unit,dimensions,note\nghg.scope1,2024,30,tCO2e,,As printed\n')]).code).toBe(0);
    const check = runCli(['check', ws, '--year', '2024', '--json']);
    const findings = JSON.parse(check.out) as { rule: string; metric: string; message: string }[];
    const clash = findings.find((f) => f.rule === 'consistency.entered_vs_computed');
    expect(clash).toMatchObject({ metric: 'ghg.scope1' });
    expect(clash?.message).toContain('30');
    expect(clash?.message).toContain(String(Number((pellets.co2e + petrol.co2e).toPrecision(12))));
    // Scope 1 is disclosed: no completeness error on A1.2.
    expect(findings.filter((f) => f.rule === 'completeness.hkex_kpi' && f.metric === 'A1.2')).toEqual([]);

    // The annex's HKEX index: hazardous waste not disclosed, purchased heat not applicable (none used).
    const xlsx = join(dir, 'annex.xlsx');
    const docx = join(dir, 'report.docx');
    const exp = runCli(['export', ws, '--year', '2024', '--lang', 'en', '--xlsx', xlsx, '--docx', docx]);
    expect(exp.code, exp.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    const index = wb.getWorksheet('HKEX ESG index') as ExcelJS.Worksheet;
    const explanation = (item: string) => {
      let text = '';
      index.eachRow((r) => {
        if (r.getCell(1).text === item) text = r.getCell(5).text;
      });
      return text;
    };
    expect(explanation('A1.3')).toContain('Not disclosed — The landlord collects it and does not weigh it');
    expect(explanation('A2.1')).toContain('Not applicable (none used) — None purchased');

    // The report's HKEX index says the same, its reasons in footnotes.
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const words = (await docxPart(zip, 'word/document.xml')).replace(/<[^>]+>/g, '');
    const notes = (await docxPart(zip, 'word/footnotes.xml')).replace(/<[^>]+>/g, '');
    expect(words).toContain('Hazardous waste: not disclosed');
    expect(words).toContain('Purchased heat: not applicable (none used)');
    expect(notes).toContain('The landlord collects it and does not weigh it');

    // A fuel of the company's own, then a row of it.
    const add = runCli(['fuel', 'add', ws, 'wood_chips', '--name-zh', '木片', '--name-en', 'Wood chips', '--unit', 't', '--biogenic']);
    expect(add.code, add.err).toBe(0);
    const more = 'metric,year,value,unit,dimensions,note\nenergy.fuel,2024,10,t,fuel=wood_chips,\nfactor.fuel_ncv,2024,12,GJ/t,fuel=wood_chips,Supplier\nfactor.fuel_ef,2024,0.02,tCO2e/t,fuel=wood_chips,Supplier\nfactor.fuel_biogenic_co2,2024,1.5,tCO2/t,fuel=wood_chips,Supplier\n';
    expect(runCli(['import', ws, writeFile(dir, 'chips.csv', more)]).code).toBe(0);
    const after = JSON.parse(runCli(['kpis', ws, '--year', '2024', '--json']).out) as KpiRow[];
    expect(after.find((r) => r.code === 'ghg.biogenic_co2')?.value).toBeCloseTo(pellets.biogenic + 15, 9);
    expect(after.find((r) => r.code === 'energy.direct')?.value).toBeCloseTo(pellets.energy + petrol.energy + (10 * 12) / 3.6, 9);
    const list = JSON.parse(runCli(['fuel', 'list', ws, '--year', '2024', '--json']).out) as { code: string; unit: string; biogenic: boolean; factors: { ef: { value: number } | null } }[];
    expect(list.find((f) => f.code === 'wood_chips')).toMatchObject({ unit: 't', biogenic: true, factors: { ef: { value: 0.02 } } });
    expect(list.find((f) => f.code === 'petrol')).toMatchObject({ unit: 'L', factors: { ef: { value: 0.00236 } } });
    // A fuel code already in the list is refused, and a row for a fuel not in the list too.
    expect(runCli(['fuel', 'add', ws, 'petrol', '--name-zh', '汽油', '--name-en', 'Petrol', '--unit', 'L']).code).toBe(1);
    const bad = runCli(['import', ws, writeFile(dir, 'bad.csv', 'metric,year,value,unit,dimensions,note\nenergy.fuel,2024,3,t,fuel=peat,\n')]);
    expect(bad.code).toBe(1);
    expect(bad.err + bad.out).toContain('peat');
  });
});
