// A block of values written by one grid action (`data:set-values`): validated by the one
// value validator, written all or nothing in one transaction, undone in one step, refused
// whole when a cell is bad or its view stale, each bad cell named by its place in the block.
import { describe, expect, it } from 'vitest';
import type { GridData, GridRow, SetValuesResult, UndoResult } from '../../shared/api/contract.js';
import { renderMessage, type Message } from '../../shared/i18n/messages.js';
import { dispatch } from '../../main/api/handlers.js';
import { useSampleHost } from '../api-harness.js';

const host = useSampleHost('esg-grid-batch-');
const YEAR = 2024;

async function rows(): Promise<Map<string, GridRow>> {
  const g = await host.call<GridData>('data:grid', { year: YEAR });
  return new Map(g.rows.map((r) => [r.id, r]));
}
const refused = async (input: unknown) => {
  const r = await dispatch(host.ctx, 'data:set-values', input);
  if (r.ok) throw new Error('the batch was accepted');
  return r.error as { code: string; cells?: { index: number; problem: Message }[] };
};

describe('data:set-values', () => {
  it('writes a 3×2 block (values and notes) in one call and undoes it in one step', async () => {
    const before = await rows();
    const cells = [
      { metric: 'workforce.total', dims: {}, patch: { value: '30000', note: 'pasted A' }, basedOn: before.get('workforce.total|')?.revision },
      { metric: 'workforce.other', dims: {}, patch: { value: '3100', note: 'pasted B' }, basedOn: before.get('workforce.other|')?.revision },
      { metric: 'workforce.fulltime', dims: {}, patch: { value: '26900', note: 'pasted C' }, basedOn: before.get('workforce.fulltime|')?.revision },
    ];
    const r = await host.call<SetValuesResult>('data:set-values', { year: YEAR, cells });
    expect(r.changed).toBe(3);
    expect(r.undoDepth).toBe(1);
    // The answer carries the new rows (so the grid needs no reload).
    expect(r.rows.find((x) => x.id === 'workforce.other|')).toMatchObject({ value: 3100, note: 'pasted B' });
    const after = await rows();
    expect(after.get('workforce.total|')).toMatchObject({ value: 30000, note: 'pasted A' });
    expect(after.get('workforce.fulltime|')).toMatchObject({ value: 26900, note: 'pasted C' });

    const u = await host.call<UndoResult>('data:undo', {});
    expect(u.undone).toMatchObject({ metric: 'workforce.total', year: YEAR, count: 3 });
    expect(u.undoDepth).toBe(0);
    const undone = await rows();
    for (const id of ['workforce.total|', 'workforce.other|', 'workforce.fulltime|']) {
      expect(undone.get(id)).toMatchObject({ value: before.get(id)?.value, note: before.get(id)?.note });
    }
  });

  it('refuses the whole block when one cell is bad, names that cell, and writes nothing', async () => {
    const before = await rows();
    const e = await refused({
      year: YEAR,
      cells: [
        { metric: 'workforce.total', dims: {}, patch: { value: '30000' } },
        { metric: 'workforce.other', dims: {}, patch: { value: '12.5' } },
        { metric: 'office.occupants', dims: {}, patch: { value: '-3' } },
      ],
    });
    expect(e.code).toBe('validation');
    expect(e.cells?.map((c) => c.index)).toEqual([1, 2]);
    expect(renderMessage('zh-Hant', e.cells![0]!.problem)).toBe('以人計的數目須為整數：12.5 含小數');
    expect(renderMessage('en', e.cells![1]!.problem)).toBe('must not be negative');
    const after = await rows();
    expect(after.get('workforce.total|')?.value).toBe(before.get('workforce.total|')?.value);
    expect(after.get('workforce.total|')?.revision).toBe(before.get('workforce.total|')?.revision);
    // Nothing to undo: the refused batch left no step.
    expect((await host.call<UndoResult>('data:undo', {})).undone).toBeNull();
  });

  it('refuses a block based on a stale view as stale, and a row given twice', async () => {
    const e = await refused({ year: YEAR, cells: [{ metric: 'workforce.total', dims: {}, patch: { value: '1' }, basedOn: 'not-what-is-stored' }] });
    expect(e.code).toBe('stale');
    expect(e.cells?.[0]?.problem.code).toBe('value.stale');
    const twice = await refused({ year: YEAR, cells: [{ metric: 'workforce.total', dims: {}, patch: { value: '1' } }, { metric: 'workforce.total', dims: {}, patch: { note: 'x' } }] });
    expect(twice.cells).toMatchObject([{ index: 1, problem: { code: 'value.repeated_cell' } }]);
    // A derived KPI cannot be pasted over.
    const derived = await refused({ year: YEAR, cells: [{ metric: 'ghg.scope2_location', dims: {}, patch: { value: '1' } }] });
    expect(derived.cells?.[0]?.problem.code).toBe('value.metric_derived');
    expect((await rows()).get('workforce.total|')?.value).toBe(27674);
  });

  it('refuses to undo a block one of whose values another window has written since, and puts nothing back', async () => {
    await host.call('data:set-values', { year: YEAR, cells: [{ metric: 'workforce.total', dims: {}, patch: { value: '30000' } }, { metric: 'workforce.other', dims: {}, patch: { value: '3000' } }] });
    const other = await dispatch(host.ctx, 'data:set-value', { metric: 'workforce.other', year: YEAR, dims: {}, patch: { value: '3333' } }, 'another-window');
    expect(other.ok).toBe(true);
    const u = await dispatch(host.ctx, 'data:undo', {});
    expect(u.ok ? 'undone' : u.error.code).toBe('stale');
    const now = await rows();
    expect(now.get('workforce.total|')?.value).toBe(30000);
    expect(now.get('workforce.other|')?.value).toBe(3333);
  });

  it('refuses more cells than one batch may hold before any domain code runs', async () => {
    const cells = Array.from({ length: 5001 }, () => ({ metric: 'workforce.total', dims: {}, patch: { value: '1' } }));
    expect((await refused({ year: YEAR, cells })).code).toBe('invalid_input');
  });
});
