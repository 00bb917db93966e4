// Editing report content through dispatch(): blocks of a section, register rows and the
// disclosure map. A bad entry is refused with the reason by field and nothing changes; a
// good one persists (read back through a fresh session on the same file).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSampleHost } from '../api-harness.js';
import type { OutlineView } from '../../shared/api/contract.js';
import type { DisclosureEntry } from '../../shared/report/disclosure.js';
import type { MaterialityTopic } from '../../shared/report/register.js';
import { dispatch } from '../../main/api/handlers.js';
import { createHostContext } from '../../main/host/context.js';

const host = useSampleHost('esg-api-edit-');
const call = <T = unknown>(method: string, input: unknown = {}): Promise<T> => host.call<T>(method, input);
const reopen = (): Promise<void> => host.reopen();

const blocksOf = async (section: string) =>
  (await call<OutlineView>('outline:get', { year: 2024 })).blocks.filter((b) => b.sectionId === section).sort((a, b) => a.position - b.position);
const topics = () => call<MaterialityTopic[]>('register:list', { year: 2024, kind: 'topics' });
const bullets = (zh: string[], en: string[]) => ({
  type: 'bullet_list',
  content: { 'zh-Hant': { items: zh.map((t) => [{ type: 'text', text: t }]) }, en: { items: en.map((t) => [{ type: 'text', text: t }]) } },
});

describe('blocks', () => {
  it('adds a bullet list, moves it to the top and deletes it; each step persists', async () => {
    const before = await blocksOf('about');
    const added = await call<{ id: string }>('block:add', { year: 2024, sectionId: 'about', body: bullets(['第一點', '第二點'], ['First', 'Second']) });
    await reopen();
    let now = await blocksOf('about');
    expect(now.map((b) => b.id)).toEqual([...before.map((b) => b.id), added.id]);
    expect(now.at(-1)?.content.en).toEqual({ items: [[{ type: 'text', text: 'First' }], [{ type: 'text', text: 'Second' }]] });

    await call('block:move', { year: 2024, id: added.id, position: 0 });
    await reopen();
    now = await blocksOf('about');
    expect(now[0]?.id).toBe(added.id);

    await call('block:delete', { year: 2024, id: added.id });
    await reopen();
    expect((await blocksOf('about')).map((b) => b.id)).toEqual(before.map((b) => b.id));
  });

  it('refuses a bad block with the path of each problem and writes nothing', async () => {
    const before = await call<OutlineView>('outline:get', { year: 2024 });
    const empty = await dispatch(host.ctx, 'block:add', { year: 2024, sectionId: 'about', body: { type: 'bullet_list', content: { 'zh-Hant': { items: [] }, en: { items: [] } } } });
    expect(empty).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/at least one item/) } });
    expect(!empty.ok && empty.error.issues?.map((i) => i.path)).toEqual(['content.zh-Hant.items', 'content.en.items']);
    const unknownMetric = await dispatch(host.ctx, 'block:add', { year: 2024, sectionId: 'about', body: { type: 'kpi_table', config: { rows: [{ metric: 'energy.nothing_such' }], years: [0] }, content: { 'zh-Hant': {}, en: {} } } });
    expect(unknownMetric).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/energy\.nothing_such/) } });
    expect(await dispatch(host.ctx, 'block:add', { year: 2024, sectionId: 'no-such-section', body: bullets(['甲'], ['A']) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(host.ctx, 'block:move', { year: 2024, id: 'blk-none', position: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(host.ctx, 'block:delete', { year: 2024, id: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call<OutlineView>('outline:get', { year: 2024 })).toEqual(before);
  });
});

describe('read-only sessions', () => {
  it('refuse every edit when another process holds the workspace', async () => {
    host.ctx.session.close();
    const { writeFileSync } = await import('node:fs');
    const { hostname } = await import('node:os');
    writeFileSync(join(host.dir, 'sample.esg.lock'), JSON.stringify({ pid: process.ppid, host: hostname(), since: 'now' }));
    host.ctx = createHostContext(host.dir, join(host.dir, 'settings'));
    expect(await call('workspace:open', { fileName: 'sample.esg' })).toMatchObject({ readOnly: true });
    const [topic] = await topics();
    const { position: _p, ...row } = topic as MaterialityTopic;
    for (const [method, input] of [
      ['block:add', { year: 2024, sectionId: 'about', body: bullets(['甲'], ['A']) }],
      ['register:update', { year: 2024, kind: 'topics', row: { ...row, businessScore: 1 } }],
      ['disclosure:remove', { year: 2024, framework: 'hkex', itemCode: 'A1.1' }],
    ] as const) {
      expect(await dispatch(host.ctx, method, input), method).toMatchObject({ ok: false, error: { code: 'read_only' } });
    }
    expect((await topics())[0]).toEqual(topic);
  });
});

describe('registers', () => {
  it('a topic edited moves in the matrix data; a score out of range is refused by field and changes nothing', async () => {
    const [first] = await topics();
    if (!first) throw new Error('the sample has topics');
    const { position: _p, ...row } = first;
    const bad = await dispatch(host.ctx, 'register:update', { year: 2024, kind: 'topics', row: { ...row, businessScore: 11, nameEn: ' ' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!bad.ok && bad.error.issues?.map((i) => i.path).sort()).toEqual(['row.businessScore', 'row.nameEn']);
    expect((await topics())[0]).toEqual(first);

    await call('register:update', { year: 2024, kind: 'topics', row: { ...row, businessScore: 2.5, stakeholderScore: 9.5, category: 'G' } });
    await reopen();
    expect((await topics())[0]).toMatchObject({ id: first.id, businessScore: 2.5, stakeholderScore: 9.5, category: 'G', position: first.position });
  });

  it('creates and deletes stakeholders, climate items and qualitative targets; a duplicate id is "exists"', async () => {
    const sh = { id: 'media', groupZh: '媒體', groupEn: 'Media', expectationsZh: ['準確資訊'], expectationsEn: ['Accurate information'], channelsZh: ['新聞稿'], channelsEn: ['Press releases'] };
    await call('register:create', { year: 2024, kind: 'stakeholders', row: sh });
    expect(await dispatch(host.ctx, 'register:create', { year: 2024, kind: 'stakeholders', row: sh })).toMatchObject({ ok: false, error: { code: 'exists' } });
    const climate = { id: 'heat-new', type: 'risk', category: 'resilience', titleZh: '熱浪', titleEn: 'Heat waves', horizons: ['long'] };
    const wrongCategory = await dispatch(host.ctx, 'register:create', { year: 2024, kind: 'climate', row: climate });
    expect(!wrongCategory.ok && wrongCategory.error.issues?.[0]?.path).toBe('row.category');
    await call('register:create', { year: 2024, kind: 'climate', row: { ...climate, category: 'chronic_physical', likelihood: 3, impact: 4 } });
    await call('register:create', { year: 2024, kind: 'qualitativeTargets', row: { code: 'Q-new', category: 'waste', titleZh: '減廢', titleEn: 'Less waste', statusZh: '進行中', statusEn: 'In progress' } });
    await reopen();
    expect((await call<{ id: string }[]>('register:list', { year: 2024, kind: 'stakeholders' })).some((s) => s.id === 'media')).toBe(true);
    expect((await call<{ id: string; likelihood: number }[]>('register:list', { year: 2024, kind: 'climate' })).find((c) => c.id === 'heat-new')?.likelihood).toBe(3);
    expect((await call<{ code: string; statusEn: string }[]>('register:list', { year: 2024, kind: 'qualitativeTargets' })).find((q) => q.code === 'Q-new')?.statusEn).toBe('In progress');
    await call('register:delete', { year: 2024, kind: 'stakeholders', key: 'media' });
    expect(await dispatch(host.ctx, 'register:delete', { year: 2024, kind: 'stakeholders', key: 'media' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('disclosure map', () => {
  const disclosures = () => call<DisclosureEntry[]>('register:list', { year: 2024, kind: 'disclosures' });

  it('refuses "not applicable" without a reason in both languages and keeps the entry', async () => {
    const before = (await disclosures()).find((d) => d.itemCode === 'A1.1');
    const r = await dispatch(host.ctx, 'disclosure:set', { year: 2024, entry: { framework: 'hkex', itemCode: 'A1.1', status: 'not_applicable', reasonZh: '不適用', reasonEn: '  ' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/say why/) } });
    expect(!r.ok && r.error.issues?.map((i) => i.path)).toEqual(['entry.reasonEn']);
    expect((await disclosures()).find((d) => d.itemCode === 'A1.1')).toEqual(before);
  });

  it('sets an item disclosed in a section and metrics, then not applicable, then removes it', async () => {
    const items = await call<{ code: string }[]>('disclosure:items', { framework: 'hkex' });
    expect(items.some((i) => i.code === 'A1.1')).toBe(true);
    await call('disclosure:set', { year: 2024, entry: { framework: 'hkex', itemCode: 'A1.1', status: 'disclosed', sections: ['env-kpis'], metrics: ['energy.electricity'] } });
    expect(await dispatch(host.ctx, 'disclosure:set', { year: 2024, entry: { framework: 'hkex', itemCode: 'A1.1', status: 'disclosed', sections: ['nowhere'] } })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(host.ctx, 'disclosure:set', { year: 2024, entry: { framework: 'hkex', itemCode: 'Z9.9', status: 'disclosed', sections: ['env-kpis'] } })).toMatchObject({ ok: false, error: { code: 'validation' } });
    await reopen();
    expect((await disclosures()).find((d) => d.itemCode === 'A1.1')).toMatchObject({ status: 'disclosed', sections: ['env-kpis'], metrics: ['energy.electricity'] });
    await call('disclosure:set', { year: 2024, entry: { framework: 'hkex', itemCode: 'A1.1', status: 'not_applicable', reasonZh: '本集團無此排放', reasonEn: 'We have no such emissions' } });
    expect((await disclosures()).find((d) => d.itemCode === 'A1.1')).toMatchObject({ status: 'not_applicable', reasonEn: 'We have no such emissions', sections: [] });
    await call('disclosure:remove', { year: 2024, framework: 'hkex', itemCode: 'A1.1' });
    expect((await disclosures()).some((d) => d.itemCode === 'A1.1')).toBe(false);
  });
});
