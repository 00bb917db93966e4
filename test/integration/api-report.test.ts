// The report screens' methods through dispatch(): exports run as jobs into the folder main
// chooses, imports preview before they write, and bad input is refused with nothing changed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useSampleHost } from '../api-harness.js';
import type { ImportPreview, JobStatus, OutlineView, TargetView } from '../../shared/api/contract.js';
import type { Finding } from '../../shared/checks.js';
import { dispatch } from '../../main/api/handlers.js';

const host = useSampleHost('esg-api-report-');
const call = <T = unknown>(method: string, input: unknown = {}): Promise<T> => host.call<T>(method, input);

const electricity = async () =>
  (await call<{ rows: { metric: string; dims: object; value: number | null }[] }>('data:grid', { year: 2024 })).rows.find((r) => r.metric === 'energy.electricity' && Object.keys(r.dims).length === 0)?.value;

describe('export through the API', () => {
  it('writes the report and the annex into the host folder under names main derives, with progress', async () => {
    const started = await call<{ jobId: string; folder: string; files: string[] }>('export:start', { year: 2024, docx: ['en'], xlsx: ['zh-Hant'] });
    expect(started.folder).toBe(host.dir);
    expect(started.files).toEqual(['esg-report-2024-en.docx', 'kpi-annex-2024-zh-Hant.xlsx']);
    let s = await call<JobStatus>('job:status', { jobId: started.jobId });
    expect(s.total).toBe(2);
    for (let i = 0; i < 200 && s.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      s = await call<JobStatus>('job:status', { jobId: started.jobId });
    }
    expect(s.state).toBe('done');
    expect(s.done).toBe(2);
    const docx = await JSZip.loadAsync(readFileSync(join(host.dir, 'esg-report-2024-en.docx')));
    expect(await docx.file('word/document.xml')?.async('string')).toContain('Scope');
    expect(existsSync(join(host.dir, 'kpi-annex-2024-zh-Hant.xlsx'))).toBe(true);
    // The host cannot open files: it says where the file is instead.
    const reveal = await dispatch(host.ctx, 'export:reveal', { jobId: started.jobId, file: 0, action: 'open' });
    expect(reveal).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses bad input before any work: unknown language, nothing chosen, a path, an unknown job', async () => {
    for (const input of [{ year: 2024, docx: ['fr'], xlsx: [] }, { year: 2024, docx: [], xlsx: [] }, { year: 2024, docx: ['en', 'en'], xlsx: [] }, { year: 2024, docx: ['en'], xlsx: [], file: '/tmp/x.docx' }]) {
      expect(await dispatch(host.ctx, 'export:start', input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await dispatch(host.ctx, 'export:start', { year: 2031, docx: ['en'], xlsx: [] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(host.ctx, 'job:status', { jobId: '../../etc' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(host.ctx, 'job:status', { jobId: 'job-0123456789abcdef' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(existsSync(join(host.dir, 'esg-report-2024-en.docx'))).toBe(false);
  });
});

describe('import through the API', () => {
  const csv = 'metric,year,value,unit,dimensions,note\nenergy.electricity,2024,123456,MWh,,\nwater.wastewater,2024,5,t,,\n';

  it('previews new/changed/unchanged, writes nothing, then commits exactly that', async () => {
    writeFileSync(join(host.dir, 'update.csv'), csv);
    const before = await electricity();
    const blocked = await call<ImportPreview>('import:preview', { fileNames: ['update.csv'], overwrite: false });
    expect(blocked.previewId).toBeNull();
    expect(blocked.problems[0]).toMatchObject({ file: 'update.csv', line: 2, metric: 'energy.electricity', problem: { code: 'import.would_overwrite' } });
    const p = await call<ImportPreview>('import:preview', { fileNames: ['update.csv'], overwrite: true });
    expect(p.previewId).toMatch(/^imp-/);
    expect(p.values.find((v) => v.metric === 'energy.electricity')).toMatchObject({ status: 'changed', old: { value: before }, new: { value: 123456 } });
    expect(p.counts.changed).toBeGreaterThanOrEqual(1);
    expect(await electricity()).toBe(before);
    const done = await call<{ updated: number; backup: string | null }>('import:commit', { previewId: p.previewId });
    expect(done.updated).toBeGreaterThanOrEqual(1);
    expect(done.backup).toMatch(/before-import/);
    expect(await electricity()).toBe(123456);
    // A preview is committed once.
    expect(await dispatch(host.ctx, 'import:commit', { previewId: p.previewId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a commit when the data changed after the preview, and paths instead of names', async () => {
    writeFileSync(join(host.dir, 'update.csv'), csv);
    const p = await call<ImportPreview>('import:preview', { fileNames: ['update.csv'], overwrite: true });
    await call('data:set-value', { metric: 'energy.electricity', year: 2024, dims: {}, patch: { value: '1' } });
    expect(await dispatch(host.ctx, 'import:commit', { previewId: p.previewId })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await electricity()).toBe(1);
    for (const name of ['../update.csv', '/etc/passwd', 'sub/x.csv', 'notes.txt', '.hidden.csv']) {
      expect(await dispatch(host.ctx, 'import:preview', { fileNames: [name], overwrite: false }), name).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('names the file and cell of a bad workbook value and offers nothing to commit', async () => {
    const sheets = await call<{ files: { name: string }[] }>('sheets:write', { year: 2024 });
    expect(sheets.files.length).toBeGreaterThan(3);
    const bad = join(host.dir, 'bad.csv');
    writeFileSync(bad, 'metric,year,value,unit,dimensions,note\nenergy.electricity,2024,about 5,MWh,,\n');
    const p = await call<ImportPreview>('import:preview', { fileNames: ['bad.csv'], overwrite: true });
    expect(p.previewId).toBeNull();
    expect(p.problems[0]).toMatchObject({ file: 'bad.csv', line: 2, location: null, problem: { code: 'value.not_a_number' } });
    expect((await call<{ files: { name: string }[] }>('import:candidates')).files.map((f) => f.name)).toContain('bad.csv');
  });
});

describe('targets, checks and the outline through the API', () => {
  it('lists targets with progress and the sample finding of +22.0% against +22.3%', async () => {
    const targets = await call<TargetView[]>('targets:list', { year: 2024 });
    expect(targets.some((t) => t.kind === 'quantitative' && t.progressPct !== null)).toBe(true);
    expect(targets.some((t) => t.kind === 'qualitative')).toBe(true);
    const findings = await call<Finding[]>('checks:run', { year: 2024 });
    expect(findings.some((f) => f.severity === 'error' && f.message.includes('22.3'))).toBe(true);
  });

  it('renames and reorders sections, and refuses an empty title with nothing changed', async () => {
    const o = await call<OutlineView>('outline:get', { year: 2024 });
    const top = o.sections.filter((s) => s.parentId === null).sort((a, b) => a.position - b.position);
    const second = top[1]!;
    await call('outline:rename-section', { year: 2024, id: second.id, titleZh: '新標題', titleEn: 'New title' });
    await call('outline:move-section', { year: 2024, id: second.id, position: 0 });
    const after = await call<OutlineView>('outline:get', { year: 2024 });
    const first = after.sections.filter((s) => s.parentId === null).sort((a, b) => a.position - b.position)[0];
    expect(first).toMatchObject({ id: second.id, titleEn: 'New title' });
    expect(await dispatch(host.ctx, 'outline:rename-section', { year: 2024, id: second.id, titleZh: ' ', titleEn: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(host.ctx, 'outline:rename-section', { year: 2024, id: 'no-such', titleZh: 'a', titleEn: 'b' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call<OutlineView>('outline:get', { year: 2024 })).toEqual(after);
  });
});
