// Importing data packages and targets files into a real workspace file: what is written,
// what is refused, and that a refusal writes nothing at all.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderImportProblem } from '../../main/cli/import-problems.js';
import { ImportError, importFiles, previewImport } from '../../main/services/import-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { tempDir, writeFile } from '../helpers.js';

const HEADER = 'metric,year,value,unit,dimensions,note\n';

function freshWorkspace() {
  const dir = tempDir();
  const ws = createWorkspace(join(dir, 'acme.esg'), { actor: 'test' });
  ws.profile.putSite({ code: 'SH-01', nameZh: '上海辦公室', nameEn: 'Shanghai office', kind: 'office' }, 'test');
  return { dir, ws };
}

async function problemsOf(fn: () => Promise<unknown>): Promise<string[]> {
  try {
    await fn();
  } catch (e) {
    // As the command line says them (its hints included).
    if (e instanceof ImportError) return e.problems.map((p) => renderImportProblem(p, 'en'));
    throw e;
  }
  throw new Error('expected the import to be refused');
}

describe('import of data packages', () => {
  it('converts units, reads NA with its reason, dimensions and sites, and records provenance', async () => {
    const { dir, ws } = freshWorkspace();
    const f = writeFile(
      dir,
      'pkg.csv',
      HEADER +
        'energy.electricity,2025,"1,200",GWh,,metered\n' +
        'water.fresh,2025,3.5,萬噸,,\n' +
        'waste.packaging,2025,NA,,,we sell no physical goods\n' +
        'workforce.fulltime,2025,420,persons,gender=female,\n' +
        'energy.heat,2025,100,GJ,site=SH-01,\n' +
        'factor.grid_location,2025,0.5366,tCO2/MWh,,MEE 2022 national average\n',
    );
    const s = await importFiles(ws, [f], { actor: 'alice' });
    expect(s.inserted).toBe(6);
    expect(ws.values.get('energy.electricity', 2025, {})?.value).toBe(1_200_000);
    expect(ws.values.get('energy.electricity', 2025, {})?.enteredUnit).toBe('GWh');
    expect(ws.values.get('water.fresh', 2025, {})?.value).toBe(35_000);
    expect(ws.values.get('waste.packaging', 2025, {})).toMatchObject({ value: null, naReason: 'we sell no physical goods' });
    expect(ws.values.get('workforce.fulltime', 2025, { gender: 'female' })?.value).toBe(420);
    expect(ws.values.get('energy.heat', 2025, { site: 'SH-01' })?.value).toBe(100);
    expect(ws.values.get('factor.grid_location', 2025, {})?.source).toBe('MEE 2022 national average');
    const history = ws.audit.valueHistory('energy.electricity', 2025, 'energy.electricity|2025|');
    expect(history[0]).toMatchObject({ actor: 'alice', action: 'insert', old: null });
    expect(ws.profile.years()).toContain(2025);
    ws.close();
  });

  it('names every bad row with file, line, metric, value and what was expected, and writes nothing', async () => {
    const { dir, ws } = freshWorkspace();
    const f = writeFile(
      dir,
      'bad.csv',
      HEADER +
        'energy.electricty,2024,5,MWh,,\n' + // 2 unknown metric (typo)
        'energy.electricity,2024,abc,MWh,,\n' + // 3 not a number
        'energy.electricity,2024,5,kg,,\n' + // 4 incompatible unit
        'energy.heat,1850,5,GJ,,\n' + // 5 year out of range
        'workforce.fulltime,2024,5,,colour=red,\n' + // 6 unknown dimension key
        'workforce.fulltime,2024,5,,gender=other,\n' + // 7 unknown dimension value
        'energy.direct_intensity,2024,5,MWh/person,,\n' + // 8 derived (totals such as energy.total may be entered as published; an intensity may not)
        'water.fresh,2024,NA,,,\n' + // 9 NA without reason
        'water.wastewater,2024,10,t,,\n' + // 10 fine
        'water.wastewater,2024,11,t,,\n' + // 11 duplicate of 10
        'energy.diesel,2024,3,t,site=NOWHERE,\n', // 12 unknown site
    );
    const lines = await problemsOf(() => importFiles(ws, [f], { actor: 't' }));
    const at = (n: number) => lines.find((l) => l.startsWith(`${f}:${n}:`)) ?? '';
    expect(at(2)).toMatch(/energy\.electricty .*unknown metric \(did you mean energy\.electricity\?\)/);
    expect(at(3)).toMatch(/value "abc": expected a number/);
    expect(at(4)).toMatch(/unit "kg" cannot be converted to MWh/);
    expect(at(5)).toMatch(/year 1850 is outside 1990–2100/);
    expect(at(6)).toMatch(/dimension "colour" does not apply to workforce\.fulltime/);
    expect(at(7)).toMatch(/"other" is not a value of gender \(expected one of: male, female\)/);
    expect(at(8)).toMatch(/energy\.direct_intensity is derived/);
    expect(at(9)).toMatch(/needs its reason in the note column/);
    expect(at(11)).toMatch(/2024 is already given at line 10 as 10, here as 11: give one value/);
    expect(at(12)).toMatch(/unknown site "NOWHERE" \(sites: SH-01\)/);
    expect(lines).toHaveLength(10);
    expect(ws.values.listAll()).toEqual([]);
    ws.close();
  });

  it('takes an identical repeat once, across files and rows, and refuses a different one naming both places', async () => {
    const { dir, ws } = freshWorkspace();
    // The 2024 report restates 2023's age breakdown; the same figure in another unit is the same value.
    const r2023 = writeFile(dir, 'fy2023.csv', HEADER + 'workforce.fulltime,2023,310,,age=under30,\nenergy.electricity,2023,1.2,\'000 kWh,,\nwaste.packaging,2023,NA,,,none sold\n');
    const r2024 = writeFile(dir, 'fy2024.csv', HEADER + 'workforce.fulltime,2023,310,,age=under30,\nenergy.electricity,2023,1200,kWh,,\nwaste.packaging,2023,NA,,,none sold\nwaste.packaging,2023,NA,,,none sold\n');
    const s = await importFiles(ws, [r2023, r2024], { actor: 't' });
    expect(s.inserted).toBe(3);
    expect(s.unchanged).toBe(0);
    expect(ws.values.get('workforce.fulltime', 2023, { age: 'under30' })?.value).toBe(310);
    expect(ws.values.get('energy.electricity', 2023, {})).toMatchObject({ value: 1.2, enteredUnit: "'000 kWh" });
    expect(ws.values.listAll()).toHaveLength(3);

    const ws2 = freshWorkspace();
    const a = writeFile(ws2.dir, 'a.csv', HEADER + 'workforce.fulltime,2023,310,,age=under30,\nwaste.packaging,2023,NA,,,none sold\n');
    const b = writeFile(ws2.dir, 'b.csv', HEADER + 'workforce.fulltime,2023,311,,age=under30,\nwaste.packaging,2023,NA,,,not disclosed\n');
    const lines = await problemsOf(() => importFiles(ws2.ws, [a, b], { actor: 't' }));
    expect(lines).toEqual([
      `${b}:2: workforce.fulltime value "311": 2023, age=under30 is already given at ${a}:2 as 310, here as 311: give one value (an identical repeat is taken once)`,
      `${b}:3: waste.packaging value "NA": 2023 is already given at ${a}:3 as NA (none sold), here as NA (not disclosed): give one value (an identical repeat is taken once)`,
    ]);
    expect(ws2.ws.values.listAll()).toEqual([]);
    ws.close();
    ws2.ws.close();
  });

  it('is all or nothing across several files', async () => {
    const { dir, ws } = freshWorkspace();
    const good = writeFile(dir, 'good.csv', HEADER + 'energy.heat,2024,5,GJ,,\n');
    const bad = writeFile(dir, 'bad.csv', HEADER + 'energy.heat,2023,five,GJ,,\n');
    const lines = await problemsOf(() => importFiles(ws, [good, bad], { actor: 't' }));
    expect(lines).toEqual([`${bad}:2: energy.heat value "five": expected a number (or NA with a reason in note)`]);
    expect(ws.values.get('energy.heat', 2024, {})).toBeUndefined();
    ws.close();
  });

  it('refuses to overwrite a different value unless told to, saying old and new', async () => {
    const { dir, ws } = freshWorkspace();
    const first = writeFile(dir, 'a.csv', HEADER + 'energy.diesel,2024,31.6,t,,\n');
    await importFiles(ws, [first], { actor: 't' });
    const again = await importFiles(ws, [first], { actor: 't' });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });

    // The same quantity in another unit is no conflict; the provenance (unit as entered) is updated.
    const second = writeFile(dir, 'b.csv', HEADER + 'energy.diesel,2024,31600,kg,,\n');
    expect(await importFiles(ws, [second], { actor: 't' })).toMatchObject({ updated: 1 });
    expect(ws.values.get('energy.diesel', 2024, {})).toMatchObject({ value: 31.6, enteredUnit: 'kg' });
    ws.close();
  });

  it('refuses a changed value without --overwrite and applies it with it', async () => {
    const { dir, ws } = freshWorkspace();
    await importFiles(ws, [writeFile(dir, 'a.csv', HEADER + 'energy.diesel,2024,31.6,t,,\n')], { actor: 't' });
    const change = writeFile(dir, 'c.csv', HEADER + 'energy.diesel,2024,40,t,,\n');
    const lines = await problemsOf(() => importFiles(ws, [change], { actor: 't' }));
    expect(lines[0]).toMatch(/would overwrite 2024 = 31\.6 with 40; use --overwrite/);
    expect(ws.values.get('energy.diesel', 2024, {})?.value).toBe(31.6);
    await importFiles(ws, [change], { actor: 'bob', overwrite: true });
    expect(ws.values.get('energy.diesel', 2024, {})?.value).toBe(40);
    const [latest] = ws.audit.valueHistory('energy.diesel', 2024, 'energy.diesel|2024|');
    expect(latest).toMatchObject({ actor: 'bob', action: 'update', old: { value: 31.6 }, new: { value: 40 } });
    ws.close();
  });

  it('reads targets files, told apart by their header, and validates them', async () => {
    const { dir, ws } = freshWorkspace();
    const t = writeFile(
      dir,
      'targets.csv',
      'code,metric,baseline_year,target_year,type,target_value,title_zh,title_en\n' +
        'T1,ghg.scope12,2023,2030,reduction_pct,30,範圍一及二減排30%,Cut Scope 1+2 by 30%\n' +
        'T2,energy.renewable_share_dc,2023,2030,share_pct,100,,\n' +
        'T3,ghg.scope12,2030,2023,reduction_pct,30,,\n' +
        'T4,ghg.scope12,2023,2030,cut,30,,\n',
    );
    const lines = await problemsOf(() => importFiles(ws, [t], { actor: 't' }));
    expect(lines).toEqual([
      `${t}:4: ghg.scope12: target_year 2023 must come after baseline_year 2030`,
      `${t}:5: ghg.scope12: type "cut" must be one of reduction_pct, absolute, share_pct`,
    ]);
    const ok = writeFile(dir, 'ok.csv', 'code,metric,baseline_year,target_year,type,target_value,title_zh,title_en\nT1,ghg.scope12,2023,2030,reduction_pct,30,減排,Cut\n');
    await importFiles(ws, [ok], { actor: 't' });
    expect(ws.targets.get('T1')).toMatchObject({ metric: 'ghg.scope12', type: 'reduction_pct', targetValue: 30, titleEn: 'Cut' });
    ws.close();
  });

  it('reads a package of 150,000 rows, and reports 150,000 bad rows, without running out of stack', async () => {
    const dir = tempDir();
    const ws = createWorkspace(join(dir, 'w.esg'), { actor: 't' });
    ws.transaction(() => {
      for (let s = 0; s < 1500; s++) ws.profile.putSite({ code: `S${s}`, nameZh: `站點${s}`, nameEn: `Site ${s}`, kind: 'office' }, 't');
    });
    const good = ['metric,year,value,unit,dimensions,note'];
    const bad = ['metric,year,value,unit,dimensions,note'];
    for (let y = 2000; y < 2010; y++) {
      for (let s = 0; s < 1500; s++) {
        for (const m of ['energy.electricity', 'energy.heat', 'water.fresh', 'waste.hazardous', 'energy.diesel', 'energy.natural_gas', 'water.wastewater', 'waste.non_hazardous', 'office.electricity', 'office.water']) {
          good.push(`${m},${y},${s + 1},,site=S${s},`);
          bad.push(`${m},${y},x${s},,site=S${s},`);
        }
      }
    }
    const plan = await previewImport(ws, [writeFile(dir, 'big.csv', good.join('\n') + '\n')]);
    expect(plan.problems).toEqual([]);
    expect(plan.values).toHaveLength(150_000);
    const refused = await previewImport(ws, [writeFile(dir, 'bad.csv', bad.join('\n') + '\n')]);
    expect(refused.problems).toHaveLength(150_000);
    expect(refused.problems[0]?.line).toBe(2);
    ws.close();
  });

  it('rejects a file that is neither kind, and a header with a misspelt column', async () => {
    const { dir, ws } = freshWorkspace();
    const other = writeFile(dir, 'other.csv', 'name,amount\nx,1\n');
    expect((await problemsOf(() => importFiles(ws, [other], { actor: 't' })))[0]).toMatch(/not a data package .* nor a targets file/);
    const typo = writeFile(dir, 'typo.csv', 'metric,year,value,unit,dimension,note\n');
    expect((await problemsOf(() => importFiles(ws, [typo], { actor: 't' })))[0]).toMatch(/unknown column\(s\) dimension/);
    ws.close();
  });
});
