// Several windows, one truth: two connections on one workspace file see each other's
// commits (no cache of one connection hides the other's writes), a write based on a stale
// view is refused with `stale` and writes nothing, and undo belongs to the window that edited.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/handlers.js';
import { EntryError, setValue } from '../../main/services/entry-service.js';
import { computeWorkspaceYear } from '../../main/services/kpi-service.js';
import { loadWorkspaceCatalogue } from '../../main/services/workspace-catalogue.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { revisionOf } from '../../main/store/values-repo.js';
import { openWorkspace, type Workspace } from '../../main/store/workspace.js';
import { useSampleHost } from '../api-harness.js';
import { tempDir } from '../helpers.js';

const kpi = (ws: Workspace, code: string) => computeWorkspaceYear(ws, 2024).values.find((v) => v.code === code && Object.keys(v.dims).length === 0)?.value;
const auditRows = (ws: Workspace) => (ws.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

function twoConnections() {
  const path = join(tempDir(), 'one.esg');
  createWorkspace(path, { sample: true, actor: 'test' }).close();
  return { a: openWorkspace(path), b: openWorkspace(path) };
}

describe('two connections on one file', () => {
  it("a write through one is seen by the other's KPIs and catalogue", () => {
    const { a, b } = twoConnections();
    const before = kpi(a, 'energy.indirect') as number;
    expect(kpi(a, 'energy.indirect')).toBe(before); // cached now
    const electricity = a.values.get('energy.electricity', 2024, {})?.value as number;
    setValue(b, { metric: 'energy.electricity', year: 2024, dims: {} }, { value: String(electricity + 1000) }, 'window-b');
    expect(kpi(a, 'energy.indirect')).toBeCloseTo(before + 1000, 6);
    const name = loadWorkspaceCatalogue(a).byCode.get('energy.electricity')?.nameEn;
    const def = b.catalogue.metrics().find((m) => m.code === 'energy.electricity');
    b.catalogue.putMetric({ ...(def as NonNullable<typeof def>), nameEn: 'Purchased electricity (renamed)' }, 1);
    expect(loadWorkspaceCatalogue(a).byCode.get('energy.electricity')?.nameEn).not.toBe(name);
    expect(loadWorkspaceCatalogue(a).byCode.get('energy.electricity')?.nameEn).toBe('Purchased electricity (renamed)');
  });

  it('refuses a write based on a view the other connection has changed, and writes nothing', () => {
    const { a, b } = twoConnections();
    const ref = { metric: 'water.fresh', year: 2024, dims: {} };
    const seen = revisionOf(a.values.getKept('water.fresh', 2024, {}));
    setValue(b, ref, { value: '111' }, 'window-b', seen);
    const rows = auditRows(a);
    let err: unknown;
    try {
      setValue(a, ref, { value: '222' }, 'window-a', seen);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EntryError);
    expect((err as EntryError).code).toBe('stale');
    expect(a.values.get('water.fresh', 2024, {})?.value).toBe(111);
    expect(auditRows(a)).toBe(rows);
    // Based on what is stored now, the same write goes through.
    setValue(a, ref, { value: '222' }, 'window-a', revisionOf(a.values.getKept('water.fresh', 2024, {})));
    expect(b.values.get('water.fresh', 2024, {})?.value).toBe(222);
  });
});

describe('windows of one host', () => {
  const host = useSampleHost('esg-windows-');
  const call = async (client: string, method: string, input: unknown) => {
    const r = await dispatch(host.ctx, method, input, client);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as Record<string, unknown>;
  };
  const value = async (metric: string) => {
    const g = (await call('x', 'data:grid', { year: 2024 })) as { rows: { metric: string; dims: object; value: number | null; revision: string }[] };
    return g.rows.find((r) => r.metric === metric && Object.keys(r.dims).length === 0) as { value: number | null; revision: string };
  };

  it("undo in one window undoes that window's edit, never another's", async () => {
    const water = await value('water.fresh');
    const waste = await value('waste.hazardous');
    await call('tab-a', 'data:set-value', { metric: 'water.fresh', year: 2024, dims: {}, patch: { value: '1001' }, basedOn: water.revision });
    await call('tab-b', 'data:set-value', { metric: 'waste.hazardous', year: 2024, dims: {}, patch: { value: '7' }, basedOn: waste.revision });
    const undone = await call('tab-a', 'data:undo', {});
    expect(undone['undone']).toMatchObject({ metric: 'water.fresh' });
    expect((await value('water.fresh')).value).toBe(water.value);
    expect((await value('waste.hazardous')).value).toBe(7);
    expect(await call('tab-a', 'data:undo', {})).toMatchObject({ undone: null });
    expect((await value('waste.hazardous')).value).toBe(7);
  });

  it('two windows editing one value: one winner, the other refused as stale; an undo over the winner is refused too', async () => {
    const seen = (await value('water.fresh')).revision;
    await call('tab-a', 'data:set-value', { metric: 'water.fresh', year: 2024, dims: {}, patch: { value: '500' }, basedOn: seen });
    await expect(call('tab-b', 'data:set-value', { metric: 'water.fresh', year: 2024, dims: {}, patch: { value: '600' }, basedOn: seen })).rejects.toMatchObject({ code: 'stale' });
    expect((await value('water.fresh')).value).toBe(500);
    const now = (await value('water.fresh')).revision;
    await call('tab-b', 'data:set-value', { metric: 'water.fresh', year: 2024, dims: {}, patch: { value: '600' }, basedOn: now });
    await expect(call('tab-a', 'data:undo', {})).rejects.toMatchObject({ code: 'stale' });
    expect((await value('water.fresh')).value).toBe(600);
  });
});
