// The handler table through dispatch(), as every transport uses it: inputs are validated
// before domain code, errors come back as data, edits are audited and can be undone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, METHODS } from '../../shared/api/contract.js';
import { METHOD_NAMES } from '../../shared/api/methods.js';
import { ERROR_CODES } from '../../shared/api/result.js';
import { dispatch, handlers, type ApiContext } from '../../main/api/handlers.js';
import { createHostContext } from '../../main/host/context.js';

let dir: string;
let ctx: ApiContext;

async function call<T = unknown>(method: string, input: unknown = {}): Promise<T> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'esg-api-'));
  ctx = createHostContext(dir, join(dir, 'settings'));
});
afterEach(() => {
  ctx.session.close();
  rmSync(dir, { recursive: true, force: true });
});

const scope2 = (grid: { rows: { metric: string; dims: object; value: number | null }[] }) =>
  grid.rows.find((r) => r.metric === 'ghg.scope2_location' && Object.keys(r.dims).length === 0)?.value;

describe('the contract and the handler table', () => {
  it('has one handler per contract method, and the preload allow-list names the same methods', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
    expect([...METHOD_NAMES].sort()).toEqual([...METHODS].sort());
  });

  it('refuses unknown methods and malformed input with a code from the closed set', async () => {
    const unknown = await dispatch(ctx, 'fs:read', { path: '/etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const bad = await dispatch(ctx, 'data:grid', { year: 'twenty' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const extra = await dispatch(ctx, 'data:grid', { year: 2024, sql: 'DROP TABLE metric_value' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    for (const r of [unknown, bad, extra]) if (!r.ok) expect(ERROR_CODES).toContain(r.error.code);
  });

  it('needs an open workspace for workspace methods', async () => {
    expect(await dispatch(ctx, 'data:grid', { year: 2024 })).toMatchObject({ ok: false, error: { code: 'no_workspace' } });
  });

  it('takes a bare file name only: a path, a parent directory or an absolute path is refused and nothing is created', async () => {
    for (const fileName of ['../evil.esg', '/tmp/evil.esg', 'sub/evil.esg', '..\\evil.esg', '.hidden.esg']) {
      const r = await dispatch(ctx, 'workspace:create', { sample: false, fileName });
      expect(r.ok, fileName).toBe(false);
      if (!r.ok) expect(['invalid_input', 'forbidden']).toContain(r.error.code);
    }
    expect(ctx.session.info()).toBeNull();
  });
});

describe('data entry through the API', () => {
  beforeEach(async () => {
    await call('workspace:create', { sample: true, fileName: 'sample' });
  });

  it('saves an edit, recomputes derived KPIs, records history, and undoes it', async () => {
    const ref = { metric: 'energy.electricity', year: 2024, dims: {} };
    const before = scope2(await call('data:grid', { year: 2024 }));
    expect(before).toBeGreaterThan(0);
    const r = await call<{ change: string; row: { value: number } }>('data:set-value', { ...ref, patch: { value: '1000 MWh' } });
    expect(r.change).toBe('updated');
    expect(r.row.value).toBe(1000);
    const after = scope2(await call('data:grid', { year: 2024 }));
    expect(after).toBeLessThan(before as number);
    const history = await call<{ action: string; newText: string; context: string }[]>('value:history', ref);
    expect(history[0]).toMatchObject({ action: 'update', context: 'edit' });
    expect(history[0]?.newText).toContain('1000 MWh');
    const u = await call<{ undone: { metric: string } | null; rows: { metric: string; dims: object; value: number | null }[] }>('data:undo');
    expect(u.undone?.metric).toBe('energy.electricity');
    expect(scope2(await call('data:grid', { year: 2024 }))).toBe(before);
    // The undo answers with the rows it changed, as an edit does: the grid need not reload.
    expect(scope2({ rows: u.rows })).toBe(before);
    expect(u.rows.find((row) => row.metric === 'energy.electricity' && Object.keys(row.dims).length === 0)?.value).not.toBe(1000);
  });

  it('converts units with the importer rules: 500,000 kWh is 500 MWh', async () => {
    const r = await call<{ row: { value: number } }>('data:set-value', { metric: 'energy.electricity', year: 2024, dims: {}, patch: { value: '500,000', unit: 'kWh' } });
    expect(r.row.value).toBe(500);
  });

  it('reads a bare number in the unit the grid shows, even where the value was entered in 萬噸', async () => {
    // The sample enters fresh water as 22.63 萬噸; the grid shows 226,300 t.
    const ref = { metric: 'water.fresh', year: 2024, dims: {} };
    const r = await call<{ row: { value: number } }>('data:set-value', { ...ref, patch: { value: '123456' } });
    expect(r.row.value).toBe(123456);
    const again = await call<{ row: { value: number } }>('data:set-value', { ...ref, patch: { value: '22.5 萬噸' } });
    expect(again.row.value).toBe(225000);
  });

  it('rejects a bad value with the reason and changes nothing', async () => {
    const ref = { metric: 'energy.electricity', year: 2024, dims: {} };
    const historyBefore = await call<unknown[]>('value:history', ref);
    const gridBefore = await call<{ rows: { id: string; value: number | null }[] }>('data:grid', { year: 2024 });
    for (const patch of [{ value: 'abc' }, { value: '12', unit: 'persons' }, { value: '-5' }, { value: 'NA' }]) {
      const r = await dispatch(ctx, 'data:set-value', { ...ref, patch });
      expect(r, JSON.stringify(patch)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    const bad = await dispatch(ctx, 'data:set-value', { ...ref, patch: { value: 'abc' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/expected a number/);
    expect(await call('value:history', ref)).toEqual(historyBefore);
    expect((await call<{ rows: unknown[] }>('data:grid', { year: 2024 })).rows).toEqual(gridBefore.rows);
  });

  it('refuses edits of derived values and unknown dimension values', async () => {
    expect(await dispatch(ctx, 'data:set-value', { metric: 'ghg.scope1', year: 2024, dims: {}, patch: { value: '1' } })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(ctx, 'data:set-value', { metric: 'workforce.fulltime', year: 2024, dims: { gender: 'robot' }, patch: { value: '1' } })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('keeps "not applicable" with its reason', async () => {
    const r = await call<{ row: { value: number | null; naReason: string } }>('data:set-value', { metric: 'water.wastewater', year: 2024, dims: {}, patch: { naReason: 'Office premises only' } });
    expect(r.row).toMatchObject({ value: null, naReason: 'Office premises only' });
  });

  it('shows the trace of a derived value with its factors and sources, and factors recompute it', async () => {
    const t = await call<{ trace: { formula: string; inputs: { code: string }[]; factors: { code: string; source?: string }[] } }>('kpi:trace', { metric: 'ghg.scope2_location', year: 2024, dims: {} });
    expect(t.trace.inputs.map((i) => i.code)).toContain('energy.electricity');
    expect(t.trace.factors.map((f) => f.code)).toContain('factor.grid_location');
    const factors = await call<{ metric: string; value: number; usedBy: string[] }[]>('factors:list', { year: 2024 });
    const grid = factors.find((f) => f.metric === 'factor.grid_location');
    expect(grid?.usedBy).toContain('ghg.scope2_location');
    const before = scope2(await call('data:grid', { year: 2024 })) as number;
    await call('data:set-value', { metric: 'factor.grid_location', year: 2024, dims: {}, patch: { value: String((grid?.value ?? 0) * 2) } });
    expect(scope2(await call('data:grid', { year: 2024 }))).toBeGreaterThan(before);
  });

  it('gives the grid of every metric for a year with the prior year and flags big changes', async () => {
    const grid = await call<{ rows: { metric: string; prior: number | null; bigChange: boolean; changePct: number | null }[] }>('data:grid', { year: 2024 });
    expect(new Set(grid.rows.map((r) => r.metric)).size).toBeGreaterThan(80);
    for (const r of grid.rows) if (r.changePct !== null) expect(r.bigChange).toBe(Math.abs(r.changePct) >= 20);
  });

  it('opens a second session on the same file read-only and refuses its writes', async () => {
    const other = createHostContext(dir, join(dir, 'settings2'));
    // Another process holds the lock: simulate with a lock file naming a live foreign pid.
    ctx.session.close();
    const { writeFileSync } = await import('node:fs');
    const { hostname } = await import('node:os');
    writeFileSync(join(dir, 'sample.esg.lock'), JSON.stringify({ pid: process.ppid, host: hostname(), since: 'now' }));
    const info = await dispatch(other, 'workspace:open', { fileName: 'sample.esg' });
    expect(info).toMatchObject({ ok: true, value: { readOnly: true } });
    const w = await dispatch(other, 'data:set-value', { metric: 'energy.electricity', year: 2024, dims: {}, patch: { value: '1' } });
    expect(w).toMatchObject({ ok: false, error: { code: 'read_only' } });
    other.session.close();
  });
});
