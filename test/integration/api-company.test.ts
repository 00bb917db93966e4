// Company set-up and the targets editor through dispatch(): a refused field comes back with
// its reason by field (and a message code for the UI's language) and nothing is written; a
// good change persists (read back through a fresh session on the same file).
import { describe, expect, it } from 'vitest';
import { useSampleHost } from '../api-harness.js';
import { dispatch } from '../../main/api/handlers.js';
import type { Company, Site, Target } from '../../shared/domain.js';
import type { WorkspaceSummary } from '../../shared/api/contract.js';

const host = useSampleHost('esg-api-company-');
const raw = (method: string, input: unknown) => dispatch(host.ctx, method, input);

describe('profile', () => {
  it('saves every counter’s stock code and refuses a bad one beside its field', async () => {
    const bad = await raw('profile:update', { stockCodes: ['0700', '7OO'] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues?.[0]).toMatchObject({ path: 'stockCodes.1', message: 'company.stock_code' });
    expect((await host.call<Company>('profile:get')).stockCodes).toEqual(['01024', '81024']);

    const before = await raw('profile:update', { baselineYear: 2025 });
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.error).toMatchObject({ code: 'validation', key: 'company.baseline_after_report', message: 'The baseline year 2025 comes after the report year 2024.' });

    await host.call('profile:update', { stockCodes: ['01024'], nameEn: 'Kuaishou Technology Ltd' });
    await host.reopen();
    expect(await host.call<Company>('profile:get')).toMatchObject({ stockCodes: ['01024'], stockCode: '01024', nameEn: 'Kuaishou Technology Ltd' });
  });
});

describe('years and sites', () => {
  it('adds a year once; the summary lists it', async () => {
    expect(await host.call<number[]>('year:add', { year: 2025 })).toEqual([2022, 2023, 2024, 2025]);
    const again = await raw('year:add', { year: 2025 });
    expect(again.ok || again.error.code).toBe('exists');
    expect((await host.call<WorkspaceSummary>('workspace:summary')).years).toContain(2025);
  });

  it('adds, renames and retires a site; a retired site keeps its history and refuses later values', async () => {
    await host.call('site:add', { code: 'SZ-DC', nameZh: '深圳數據中心', nameEn: 'Shenzhen DC', kind: 'data_centre' });
    const dup = await raw('site:add', { code: 'sz-dc', nameZh: 'x', nameEn: 'y' });
    expect(dup.ok || dup.error.code).toBe('exists');
    await host.call('data:set-value', { metric: 'energy.electricity', year: 2024, dims: { site: 'SZ-DC' }, patch: { value: '1200' } });
    await host.call('site:update', { code: 'SZ-DC', nameEn: 'Shenzhen Nanshan DC', retiredYear: 2024 });
    const sites = await host.call<Site[]>('site:list');
    expect(sites.find((s) => s.code === 'SZ-DC')).toEqual({ code: 'SZ-DC', nameZh: '深圳數據中心', nameEn: 'Shenzhen Nanshan DC', kind: 'data_centre', retiredYear: 2024 });
    await host.call('year:add', { year: 2025 });
    const late = await raw('data:set-value', { metric: 'energy.electricity', year: 2025, dims: { site: 'SZ-DC' }, patch: { value: '10' } });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.message).toMatch(/left the reporting boundary after 2024/);
    // cannot retire before its own data
    const early = await raw('site:update', { code: 'SZ-DC', retiredYear: 2023 });
    expect(early.ok || early.error.key).toBe('company.site_has_later_values');
  });
});

describe('targets editor', () => {
  const fields = { code: 'T-WASTE', metric: 'waste.non_hazardous_intensity', baseline_year: '2023', target_year: '2030', type: 'reduction_pct', target_value: '10', title_zh: '人均無害廢棄物減少10%', title_en: 'Waste per person −10%' };

  it('refuses with the targets file’s reasons by field, then adds, edits and deletes', async () => {
    const bad = await raw('target:save', { mode: 'create', fields: { ...fields, target_value: '150', target_year: '2020' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.issues?.map((i) => i.path).sort()).toEqual(['target_value', 'target_year']);
      expect(bad.error.issues?.find((i) => i.path === 'target_value')?.message).toMatch(/at most 100/);
    }
    const count = (await host.call<unknown[]>('targets:list', { year: 2024 })).length;
    await host.call<Target>('target:save', { mode: 'create', fields });
    const dup = await raw('target:save', { mode: 'create', fields });
    expect(dup.ok || dup.error.code).toBe('exists');
    await host.call('target:save', { mode: 'update', fields: { ...fields, target_value: '12' } });
    await host.reopen();
    const list = await host.call<{ code: string; targetInput: number | null }[]>('targets:list', { year: 2024 });
    expect(list).toHaveLength(count + 1);
    expect(list.find((t) => t.code === 'T-WASTE')?.targetInput).toBe(12);
    await host.call('target:delete', { code: 'T-WASTE' });
    expect(await host.call<unknown[]>('targets:list', { year: 2024 })).toHaveLength(count);
    const gone = await raw('target:delete', { code: 'T-WASTE' });
    expect(gone.ok || gone.error.code).toBe('not_found');
  });
});
