// An export never replaces earlier files silently: export:start answers with the names
// already in the folder and writes nothing; the same call with the one-time `replace` token
// writes over them in that very folder (not asked again); a token is good once, for the
// files it was given for.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSampleHost } from '../api-harness.js';
import type { ExportExisting, ExportStarted, JobStatus } from '../../shared/api/contract.js';
import { dispatch } from '../../main/api/handlers.js';

const host = useSampleHost('esg-export-replace-');
const call = <T = unknown>(method: string, input: unknown = {}): Promise<T> => host.call<T>(method, input);

async function finished(jobId: string): Promise<JobStatus> {
  let s = await call<JobStatus>('job:status', { jobId });
  for (let i = 0; i < 400 && s.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    s = await call<JobStatus>('job:status', { jobId });
  }
  return s;
}

describe('export:start and existing files', () => {
  it('names the files already there and writes nothing until told to replace them', async () => {
    const annex = join(host.dir, 'kpi-annex-2024-en.xlsx');
    writeFileSync(annex, 'an earlier export the user cares about');
    const first = await call<ExportStarted | ExportExisting>('export:start', { year: 2024, docx: [], xlsx: ['en', 'zh-Hant'] });
    expect(first).toMatchObject({ folder: host.dir, existing: ['kpi-annex-2024-en.xlsx'] });
    expect('jobId' in first).toBe(false);
    expect(readFileSync(annex, 'utf8')).toBe('an earlier export the user cares about');
    const token = (first as ExportExisting).replace;

    // A token for other files is refused and spent.
    expect(await dispatch(host.ctx, 'export:start', { year: 2024, docx: [], xlsx: ['en'], replace: token })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(host.ctx, 'export:start', { year: 2024, docx: [], xlsx: ['en', 'zh-Hant'], replace: token })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(readFileSync(annex, 'utf8')).toBe('an earlier export the user cares about');

    const again = await call<ExportExisting>('export:start', { year: 2024, docx: [], xlsx: ['en', 'zh-Hant'] });
    const started = await call<ExportStarted>('export:start', { year: 2024, docx: [], xlsx: ['en', 'zh-Hant'], replace: again.replace });
    expect(started.files).toEqual(['kpi-annex-2024-en.xlsx', 'kpi-annex-2024-zh-Hant.xlsx']);
    expect((await finished(started.jobId)).state).toBe('done');
    expect(readFileSync(annex).subarray(0, 2).toString()).toBe('PK');
    expect(statSync(join(host.dir, 'kpi-annex-2024-zh-Hant.xlsx')).size).toBeGreaterThan(1000);
  });
});
