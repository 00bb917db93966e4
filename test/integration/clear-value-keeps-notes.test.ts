// Clearing a value in the grid clears the number only: its note, source and estimated flag
// stay (shown on the empty row, and back with the number on undo) until the user clears them
// too, and to every other reader (KPIs, check, exports) the value is simply gone.
import { describe, expect, it } from 'vitest';
import type { GridData, GridRow, SetValueResult } from '../../shared/api/contract.js';
import { useSampleHost } from '../api-harness.js';

const host = useSampleHost('esg-clear-keeps-');
const ref = { metric: 'water.fresh', year: 2024, dims: {} };

async function row(): Promise<GridRow | undefined> {
  const g = await host.call<GridData>('data:grid', { year: 2024 });
  return g.rows.find((r) => r.id === 'water.fresh|');
}

describe('clearing a value', () => {
  it('keeps its note, source and flag; the KPIs reading it lose it; clearing those too removes the row', async () => {
    await host.call<SetValueResult>('data:set-value', { ...ref, patch: { value: '1200', note: 'meter read on 31 Dec', source: 'utility bills', estimated: true } });
    const cleared = await host.call<SetValueResult>('data:set-value', { ...ref, patch: { value: '' } });
    expect(cleared.row).toMatchObject({ value: null, note: 'meter read on 31 Dec', source: 'utility bills', estimated: true });
    expect(await row()).toMatchObject({ value: null, naReason: null, note: 'meter read on 31 Dec', source: 'utility bills', estimated: true });
    // No value for the engine: the intensity reading it is absent, not computed from nothing.
    const intensity = cleared.rows.find((r) => r.id === 'water.fresh_intensity|');
    expect(intensity?.value).toBeNull();

    // A number typed again comes back with the same note.
    const again = await host.call<SetValueResult>('data:set-value', { ...ref, patch: { value: '900' } });
    expect(again.row).toMatchObject({ value: 900, note: 'meter read on 31 Dec', source: 'utility bills', estimated: true });

    await host.call('data:set-value', { ...ref, patch: { value: '' } });
    await host.call('data:set-value', { ...ref, patch: { note: null } });
    await host.call('data:set-value', { ...ref, patch: { source: null } });
    // The sample's water figure also carries its report footnotes: they are kept like the note.
    const withFootnotes = await host.call<SetValueResult>('data:set-value', { ...ref, patch: { footnoteZh: null } });
    expect(withFootnotes.change).toBe('updated');
    await host.call('data:set-value', { ...ref, patch: { footnoteEn: null } });
    const last = await host.call<SetValueResult>('data:set-value', { ...ref, patch: { estimated: false } });
    expect(last.change).toBe('deleted');
    expect(await row()).toMatchObject({ value: null, note: null, source: null, estimated: false, stored: false });
  });

  it('is undone with its number, note and source together', async () => {
    await host.call('data:set-value', { ...ref, patch: { value: '1500', note: 'kept note' } });
    await host.call('data:set-value', { ...ref, patch: { value: '' } });
    await host.call('data:undo', {});
    expect(await row()).toMatchObject({ value: 1500, note: 'kept note' });
  });
});
